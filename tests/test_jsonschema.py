"""One JSON Schema (data/schema.json, made from data/schema.yaml) for the validator, editors,
check-jsonschema and the CMS: it is up to date, accepts the real data and refuses broken records."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from kb.errors import DataErrors
from kb.jsonschema_export import SCHEMA_COMMENT, render
from kb.load import load
from kb.model import KIND_ORDER
from sites import FIXTURES_HOSTILE

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SCHEMA = json.loads((DATA / "schema.json").read_text(encoding="utf-8"))
RECORD_FILES = sorted(p for kind in KIND_ORDER for p in (DATA / kind).glob("*.yaml"))


def definition(name: str) -> Draft202012Validator:
    return Draft202012Validator({"$defs": SCHEMA["$defs"], "$ref": f"#/$defs/{name}"})


def test_committed_schema_json_is_the_one_generated_from_schema_yaml():
    assert (DATA / "schema.json").read_text(encoding="utf-8") == render(DATA / "schema.yaml"), \
        "data/schema.json 已过期：运行 python scripts/kb schema"


def test_schema_json_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"].endswith("/draft/2020-12/schema")


def test_every_record_in_data_is_accepted_by_the_json_schema():
    validator = Draft202012Validator(SCHEMA)
    bad = {p.name: [e.message for e in validator.iter_errors(yaml.safe_load(p.read_text(encoding="utf-8")))]
           for p in RECORD_FILES}
    assert len(RECORD_FILES) > 1000 and not {name: errors for name, errors in bad.items() if errors}


@pytest.mark.parametrize("path, name", [("themes.yaml", "themes-file"), ("honours.yaml", "honours-file"),
                                        ("units.yaml", "units-file")])
def test_the_allow_lists_are_accepted(path, name):
    assert not [e.message for e in definition(name).iter_errors(_text_keys(DATA / path))]


def _text_keys(path: Path):
    """Read as the loader does: keys stay text (`no:` is a field, not false)."""
    from kb.errors import ErrorSink
    from kb.yamlsrc import load_yaml
    return load_yaml(path, ErrorSink(str(path), []))


@pytest.mark.parametrize("folder, name", [("regions", "region"), ("sources", "source")])
def test_regions_and_sources_are_accepted(folder, name):
    for path in sorted((DATA / folder).glob("*.yaml")):
        assert not [e.message for e in definition(name).iter_errors(_text_keys(path))], path


@pytest.mark.parametrize("fixture, keyword", [("wrong-type.yaml", "type"), ("unknown-field.yaml", "additionalProperties"),
                                              ("path-like-id.yaml", "pattern")])
def test_the_json_schema_alone_refuses_broken_records(fixture, keyword):
    record = yaml.safe_load((FIXTURES_HOSTILE / fixture).read_text(encoding="utf-8"))
    assert keyword in {e.validator for e in Draft202012Validator(SCHEMA).iter_errors(record)}


def test_every_record_file_starts_with_the_editor_schema_line():
    missing = [p.name for p in RECORD_FILES if not p.read_text(encoding="utf-8").startswith(SCHEMA_COMMENT + "\n")]
    assert not missing, f"运行 python scripts/kb schema 补上首行：{missing[:5]}"


def test_a_record_without_the_schema_line_is_still_accepted(data):
    text = data.read("practice/liupanshui-bus.yaml")
    assert not text.startswith("#")
    data.write("practice/liupanshui-bus.yaml", SCHEMA_COMMENT + "\n" + text)
    assert "liupanshui-bus" in load(data.root).records


def test_check_jsonschema_accepts_the_record_files():
    result = subprocess.run([str(Path(sys.executable).with_name("check-jsonschema")), "--schemafile",
                             str(DATA / "schema.json"), *map(str, RECORD_FILES[:50])], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_jsonschema_refuses_an_unknown_field(tmp_path):
    broken = tmp_path / "unknown-field.yaml"
    shutil.copy(FIXTURES_HOSTILE / "unknown-field.yaml", broken)
    result = subprocess.run([str(Path(sys.executable).with_name("check-jsonschema")), "--schemafile",
                             str(DATA / "schema.json"), str(broken)], capture_output=True, text=True)
    assert result.returncode != 0 and "sumary" in result.stdout


def run_kb(*args, data_dir: Path):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "kb"), *args, "--data", str(data_dir)],
                          capture_output=True, text=True)


def test_kb_new_writes_a_skeleton_that_fails_until_filled(data):
    result = run_kb("new", "practice", data_dir=data.root)
    assert result.returncode == 0, result.stderr
    path = data.root / "practice" / "practice-new-1.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(SCHEMA_COMMENT) and "# 概述（必填）" in text
    with pytest.raises(DataErrors) as failure:
        load(data.root)
    unfilled = {e.field for e in failure.value.errors if "尚未填写" in e.message}
    assert unfilled == {"title", "region", "themes[0]", "summary", "sources[0].article", "sources[0].lines"}
    assert all(e.file == "data/practice/practice-new-1.yaml" and e.line > 0 for e in failure.value.errors)
    filled = (text.replace("title: 待填", "title: 公交双拥专线").replace("region: 待填", "region: 六盘水市")
              .replace("themes: [待填]", "themes: [defense-education]").replace("summary: 待填", "summary: 一条公交线路。")
              .replace("{article: 待填, lines: 待填}", "{article: t001-a01, lines: 5-6}"))
    path.write_text(filled, encoding="utf-8")
    assert "practice-new-1" in load(data.root).records
    assert run_kb("new", "practice", data_dir=data.root).returncode == 0
    assert (data.root / "practice" / "practice-new-2.yaml").exists()


@pytest.mark.parametrize("kind", KIND_ORDER)
def test_every_kind_has_a_skeleton_naming_only_unfilled_fields(data, kind):
    assert run_kb("new", kind, data_dir=data.root).returncode == 0
    with pytest.raises(DataErrors) as failure:
        load(data.root)
    assert failure.value.errors and all("尚未填写" in e.message for e in failure.value.errors)


def test_vscode_validates_every_record_folder_offline_with_the_same_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemaStore.enable"] is False
    assert settings["yaml.schemas"]["./data/schema.json"] == [f"data/{kind}/*.yaml" for kind in KIND_ORDER]
    recommended = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))["recommendations"]
    assert "redhat.vscode-yaml" in recommended
