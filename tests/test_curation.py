"""Curation rules a publicity writer relies on: own words, plans labelled as plans, deeds that are
deeds, curator notes set apart in plain Chinese, no internal names on the page."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kb.audit import copied, deeds, plans, quotes
from kb.audit.sam import SuffixAutomaton
from kb.load import load
from kb.render import records as record_pages

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT.parent / "shared" / "sources"
needs_sources = pytest.mark.skipif(not SOURCES.is_dir(), reason="source documents not checked out")


def finder_for(source: str, names: list[str]) -> copied.CopyFinder:
    finder = copied.CopyFinder.__new__(copied.CopyFinder)
    finder.automaton = SuffixAutomaton(source)
    finder.names = re.compile("|".join(map(re.escape, names))) if names else None
    return finder


SOURCE = "市里组织志愿者定期走访慰问驻地部队官兵和军属家庭，帮助解决子女入学入托等实际困难。出台《关于进一步做好军人军属优待工作的实施意见》，全年发放补助金1234.5万元。"


def test_a_copied_sentence_counts_every_character():
    score, run = finder_for(SOURCE, []).longest("据介绍，市里组织志愿者定期走访慰问驻地部队官兵和军属家庭。")
    assert score == 24 and run == "市里组织志愿者定期走访慰问驻地部队官兵和军属家庭"


def test_titles_figures_and_registered_names_are_exempt_by_rule():
    finder = finder_for(SOURCE, ["驻地部队"])
    score, _ = finder.longest("出台《关于进一步做好军人军属优待工作的实施意见》，全年发放补助金1234.5万元。")
    assert score < copied.MIN_RUN
    score, _ = finder.longest("市里组织志愿者定期走访慰问驻地部队官兵和军属家庭。")
    assert score == 20  # the registered name 驻地部队 scores nothing, the rest of the sentence still counts


def test_own_words_are_not_reported():
    score, _ = finder_for(SOURCE, []).longest("志愿者常去部队和军属家里看望，替他们解决孩子上学等难处。")
    assert score < 10


def test_a_plan_list_is_recognised_by_its_wording_and_heading():
    assert plans.plan_clauses("要继续开展走访慰问。要完善优待政策。") == (2, 2)
    assert plans.plan_clauses("将自己对先烈的敬仰融入黑板报。") == (0, 1)
    lines = ["一、2023年工作情况", "开展走访慰问。", "二、2024年工作打算", "（一）巩固创建成果", "继续开展走访。"]
    assert plans.heading_above(lines, 5, 1) == "二、2024年工作打算"
    assert plans.heading_above(lines, 2, 1) == "一、2023年工作情况"


def test_a_plan_is_labelled_on_its_page_and_in_the_finder(data):
    data.edit("practice/liupanshui-bus.yaml", "year: 2023\n", "year: 2023\nstatus: 计划\n")
    kb = load(data.root)
    page = dict(record_pages.render(kb))["practices/liupanshui-bus.md"]
    assert "计划/部署（非实施结果）" in page
    from kb.render.finder_data import finder_payload
    assert {r["status"] for r in finder_payload(kb)["rows"] if r["id"] == "liupanshui-bus"} == {"计划"}


def test_a_record_without_status_is_not_labelled(data):
    page = dict(record_pages.render(load(data.root)))["practices/liupanshui-bus.md"]
    assert "非实施结果" not in page


def test_a_policy_level_may_be_unknown(data):
    data.edit("policy/liupanshui-opinion.yaml", "level: 市", "level: 未详")
    assert load(data.root).records["liupanshui-opinion"].data["level"] == "未详"


def test_the_curator_note_is_a_box_of_its_own_before_the_sources(data):
    data.edit("practice/liupanshui-bus.yaml", "keywords:", "note: 原文没有写明线路的长度。\nkeywords:")
    page = dict(record_pages.render(load(data.root)))["practices/liupanshui-bus.md"]
    assert page.index('!!! note "整理说明"') < page.index("## 来源")
    assert "原文没有写明线路的长度。" not in page.split("## 做法要点")[1].split("!!!")[0]


def test_a_circular_deed_is_reported(data):
    data.edit("person/zou-guangyang.yaml", "deed: 守护红军烈士墓87载。",
              "deed: 六盘水市的邹广阳，获评“全国提名最美拥军人物”。")
    assert [bad.record.id for bad in deeds.find_bad_deeds(load(data.root))] == ["zou-guangyang"]


def test_a_list_only_person_says_so_plainly(data):
    data.edit("person/zou-guangyang.yaml", "deed: 守护红军烈士墓87载。",
              f"deed: {deeds.LIST_ONLY}。")
    assert deeds.find_bad_deeds(load(data.root)) == []


@pytest.fixture(scope="module")
def real_kb():
    return load(ROOT / "data")


@needs_sources
def test_the_corpus_meets_the_copied_run_target(real_kb):
    copies, pages = copied.find_copies(real_kb, SOURCES)
    assert len(copies) <= pages * 0.02, [(c.record.id, c.run) for c in copies]


@needs_sources
def test_every_plan_in_the_corpus_is_marked(real_kb):
    assert [p.record.id for p in plans.find_plans(real_kb, SOURCES)] == []


@needs_sources
def test_every_quotation_in_the_corpus_is_verbatim(real_kb):
    assert [(m.record.id, m.quote) for m in quotes.find_misquotes(real_kb, SOURCES)] == []


def test_no_person_in_the_corpus_has_an_empty_or_circular_deed(real_kb):
    assert [(b.record.id, b.why) for b in deeds.find_bad_deeds(real_kb)] == []


# Internal names a reader must never see: field names, file paths, tool names.
INTERNAL = re.compile(
    r"data/|\.ya?ml\b|\byaml\b|README|schema|\b(?:details|region(?:_note|_inferred)?|summary|deed|status|"
    r"figures|keywords|policy_title|provides|activities|honours|implements|related|period|year|note)\b",
    re.I)


VOID = {"br", "img", "hr", "input", "meta", "link", "wbr"}


class MainText(HTMLParser):
    """The text inside the page's main article. Attributes (URLs) are not text, and neither is
    <code>: the downloads page names the columns of the export files there, as code."""

    def __init__(self):
        super().__init__()
        self.depth, self.code, self.parts = 0, 0, []

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class") or ""
        if self.depth or (tag == "article" and "md-content__inner" in classes):
            self.depth += tag not in VOID
            self.code += tag == "code"

    def handle_endtag(self, tag):
        if self.depth and tag not in VOID:
            self.depth -= 1
            self.code -= tag == "code" and self.code > 0

    def handle_data(self, data):
        if self.depth and not self.code:
            self.parts.append(data)


def main_text(html: str) -> str:
    parser = MainText()
    parser.feed(html)
    return "".join(parser.parts)


def test_no_built_page_shows_field_names_paths_or_tool_names(real_site):
    leaks = []
    for page in sorted(real_site.rglob("*.html")):
        text = main_text(page.read_text(encoding="utf-8"))
        leaks += [(str(page.relative_to(real_site)), m.group(0)) for m in INTERNAL.finditer(text)]
    assert leaks == []
