"""Hostile files against the strict loader, the file accounting and the path registry
(tests/fixtures/hostile/): each is a named error — file, line, field, what the value was read as —
never a hang, a traceback, a silently changed fact or a silently dropped file. The second half tests
the mechanisms on inputs generated here, not only the examples."""
from __future__ import annotations

import json
import random
import shutil
import time

import pytest
import yaml

from kb.errors import DataErrors
from kb.inventory import ERROR, IGNORE, classify
from kb.load import load
from kb.yamlscalar import FORBIDDEN_CHARS
from sites import FIXTURES_HOSTILE

# fixture file, where it goes in data/, expected errors as (line, field, words in the message)
CASES = [
    ("alias-bomb.yaml", "practice/alias-bomb.yaml", [(10, "keywords[0]", "不允许使用 YAML 别名（*a）"),
                                                     (11, "details[0]", "不允许使用 YAML 别名（*b）")]),
    ("self-alias.yaml", "practice/self-alias.yaml", [(9, "keywords[0]", "不允许使用 YAML 别名（*k）")]),
    ("deep-nesting.yaml", "practice/deep-nesting.yaml", [(9, "", "嵌套过深")]),
    ("huge-integer.yaml", "practice/huge-integer.yaml", [(6, "year", "数字过长（5000 位")]),
    ("octal-lines.yaml", "practice/octal-lines.yaml", [(12, "sources[0].lines", "YAML 1.1 读作八进制数 8")]),
    ("sexagesimal-lines.yaml", "practice/sexagesimal-lines.yaml", [(12, "sources[0].lines", "六十进制数 65")]),
    ("hex-year.yaml", "practice/hex-year.yaml", [(6, "year", "十六进制数 2023")]),
    ("sexagesimal-year.yaml", "practice/sexagesimal-year.yaml", [(6, "year", "六十进制数 2023")]),
    ("fullwidth-year.yaml", "practice/fullwidth-year.yaml", [(6, "year", "应为年份（四位整数），实际读到文字“２０２３”（含全角")]),
    ("fullwidth-lines.yaml", "practice/fullwidth-lines.yaml", [(12, "sources[0].lines", "实际读到文字“５-６”（含全角")]),
    ("arabic-indic-lines.yaml", "practice/arabic-indic-lines.yaml", [(12, "sources[0].lines", "全角或其他文字的数字")]),
    ("boolean-region.yaml", "practice/boolean-region.yaml", [(5, "region", "YAML 1.1 读作布尔值 false")]),
    ("custom-tag.yaml", "practice/custom-tag.yaml", [(4, "title", "不支持的 YAML 标签“!foo”")]),
    ("python-tag.yaml", "practice/python-tag.yaml", [(8, "summary", "不支持的 YAML 标签“!!python/name:os.system”")]),
    ("lone-surrogate.yaml", "practice/lone-surrogate.yaml", [(4, "", "无效的 Unicode 转义")]),
    ("escaped-control.yaml", "practice/escaped-control.yaml", [(4, "title", "U+001B")]),
    ("bidi-override.yaml", "practice/bidi-override.yaml", [(8, "", "U+202E（RIGHT-TO-LEFT OVERRIDE）")]),
    ("nul-byte.yaml", "practice/nul-byte.yaml", [(8, "", "U+0000")]),
    ("zero-width-title.yaml", "practice/zero-width-title.yaml", [(4, "title", "必填字段不能为空")]),
    ("id-with-newline.yaml", "practice/id-with-newline.yaml", [(2, "id", "应为由小写字母")]),
    ("two-documents.yaml", "practice/two-documents.yaml", [(11, "", "一个文件只能有一个 YAML 文档")]),
    ("complex-key.yaml", "practice/complex-key.yaml", [(11, "", "键必须是文字")]),
    ("mapping-for-list.yaml", "practice/mapping-for-list.yaml", [(7, "themes", "实际读到映射")]),
    ("empty.yaml", "practice/empty.yaml", [(1, "", "文件没有内容")]),
    ("comment-only.yaml", "practice/comment-only.yaml", [(1, "", "文件没有内容")]),
    ("dashes-only.yaml", "practice/dashes-only.yaml", [(1, "", "文件没有内容")]),
    ("tilde-only.yaml", "practice/tilde-only.yaml", [(1, "", "文件没有内容")]),
    ("empty-region.yaml", "regions/empty-region.yaml", [(1, "", "文件没有内容")]),
    ("empty.yaml", "sources/empty.yaml", [(1, "", "文件没有内容")]),
    ("empty.yaml", "themes.yaml", [(1, "", "文件没有内容")]),
    ("empty.yaml", "units.yaml", [(1, "", "文件没有内容")]),
    ("empty.yaml", "schema.yaml", [(1, "", "文件没有内容")]),
    ("index-id.yaml", "practice/index.yaml", [(2, "id", "网址 practices/ 已是站点保留的网址")]),
    ("latin-region.yaml", "regions/latin.yaml", [(2, "slug", "网址标识为空或不合规（“”）：名称“AB市”")]),
    ("zhuyin-region.yaml", "regions/zhuyin.yaml", [(2, "slug", "名称“ㄅㄆ省”转不成拼音")]),
    ("national-slug.yaml", "regions/national.yaml", [(2, "slug", "网址 regions/national/ 已是站点保留的网址")]),
]


def place(data, fixture: str, target: str) -> None:
    (data.root / target).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES_HOSTILE / fixture, data.root / target)


def errors_of(data) -> list:
    with pytest.raises(DataErrors) as failure:
        load(data.root)
    return failure.value.errors


@pytest.mark.parametrize("fixture, target, expected", CASES, ids=[f"{c[0]}->{c[1]}" for c in CASES])
def test_each_hostile_file_is_a_named_error(data, fixture, target, expected):
    place(data, fixture, target)
    start = time.perf_counter()
    errors = errors_of(data)
    assert time.perf_counter() - start < 10, "loading a hostile file must not hang"
    found = [(e.line, e.field, e.message) for e in errors if e.file == f"data/{target}"]
    for line, field, words in expected:
        assert any(l == line and f == field and words in m for l, f, m in found), (line, field, words, found)
    report = DataErrors(errors).report()
    assert "Located" not in report and "字段 None" not in report and "Traceback" not in report


def test_one_bad_file_hides_no_other_error(data):
    for fixture in ("alias-bomb.yaml", "deep-nesting.yaml", "python-tag.yaml", "nul-byte.yaml"):
        place(data, fixture, f"practice/{fixture}")
    data.edit("person/zou-guangyang.yaml", "deed: 守护红军烈士墓87载。\n", "")
    files = {e.file for e in errors_of(data)}
    assert {f"data/practice/{name}" for name in ("alias-bomb.yaml", "deep-nesting.yaml", "python-tag.yaml",
                                               "nul-byte.yaml")} | {"data/person/zou-guangyang.yaml"} <= files


def test_a_nine_level_alias_bomb_is_refused_at_once(data):
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    data.write("practice/bomb.yaml", "\n".join(lines) + "\n")
    start = time.perf_counter()
    errors = errors_of(data)
    assert time.perf_counter() - start < 5
    assert sum("别名" in e.message for e in errors) == 81


def test_a_related_record_that_is_an_empty_file_fails_the_check(data):
    data.write("practice/empty-target.yaml", "# 还没写\n")
    data.edit("practice/liupanshui-bus.yaml", "implements: [liupanshui-opinion]", "implements: [liupanshui-opinion]\nrelated: [empty-target]")
    assert any(e.file == "data/practice/empty-target.yaml" and "没有内容" in e.message for e in errors_of(data))


def test_a_region_read_as_boolean_says_so(data):
    data.edit("practice/liupanshui-bus.yaml", "region: 六盘水市", "region: true")
    (error,) = errors_of(data)
    assert (error.line, error.field) == (4, "region") and "实际读到布尔值 true" in error.message


def test_list_lengths_are_bounded_by_the_schema(data):
    data.edit("practice/liupanshui-bus.yaml", "keywords: [双拥公交]", "keywords: [" + ", ".join(["词"] * 100_000) + "]")
    (error,) = errors_of(data)
    assert (error.line, error.field) == (11, "keywords") and "列表过长：100000 项，上限 300 项" in error.message


def test_a_theme_name_too_long_for_a_chart_label_is_refused(data):
    data.edit("themes.yaml", "name: 国防教育与宣传", "name: " + "长" * 300)
    (error,) = errors_of(data)
    assert error.file == "data/themes.yaml" and error.field == "name" and "上限 40" in error.message


def test_a_data_folder_without_records_is_an_error(data):
    for kind in ("practice", "person", "ship", "base", "policy"):
        shutil.rmtree(data.root / kind)
    assert any("没有任何记录" in e.message for e in errors_of(data))


def test_a_schema_missing_sections_is_named(data):
    data.write("schema.yaml", "limits: {str: 300}\n")
    (error,) = errors_of(data)
    assert error.file == "data/schema.yaml" and "缺少：forbidden" in error.message


# -- the file accounting --------------------------------------------------------------------------

MISPLACED = [
    ("practice/x.yml", "扩展名必须是 .yaml（不是 .yml）"),
    ("practice/X.YAML", "扩展名必须是小写的 .yaml"),
    ("practice/2023/x.yaml", None),  # reported on the folder practice/2023
    ("practices/x.yaml", None),      # reported on the folder practices
    ("x.yaml", "不认识的数据文件"),
    ("regions/old/x.yaml", None),
]


@pytest.mark.parametrize("relative, words", MISPLACED, ids=[m[0] for m in MISPLACED])
def test_a_misplaced_or_misnamed_file_is_an_error(data, relative, words):
    data.write(relative, data.read("practice/liupanshui-bus.yaml").replace("liupanshui-bus", "x"))
    errors = errors_of(data)
    if words:
        assert any(e.file == f"data/{relative}" and words in e.message for e in errors), errors
    else:
        folder = "data/" + relative.rsplit("/", 1)[0]
        assert any(e.file == folder and ("子目录" in e.message or "未知目录" in e.message) for e in errors), errors


def test_an_unknown_folder_suggests_the_right_one(data):
    data.write("practices/x.yaml", "id: x\n")
    (error,) = errors_of(data)
    assert error.file == "data/practices" and "是不是 practice/" in error.message


def test_a_directory_named_like_a_record_is_an_error(data):
    (data.root / "practice" / "x.yaml").mkdir()
    (error,) = errors_of(data)
    assert error.file == "data/practice/x.yaml" and "是一个目录" in error.message


def test_a_symlink_out_of_data_is_an_error_and_not_followed(data, tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text(data.read("practice/liupanshui-bus.yaml").replace("liupanshui-bus", "linked"), encoding="utf-8")
    (data.root / "practice" / "linked.yaml").symlink_to(outside)
    (error,) = errors_of(data)
    assert error.file == "data/practice/linked.yaml" and "符号链接" in error.message


@pytest.mark.parametrize("name", [".#liupanshui-bus.yaml", "liupanshui-bus.yaml~", ".liupanshui-bus.yaml.swp",
                                  "#liupanshui-bus.yaml#", ".DS_Store"])
def test_editor_lock_and_backup_files_are_ignored_by_rule(data, name):
    data.write(f"practice/{name}", b"\x00not yaml at all: [")
    assert classify(f"practice/{name}")[0] == IGNORE
    assert "liupanshui-bus" in load(data.root).records


def test_ingest_drafts_are_admitted_and_never_published(data):
    draft = data.read("practice/liupanshui-bus.yaml").replace("liupanshui-bus", "draft-bus") + (
        "status: draft\nevidence:\n  - {article: t001-a01, lines: 5}\n")
    data.write("drafts/t001/practice/draft-bus.yaml", draft)
    data.write("drafts/t001/report.md", "# 草稿报告\n")
    kb = load(data.root)
    assert "draft-bus" not in kb.records and "draft-bus" in kb.drafts
    assert classify("drafts/t001/practice/draft-bus.yaml") == ("read", "draft:practice")
    assert classify("drafts/t001/report.md")[0] == IGNORE


def test_every_path_gets_a_verdict_and_only_exact_names_are_read():
    rng = random.Random(18)
    pieces = ["practice", "person", "regions", "sources", "drafts", "x", "X", ".x", "x.yaml", "x.yml", "x.YAML",
              "x.yaml~", ".#x.yaml", "schema.yaml", "report.md", "t001", "a b.yaml", "x.yaml.bak", "index.yaml"]
    for _ in range(3000):
        path = "/".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        verdict, what = classify(path)
        assert verdict in ("read", IGNORE, ERROR) and what
        if verdict == "read":
            top, *rest = path.split("/")
            assert path in ("schema.yaml", "themes.yaml", "honours.yaml", "units.yaml") or (
                len(rest) == 1 and path.endswith(".yaml") and top in ("practice", "person", "regions", "sources")) or (
                top == "drafts" and len(rest) == 3 and rest[1] in ("practice", "person") and path.endswith(".yaml")), path


# -- the loader's rules, on generated inputs ------------------------------------------------------

def _load_value(data, text: str):
    """The value our loader gives `note: <text>` in a record, or None if it is an error."""
    data.edit("practice/liupanshui-bus.yaml", "implements: [liupanshui-opinion]",
              f"implements: [liupanshui-opinion]\nnote: {text}")
    try:
        return load(data.root).records["liupanshui-bus"].data["note"], []
    except DataErrors as failure:
        return None, failure.errors


NUMBERISH = ["010", "0o17", "0x1F", "0b101", "1:30", "190:20:30", "1_000", "007", "08", "+12", "-0", "2023",
             "4.80", "1e3", ".5", "2023-01-05", "yes", "No", "ON", "off", "y", "N", "true", "False", "~", "null",
             "0", "12345678901234567890", "1:5.5", "0.1_2"]


@pytest.mark.parametrize("text", NUMBERISH)
def test_a_scalar_is_either_read_as_yaml_1_1_reads_it_kept_as_written_or_refused(data, text):
    """No fact changes silently: our value equals YAML 1.1's, or is the exact text, or is an error."""
    ours, errors = _load_value(data, text)
    theirs = yaml.safe_load(f"v: {text}")["v"]
    if errors:
        assert any(e.line == 14 and e.field == "note" for e in errors), errors
    else:
        assert ours == theirs or ours == text, (text, ours, theirs)
        assert type(ours) is type(theirs) or isinstance(ours, str)


def test_every_control_and_bidi_character_is_refused_raw_and_escaped(data):
    samples = [chr(c) for c in range(0x110000) if FORBIDDEN_CHARS.fullmatch(chr(c)) and not 0xD800 <= c <= 0xDFFF]
    assert len(samples) > 60
    text = data.read("practice/liupanshui-bus.yaml")
    for index, char in enumerate(random.Random(7).sample(samples, 12)):
        data.write(f"practice/raw-{index}.yaml", text.replace("liupanshui-bus", f"raw-{index}").replace("阵地。", f"阵{char}地。"))
        data.write(f"practice/esc-{index}.yaml", text.replace("liupanshui-bus", f"esc-{index}")
                   .replace("阵地。", "阵地。").replace("title: 双拥公交专线", f'title: "双拥\\u{ord(char):04x}"'))
    errors = errors_of(data)
    for index in range(12):
        assert any(e.file == f"data/practice/raw-{index}.yaml" and e.line == 7 and "控制字符" in e.message for e in errors)
        assert any(e.file == f"data/practice/esc-{index}.yaml" and e.line == 3 and e.field == "title"
                   and "控制字符" in e.message for e in errors)


@pytest.mark.parametrize("depth", [5, 39, 41, 300, 5000])
def test_nesting_is_bounded_whatever_the_depth(data, depth):
    data.edit("practice/liupanshui-bus.yaml", "details: [车身内外绘制双拥标语]", "details: " + "[" * depth + "]" * depth)
    messages = [e.message for e in errors_of(data)]
    assert any("嵌套过深" in m for m in messages) == (depth + 1 > 40), messages


def test_random_corruption_never_raises_anything_but_named_errors(data):
    original = (data.root / "practice" / "liupanshui-bus.yaml").read_bytes()
    rng = random.Random(2026)
    junk = [b"\x00", b"&a ", b"*a", b"!!python/object:os.system ", b"{", b"]", b"\t", b"\xff", b"\xed\xa0\x80",
            b": ", b"- ", b"'", b'"\\ud800"', b"\xe2\x80\xae", b"\n---\n", b"? ", b"%YAML 1.1\n", b"<<: ", b"0x"]
    for _ in range(150):
        body = bytearray(original)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(body))
            body[at:at + rng.randint(0, 3)] = rng.choice(junk)
        (data.root / "practice" / "liupanshui-bus.yaml").write_bytes(bytes(body))
        try:
            load(data.root)
        except DataErrors as failure:
            assert all(e.file and isinstance(e.line, int) for e in failure.errors)


# -- the path registry and the CSV cells ----------------------------------------------------------

def test_a_theme_or_source_called_index_would_replace_its_listing(data):
    data.edit("themes.yaml", "- id: defense-education", "- id: index")
    data.edit("sources/t001.yaml", "id: t001\n", "id: index\n")
    messages = {(e.file, e.field): e.message for e in errors_of(data)}
    assert "themes/ 已是站点保留的网址" in messages[("data/themes.yaml", "id")]
    assert "sources/ 已是站点保留的网址" in messages[("data/sources/t001.yaml", "id")]


def test_colliding_region_slugs_name_both_claimants(data):
    data.write("regions/shanxi.yaml", "name: 山西省\nlevel: 省级\n")
    data.write("regions/shaanxi.yaml", "name: 陕西省\nlevel: 省级\n")
    (error,) = errors_of(data)
    assert error.field == "slug" and "regions/shanxi/" in error.message
    claimants = {error.record, error.message.split("地区“")[1].split("”")[0]}
    assert claimants == {"山西省", "陕西省"} and "data/regions/" in error.message


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://example.com","点我")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                                  "\t=1", "\r=1"])
def test_csv_cells_a_spreadsheet_would_run_are_neutralised(data, cell):
    from kb.export import to_csv

    data.edit("practice/liupanshui-bus.yaml", "title: 双拥公交专线", f"title: {json.dumps(cell, ensure_ascii=False)}")
    kb = load(data.root)
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(to_csv(kb, kb.records.values()).lstrip("\ufeff"))))
    (title,) = [row["标题"] for row in rows if row["标识"] == "liupanshui-bus"]
    assert title.startswith("'") and title[1:].strip() == cell.strip()
    assert all(not value.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for value in row.values())


@pytest.mark.parametrize("mask", ["ＸＸ市", "20ＸＸ年", "＊＊", "○○县", "〇〇镇", "x县", "沿Gxxx边防路", "ｘｘ个"])
def test_placeholder_forms_beyond_ascii_are_refused(data, mask):
    data.edit("practice/liupanshui-bus.yaml", "summary: ", f"summary: 在{mask}开通。")
    errors = errors_of(data)
    assert any(e.field == "summary" and "占位符" in e.message for e in errors), errors


def test_chinese_zero_in_a_year_is_no_placeholder(data):
    data.edit("practice/liupanshui-bus.yaml", "summary: ", "summary: 二〇〇八年开通，")
    assert "liupanshui-bus" in load(data.root).records
