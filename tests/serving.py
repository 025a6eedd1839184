"""`mkdocs serve` on a copy of a data folder, for the served-site test and bench/serve_edit.py."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at `url` contains `text` (polled every 0.1 s); raises on timeout."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if text in fetch(url):
            return time.monotonic() - start
        time.sleep(0.1)
    raise TimeoutError(f"{url} 在 {timeout} 秒内没有出现“{text}”")


@contextlib.contextmanager
def mkdocs_serve(data_dir: Path, dirty: bool = True):
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"]
    env = {**os.environ, "KB_DATA": str(data_dir), "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(command + (["--dirty"] if dirty else []), cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=30)
