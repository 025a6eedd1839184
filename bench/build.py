"""Build-time benchmark (not a test): prints figures, side by side, measured in one run.

  project   `mkdocs build` of the real site: hook loads and checks data/, generates pages, MkDocs renders
  plain     a plain `mkdocs build` (no hook) of the very same generated pages
  nav       the plain build again with every record page in the navigation (what we avoid)

    .venv/bin/python bench/build.py                 # the real corpus
    .venv/bin/python bench/build.py --scale 1 3 6   # the corpus copied 1×, 3×, 6× to see growth
    .venv/bin/python bench/build.py --no-nav        # skip the slow nav variant
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from kb.load import load  # noqa: E402
from kb.model import KIND_ORDER  # noqa: E402
from kb.render.paths import KIND_FOLDERS  # noqa: E402
from kb.search import search_files  # noqa: E402
from kb.site import generate_pages, write_pages  # noqa: E402


def scaled_data(copies: int, into: Path) -> Path:
    """data/ with every record copied `copies` times under new ids (same text, same sources)."""
    data = into / "data"
    shutil.copytree(ROOT / "data", data)
    for kind in KIND_ORDER:
        for path in sorted((data / kind).glob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            for n in range(2, copies + 1):
                record = yaml.safe_load(text)
                record["id"] = f"{record['id']}-x{n}"
                record["title"] = f"{record['title']}（副本{n}）"
                record.pop("related", None)
                target = path.with_name(f"{record['id']}.yaml")
                target.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return data


def timed(command: list[str], env: dict, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def plain_project(data: Path, work: Path, records_in_nav: bool = False, default_search: bool = False) -> Path:
    """A docs folder with the generated pages and an mkdocs.yml without the hook.

    default_search: Material's own search as its docs set it up for Chinese (jieba at build time,
    U+200B in the separator), without the project's worker and dictionary.
    """
    kb = load(data)
    docs = work / "docs"
    shutil.copytree(ROOT / "docs", docs)
    pages = generate_pages(kb)
    pages.update(search_files(kb))
    write_pages(pages, docs)
    config = {"INHERIT": str(ROOT / "mkdocs.yml"), "hooks": [], "docs_dir": str(docs),
              "theme": {"name": "material", "custom_dir": str(ROOT / "overrides")}}
    if default_search:
        (work / "no-overrides").mkdir()  # an empty custom_dir: Material's own search worker
        config["theme"]["custom_dir"] = str(work / "no-overrides")
        config["plugins"] = [{"search": {"lang": "en", "separator": "[\\s\\u200b\\-]"}}, "tags"]
    if records_in_nav:
        nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)["nav"]
        by_kind = {KIND_FOLDERS[k]: sorted(p for p in pages if p.startswith(KIND_FOLDERS[k] + "/") and not p.endswith("index.md"))
                   for k in KIND_ORDER}
        config["nav"] = nav + [{"全部记录": [{folder: entries} for folder, entries in by_kind.items()]}]
    (work / "mkdocs.yml").write_text(yaml.dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return work / "mkdocs.yml"


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's !ENV and python tags back as plain values for the copy."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: "")
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def measure(copies: int, with_nav: bool) -> dict:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--quiet"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = scaled_data(copies, work) if copies > 1 else ROOT / "data"
        records = len(load(data).records)
        row = {"copies": copies, "records": records}
        row["project"] = timed(mkdocs + ["-d", str(work / "site1")], {**env, "KB_DATA": str(data)}, ROOT)
        plain = plain_project(data, work / "plain", records_in_nav=False)
        row["plain"] = timed(mkdocs + ["-f", str(plain), "-d", str(work / "site2")], env, plain.parent)
        if with_nav:
            nav = plain_project(data, work / "nav", records_in_nav=True)
            row["nav"] = timed(mkdocs + ["-f", str(nav), "-d", str(work / "site3")], env, nav.parent)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, nargs="*", default=[1], help="copies of the corpus to measure")
    parser.add_argument("--no-nav", action="store_true", help="skip the records-in-nav variant")
    args = parser.parse_args()
    print(f"{'copies':>6} {'records':>8} {'project s':>10} {'plain s':>9} {'nav s':>8} {'project/plain':>14} {'nav/plain':>10}")
    for copies in args.scale:
        row = measure(copies, not args.no_nav)
        nav = row.get("nav")
        nav_text = f"{nav:.2f}" if nav else "-"
        nav_ratio = f"{nav / row['plain']:.2f}" if nav else "-"
        print(f"{row['copies']:>6} {row['records']:>8} {row['project']:>10.2f} {row['plain']:>9.2f} "
              f"{nav_text:>8} {row['project'] / row['plain']:>14.2f} {nav_ratio:>10}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
