"""Debian's Chromium through Playwright: the one way tests, benchmarks and screenshots open pages.

Playwright never downloads a browser here; it drives /usr/bin/chromium with flags that keep
it from reaching for the network on its own.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import socketserver
import threading
from pathlib import Path

CHROMIUM = os.environ.get("KB_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path, prefix: str = "/"):
    """Serve `site` on a free loopback port; with prefix '/kb/' the site lives under that path."""
    root = Path(site).resolve()
    if prefix.strip("/"):
        mount = root.parent / f".mount-{os.getpid()}"
        (mount / prefix.strip("/")).parent.mkdir(parents=True, exist_ok=True)
        link = mount / prefix.strip("/")
        if not link.exists():
            link.symlink_to(root, target_is_directory=True)
        root = mount
    handler = functools.partial(_QuietHandler, directory=str(root))
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as server:
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}{prefix if prefix.endswith('/') else prefix + '/'}"
        finally:
            server.shutdown()
