"""Time loading and checking the real data/ (YAML parse + schema + references), best of N runs.

    .venv/bin/python bench/load.py [--runs 5] [--data data]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from kb.load import load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", default=str(ROOT / "data"))
    args = parser.parse_args()
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        kb = load(Path(args.data))
        times.append(time.perf_counter() - start)
    files = sum(1 for p in Path(args.data).rglob("*.yaml"))
    print(f"load(data/): {len(kb.records)} records, {files} YAML files; "
          f"best {min(times):.2f} s, median {sorted(times)[len(times) // 2]:.2f} s over {args.runs} runs")


if __name__ == "__main__":
    main()
