"""The generator: a Markdown page for each kind of page, grouped as readers browse, and stable."""
from __future__ import annotations

import re

import pytest

from kb.load import load
from kb.site import generate_pages


@pytest.fixture
def pages(data):
    return generate_pages(load(data.root))


def section(page: str, heading: str) -> str:
    """The text under one `## heading`, up to the next heading of the same level."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", page, re.S | re.M)
    assert match, f"no section {heading}"
    return match.group(1)


def test_every_page_kind_is_generated(pages):
    expected = {
        "index.md", "themes/index.md", "themes/city-ship.md", "regions/index.md",
        "regions/guizhou/index.md", "regions/guizhou/liupanshui/index.md",
        "regions/sichuan/panzhihua/xiqu/index.md",
        "regions/national.md", "regions/unknown.md", "sources/index.md", "sources/t001.md",
        "practices/index.md", "people/index.md", "ships/index.md", "bases/index.md", "policies/index.md",
        "practices/liupanshui-bus.md", "people/zou-guangyang.md", "ships/ship-liupanshui.md",
        "bases/xiqu-park.md", "policies/liupanshui-opinion.md",
    }
    assert expected <= set(pages)


def test_record_page_shows_facts_figures_and_source(pages):
    page = pages["practices/liupanshui-bus.md"]
    assert page.startswith("---\n") and "title: 双拥公交专线" in page
    assert "[贵州省](../regions/guizhou/index.md) › [六盘水市](../regions/guizhou/liupanshui/index.md)" in page
    assert "[国防教育与宣传](../themes/defense-education.md)" in page
    assert "| 15 | 路 | 公交线路编号 |" in section(page, "数据")
    source = section(page, "来源")
    assert "[测试汇编](../sources/t001.md#t001-a01)" in source and "第1篇《六盘水市双拥工作综述》" in source
    assert "第 5&#45;6 行" in source


def test_themes_become_tags_in_front_matter(pages):
    assert "tags:\n- 校园双拥\n- 国防教育与宣传\n" in pages["practices/school-military-training.md"]


def test_policy_and_practice_link_both_ways(pages):
    assert "[六盘水市创建工作意见](../policies/liupanshui-opinion.md)" in section(pages["practices/liupanshui-bus.md"], "落实的政策")
    assert "[双拥公交专线](../practices/liupanshui-bus.md)" in section(pages["policies/liupanshui-opinion.md"], "落实此政策的做法")


def test_related_records_are_linked_both_ways(pages):
    assert "people/zou-guangyang.md" in section(pages["practices/liupanshui-bus.md"], "相关记录")
    assert "practices/liupanshui-bus.md" in section(pages["people/zou-guangyang.md"], "相关记录")


def test_kind_specific_sections(pages):
    person = section(pages["people/zou-guangyang.md"], "人物")
    assert "全国提名最美拥军人物" in person and "守护红军烈士墓87载。" in person
    ship = section(pages["ships/ship-liupanshui.md"], "共建活动")
    assert "| 2023 | 开展城舰共建活动。 | 六盘水市双拥工作综述 第 9 行 |" in ship
    assert "主题公园" in section(pages["bases/xiqu-park.md"], "阵地基地")
    assert "| 市 |" not in pages["policies/liupanshui-opinion.md"] and "**层级**　市" in pages["policies/liupanshui-opinion.md"]


def test_inferred_region_is_marked(pages):
    assert "（推定）" in pages["bases/xiqu-park.md"]


def test_theme_page_groups_records_by_province_then_city(pages):
    page = pages["themes/defense-education.md"]
    assert page.index("## 贵州省") < page.index("### 六盘水市") < page.index("## 地区未详")
    assert "[双拥公交专线](../practices/liupanshui-bus.md)" in page
    assert "[新生军训与国防教育课](../practices/school-military-training.md)" in section(page, "地区未详")


def test_city_page_shows_honours_and_records_by_theme(pages):
    page = pages["regions/guizhou/liupanshui/index.md"]
    honours = section(page, "荣誉")
    assert "**全国双拥模范城**　4次　连续四届" in honours and "第 3 行" in honours
    records = section(page, "记录")
    assert records.index("**城舰共建**") < records.index("**国防教育与宣传**") < records.index("**组织领导与机制**")
    assert '[双拥公交专线](../../../practices/liupanshui-bus.md)<span class="kb-item-meta">典型做法 · 2023</span>' in records


def test_regions_without_records_are_named_not_linked(pages):
    assert not any(path.startswith("regions/guizhou/liupanshui/zhongshan/") for path in pages)
    city = pages["regions/guizhou/liupanshui/index.md"]
    assert "暂无记录的下辖地区：钟山区。" in city and "zhongshan" not in city
    assert "暂无记录。" not in "".join(text for path, text in pages.items() if path.startswith("regions/"))


def test_province_page_lists_cities_and_every_record_by_city_then_theme(pages):
    page = pages["regions/guizhou/index.md"]
    assert "| [六盘水市](liupanshui/index.md) | 4 |" in page
    assert "qianxinan/index.md" not in page and "黔西南布依族苗族自治州" in page
    records = section(page, "记录")
    city = records[records.index("### [六盘水市](liupanshui/index.md)"):]
    for title in ("双拥公交专线", "邹广阳", "六盘水舰城舰共建", "六盘水市创建工作意见"):
        assert title in city
    themes = ("**城舰共建**", "**典型选树**", "**国防教育与宣传**", "**组织领导与机制**")  # cheng, dian, guo, zu
    assert [city.index(t) for t in themes] == sorted(city.index(t) for t in themes)


def test_region_and_theme_pages_link_to_the_finder_preset_to_them(pages):
    assert "[在案例检索中查看贵州省的全部记录](../../finder/index.md?province=%E8%B4%B5%E5%B7%9E%E7%9C%81)" in pages["regions/guizhou/index.md"]
    assert "?city=%E5%85%AD%E7%9B%98%E6%B0%B4%E5%B8%82)" in pages["regions/guizhou/liupanshui/index.md"]
    assert "(../finder/index.md?theme=%E5%9F%8E%E8%88%B0%E5%85%B1%E5%BB%BA)" in pages["themes/city-ship.md"]


def test_keyword_chips_lead_to_the_finder(pages):
    keywords = section(pages["practices/liupanshui-bus.md"], "关键词")
    assert re.search(r'<span class="kb-keyword">\[[^]]+\]\(\.\./finder/index\.md\?q=%[0-9A-F%]+\)</span>', keywords)


def test_every_generated_page_shows_a_breadcrumb_up_to_the_home_page(pages):
    for path, text in pages.items():
        if path.endswith(".md") and path != "index.md":
            crumb = text.split("---\n", 2)[2].lstrip().split("\n", 2)
            assert crumb[0].startswith("[首页](") and crumb[1] == "{: .kb-trail }", path
    record = pages["practices/liupanshui-bus.md"]
    assert ("[首页](../index.md) › [按地区](../regions/index.md) › [贵州省](../regions/guizhou/index.md) › "
            "[六盘水市](../regions/guizhou/liupanshui/index.md) › 双拥公交专线\n{: .kb-trail }") in record
    assert "[首页](../index.md) › [按主题](index.md) › 城舰共建" in pages["themes/city-ship.md"]
    assert "[按地区](../../../index.md) › [四川省](../../index.md) › [攀枝花市](../index.md) › 西区" in pages["regions/sichuan/panzhihua/xiqu/index.md"]


def test_national_and_unknown_region_pages(pages):
    assert "[中华人民共和国兵役法](../policies/law-military-service.md)" in pages["regions/national.md"]
    assert "[新生军训与国防教育课](../practices/school-military-training.md)" in pages["regions/unknown.md"]


def test_kind_indexes_are_tables_by_province(pages):
    people = pages["people/index.md"]
    assert "| 姓名 | 荣誉 | 地区 |" in people
    assert "| [邹广阳](zou-guangyang.md) | 全国提名最美拥军人物 | 贵州省六盘水市 |" in people
    policies = pages["policies/index.md"]
    assert policies.index("## 贵州省") < policies.index("## 全国")


def test_sources_page_reports_records_per_article_by_kind(pages):
    page = pages["sources/index.md"]
    assert "| 篇 | 标题 | 地区 | 行 | 典型做法 | 先进人物 | 城舰共建 | 阵地基地 | 政策 | 合计 |" in page
    assert re.search(r"\| 1 \| \[六盘水市双拥工作综述\]\(t001.md#t001-a01\) \| 贵州省六盘水市 \| 1&#45;20 \| 1 \| 1 \| 1 \| 0 \| 1 \| 4 \|", page)


def test_home_page_counts_by_kind_theme_and_province(pages):
    page = pages["index.md"]
    assert '<span class="kb-count">2</span> 条' in page  # practices
    assert "| [城舰共建](themes/city-ship.md) | 1 |" in page
    assert "| [贵州省](regions/guizhou/index.md) | 4 |" in page


def test_two_runs_are_byte_identical(data):
    first = generate_pages(load(data.root))
    second = generate_pages(load(data.root))
    assert first == second and list(first) == sorted(first)


HOSTILE = '<script>alert(1)</script> [链接](http://example.com) ![图](x.png) {{ 7*7 }} {% if %} _粗_ | 竖线 | `代码`'


def test_markup_in_data_is_escaped_in_the_markdown(data):
    data.edit("practice/liupanshui-bus.yaml", "title: 双拥公交专线", f"title: '{HOSTILE}'")
    data.edit("practice/liupanshui-bus.yaml", "summary: 把一条公交线路做成流动的双拥宣传阵地。", f"summary: '{HOSTILE}'")
    page = generate_pages(load(data.root))["practices/liupanshui-bus.md"]
    body = page.split("---\n", 2)[2]
    for raw in ("<script>", "](http", "![", "{{", "{%", "_粗_", "| 竖线", "`代码"):
        assert raw not in body
    assert "&#60;script&#62;alert&#40;1&#41;&#60;/script&#62;" in body


def test_downloads_are_csv_with_bom_and_json_per_kind(pages):
    import csv
    import io
    import json

    for kind in ("records", "practices", "people", "ships", "bases", "policies"):
        assert pages[f"downloads/{kind}.csv"].startswith("\ufeff标识,类型,标题,省,市,县")
        assert "记录" in json.loads(pages[f"downloads/{kind}.json"])
    rows = list(csv.DictReader(io.StringIO(pages["downloads/records.csv"].lstrip("\ufeff"))))
    bus = next(r for r in rows if r["标识"] == "liupanshui-bus")
    assert (bus["省"], bus["市"], bus["数据"]) == ("贵州省", "六盘水市", "15路（公交线路编号）")
    assert bus["来源"] == "《测试汇编》第1篇《六盘水市双拥工作综述》（2023-08-02）第5-6行"
    assert bus["落实的政策"] == "六盘水市创建工作意见"
    assert next(r for r in rows if r["标识"] == "zou-guangyang")["相关记录"] == "双拥公交专线"
    school = next(r for r in rows if r["标识"] == "school-military-training")
    assert (school["省"], school["单位"], school["单位类型"]) == ("地区未详", "某中学", "学校")


def test_record_page_has_a_citation_and_names_the_original(pages):
    cite = section(pages["practices/liupanshui-bus.md"], "引用")
    assert 'data-cite-head="双拥典型案例与政策知识库&#46; 双拥公交专线&#91;EB/OL&#93;&#46;"' in cite
    assert "**原文出处**　《测试汇编》第1篇《六盘水市双拥工作综述》（2023&#45;08&#45;02）。" in cite
    assert "[如何引用](../citation.md)" in cite and "行" not in cite.split("原文出处")[1]


def test_units_page_lists_units_with_their_records(pages):
    page = pages["units/index.md"]
    assert "## 学校" in page and "### 某中学" in page
    assert "[新生军训与国防教育课](../practices/school-military-training.md)" in page


def test_statistics_page_links_each_province_with_records(pages):
    page = pages["stats/index.md"]
    assert 'data-province="贵州省" data-count="4"' in page and 'href="../regions/guizhou/"' in page
    assert 'data-province="四川省" data-count="1"' in page
    assert page.count('<div class="kb-chart') == 5
