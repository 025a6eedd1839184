"""In Chromium, on the built site: citations on a served site, under a sub-path and from the offline
bundle; breadcrumbs; no English UI strings on any page kind; provinces in pinyin order."""
from __future__ import annotations

import re
import subprocess
import sys
import zipfile

import pytest
from pypinyin import lazy_pinyin

from sites import ROOT, SUBPATH_URL

CITATION = re.compile(r"^双拥典型案例与政策知识库\. 六盘水舰与六盘水市城舰共建\[EB/OL\]\. \(\d{4}-\d{2}-\d{2}\)"
                      r"\[(\d{4}-\d{2}-\d{2})\]\.(?: (\S+)\.)?$")
PUBLIC_URL = "https://kb.example.gov.cn/kb/"

# Every kind of generated page, and the pages MkDocs itself makes (404, tags).
PAGE_KINDS = [
    "", "practices/liupanshui-shuangyong-bus-line/", "people/zou-guangyang/", "ships/ship-liupanshui/",
    "bases/xuchang-martyrs-cemetery/", "policies/law-military-service/", "themes/", "themes/city-ship/",
    "regions/", "regions/guizhou/", "regions/guizhou/liupanshui/", "regions/national/", "regions/unknown/",
    "practices/", "people/", "sources/", "sources/s001/", "units/", "finder/", "stats/", "downloads/",
    "citation/", "recent/", "about/", "tags/", "404.html",
]
# English a reader must never meet: Material's untranslated strings, field names, codes.
FORBIDDEN = ["Permanent link", "Made with", "Material for MkDocs", "Not found", "404 -", "Skip to content",
             "Back to top", "Previous", "Next"]
FIELD_NAMES = re.compile(r"\b(id|kind|title|region|year|period|themes?|summary|details|figures|keywords|sources|related|"
                         r"note|practice|person|ship|base|policy|unit_type|kind_label|region_path|url)\b")


def citation_of(page) -> str:
    page.locator(".kb-cite__text").wait_for()
    page.wait_for_function("!document.querySelector('.kb-cite__text').textContent.includes('引用日期')")
    return page.locator(".kb-cite__text").inner_text().strip()


def test_served_citation_has_dates_and_the_pages_http_address(page, site_url):
    page.goto(site_url + "ships/ship-liupanshui/")
    match = CITATION.match(citation_of(page))
    assert match and match[2] == site_url + "ships/ship-liupanshui/"
    assert not page.locator(".kb-cite__note").is_visible()
    assert page.locator(".kb-facts", has_text="更新于").count() == 1


@pytest.fixture(scope="module")
def subpath_url(subpath_site):
    from chromium import serve

    with serve(subpath_site, prefix="/kb/") as url:
        yield url


def test_citation_uses_the_configured_site_url(page, subpath_url):
    page.goto(subpath_url + "ships/ship-liupanshui/")
    assert CITATION.match(citation_of(page))[2] == SUBPATH_URL + "ships/ship-liupanshui/"


def test_a_page_opened_from_disk_never_cites_a_file_path(page, real_site):
    page.goto((real_site / "ships" / "ship-liupanshui" / "index.html").as_uri())
    citation = citation_of(page)
    assert CITATION.match(citation) and CITATION.match(citation)[2] is None and "file:" not in citation
    assert page.locator(".kb-cite__note").is_visible()


@pytest.fixture(scope="module")
def offline_bundle(tmp_path_factory):
    """`make offline` with the public address configured, unzipped."""
    work = tmp_path_factory.mktemp("offline-cite")
    archive = work / "kb-offline.zip"
    env = {**__import__("os").environ, "KB_SITE_URL": PUBLIC_URL}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_site.py"), "--config", str(ROOT / "mkdocs.offline.yml"),
                    "--site-dir", str(work / "build" / "kb-offline"), "--zip", str(archive)], check=True, env=env)
    zipfile.ZipFile(archive).extractall(work / "unzipped")
    return work / "unzipped" / "kb-offline"


def test_offline_bundle_cites_the_public_address_not_the_file(page, offline_bundle):
    page.goto((offline_bundle / "ships" / "ship-liupanshui.html").as_uri())
    citation = citation_of(page)
    assert CITATION.match(citation)[2] == PUBLIC_URL + "ships/ship-liupanshui/"
    assert not any("file:" in path.read_text(encoding="utf-8").split('class="kb-cite"', 1)[-1].split("</div>", 1)[0]
                   for path in offline_bundle.rglob("*.html") if 'class="kb-cite"' in path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path,trail,parent", [
    ("ships/ship-liupanshui/", ["首页", "按地区", "贵州省", "六盘水市"], "六盘水市"),
    ("regions/guizhou/liupanshui/", ["首页", "按地区", "贵州省"], "贵州省"),
    ("themes/city-ship/", ["首页", "按主题"], "按主题浏览"),
])
def test_breadcrumb_leads_back_up(page, site_url, path, trail, parent):
    page.goto(site_url + path)
    links = page.locator("article .kb-trail a")
    assert links.all_inner_texts() == trail
    links.last.click()
    page.wait_for_load_state()
    assert page.locator("article h1").inner_text().rstrip("¶") == parent


@pytest.mark.parametrize("path", PAGE_KINDS)
def test_no_english_ui_strings(page, site_url, path):
    page.goto(site_url + path)
    text = page.locator("body").inner_text()
    titles = " ".join(page.locator("[title]").evaluate_all("nodes => nodes.map(n => n.title)"))
    for phrase in FORBIDDEN:
        assert phrase not in text and phrase not in titles, phrase
    visible = re.sub(r"https?://\S+|[\w.-]+\.(csv|json)\b", "", text)  # addresses and file names may be Latin
    assert not FIELD_NAMES.search(visible), FIELD_NAMES.search(visible)
    assert page.locator("a[href*='squidfunk'], a[href*='mkdocs.org']").count() == 0


def test_not_found_page_is_chinese(page, site_url):
    page.goto(site_url + "no-such-page/")  # the test server answers 404 without the page; read it directly
    page.goto(site_url + "404.html")
    assert page.locator("h1").inner_text() == "找不到这个页面"


def test_provinces_are_listed_in_pinyin_order(page, site_url):
    page.goto(site_url + "regions/")
    names = page.locator("article table tbody tr td:first-child a").all_inner_texts()
    provinces = [n for n in names if n not in ("全国", "地区未详")]
    assert provinces == sorted(provinces, key=lambda n: lazy_pinyin(n)) and provinces[0].startswith("安徽")
    assert names[-2:] == ["全国", "地区未详"]


def test_keyword_chip_opens_the_finder_with_that_keyword(page, site_url):
    page.goto(site_url + "ships/ship-liupanshui/")
    page.locator(".kb-keyword a", has_text="城舰共建").click()
    page.wait_for_url("**/finder/?q=**")
    # The finder hides q from Material's search box while the page starts, then writes it back.
    page.wait_for_function("location.search.includes('q=')")
    assert "q=%E5%9F%8E%E8%88%B0%E5%85%B1%E5%BB%BA" in page.url
    assert page.locator(".kb-finder__keyword input").input_value() == "城舰共建"
