"""When each data file last changed, from the git history read in one pass.

A record's update date is the date of the last commit touching its YAML file. One `git log`
lists every commit with the files it touched, newest first, so the first time a file appears
is its last change: linear in the history, not one git call per file. A checkout without
history (a tarball, a shallow copy) falls back to SOURCE_DATE_EPOCH, never the clock, so the
same commit always builds the same dates.
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path


def _day(epoch: int) -> dt.date:
    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).date()


def fallback_date() -> dt.date | None:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return _day(int(epoch)) if epoch.isdigit() else None


def git_dates(folder: Path) -> dict[str, dt.date]:
    """{path relative to `folder`: date of its last commit}; empty when there is no git history."""
    command = ["git", "-c", "core.quotepath=off", "log", "--name-only", "--relative", "--format=%x00%ct", "--", "."]
    try:
        result = subprocess.run(command, cwd=folder, capture_output=True, text=True, encoding="utf-8")
    except (OSError, ValueError):
        return {}
    if result.returncode != 0:
        return {}
    return parse_log(result.stdout)


def parse_log(output: str) -> dict[str, dt.date]:
    """Parse `git log --name-only --format=%x00%ct`: a NUL, the commit time, then its files."""
    dates: dict[str, dt.date] = {}
    for block in output.split("\0")[1:]:
        lines = block.strip("\n").split("\n")
        if not lines or not lines[0].strip().isdigit():
            continue
        day = _day(int(lines[0].strip()))
        for name in lines[1:]:
            if name.strip():
                dates.setdefault(name.strip(), day)  # newest commit first: keep the first seen
    return dates


def update_dates(data_dir: Path, files: dict[str, str]) -> dict[str, dt.date]:
    """{key: date} for `files` ({key: path relative to data_dir}); unknown files get the fallback."""
    history = git_dates(Path(data_dir))
    fallback = fallback_date()
    dates = {}
    for key, relative in files.items():
        day = history.get(relative) or fallback
        if day:
            dates[key] = day
    return dates
