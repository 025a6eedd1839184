"""Plans: records whose cited lines are a plan or task list (要…、将…、拟…、计划…, or lines under a
heading such as 下一步工作打算 / 实施方案 / 工作计划) but which are not marked `status: 计划`.

A plan written up as a result misleads a reader who quotes it, so these are reported."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..schema import parse_lines

PLAN_STATUS = "计划"
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[是要、]|（[一二三四五六七八九十]+）|[0-9]+[.、．]|第[一二三四五六七八九十]+[，、]?)")
# 将 + a pronoun is the 把 of a finished action (将自己…融入), not a plan.
_PLAN_START = re.compile(r"^(?:要|将(?!自己|其|它|他|她|这|此|该)|拟|计划|力争|争取|预计|明年|下一步)")
_CLAUSE = re.compile(r"[。；！？\n]")
_TOP_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)")
_PLAN_HEADING = re.compile(r"计划|打算|下一步|思路|安排|设想|展望|实施方案|目标任务|重点任务|主要任务")
_REPORT = re.compile(r"总结|情况|汇报|综述")  # a title naming a report of results is not a plan
_AUDITED_KINDS = ("practice", "base")  # a law named in a plan is still a law: policies are not audited
_LOOKBACK = 40  # lines searched upwards for the heading a cited line stands under


@dataclass
class Plan:
    record: object
    why: str


def plan_clauses(text: str) -> tuple[int, int]:
    clauses = [c.strip() for c in _CLAUSE.split(text) if len(c.strip()) >= 4]
    plans = sum(bool(_PLAN_START.match(_NUMBERING.sub("", c))) for c in clauses)
    return plans, len(clauses)


def heading_above(lines: list[str], first: int, article_first: int) -> str:
    """The plan heading the cited lines stand under, up to the nearest top-level heading."""
    for number in range(first, max(article_first, first - _LOOKBACK) - 1, -1):
        line = lines[number - 1].strip()
        if not _HEADING.match(line) or len(line) > 40:
            continue
        if _PLAN_HEADING.search(line) or _TOP_HEADING.match(line):
            return line
    return ""


def plan_reason(kb, record, sources: dict[str, list[str]]) -> str:
    plans = total = 0
    for citation in record.data["sources"]:
        article = kb.articles[citation["article"]]
        lines = sources[article.doc.id]
        first, last = parse_lines(citation["lines"])
        heading = heading_above(lines, first, article.lines[0])
        plan_article = _PLAN_HEADING.search(article.title) and not _REPORT.search(article.title)
        if _PLAN_HEADING.search(heading) or plan_article:
            return f"所引行在“{heading or article.title}”之下"
        found, count = plan_clauses("\n".join(lines[first - 1:last]))
        plans, total = plans + found, total + count
    if plans and plans * 2 > total:
        return f"所引行 {total} 句中 {plans} 句是“要/将/拟/计划…”"
    return ""


def find_plans(kb, sources_dir: Path) -> list[Plan]:
    sources = {doc.id: (Path(sources_dir) / doc.file).read_text(encoding="utf-8").split("\n") for doc in kb.sources}
    found = []
    for record in sorted(kb.records.values(), key=lambda r: r.id):
        if record.kind not in _AUDITED_KINDS or record.data.get("status") == PLAN_STATUS:
            continue
        why = plan_reason(kb, record, sources)
        if why:
            found.append(Plan(record, why))
    return found
