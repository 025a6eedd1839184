"""Curation report (not a test): where records may break the curation rules.

For each record it reads the source lines the record cites (from ../shared/sources/) and lists
  - summaries, details and deeds that copy a long run of characters from the source
    (summaries are to be written in the project's own words);
  - figure values that do not appear in the cited lines (figures are to carry over exactly);
  - the audits under scripts/kb/audit/, registered one line each in AUDITS below.

    .venv/bin/python scripts/curation_report.py [--min-run 22] [--sources ../shared/sources]
"""
from __future__ import annotations

import argparse
import re
import sys
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from kb.audit import theme_keywords  # noqa: E402
from kb.load import load  # noqa: E402
from kb.schema import parse_lines  # noqa: E402
from kb.audit import copied, deeds, plans, quotes  # noqa: E402

SPACE = re.compile(r"\s")


def cited_text(kb, record, sources: dict[str, list[str]]) -> str:
    parts = []
    for citation in record.data["sources"]:
        article = kb.articles[citation["article"]]
        first, last = parse_lines(citation["lines"])
        parts.extend(sources[article.doc.id][first - 1:last])
    return SPACE.sub("", "".join(parts))


def longest_copy(text: str, source: str) -> str:
    match = SequenceMatcher(None, text, source, autojunk=False).find_longest_match(0, len(text), 0, len(source))
    return text[match.a: match.a + match.size]


def report(kb, sources: dict[str, list[str]], min_run: int):
    copies, figures = [], []
    for record in kb.records.values():
        source = cited_text(kb, record, sources)
        prose = [("summary", record.data.get("summary")), ("deed", record.data.get("deed"))]
        prose += [(f"details[{i}]", d) for i, d in enumerate(record.data.get("details") or [])]
        for field, value in prose:
            run = longest_copy(SPACE.sub("", str(value or "")), source)
            if len(run) >= min_run:
                copies.append((record.file, record.id, field, run))
        for figure in record.data.get("figures") or []:
            if str(figure["value"]) not in source:
                figures.append((record.file, record.id, figure["value"]))
    return copies, figures


def print_copied_pages(kb, sources_dir: Path) -> None:
    raw, pages = copied.find_copies(kb, sources_dir, exempting=False)
    print(f"照抄原文的页面（不计豁免，连续 ≥{copied.MIN_RUN} 字）：{len(raw)} / {pages} 页")
    copies, pages = copied.find_copies(kb, sources_dir)
    print(f"照抄原文的页面（按豁免规则计，自有文字连续 ≥{copied.MIN_RUN} 字）：{len(copies)} / {pages} 页"
          f"（{100 * len(copies) / max(pages, 1):.1f} %）")
    print("  豁免规则：《》书名、不成句的引号内容、数字、知识库登记的名称、三项以上“、”并列的短名目")
    for copy in copies:
        print(f"  {copy.record.file} [{copy.record.id}] {copy.score} 字：{copy.run}")


def print_plans(kb, sources_dir: Path) -> None:
    found = plans.find_plans(kb, sources_dir)
    print(f"所引行是计划或任务、但未标 status: {plans.PLAN_STATUS}：{len(found)} 条")
    for plan in found:
        print(f"  {plan.record.file} [{plan.record.id}] {plan.why}")


def print_misquotes(kb, sources_dir: Path) -> None:
    found = quotes.find_misquotes(kb, sources_dir)
    print(f"引号内容不见于原文：{len(found)} 处")
    for misquote in found:
        print(f"  {misquote.record.file} [{misquote.record.id}] “{misquote.quote}”")


def print_bad_deeds(kb, sources_dir: Path) -> None:
    found = deeds.find_bad_deeds(kb)
    print(f"人物事迹为空或只重复荣誉：{len(found)} 条")
    for bad in found:
        print(f"  {bad.record.file} [{bad.record.id}] {bad.why}")


# Audits under scripts/kb/audit/: one line each, called with (kb, sources_dir).
AUDITS = [
    lambda kb, _sources: print("\n".join(theme_keywords.report(kb))),
    print_copied_pages,
    print_plans,
    print_misquotes,
    print_bad_deeds,
]


def main() -> int:
    parser = argparse.ArgumentParser(description="整理质量报告：照抄原文的概要、与原文不符的数字")
    parser.add_argument("--min-run", type=int, default=22, help="连续照抄多少个字符算照抄")
    parser.add_argument("--sources", default=str(ROOT.parent / "shared" / "sources"))
    parser.add_argument("--data", default=str(ROOT / "data"), help="数据目录（可指向旧版本的检出，对比前后）")
    args = parser.parse_args()
    kb = load(Path(args.data))
    sources = {doc.id: (Path(args.sources) / doc.file).read_text(encoding="utf-8").split("\n") for doc in kb.sources}
    copies, figures = report(kb, sources, args.min_run)
    print(f"照抄原文 ≥{args.min_run} 字：{len(copies)} 处")
    for file, record, field, run in sorted(copies):
        print(f"  {file} [{record}] {field}: {run}")
    print(f"数字不见于所引行：{len(figures)} 处")
    for file, record, value in sorted(figures):
        print(f"  {file} [{record}] figures: {value}")
    for audit in AUDITS:
        audit(kb, Path(args.sources))
    return 0


if __name__ == "__main__":
    sys.exit(main())
