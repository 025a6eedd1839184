"""The case finder in Chromium: keyword with facets, sort orders, URL state, removable conditions,
the Word and CSV export of a selection, and the case basket that survives a reload."""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import docx
import pytest

from kb.load import load
from kb.render.finder_data import finder_payload, pinyin_key
from sites import ROOT


@pytest.fixture(scope="module")
def rows() -> dict:
    return {row["id"]: row for row in finder_payload(load(ROOT / "data"))["rows"]}


def holds(row, word: str) -> bool:
    """The fields the finder's keyword reads: title, summary, keywords, region, honours."""
    text = " ".join([row["title"], row["summary"], " ".join(row["keywords"]), row["province"], row["city"],
                     row["county"], " ".join(row["honours"])])
    return word.lower() in text.lower()


def shown(page) -> list[str]:
    return page.locator(".kb-finder__result").evaluate_all("items => items.map(i => i.dataset.id)")


def count(page) -> int:
    return int(page.locator(".kb-finder__count").inner_text().split()[1])


def search_for(page, words: str) -> None:
    box = page.locator(".kb-finder__keyword input")
    box.fill(words)
    box.press("Enter")


def test_keyword_narrows_and_facets_narrow_it_further(page, site_url, rows):
    page.goto(site_url + "finder/")
    assert count(page) == len(rows)
    search_for(page, "六盘水")
    want = {rid for rid, row in rows.items() if holds(row, "六盘水")}
    page.wait_for_function(f"document.querySelector('.kb-finder__count').textContent === '共 {len(want)} 条记录'")
    assert set(shown(page)) == want
    page.select_option("select[data-facet=kind]", "城舰共建")
    narrower = {rid for rid in want if rows[rid]["kind"] == "城舰共建"}
    assert narrower and narrower < want
    assert set(shown(page)) == narrower and count(page) == len(narrower)
    assert parse_qs(urlparse(page.url).query) == {"q": ["六盘水"], "kind": ["城舰共建"]}
    search_for(page, "六盘水 zzqx")
    page.wait_for_function("document.querySelector('.kb-finder__count').textContent === '共 0 条记录'")
    assert page.locator(".kb-finder__none").is_visible()


def test_keyword_finds_synonyms_from_the_theme_list(page, site_url, rows):
    page.goto(site_url + "finder/?q=舰城共建")
    found = set(shown(page)) if count(page) <= 100 else None
    only_other_name = [rid for rid, row in rows.items() if holds(row, "城舰共建") and not holds(row, "舰城共建")]
    assert only_other_name and found is not None and set(only_other_name) <= found


def test_a_compound_word_matches_when_its_parts_are_apart(page, site_url, rows):
    page.goto(site_url + "finder/?q=军嫂就业&province=河南省")
    ids = shown(page)
    assert ids and all(rows[i]["province"] == "河南省" for i in ids)
    assert all(holds(rows[i], "就业") and any(holds(rows[i], w) for w in ("军嫂", "随军家属", "随军配偶", "军属")) for i in ids)


def test_the_address_restores_keyword_honour_and_sort_without_opening_the_search_box(page, site_url, rows):
    page.goto(site_url + "finder/?q=退役&honour=最美退役军人&sort=年份", wait_until="load")
    assert page.locator(".kb-finder__keyword input").input_value() == "退役"
    assert page.locator("select[data-facet=honour]").input_value() == "最美退役军人"
    assert page.locator("select[data-sort]").input_value() == "年份"
    want = {rid for rid, row in rows.items() if "最美退役军人" in row["honour"] and holds(row, "退役")}
    assert want and set(shown(page)) == want
    levels = {h for rid in want for h in rows[rid]["honours"]}
    assert len(levels) >= 2 and all(h.endswith("最美退役军人") for h in levels)  # every level of the honour
    assert not page.locator("#__search").is_checked()  # Material's own search stays closed
    page.wait_for_function("new URLSearchParams(location.search).get('q') === '退役'")


def test_each_sort_order(page, site_url, rows):
    page.goto(site_url + "finder/?province=贵州省")
    default = [rows[i] for i in shown(page)]
    assert [r["order"]["kind"] for r in default] == sorted(r["order"]["kind"] for r in default)
    page.select_option("select[data-sort]", "地区")
    places = [(pinyin_key(rows[i]["city"]), pinyin_key(rows[i]["county"])) for i in shown(page)]
    assert places == sorted(places) and len(set(places)) > 2
    page.select_option("select[data-sort]", "年份")
    years = [rows[i]["order"]["year"] for i in shown(page)]
    dated = [y for y in years if y]
    assert dated == sorted(dated, reverse=True) and years == dated + [0] * (len(years) - len(dated))
    page.select_option("select[data-sort]", "类型")
    assert [rows[i] for i in shown(page)] == default
    assert parse_qs(urlparse(page.url).query)["sort"] == ["类型"]


def test_relevance_puts_title_hits_first_and_default_order_is_not_code_point_order(page, site_url, rows):
    page.goto(site_url + "finder/?q=城舰共建")
    assert page.locator("select[data-sort]").input_value() == "相关度"
    in_title = [holds({**rows[i], "summary": "", "keywords": [], "honours": []}, "城舰共建") for i in shown(page)]
    assert in_title[0] and in_title == sorted(in_title, reverse=True)
    page.goto(site_url + "finder/")
    first = [rows[i] for i in shown(page)[:100]]
    provinces = [pinyin_key(r["province"]) for r in first if r["order"]["region"].startswith("0")]
    assert provinces == sorted(provinces) and first[0]["province"] != "上海市"


def test_conditions_show_as_chips_that_remove_them(page, site_url, rows):
    page.goto(site_url + "finder/?q=拥军&kind=先进人物")
    chips = page.locator(".kb-chip").all_inner_texts()
    assert any("关键词：拥军" in c for c in chips) and any("类型：先进人物" in c for c in chips)
    page.locator(".kb-chip[data-chip=kind]").click()
    assert parse_qs(urlparse(page.url).query) == {"q": ["拥军"]}
    assert count(page) == len([r for r in rows.values() if holds(r, "拥军")])
    page.locator(".kb-chip--clear").click()
    assert count(page) == len(rows) and urlparse(page.url).query == ""
    assert page.locator(".kb-finder__keyword input").input_value() == ""


def test_rows_show_the_whole_summary(page, site_url, rows):
    long = max((r for r in rows.values() if "；" in r["summary"][:-10]), key=lambda r: len(r["summary"]))
    page.goto(site_url + "finder/?q=" + long["title"])
    item = page.locator(f".kb-finder__result[data-id='{long['id']}'] .kb-finder__summary")
    assert item.inner_text() == long["summary"]


def export_word(page, tmp_path) -> docx.Document:
    with page.expect_download() as download:
        page.locator(".kb-export__word").click()
    assert download.value.suggested_filename.endswith(".docx")
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    return docx.Document(str(target))


def headings(document) -> list[str]:
    return [p.text.split(". ", 1)[1] for p in document.paragraphs if p.style.name == "Heading 1"]


def test_word_export_holds_exactly_the_selected_records(page, site_url, rows, tmp_path):
    foreign = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(site_url)
               else (foreign.append(route.request.url), route.abort()))
    page.goto(site_url + "finder/?kind=城舰共建&sort=地区")
    ids = shown(page)
    document = export_word(page, tmp_path)
    assert headings(document) == [rows[i]["title"] for i in ids]
    text = [p.text for p in document.paragraphs]
    assert "类型：城舰共建" in text[1] and "排序：地区" in text[1] and text[2].startswith("导出日期：20")
    assert "城舰共建" in document.core_properties.title
    first = text[text.index("1. " + rows[ids[0]]["title"]):]
    assert first[1].startswith("类型：城舰共建") and "地区：" in first[1] and "时间：" in first[1]
    assert "概要：" + rows[ids[0]]["summary"] in first
    assert any(t.startswith("来源：《") for t in first) and any("[EB/OL]" in t and site_url in t for t in first)
    assert page.locator(".kb-export__status").inner_text() == f"已导出 {len(ids)} 条记录"
    assert foreign == []


def test_basket_survives_a_reload_and_exports_its_records(page, site_url, rows, tmp_path):
    page.goto(site_url + "finder/?q=六盘水舰")
    first = shown(page)[0]
    page.locator(f".kb-finder__result[data-id='{first}'] [data-kb-basket]").click()
    assert page.locator(f".kb-finder__result[data-id='{first}'] [data-kb-basket]").inner_text() == "移出案例篮"
    page.goto(site_url + "practices/liupanshui-shuangyong-bus-line/")
    page.locator(".kb-basket-bar [data-kb-basket]").click()
    assert page.locator(".kb-basket-count").inner_text() == "（2 条）"
    page.goto(site_url + "finder/?kind=政策&province=河南省")
    page.locator(".kb-finder__add-all").click()
    policies = shown(page)
    page.goto(site_url + "basket/")
    page.reload()
    want = [first, "liupanshui-shuangyong-bus-line"] + [p for p in policies if p not in (first,)]
    assert shown(page) == want
    assert page.locator(".kb-finder__count").inner_text() == f"案例篮中共 {len(want)} 条记录"
    page.locator(f".kb-finder__result[data-id='{want[-1]}'] [data-kb-basket]").click()
    page.reload()
    assert shown(page) == want[:-1]
    assert headings(export_word(page, tmp_path)) == [rows[i]["title"] for i in want[:-1]]
    with page.expect_download() as download:
        page.locator(".kb-export__csv").click()
    lines = open(download.value.path(), encoding="utf-8-sig").read().splitlines()
    assert len(lines) == len(want)  # header + one line per record (no line breaks inside cells here)
    page.locator(".kb-basket__clear").click()
    page.reload()
    assert shown(page) == [] and page.locator(".kb-basket__empty").is_visible()
