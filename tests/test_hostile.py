"""Hostile and broken data (tests/fixtures/hostile/): each gives a clear error naming file, line and
field, or is shown literally on the page; nothing is executed and nothing partial is published."""
from __future__ import annotations

import shutil

import pytest

from kb.errors import DataErrors
from kb.load import load
from sites import build_site, FIXTURES_HOSTILE

# fixture file, where it goes in data/, expected errors as (line, field, words in the message)
ERRORS = [
    ("yaml-syntax.yaml", "practice/yaml-syntax.yaml", [(5, "", "YAML 语法错误")]),
    ("duplicate-key.yaml", "practice/duplicate-key.yaml", [(9, "summary", "重复的键")]),
    ("wrong-type.yaml", "practice/wrong-type.yaml", [(6, "themes", "应为列表"), (7, "year", "年份")]),
    ("unknown-field.yaml", "practice/unknown-field.yaml", [(8, "sumary", "未知字段")]),
    ("duplicate-id.yaml", "practice/liupanshui-bus-2.yaml", [(2, "id", "与文件名")]),
    ("dangling-reference.yaml", "practice/dangling-reference.yaml",
     [(5, "region", "未在 data/regions/ 中登记"), (6, "themes[0]", "主题"),
      (8, "sources[0].article", "来源文章"), (9, "related[0]", "记录")]),
    ("path-like-id.yaml", "practice/path-like-id.yaml", [(2, "id", "标识")]),
    ("tab-indent.yaml", "practice/tab-indent.yaml", [(8, "", "制表符")]),
    ("not-utf8.yaml", "practice/not-utf8.yaml", [(4, "", "UTF-8")]),
]


def place(data, fixture: str, target: str) -> None:
    shutil.copy(FIXTURES_HOSTILE / fixture, data.root / target)


@pytest.mark.parametrize("fixture, target, expected", ERRORS, ids=[case[0] for case in ERRORS])
def test_broken_data_gets_errors_naming_file_line_and_field(data, fixture, target, expected):
    place(data, fixture, target)
    with pytest.raises(DataErrors) as failure:
        load(data.root)
    found = [(e.line, e.field, e.message) for e in failure.value.errors if e.file == f"data/{target}"]
    for line, field, words in expected:
        assert any(l == line and f == field and words in m for l, f, m in found), (line, field, words, found)


def test_a_one_megabyte_field_is_refused_with_its_line(data):
    data.edit("practice/liupanshui-bus.yaml", "summary: 把一条公交线路做成流动的双拥宣传阵地。", "summary: '" + "长" * 1_000_000 + "'")
    with pytest.raises(DataErrors) as failure:
        load(data.root)
    (error,) = failure.value.errors
    assert (error.field, error.line) == ("summary", 7) and "过长" in error.message


def test_a_bom_is_accepted(data):
    place(data, "with-bom.yaml", "practice/with-bom.yaml")
    assert "with-bom" in load(data.root).records


def test_markup_in_every_text_field_is_shown_literally(data, tmp_path, browser):
    place(data, "markup-in-text.yaml", "practice/markup-in-text.yaml")
    site = tmp_path / "site"
    assert build_site(site, data.root) == 0
    from chromium import serve

    with serve(site) as url:
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url + "practices/markup-in-text/", wait_until="networkidle")
        article = page.locator("article")
        text = article.inner_text()
        for literal in ('<script>alert("标题")</script>', "{{ config.site_name }}", "{% raw %}", "*斜体* _下划线_",
                        "<img src=x onerror=alert(1)>", "[外部链接](http://example.com)", "{{ 7*7 }}",
                        "{% if true %}是{% endif %}", "<!-- 注释 -->", "| 表格 |", "`代码`", "# 标题",
                        '<iframe src="http://example.com"></iframe>', "1. 不是列表", "> 不是引用", "<b>100</b>", "&amp;"):
            assert literal in text, literal
        assert dialogs == []
        assert article.locator("script, img, iframe, b, code").count() == 0
        assert article.locator("a[href^='http']").count() == 0
        assert page.title().startswith('<script>alert("标题")</script>')
        page.close()


def test_a_failed_build_publishes_nothing(data, tmp_path):
    site = tmp_path / "site"
    assert build_site(site, data.root) == 0
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    place(data, "yaml-syntax.yaml", "practice/yaml-syntax.yaml")
    assert build_site(site, data.root) != 0
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before


def test_a_failed_first_build_writes_no_site(data, tmp_path):
    place(data, "dangling-reference.yaml", "practice/dangling-reference.yaml")
    assert build_site(tmp_path / "site", data.root) != 0
    assert not (tmp_path / "site").exists() and not (tmp_path / "site.tmp").exists()
