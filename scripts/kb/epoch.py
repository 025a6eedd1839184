"""The build's date, never the clock: SOURCE_DATE_EPOCH if set, else the last commit, else the
newest data file. The sitemap's dates then follow the content, and two builds of the same
content are byte-identical (https://reproducible-builds.org/specs/source-date-epoch/)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

FLOOR = 315532800  # 1980-01-01, the earliest date a zip entry can carry


def _last_commit(root: Path) -> int | None:
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True)
    except OSError:  # no git installed
        return None
    value = result.stdout.strip()
    return int(value) if result.returncode == 0 and value.isdigit() else None


def _newest_file(data: Path) -> int | None:
    times = [int(p.stat().st_mtime) for p in data.rglob("*") if p.is_file() and not p.is_symlink()]
    return max(times) if times else None


def source_date_epoch(given: str | None, root: Path, data: Path) -> str:
    if given and given.strip().isdigit():
        return given.strip()
    epoch = _last_commit(root) or _newest_file(Path(data)) or FLOOR
    return str(max(epoch, FLOOR))


def ensure_source_date_epoch(root: Path, data: Path) -> None:
    """Set SOURCE_DATE_EPOCH for this process (mkdocs reads it when it dates the pages)."""
    os.environ["SOURCE_DATE_EPOCH"] = source_date_epoch(os.environ.get("SOURCE_DATE_EPOCH"), root, data)
