"""Build the site into a scratch folder and swap it in only when the build succeeds.

A failed build (bad data, a broken link under --strict) leaves the previous site/ untouched,
so nothing partial is ever published.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb.atomic import commit_file, replace_tree, temporary_beside  # noqa: E402
from kb.epoch import source_date_epoch  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# ProperDocs is the maintained continuation of MkDocs 1.x and builds the same site (tests compare the two);
# MkDocs 1.6.1 stays installed (Material depends on it) and selectable with KB_ENGINE=mkdocs / ENGINE=mkdocs.
ENGINES = ("properdocs", "mkdocs")
DEFAULT_ENGINE = os.environ.get("KB_ENGINE") or ENGINES[0]


def build_env(extra_env: dict | None = None) -> dict:
    # Both banners (Material's end-of-life notice, the ProperDocs recommendation) stay out of build logs.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", **(extra_env or {})}
    data = Path(env.get("KB_DATA") or ROOT / "data")
    env["SOURCE_DATE_EPOCH"] = source_date_epoch(env.get("SOURCE_DATE_EPOCH"), ROOT, data)
    return env


def build(site_dir: Path, config: Path, extra_env: dict | None = None, engine: str = DEFAULT_ENGINE) -> int:
    scratch = site_dir.with_name(site_dir.name + ".tmp")
    shutil.rmtree(scratch, ignore_errors=True)
    env = build_env(extra_env)
    command = [sys.executable, "-m", engine, "build", "--strict", "--quiet", "-f", str(config), "-d", str(scratch)]
    result = subprocess.run(command, env=env, cwd=config.parent)
    if result.returncode != 0:
        shutil.rmtree(scratch, ignore_errors=True)
        print(f"构建失败，未改动 {site_dir}", file=sys.stderr)
        return result.returncode
    replace_tree(scratch, site_dir)
    return 0


def write_plain_config(config: Path, docs_dir: Path, plugins: list | None = None) -> Path:
    """An engine config without the hook: the project's mkdocs.yml (theme, overrides, Markdown extensions)
    over a folder that already holds docs/ and the generated pages. `plugins=[]` leaves out search and tags.

    This is all another engine needs from us besides `python scripts/kb generate` (and a search adapter).
    """
    settings = {"INHERIT": str(ROOT / "mkdocs.yml"), "hooks": [], "docs_dir": str(docs_dir.resolve()),
                "theme": {"name": "material", "custom_dir": str(ROOT / "overrides")}}
    if plugins is not None:
        settings["plugins"] = plugins
    config.write_text(json.dumps(settings, ensure_ascii=False, indent=1), encoding="utf-8")
    return config


def write_zip(site_dir: Path, archive: Path) -> None:
    """Zip the site under one top folder; entries sorted and dated 1980 so the zip is reproducible.
    Written under a temporary name and moved into place: a killed run keeps the previous zip."""
    temporary = temporary_beside(archive)
    try:
        _zip_into(site_dir, temporary)
        commit_file(temporary, archive)
    finally:
        temporary.unlink(missing_ok=True)


def _zip_into(site_dir: Path, archive: Path) -> None:
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{site_dir.name}/{path.relative_to(site_dir).as_posix()}", (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(info, path.read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser(description="构建站点（失败时保留原有 site/）")
    parser.add_argument("--site-dir", default=str(ROOT / "site"))
    parser.add_argument("--config", default=str(ROOT / "mkdocs.yml"))
    parser.add_argument("--zip", help="另外打包成 zip（离线包）")
    parser.add_argument("--engine", choices=ENGINES, default=DEFAULT_ENGINE, help="站点生成器（默认 properdocs）")
    args = parser.parse_args()
    site_dir = Path(args.site_dir).resolve()
    status = build(site_dir, Path(args.config).resolve(), engine=args.engine)
    if status == 0 and args.zip:
        write_zip(site_dir, Path(args.zip).resolve())
        print(f"离线包：{args.zip}（解压后用浏览器打开 {site_dir.name}/index.html）")
    return status


if __name__ == "__main__":
    sys.exit(main())
