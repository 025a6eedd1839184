"""Platform lifetime: the lock is complete, both engines build the same site, and the generator
needs no engine glue (a plain config over `kb generate` builds the same pages)."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from build_site import build, write_plain_config
from kb.search import WORKER_PATH
from sites import ROOT

GENERATOR_META = re.compile(rb'<meta name="generator" content="[^"]*">')


COPYRIGHT = re.compile(rb'<div class="md-copyright__highlight">.*?</div>', re.S)


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a built site; the generator meta (engine name and version) blanked."""
    return {p.relative_to(site).as_posix(): GENERATOR_META.sub(b"", p.read_bytes())
            for p in sorted(site.rglob("*")) if p.is_file()}


def pins() -> set[tuple[str, str]]:
    lines = (ROOT / "requirements.txt").read_text().splitlines() + (ROOT / "requirements-dev.txt").read_text().splitlines()
    return {(_normal(name), version) for name, _, version in (l.partition("==") for l in lines) if version}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_a_fresh_venv_resolves_exactly_the_pinned_set(tmp_path):
    """`pip install --dry-run` from nothing installs every pin and nothing unpinned (no hidden transitive deps)."""
    subprocess.run([sys.executable, "-m", "venv", str(tmp_path / "venv")], check=True)
    report = tmp_path / "report.json"
    subprocess.run([str(tmp_path / "venv" / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
                    "--dry-run", "--report", str(report), "-r", str(ROOT / "requirements-dev.txt")], check=True)
    resolved = {(_normal(i["metadata"]["name"]), i["metadata"]["version"]) for i in json.loads(report.read_text())["install"]}
    assert resolved - pins() == set(), "解析出未锁定的依赖"
    assert pins() - resolved == set(), "锁定了未被解析的版本"


def test_mkdocs_builds_the_same_site_as_properdocs(real_site, tmp_path):
    site = tmp_path / "site"
    assert build(site, ROOT / "mkdocs.yml", engine="mkdocs") == 0
    assert 'content="mkdocs-1.6.1' in (site / "index.html").read_text(encoding="utf-8")
    assert 'ProperDocs' in (real_site / "index.html").read_text(encoding="utf-8")
    assert site_files(site) == site_files(real_site)


def test_generated_pages_and_a_plain_config_build_the_same_pages(real_site, tmp_path):
    """No hook: `python scripts/kb generate OUT` over a copy of docs/ and a config without hooks.

    Only the search side differs: the worker and the domain dictionary come from the hook
    (another engine gets them from a search adapter)."""
    docs = tmp_path / "docs"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "kb"), "generate", str(docs)], check=True)
    shutil.copytree(ROOT / "docs", docs, dirs_exist_ok=True)  # generate replaces its folder whole
    config = write_plain_config(tmp_path / "plain.yml", docs)
    site = tmp_path / "site"
    assert build(site, config) == 0
    hook_pages, plain_pages = site_files(real_site), site_files(site)
    search_side = {WORKER_PATH, "search/search_index.json"}
    assert plain_pages.keys() == hook_pages.keys() - {WORKER_PATH}
    assert {p for p in hook_pages if p.endswith(".html")} == {p for p in plain_pages if p.endswith(".html")}
    # The hook adds "数据截至 …" (the data's date) to the footer; a plain config carries its own copyright line.
    same = lambda p: COPYRIGHT.sub(b"", plain_pages[p]) == COPYRIGHT.sub(b"", hook_pages[p])  # noqa: E731
    # 404.html: the hook makes its asset addresses relative for sub-paths (on_post_template), an engine-side fix.
    assert [p for p in plain_pages if p not in search_side | {"404.html"} and not same(p)] == []
