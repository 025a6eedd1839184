"""Outputs appear whole or not at all: written under a temporary name, then moved into place.

An interrupted build (Ctrl-C, a killed job, a full disk) leaves the previous output as it was.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def replace_tree(scratch: Path, target: Path) -> None:
    """Swap a finished folder in for `target` (two renames; the old one is removed afterwards)."""
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    scratch.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def temporary_beside(target: Path) -> Path:
    """A fresh temporary file name next to `target` (same file system, so os.replace is atomic)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    return Path(name)


def commit_file(temporary: Path, target: Path) -> None:
    os.chmod(temporary, 0o644)
    os.replace(temporary, target)
