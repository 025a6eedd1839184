"""Ingest: a new source document becomes draft records for review (kb ingest / kb promote)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT

INGEST = FIXTURES / "ingest"
KB = [sys.executable, str(ROOT / "scripts" / "kb")]


def run_kb(*args: str, data: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*KB, *args, "--data", str(data)], capture_output=True, text=True, timeout=300)


def ingest_json(name: str, data) -> dict:
    result = run_kb("ingest", str(INGEST / name), "--json", data=data.root)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # stdout holds one JSON object and nothing else


def records(report: dict, kind: str) -> list[dict]:
    return [r for r in report["records"] if r["kind"] == kind]


def test_compilation_is_split_by_its_table_of_contents(data):
    report = ingest_json("compilation.txt", data)
    articles = report["articles"]
    assert [a["title"] for a in articles] == ["六盘水市双拥工作综述", "兴义市双拥工作综述"]
    assert [a["lines"] for a in articles] == [[6, 12], [13, 16]]  # each starts at its banner headline
    assert [a["date"] for a in articles] == ["2024-03-01", "2024-03-05"]
    assert articles[1]["region_lineage"] == ["贵州省", "黔西南布依族苗族自治州", "兴义市"]
    assert articles[0]["region_inferred"] is False


def test_fanwen_banners_split_a_web_page_and_site_leftovers_are_stripped(data):
    report = ingest_json("fanwen.txt", data)
    assert [a["title"] for a in report["articles"]] == ["第二中学双拥工作总结", "县民政局双拥工作总结"]
    assert "学术之家" not in json.dumps(report["records"], ensure_ascii=False)
    assert {s["why"] for s in report["read"]["stripped"]} >= {"网站残留或页码", "范文编号横幅"}


def test_drafts_carry_evidence_lines_and_no_summary(data):
    report = ingest_json("compilation.txt", data)
    policy = records(report, "policy")[0]
    assert policy["policy_title"] == "《六盘水市关于加强新时代双拥工作的意见》"
    assert policy["level"] == "市" and policy["evidence"] == [11]
    assert "summary" not in policy
    base = next(r for r in records(report, "base") if r["name"] == "钟山区烈士陵园")
    assert base["base_type"] == "烈士陵园"
    assert {"value": "2万余", "unit": "人次"}.items() <= base["figures"][0].items()
    person = next(r for r in records(report, "person") if r["name"] == "王大军")
    assert person["honours"] == [{"honour": "最美退役军人"}] and person["article"].endswith("-a02")


def test_a_duplicate_of_an_existing_ship_is_proposed_as_a_new_source(data):
    report = ingest_json("compilation.txt", data)
    ships = records(report, "ship")
    assert [(s["name"], s["existing"]) for s in ships] == [("六盘水舰", "ship-liupanshui")]
    person = next(r for r in records(report, "person") if r["name"] == "邹广阳")
    assert person["existing"] == "zou-guangyang"


def test_traditional_script_is_converted_and_reported(data):
    report = ingest_json("traditional.txt", data)
    assert report["articles"][0]["title"] == "六盘水市双拥工作综述"
    assert [s["name"] for s in records(report, "ship")] == ["六盘水舰"]
    assert report["read"]["converted"] >= 20  # characters OpenCC changed, as the report says
    laws = [r["policy_title"] for r in records(report, "policy")]
    assert laws == ["《中华人民共和国退役军人保障法》"]


def test_gbk_file_is_detected_and_read(data):
    report = ingest_json("gbk.txt", data)
    assert "GB18030" in report["read"]["encoding"] and report["read"]["converted"] == 0
    assert [s["name"] for s in records(report, "ship")] == ["六盘水舰"]


def test_placeholders_never_become_facts(data):
    report = ingest_json("placeholder.txt", data)
    article = report["articles"][0]
    assert article["region"] == "地区未详" and any("匿名" in f for f in article["flags"])
    facts = [{k: v for k, v in r.items() if k not in ("evidence_text", "notes")} for r in report["records"]]
    text = json.dumps(facts, ensure_ascii=False)  # the quoted source sentences keep them, as written
    assert facts and records(report, "policy")[0]["title"] == "军人军属优待办法"
    for placeholder in ("XX", "X市", "A总书记"):
        assert placeholder not in text
    assert article["placeholders"], "the report names the sentences with placeholders"
    assert not any(f["value"].startswith("X") for f in article["figures"])


def test_private_persons_are_flagged_and_left_out(data):
    report = ingest_json("private.txt", data)
    everything = json.dumps(report, ensure_ascii=False)
    assert "张小明" not in everything and "李秀英" not in everything
    assert {p["name"] for p in report["private_persons"]} == {"张某", "李某"}
    assert [r["name"] for r in records(report, "person")] == ["王大军"]


def test_garbled_text_is_reported_as_unreliable(data):
    report = ingest_json("garbled.txt", data)
    reasons = report["articles"][0]["unreliable"]
    assert any("重复" in r for r in reasons) and any("顺序错乱" in r for r in reasons)
    assert {r["confidence"] for r in report["records"]} == {"低"}
    normal = ingest_json("compilation.txt", data)
    assert all(not a["unreliable"] for a in normal["articles"])


def test_written_drafts_validate_and_never_overwrite(data):
    result = run_kb("ingest", str(INGEST / "traditional.txt"), data=data.root)
    assert result.returncode == 0, result.stderr
    source = next(p for p in (data.root / "sources").glob("*.yaml") if "traditional.txt" in p.read_text("utf-8"))
    drafts = data.root / "drafts" / source.stem
    report = (drafts / "report.md").read_text(encoding="utf-8")
    assert "繁体已转简体" in report and "已有记录 `ship-liupanshui`" in report
    assert list(drafts.glob("policy/*.yaml")) and not list(drafts.glob("ship/*.yaml"))
    assert run_kb("check", data=data.root).returncode == 0  # drafts pass the validator
    again = run_kb("ingest", str(INGEST / "traditional.txt"), "--source-id", source.stem, data=data.root)
    assert again.returncode == 1 and "不覆盖" in again.stderr


def test_promote_refuses_a_draft_without_summary_then_moves_it(data):
    assert run_kb("ingest", str(INGEST / "compilation.txt"), data=data.root).returncode == 0
    draft = next((data.root / "drafts").glob("*/base/*.yaml"))
    refused = run_kb("promote", str(draft), data=data.root)
    assert refused.returncode == 1 and "还没有概要 summary" in refused.stderr and draft.exists()
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace("status: draft\n", "status: draft\nsummary: 钟山区的烈士陵园，每年接待大量群众XX。\n"),
                     encoding="utf-8")
    invalid = run_kb("promote", str(draft), data=data.root)
    assert invalid.returncode == 1 and "占位符" in invalid.stderr and draft.exists()
    draft.write_text(text.replace("status: draft\n", "status: draft\nsummary: 钟山区的烈士陵园，常年接待前来祭扫的群众。\n"),
                     encoding="utf-8")
    moved = run_kb("promote", str(draft), data=data.root)
    assert moved.returncode == 0, moved.stderr
    target = data.root / "base" / draft.name
    curated = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert not draft.exists() and "status" not in curated and "evidence" not in curated
    assert run_kb("check", data=data.root).returncode == 0


def test_a_draft_left_in_a_curated_folder_is_an_error(data):
    assert run_kb("ingest", str(INGEST / "compilation.txt"), data=data.root).returncode == 0
    draft = next((data.root / "drafts").glob("*/base/*.yaml"))
    shutil.move(draft, data.root / "base" / draft.name)
    result = run_kb("check", data=data.root)
    assert result.returncode == 1 and "草稿不能直接放在" in result.stderr
