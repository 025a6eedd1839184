"""`make edit`: one curator, one machine. Starts Decap's local proxy (decap-server, from
node_modules, bound to 127.0.0.1) on this working tree and `mkdocs serve`, then opens the editor.

The CMS writes data/<kind>/<id>.yaml directly; the served site reloads the changed page.
Ctrl-C stops both.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import webbrowser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROXY = ROOT / "node_modules" / "decap-server" / "dist" / "index.js"


def start_proxy(port: str) -> subprocess.Popen:
    env = {**os.environ, "PORT": port, "BIND_HOST": "127.0.0.1", "MODE": "fs", "GIT_REPO_DIRECTORY": str(ROOT)}
    return subprocess.Popen(["node", str(PROXY)], env=env, cwd=ROOT)


def main() -> int:
    parser = argparse.ArgumentParser(description="在浏览器里编辑数据（本机模式）")
    parser.add_argument("--dev-addr", default="127.0.0.1:8000")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    port = os.environ.get("KB_CMS_PROXY_PORT", "8081")
    proxy = start_proxy(port)
    site = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", args.dev_addr], cwd=ROOT)
    url = f"http://{args.dev_addr}/admin/"
    print(f"编辑器：{url}（保存即写入 data/，按 Ctrl-C 退出）", flush=True)
    try:
        if not args.no_browser:
            time.sleep(8)  # the first build of the site takes a few seconds
            webbrowser.open(url)
        return site.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        for process in (site, proxy):
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
