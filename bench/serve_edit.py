"""Seconds from saving one record to the changed page being served by `mkdocs serve`, on a copy
of the real data: dirty reload (make serve) and, with --full, a full rebuild side by side.

    .venv/bin/python bench/serve_edit.py [--edits 3] [--full]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from serving import mkdocs_serve, wait_for  # noqa: E402

RECORD = "practice/anyang-creation-command.yaml"
PAGE = "practices/anyang-creation-command/"
ANCHOR = "统筹全国双拥模范城创建。"


def measure(data: Path, dirty: bool, edits: int) -> list[float]:
    seconds = []
    with mkdocs_serve(data, dirty=dirty) as url:
        wait_for(url + PAGE, ANCHOR, timeout=600)
        time.sleep(2)
        path = data / RECORD
        for number in range(1, edits + 1):
            marker = f"（第{number}次修改）"
            text = path.read_text(encoding="utf-8")
            start = time.monotonic()
            path.write_text(text.replace(ANCHOR, ANCHOR + marker, 1), encoding="utf-8")
            wait_for(url + PAGE, marker, timeout=600)
            seconds.append(time.monotonic() - start)
            time.sleep(1)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--full", action="store_true", help="也测一次完整重建（不带 --dirty）作对比")
    args = parser.parse_args()
    modes = [("dirty（make serve）", True)] + ([("完整重建", False)] if args.full else [])
    results = {}
    for label, dirty in modes:
        with tempfile.TemporaryDirectory() as scratch:
            data = Path(scratch) / "data"
            shutil.copytree(ROOT / "data", data)
            results[label] = measure(data, dirty, args.edits)
    print(f"{'模式':<16}{'每次保存到页面更新（秒）':<30}{'中位数':>8}")
    for label, seconds in results.items():
        print(f"{label:<16}{', '.join(f'{s:.1f}' for s in seconds):<30}{statistics.median(seconds):>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
