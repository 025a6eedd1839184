"""Exports from the finder on small built sites: the CSV of a selection (BOM, Chinese headers, absolute
addresses from site_url, formula cells neutralised) and the Word export from the file:// offline bundle."""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import docx
import pytest

from build_site import build
from chromium import serve
from sites import FIXTURES_HOSTILE, ROOT, SUBPATH_URL

CSV_HEADERS = ["标题", "类型", "省", "市", "县", "时间", "主题", "荣誉", "概要", "数据", "关键词", "来源", "引用", "网址"]


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("finder-data") / "data"
    shutil.copytree(ROOT / "tests" / "fixtures" / "valid", root)
    for name in ("schema.yaml", "themes.yaml", "honours.yaml"):
        shutil.copy(ROOT / "data" / name, root / name)
    shutil.copy(FIXTURES_HOSTILE / "formula-in-cells.yaml", root / "practice" / "formula-in-cells.yaml")
    return root


def download(page, button: str, tmp_path: Path) -> Path:
    with page.expect_download() as event:
        page.locator(button).click()
    target = tmp_path / event.value.suggested_filename
    event.value.save_as(target)
    return target


def test_csv_of_a_selection_has_bom_chinese_headers_absolute_urls_and_no_formulas(browser, hostile_data, tmp_path):
    site = tmp_path / "site"
    assert build(site, ROOT / "mkdocs.yml", {"KB_DATA": str(hostile_data), "KB_SITE_URL": SUBPATH_URL}) == 0
    page = browser.new_page()
    with serve(site, prefix="/kb/") as url:
        page.goto(url + "finder/?theme=组织领导与机制")
        raw = download(page, ".kb-export__csv", tmp_path).read_bytes()
    page.close()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0] == CSV_HEADERS
    rows = [dict(zip(CSV_HEADERS, line)) for line in table[1:]]
    hostile = next(r for r in rows if "HYPERLINK" in r["标题"])
    assert hostile["标题"] == "'=HYPERLINK(\"http://example.com/x\",\"点我\")"
    assert hostile["概要"].startswith("'+1+2") and hostile["数据"] == "'-5人（@计数）"
    assert hostile["关键词"] == "'=1+1、@提及"
    assert hostile["网址"] == SUBPATH_URL + "practices/formula-in-cells/"
    assert all(not cell or cell[0] not in "=+-@\t\r" for r in rows for cell in r.values())
    assert {r["省"] for r in rows} <= {"贵州省", "四川省", "全国", "地区未详"}


def test_word_export_works_from_the_offline_bundle_on_disk(browser, hostile_data, tmp_path):
    site = tmp_path / "kb-offline"
    assert build(site, ROOT / "mkdocs.offline.yml", {"KB_DATA": str(hostile_data)}) == 0
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    foreign = []
    page.route("http*://**", lambda route: (foreign.append(route.request.url), route.abort()))
    page.goto((site / "finder" / "index.html").as_uri() + "?kind=城舰共建")
    assert page.locator(".kb-finder__result").count() == 1
    page.locator(".kb-finder__result [data-kb-basket]").click()
    document = docx.Document(str(download(page, ".kb-export__word", tmp_path)))
    titles = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert titles == ["1. 六盘水舰城舰共建"]
    cite = next(p.text for p in document.paragraphs if p.text.startswith("引用："))
    assert "file://" not in cite and "[EB/OL]" in cite
    page.goto((site / "basket" / "index.html").as_uri())
    assert page.locator(".kb-finder__result").count() == 1
    table = download(page, ".kb-export__csv", tmp_path).read_text(encoding="utf-8-sig")
    assert "六盘水舰城舰共建" in table and "file://" not in table
    page.locator(".kb-finder__result a").first.click()
    page.wait_for_url("**/ships/ship-liupanshui.html")
    context.close()
    assert foreign == []
