"""Build the site into a scratch folder and swap it in only when the build succeeds.

A failed build (bad data, a broken link under --strict) leaves the previous site/ untouched,
so nothing partial is ever published.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(site_dir: Path, config: Path, extra_env: dict | None = None) -> int:
    scratch = site_dir.with_name(site_dir.name + ".tmp")
    shutil.rmtree(scratch, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(config), "-d", str(scratch)]
    result = subprocess.run(command, env=env, cwd=config.parent)
    if result.returncode != 0:
        shutil.rmtree(scratch, ignore_errors=True)
        print(f"构建失败，未改动 {site_dir}", file=sys.stderr)
        return result.returncode
    old = site_dir.with_name(site_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    scratch.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="构建站点（失败时保留原有 site/）")
    parser.add_argument("--site-dir", default=str(ROOT / "site"))
    parser.add_argument("--config", default=str(ROOT / "mkdocs.yml"))
    args = parser.parse_args()
    return build(Path(args.site_dir).resolve(), Path(args.config).resolve())


if __name__ == "__main__":
    sys.exit(main())
