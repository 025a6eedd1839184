"""The finder's build-time data: a row per record with its facets, full summaries, pinyin sort keys,
honour families, the search dictionary and synonyms, and the details a Word or CSV export adds."""
from __future__ import annotations

import json

import pytest

from kb.load import load
from kb.render.finder_data import CASE_DATA, FINDER_DATA, data_files, pinyin_key
from kb.vendor import MissingLibrary, vendor_files


def payload(script: str):
    assert script.startswith("window.") and script.endswith(";\n")
    return json.loads(script[script.index("=") + 1:].strip().rstrip(";"))


def finder(data):
    return payload(data_files(load(data.root))[FINDER_DATA])


def rows_by_id(data) -> dict:
    return {row["id"]: row for row in finder(data)["rows"]}


def test_every_record_has_a_row_with_its_facets(data):
    rows = rows_by_id(data)
    assert set(rows) == set(load(data.root).records)
    bus = rows["liupanshui-bus"]
    assert (bus["url"], bus["kind"], bus["province"], bus["city"], bus["theme"]) == (
        "practices/liupanshui-bus/", "典型做法", "贵州省", "六盘水市", ["国防教育与宣传"])
    assert bus["year"] == "2023" and bus["keywords"] == ["双拥公交"]
    assert rows["school-military-training"]["unit"] == "学校"


def test_summaries_are_whole_never_cut_at_the_first_semicolon(data):
    long = "第一句说明做法；第二句写明成效，" + "内容" * 60 + "。最后一句收尾。"
    data.edit("practice/liupanshui-bus.yaml", "summary: 把一条公交线路做成流动的双拥宣传阵地。", f"summary: {long}")
    assert rows_by_id(data)["liupanshui-bus"]["summary"] == long


def test_region_keys_sort_in_pinyin_with_national_and_unknown_last(data):
    rows = rows_by_id(data)
    keys = {rid: row["order"]["region"] for rid, row in rows.items()}
    assert "四川省" < "贵州省"  # code-point order would put 四川 first; pinyin puts gui before si
    assert keys["liupanshui-bus"] < keys["xiqu-park"]
    assert keys["liupanshui-bus"] < keys["law-military-service"] < keys["school-military-training"]
    assert pinyin_key("重庆市") == "chong qing shi" and pinyin_key("贵州省") < pinyin_key("四川省")


def test_year_key_uses_the_year_else_the_latest_year_in_the_period(data):
    data.edit("person/zou-guangyang.yaml", "deed: 守护红军烈士墓87载。", "deed: 守护红军烈士墓87载。\nperiod: 2019—2021年")
    rows = rows_by_id(data)
    assert rows["liupanshui-bus"]["order"]["year"] == 2023
    assert rows["zou-guangyang"]["order"]["year"] == 2021
    assert rows["law-military-service"]["order"]["year"] == 0 and rows["law-military-service"]["when"] == ""


def test_an_honour_also_counts_under_its_broader_name(data):
    data.edit("person/zou-guangyang.yaml", "honours: [{honour: 全国提名最美拥军人物}]",
              "honours: [{honour: 全国提名最美拥军人物}, {honour: 省级最美退役军人}]")
    person = rows_by_id(data)["zou-guangyang"]
    assert person["honours"] == ["全国提名最美拥军人物", "省级最美退役军人"]
    assert {"最美拥军人物", "全国提名最美拥军人物", "最美退役军人", "省级最美退役军人"} == set(person["honour"])
    assert rows_by_id(data)["liupanshui-bus"]["honour"] == []


def test_the_search_dictionary_and_synonyms_ship_with_the_rows(data):
    found = finder(data)
    assert {"六盘水市", "双拥公交", "全国提名最美拥军人物"} <= set(found["words"])
    assert ["城舰共建", "舰城共建", "舰地共建", "城舰共建活动"] in found["synonyms"]
    assert any("军嫂" in group and "随军家属" in group for group in found["synonyms"])


def test_default_order_is_by_kind_then_region_in_pinyin(data):
    kinds = [row["order"]["kind"] for row in finder(data)["rows"]]
    assert kinds == sorted(kinds)
    practices = [row["id"] for row in finder(data)["rows"] if row["kind"] == "典型做法"]
    assert practices == ["liupanshui-bus", "school-military-training"]


def test_export_details_hold_figures_sources_and_citation(data):
    cases = payload(data_files(load(data.root))[CASE_DATA])
    bus = cases["liupanshui-bus"]
    assert bus["figures"] == ["15路（公交线路编号）"]
    assert bus["sources"] == ["《测试汇编》第1篇《六盘水市双拥工作综述》第5-6行"]
    assert bus["cite"].startswith("双拥典型案例与政策知识库. 双拥公交专线[EB/OL].")  # + [access date]. URL.


def test_markup_in_a_field_stays_inert_in_the_data_script(data):
    data.edit("practice/liupanshui-bus.yaml", "title: 双拥公交专线", "title: '</script><script>alert(1)</script>'")
    script = data_files(load(data.root))[FINDER_DATA]
    assert "</script>" not in script and "<\\/script>" in script
    assert rows_by_id(data)["liupanshui-bus"]["title"] == "</script><script>alert(1)</script>"


def test_a_missing_npm_library_is_named_with_the_fix(tmp_path):
    with pytest.raises(MissingLibrary) as failure:
        vendor_files(tmp_path / "node_modules")
    assert "node_modules/docx/dist/index.umd.cjs" in str(failure.value) and "make" in str(failure.value)
