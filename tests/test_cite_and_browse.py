"""Citations fit for official documents, update dates, browsing without dead ends, Chinese exports,
statistics and the theme-keyword check — on the generated pages and files (no browser)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess

import pytest

from kb import history
from kb.audit.theme_keywords import findings
from kb.export import COMMON_COLUMNS, KIND_COLUMNS
from kb.load import load
from kb.options import SiteOptions, build_options
from kb.site import generate_pages
from sites import ROOT

CITATION = re.compile(r"^双拥典型案例与政策知识库\. (?P<title>[^\[]+)\[EB/OL\]\. \((?P<updated>\d{4}-\d{2}-\d{2})\)"
                      r"\[(?P<access>\d{4}-\d{2}-\d{2})\]\.(?: (?P<url>https?://\S+)\.)?$")
ASCII_WORD = re.compile(r"[A-Za-z]")


def html_unescape(text: str) -> str:
    import html
    return html.unescape(text)


# -- update dates from one pass over the git history ---------------------------------------------

def test_one_git_log_pass_gives_every_file_its_last_change():
    log = "\0" + "1700000000\n\npractice/a.yaml\nperson/b.yaml\n" + "\0" + "1600000000\n\npractice/a.yaml\nship/c.yaml\n"
    dates = history.parse_log(log)
    assert dates == {"practice/a.yaml": dt.date(2023, 11, 14), "person/b.yaml": dt.date(2023, 11, 14),
                     "ship/c.yaml": dt.date(2020, 9, 13)}


def test_the_real_history_is_read_with_a_single_git_call(monkeypatch):
    calls = []
    real_run = subprocess.run
    monkeypatch.setattr(history.subprocess, "run", lambda *a, **k: calls.append(a) or real_run(*a, **k))
    kb = load(ROOT / "data")
    options = build_options(kb, ROOT / "data")
    assert len(calls) == 1 and calls[0][0][:3] == ["git", "-c", "core.quotepath=off"]
    if not history.git_dates(ROOT / "data"):
        pytest.skip("checkout without git history")
    assert set(options.updated) == set(kb.records)


def test_without_history_dates_fall_back_to_source_date_epoch_never_the_clock(data, monkeypatch):
    kb = load(data.root)  # a temporary folder: no git history
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert set(build_options(kb, data.root).updated.values()) == {dt.date(2023, 11, 14)}
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert build_options(kb, data.root).updated == {}  # unknown, not today


# -- citations -------------------------------------------------------------------------------------

def site_with(data, **options):
    kb = load(data.root)
    kb.options = SiteOptions(updated={rid: dt.date(2026, 3, 5) for rid in kb.records}, **options)
    return kb, generate_pages(kb)


def cite_block(page: str) -> tuple[str, str]:
    head = html_unescape(re.search(r'data-cite-head="([^"]*)"', page).group(1))
    url = html_unescape(re.search(r'data-cite-url="([^"]*)"', page).group(1))
    return head, url


def test_citation_follows_gb_t_7714_with_the_configured_address(data):
    _, pages = site_with(data, url="https://kb.example.gov.cn/kb/")
    page = pages["ships/ship-liupanshui.md"]
    head, url = cite_block(page)
    citation = f"{head}[2026-04-01]. {url}."
    match = CITATION.match(citation)
    assert match and match["title"] == "六盘水舰城舰共建" and match["updated"] == "2026-03-05"
    assert url == "https://kb.example.gov.cn/kb/ships/ship-liupanshui/"
    assert "- **更新于**　2026&#45;03&#45;05" in page


def test_citation_omits_the_address_with_a_note_when_none_is_configured(data):
    _, pages = site_with(data)
    page = pages["ships/ship-liupanshui.md"]
    head, url = cite_block(page)
    assert url == "" and CITATION.match(f"{head}[2026-04-01].") and "本站未配置公开网址" in page
    assert "file:" not in page


def test_citation_names_the_publisher_of_the_original_where_known(data):
    data.edit("sources/t001.yaml", "kind: 汇编\n", "kind: 汇编\npublisher: 测试市双拥办\n")
    _, pages = site_with(data)
    assert "**原文出处**　测试市双拥办：《测试汇编》第1篇《六盘水市双拥工作综述》" in pages["practices/liupanshui-bus.md"]


def test_citation_page_explains_the_format_with_examples(data):
    _, pages = site_with(data, url="https://kb.example.gov.cn/")
    page = pages["citation.md"]
    lines = [html_unescape(line[2:]) for line in page.splitlines() if line.startswith("> ")]
    examples = [line for line in lines if line.startswith("双拥典型案例与政策知识库. ") and "记录题名" not in line]
    assert len(examples) == 2 and all(CITATION.match(e) for e in examples)
    assert "https://kb.example.gov.cn/ships/ship-liupanshui/" in examples[0]


def test_recent_page_lists_records_newest_first_and_home_shows_the_data_date(data):
    kb = load(data.root)
    days = {"liupanshui-bus": dt.date(2026, 5, 1), "zou-guangyang": dt.date(2026, 2, 1)}
    kb.options = SiteOptions(updated={rid: days.get(rid, dt.date(2025, 1, 1)) for rid in kb.records})
    pages = generate_pages(kb)
    recent = pages["recent.md"]
    assert recent.index("## 2026&#45;05&#45;01") < recent.index("双拥公交专线") < recent.index("## 2026&#45;02&#45;01") \
        < recent.index("邹广阳") < recent.index("## 2025&#45;01&#45;01")
    assert "数据截至 2026&#45;05&#45;01" in pages["index.md"]


# -- feedback ----------------------------------------------------------------------------------------

def test_feedback_link_prefills_record_id_and_title(data):
    _, pages = site_with(data, url="https://kb.example.gov.cn/",
                         feedback="https://git.example/kb/issues/new?title=纠错：{title}&body={id}%0A{url}")
    link = html_unescape(re.search(r'<a class="kb-feedback" href="([^"]+)">纠错 / 补充</a>',
                                   pages["practices/liupanshui-bus.md"]).group(1))
    assert link == ("https://git.example/kb/issues/new?title=纠错：%E5%8F%8C%E6%8B%A5%E5%85%AC%E4%BA%A4%E4%B8%93%E7%BA%BF"
                    "&body=liupanshui-bus%0Ahttps%3A%2F%2Fkb.example.gov.cn%2Fpractices%2Fliupanshui-bus%2F")


def test_without_a_feedback_target_the_link_explains_how_to_report(data):
    _, pages = site_with(data)
    assert "[纠错 / 补充](../about.md#纠错与补充)" in pages["practices/liupanshui-bus.md"]


# -- exports: Chinese headers and values, absolute addresses, kind columns ----------------------------

def rows(pages, name):
    return list(csv.DictReader(io.StringIO(pages[f"downloads/{name}.csv"].lstrip("\ufeff"))))


def test_per_kind_csv_files_have_that_kinds_own_columns(data):
    _, pages = site_with(data)
    for folder, kind in (("practices", "practice"), ("people", "person"), ("ships", "ship"), ("bases", "base"), ("policies", "policy")):
        assert list(rows(pages, folder)[0]) == list(COMMON_COLUMNS) + list(KIND_COLUMNS[kind])
    person = rows(pages, "people")[0]
    assert (person["姓名"], person["荣誉"]) == ("邹广阳", "全国提名最美拥军人物")
    assert person["事迹"].startswith("守护红军烈士墓")
    ship = rows(pages, "ships")[0]
    assert (ship["舰名"], ship["共建城市"]) == ("六盘水舰", "贵州省六盘水市")


def test_csv_addresses_are_absolute_when_the_site_has_an_address(data):
    _, pages = site_with(data, url="https://kb.example.gov.cn/kb/")
    assert {r["网址"] for r in rows(pages, "records")} >= {"https://kb.example.gov.cn/kb/practices/liupanshui-bus/"}
    _, pages = site_with(data)
    assert "practices/liupanshui-bus/" in {r["网址"] for r in rows(pages, "records")}


def test_csv_and_json_headers_and_codes_are_chinese(data):
    kb, pages = site_with(data)
    theme_ids = {t.id for t in kb.themes.values()}
    for name in ("records", "practices", "people", "ships", "bases", "policies"):
        header = pages[f"downloads/{name}.csv"].lstrip("\ufeff").split("\r\n", 1)[0]
        assert not ASCII_WORD.search(header), header
        for item in json.loads(pages[f"downloads/{name}.json"])["记录"]:
            assert not any(ASCII_WORD.search(key) for key in item)
            assert not theme_ids & set(item["主题"]) and item["类型"] in {"典型做法", "先进人物", "城舰共建", "阵地基地", "政策"}


# -- statistics -------------------------------------------------------------------------------------

def test_year_chart_leaves_undated_records_apart_and_regions_count_national_and_unknown(data):
    kb, pages = site_with(data)
    page = pages["stats/index.md"]
    year_chart = page[page.index("## 按年份"):]
    undated = sum(1 for r in kb.records.values() if not r.data.get("year"))
    assert "未注明" not in year_chart[: year_chart.index("</svg>")]
    assert f"另有 **{undated}** 条记录未注明年份" in year_chart
    province_chart = page[page.index("## 按省份"): page.index("## 按年份")]
    assert ">全国<" in province_chart and ">地区未详<" in province_chart


# -- the theme-keyword consistency check -------------------------------------------------------------

def test_a_record_using_a_themes_keyword_without_that_theme_is_reported(data):
    data.edit("practice/liupanshui-bus.yaml", "把一条公交线路", "为优待证持有人免费乘车，把一条公交线路")
    found = [(f.record, f.theme, f.keyword) for f in findings(load(data.root))]
    assert ("liupanshui-bus", "拥军优属与优待", "优待证") in found


def test_an_explained_exception_is_not_reported_again(data):
    data.edit("practice/liupanshui-bus.yaml", "把一条公交线路", "为优待证持有人免费乘车，把一条公交线路")
    data.edit("practice/liupanshui-bus.yaml", "keywords: [双拥公交]",
              "keywords: [双拥公交]\nnote: 未归入主题“拥军优属与优待”：优待只是附带。")
    assert not [f for f in findings(load(data.root)) if f.record == "liupanshui-bus"]


def test_a_keyword_inside_another_word_is_no_match(data):
    data.edit("practice/liupanshui-bus.yaml", "把一条公交线路", "借助学习强国平台，把一条公交线路")  # 助学 ⊂ 借助学习
    assert not [f for f in findings(load(data.root)) if f.record == "liupanshui-bus" and f.keyword == "助学"]


def test_the_real_corpus_is_consistent():
    assert [f"{f.record}: {f.theme}（{f.keyword}）" for f in findings(load(ROOT / "data"))] == []
