"""The validator: every malformed record gets an error naming file, line, record and field,
and every error is reported at once."""
from __future__ import annotations

import pytest

from kb.errors import DataErrors
from kb.load import load


def errors_of(data) -> list:
    with pytest.raises(DataErrors) as failure:
        load(data.root)
    return failure.value.errors


def only_error(data):
    errors = errors_of(data)
    assert len(errors) == 1, "\n".join(map(str, errors))
    return errors[0]


def test_the_fixture_data_is_valid(data):
    kb = load(data.root)
    assert {r.kind for r in kb.records.values()} == {"practice", "person", "ship", "base", "policy"}


def test_yaml_syntax_error_names_file_and_line(data):
    data.write("practice/liupanshui-bus.yaml", "id: liupanshui-bus\ntitle: [不闭合\nkind: practice\n")
    error = only_error(data)
    assert error.file == "data/practice/liupanshui-bus.yaml"
    assert error.line == 3 and "YAML 语法错误" in error.message


def test_duplicate_key_in_one_mapping_is_an_error(data):
    data.edit("practice/liupanshui-bus.yaml", "year: 2023\n", "year: 2023\nyear: 2022\n")
    error = only_error(data)
    assert (error.line, error.field, error.record) == (6, "year", "liupanshui-bus")  # loader errors name the record too
    assert "重复的键" in error.message and "第 5 行" in error.message


def test_unknown_field_names_the_field_and_lists_the_allowed_ones(data):
    data.edit("practice/liupanshui-bus.yaml", "year: 2023\n", "year: 2023\nsumary: 笔误\n")
    error = only_error(data)
    assert (error.record, error.field, error.line) == ("liupanshui-bus", "sumary", 6)
    assert "未知字段" in error.message and "summary" in error.message


def test_wrong_type_names_the_field(data):
    data.edit("practice/liupanshui-bus.yaml", "year: 2023", "year: 二〇二三")
    error = only_error(data)
    assert (error.field, error.line) == ("year", 5) and "年份" in error.message


def test_missing_required_field(data):
    data.edit("practice/liupanshui-bus.yaml", "themes: [defense-education]\n", "")
    error = only_error(data)
    assert error.field == "themes" and "缺少必填字段" in error.message


def test_empty_summary_is_an_error(data):
    data.edit("practice/liupanshui-bus.yaml", "summary: 把一条公交线路做成流动的双拥宣传阵地。", "summary: ''")
    error = only_error(data)
    assert (error.field, error.line) == ("summary", 7) and "不能为空" in error.message


def test_record_without_source_is_an_error(data):
    data.edit("practice/liupanshui-bus.yaml", "sources: [{article: t001-a01, lines: 5-6}]", "sources: []")
    error = only_error(data)
    assert error.field == "sources"


def test_duplicate_ids_across_files(data):
    text = data.read("practice/liupanshui-bus.yaml")
    data.write("practice/liupanshui-bus-copy.yaml", text)
    errors = errors_of(data)
    messages = [str(e) for e in errors]
    assert any("标识重复" in m for m in messages)
    assert any("与文件名" in m and "liupanshui-bus-copy.yaml" in m for m in messages)


def test_id_must_match_file_name_and_kind_its_folder(data):
    data.edit("base/xiqu-park.yaml", "kind: base", "kind: practice")
    error = only_error(data)
    assert error.file == "data/base/xiqu-park.yaml" and error.field == "kind"


@pytest.mark.parametrize("file, old, new, field, reason", [
    ("practice/liupanshui-bus.yaml", "implements: [liupanshui-opinion]", "implements: [no-such-policy]",
     "implements[0]", "不存在"),
    ("practice/liupanshui-bus.yaml", "implements: [liupanshui-opinion]", "implements: [zou-guangyang]",
     "implements[0]", "不是政策记录"),
    ("person/zou-guangyang.yaml", "related: [liupanshui-bus]", "related: [missing-record]", "related[0]", "不存在"),
    ("practice/liupanshui-bus.yaml", "region: 六盘水市", "region: 不存在市", "region", "未在 data/regions/ 中登记"),
    ("practice/liupanshui-bus.yaml", "themes: [defense-education]", "themes: [no-theme]", "themes[0]", "主题"),
    ("practice/liupanshui-bus.yaml", "article: t001-a01", "article: t001-a99", "sources[0].article", "来源文章"),
    ("person/zou-guangyang.yaml", "honour: 全国提名最美拥军人物", "honour: 自封称号", "honours[0].honour", "荣誉"),
])
def test_dangling_references(data, file, old, new, field, reason):
    data.edit(file, old, new)
    error = only_error(data)
    assert error.field == field and reason in error.message and error.line > 0


def test_citation_lines_must_fall_inside_the_article(data):
    data.edit("practice/liupanshui-bus.yaml", "lines: 5-6", "lines: 50-60")
    error = only_error(data)
    assert error.field == "sources[0].lines" and "1-20" in error.message


@pytest.mark.parametrize("placeholder", ["XX万", "X市", "××县", "**市", "__县", "20XX年", "A总书记"])
def test_placeholders_in_summary_are_rejected(data, placeholder):
    data.edit("practice/liupanshui-bus.yaml", "宣传阵地。", f"宣传阵地，覆盖{placeholder}。")
    error = only_error(data)
    assert error.field == "summary" and "占位符" in error.message


def test_placeholder_in_a_figure_is_rejected(data):
    data.edit("practice/liupanshui-bus.yaml", "value: '15'", "value: 'XX'")
    error = only_error(data)
    assert error.field == "figures[0].value" and error.line == 10


def test_site_boilerplate_is_rejected(data):
    data.edit("practice/liupanshui-bus.yaml", "宣传阵地。", "宣传阵地。本稿件版权属于517878秘书网")
    assert any("网页残留" in e.message for e in errors_of(data))


def test_ambiguous_region_name_asks_for_the_parent(data):
    data.edit("regions/guizhou.yaml", "{name: 钟山区, level: 县级}", "{name: 西区, level: 县级}")
    data.edit("base/xiqu-park.yaml", "region: 攀枝花市/西区", "region: 西区")
    error = only_error(data)
    assert "重名" in error.message and "攀枝花市/西区" in error.message


def test_sibling_regions_with_the_same_pinyin_need_a_slug(data):
    data.write("regions/shanxi.yaml", "name: 山西省\nlevel: 省级\n")
    data.write("regions/shaanxi.yaml", "name: 陕西省\nlevel: 省级\n")
    error = only_error(data)
    assert error.field == "slug" and "shanxi" in error.message


def test_all_errors_are_reported_at_once(data):
    data.edit("practice/liupanshui-bus.yaml", "year: 2023", "year: soon")
    data.edit("person/zou-guangyang.yaml", "deed: 守护红军烈士墓87载。\n", "")
    data.write("ship/broken.yaml", "id: [\n")
    errors = errors_of(data)
    files = {e.file for e in errors}
    assert {"data/practice/liupanshui-bus.yaml", "data/person/zou-guangyang.yaml", "data/ship/broken.yaml"} <= files
    assert "共 3 处错误" in DataErrors(errors).report()


def test_error_message_reads_file_line_record_field(data):
    data.edit("practice/liupanshui-bus.yaml", "year: 2023", "year: soon")
    text = str(only_error(data))
    assert text.startswith("data/practice/liupanshui-bus.yaml:5: 记录 liupanshui-bus 字段 year:")


def test_keys_stay_text_even_when_yaml_1_1_reads_them_as_booleans(data):
    data.edit("sources/t001.yaml", "date: '2023'\n", "date: '2023'\nno: 1\n")
    error = only_error(data)
    assert error.field == "no" and "未知字段" in error.message
