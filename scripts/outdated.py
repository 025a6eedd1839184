"""Which pins have a newer release: `make outdated` asks the package index (`pip index versions`) per pin.

Run it before each release and whenever Material, ProperDocs or pymdown-extensions announce a
security fix; update the pin, run `make test` (it also checks the lock is complete).
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pins() -> list[tuple[str, str]]:
    found = []
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            package, _, version = line.partition("==")
            if version and not line.startswith("#"):
                found.append((package.strip(), version.strip()))
    return found


def latest(package: str) -> str:
    result = subprocess.run([sys.executable, "-m", "pip", "index", "versions", package, "--disable-pip-version-check"],
                            capture_output=True, text=True)
    match = re.search(r"\(([^)]+)\)", result.stdout)
    return match.group(1) if match else "?"


def main() -> int:
    behind = 0
    for package, pinned in pins():
        newest = latest(package)
        if newest != pinned:
            behind += 1
            print(f"{package}: 锁定 {pinned}，最新 {newest}")
    print("全部锁定版本都是最新的。" if not behind else f"{behind} 个包有更新版本（或无法查询）。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
