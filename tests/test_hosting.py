"""Hosting: no request leaves the local server; the site works under a sub-path."""
from __future__ import annotations

from urllib.parse import urlparse

import pytest

from searchbox import search

PAGES_OF_EVERY_KIND = [
    "", "practices/liupanshui-shuangyong-bus-line/", "people/zou-guangyang/", "ships/ship-liupanshui/",
    "bases/xuchang-martyrs-cemetery/", "policies/law-military-service/", "themes/city-ship/",
    "regions/guizhou/liupanshui/", "regions/unknown/", "practices/", "sources/", "about/",
    "finder/?theme=城舰共建", "stats/", "downloads/", "citation/", "units/",
]


class RequestLog:
    """Every request the page makes; those to other hosts are answered with an abort."""

    def __init__(self, page, base_url: str):
        self.local = urlparse(base_url).netloc
        self.foreign: list[str] = []
        self.failed: list[str] = []
        page.route("**/*", self._route)
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.status} {r.url}"))

    def _route(self, route):
        url = route.request.url
        if urlparse(url).scheme in ("data", "blob") or urlparse(url).netloc == self.local:
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()


@pytest.mark.parametrize("path", PAGES_OF_EVERY_KIND)
def test_no_request_leaves_the_local_server(page, site_url, path):
    log = RequestLog(page, site_url)
    page.goto(site_url + path, wait_until="networkidle")
    assert log.foreign == [] and log.failed == []


def test_search_makes_no_request_to_another_host(page, site_url):
    log = RequestLog(page, site_url)
    page.goto(site_url, wait_until="networkidle")
    assert search(page, site_url, "城舰共建")
    page.wait_for_load_state("networkidle")
    assert log.foreign == [] and log.failed == []


@pytest.fixture(scope="module")
def kb_url(subpath_site):
    from chromium import serve

    with serve(subpath_site, prefix="/kb/") as url:
        yield url


def test_site_works_under_a_sub_path(page, kb_url):
    log = RequestLog(page, kb_url)
    page.goto(kb_url, wait_until="networkidle")
    page.locator(".md-tabs__link", has_text="按主题").click()
    page.wait_for_url("**/kb/themes/")
    page.locator("article a", has_text="城舰共建").first.click()
    page.wait_for_url("**/kb/themes/city-ship/")
    page.locator("article a[href*='ships/ship-']").first.click()
    assert "/kb/ships/ship-" in page.url
    assert search(page, kb_url, "六盘水舰")[0] == "ships/ship-liupanshui/"
    page.locator(".md-search-result__link").first.click()
    page.wait_for_url("**/kb/ships/ship-liupanshui/**")
    assert log.foreign == [] and log.failed == []
    assert all(urlparse(u).path.startswith("/kb/") for u in [page.url])


@pytest.fixture(scope="module")
def offline_index(tmp_path_factory) -> str:
    """`make offline`'s zip, unzipped: the file:// address of its home page."""
    import subprocess
    import sys
    import zipfile

    from sites import ROOT

    work = tmp_path_factory.mktemp("offline")
    archive = work / "kb-offline.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_site.py"), "--config", str(ROOT / "mkdocs.offline.yml"),
                    "--site-dir", str(work / "build" / "kb-offline"), "--zip", str(archive)], check=True)
    unzipped = work / "unzipped"
    zipfile.ZipFile(archive).extractall(unzipped)
    return (unzipped / "kb-offline" / "index.html").as_uri()


def test_offline_bundle_works_from_disk(page, offline_index):
    foreign = []
    page.route("http*://**", lambda route: (foreign.append(route.request.url), route.abort()))
    page.goto(offline_index)
    page.locator(".md-tabs__link", has_text="按地区").click()
    page.wait_for_url("**/regions/index.html")
    page.locator("article a", has_text="贵州省").first.click()
    page.wait_for_url("**/regions/guizhou/index.html")
    results = search(page, offline_index, "六盘水舰")
    assert results and results[0].endswith("ships/ship-liupanshui.html")
    page.locator(".md-search-result__link").first.click()
    page.wait_for_url("**/ships/ship-liupanshui.html**")
    assert "六盘水舰" in page.locator("h1").inner_text()
    assert foreign == []


def test_search_shards_load_on_demand_under_the_sub_path(browser, kb_url):
    context = browser.new_context()
    requested = []
    context.on("request", lambda request: requested.append(urlparse(request.url).path))
    page = context.new_page()
    page.goto(kb_url)
    assert search(page, kb_url, "六盘水舰")[0] == "ships/ship-liupanshui/"
    shards = [p for p in requested if "/assets/javascripts/kb-search/" in p]
    assert "/kb/assets/javascripts/kb-search/meta.js" in shards
    assert any(p.startswith("/kb/assets/javascripts/kb-search/t") for p in shards)
    assert all(p.startswith("/kb/") for p in shards)
    context.close()


def test_search_shards_load_from_disk(page, offline_index):
    page.goto(offline_index)
    assert search(page, offline_index, "六盘水舰")[0].endswith("ships/ship-liupanshui.html")
    loaded = [src for frame in page.frames for src in frame.eval_on_selector_all(
        "script[src*='kb-search/']", "nodes => nodes.map(n => n.src)")]
    assert any("/kb-search/t" in src and src.startswith("file://") for src in loaded), loaded
