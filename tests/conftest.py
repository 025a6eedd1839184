"""Shared fixtures: a small valid data folder that tests copy and then break on purpose."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

FIXTURES = ROOT / "tests" / "fixtures"
SHARED_FILES = ("schema.yaml", "themes.yaml", "honours.yaml")  # the real allow-lists and schema


class DataDir:
    """A copy of tests/fixtures/valid plus the project's schema; `write` replaces one file."""

    def __init__(self, root: Path):
        self.root = root

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def read(self, relative: str) -> str:
        return (self.root / relative).read_text(encoding="utf-8")

    def edit(self, relative: str, old: str, new: str) -> None:
        text = self.read(relative)
        assert old in text, f"{old!r} not in {relative}"
        self.write(relative, text.replace(old, new))


@pytest.fixture
def data(tmp_path) -> DataDir:
    root = tmp_path / "data"
    shutil.copytree(FIXTURES / "valid", root)
    for name in SHARED_FILES:
        shutil.copy(ROOT / "data" / name, root / name)
    return DataDir(root)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The project's real data built once with `mkdocs build --strict`."""
    from sites import build_site

    site = tmp_path_factory.mktemp("real") / "site"
    assert build_site(site) == 0, "mkdocs build --strict failed on the real data"
    return site


@pytest.fixture(scope="session")
def subpath_site(tmp_path_factory) -> Path:
    """The real site built for a sub-path (site_url …/kb/), as on an intranet or GitHub Pages."""
    from sites import SUBPATH_URL, build_site

    site = tmp_path_factory.mktemp("subpath") / "site"
    assert build_site(site, env={"KB_SITE_URL": SUBPATH_URL}) == 0
    return site


@pytest.fixture(scope="session")
def browser():
    from chromium import launch
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(real_site):
    from chromium import serve

    with serve(real_site) as url:
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    yield tab
    context.close()
