"""Browse, cite, export and see: the case finder, citations, downloads and statistics."""
from __future__ import annotations

import csv
import io
import json
from urllib.parse import parse_qs, urlparse

from kb.export import COLUMNS
from kb.load import load
from kb.site import generate_pages
from sites import ROOT


def expected(kb, theme_name: str, province: str) -> set[str]:
    return {r.id for r in kb.records.values()
            if any(t.name == theme_name for t in r.themes) and r.region and r.region.province.name == province}


def test_finder_filters_combine_and_counts_match(page, site_url):
    kb = load(ROOT / "data")
    want = expected(kb, "随军家属就业", "河南省")
    page.goto(site_url + "finder/")
    page.select_option("select[data-facet=theme]", "随军家属就业")
    option = page.locator("select[data-facet=province] option[value='河南省']").inner_text()
    assert option == f"河南省（{len(want)}）"
    page.select_option("select[data-facet=province]", "河南省")
    links = page.locator(".kb-finder__result a.kb-finder__title").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    found = {href.rstrip("/").split("/")[-1] for href in links}
    assert found == want
    assert page.locator(".kb-finder__count").inner_text() == f"共 {len(want)} 条记录"
    query = parse_qs(urlparse(page.url).query)
    assert query == {"theme": ["随军家属就业"], "province": ["河南省"]}


def test_finder_url_restores_the_view(page, site_url):
    page.goto(site_url + "finder/?kind=城舰共建")
    assert page.locator("select[data-facet=kind]").input_value() == "城舰共建"
    titles = page.locator(".kb-finder__result a.kb-finder__title").all_inner_texts()
    assert titles and all("舰" in t for t in titles)
    page.locator(".kb-finder__result a.kb-finder__title").first.click()
    assert "/ships/ship-" in page.url


def test_copy_button_puts_the_citation_on_the_clipboard(browser, site_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + "ships/ship-liupanshui/")
    page.locator(".kb-cite__copy").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    assert copied.startswith("双拥典型案例与政策知识库. 六盘水舰与六盘水市城舰共建[EB/OL]. (")
    assert copied.endswith("]. " + site_url + "ships/ship-liupanshui/.")


def test_csv_download_has_a_bom_the_documented_columns_and_a_row_per_record(page, site_url, real_site):
    raw = (real_site / "downloads" / "records.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    kb = load(ROOT / "data")
    assert list(rows[0]) == COLUMNS
    assert sorted(r["标识"] for r in rows) == sorted(kb.records)
    page.goto(site_url + "downloads/")
    for column in COLUMNS:
        assert page.locator("table td", has_text=column).count() >= 1
    with page.expect_download() as download:
        page.locator("a[href='records.csv']").first.click(modifiers=["Alt"])
    assert download.value.suggested_filename == "records.csv"


def test_json_download_holds_every_record(real_site):
    records = json.loads((real_site / "downloads" / "records.json").read_text(encoding="utf-8"))["记录"]
    assert len(records) == len(load(ROOT / "data").records)
    ship = next(r for r in records if r["标识"] == "ship-liupanshui")
    assert ship["地区"] == ["贵州省", "六盘水市"] and ship["网址"] == "ships/ship-liupanshui/"


def test_every_province_with_records_is_on_the_map_with_its_count(page, site_url):
    kb = load(ROOT / "data")
    page.goto(site_url + "stats/")
    tiles = page.locator(".kb-tilemap a").evaluate_all(
        "links => links.map(a => [a.dataset.province, Number(a.dataset.count), a.getAttribute('href')])")
    shown = {name: (count, href) for name, count, href in tiles}
    from kb.render.groups import subtree_records
    for province in kb.provinces:
        count = len(subtree_records(kb, province))
        if count:
            assert shown[province.name][0] == count
            assert shown[province.name][1] == f"../regions/{province.slug}/"
    page.locator(".kb-tilemap a[data-province='贵州省']").click()
    page.wait_for_url("**/regions/guizhou/")


def test_charts_are_inline_svg_with_no_script(real_site):
    html = (real_site / "stats" / "index.html").read_text(encoding="utf-8")
    assert html.count('<div class="kb-chart') == 5 and "kb-tilemap" in html
    chart = html[html.index('<div class="kb-chart">'):]
    assert "<script" not in chart[: chart.index("</svg>")]


def test_record_pages_show_nearby_records_deterministically():
    kb = load(ROOT / "data")
    first, second = generate_pages(kb), generate_pages(load(ROOT / "data"))
    page = first["practices/liupanshui-shuangyong-bus-line.md"]
    assert page == second["practices/liupanshui-shuangyong-bus-line.md"]
    related = page.split("## 相关记录", 1)[1]
    assert "同地区" in related


def test_record_page_prints_without_navigation_but_with_source_and_citation(page, site_url):
    page.goto(site_url + "ships/ship-liupanshui/")
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-search", ".kb-cite__copy"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator("h2#来源").is_visible() and page.locator(".kb-cite__text").is_visible()
