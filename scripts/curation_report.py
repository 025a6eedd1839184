"""Curation report (not a test): where records may break the curation rules.

For each record it reads the source lines the record cites (from ../shared/sources/) and lists
  - summaries, details and deeds that copy a long run of characters from the source
    (summaries are to be written in the project's own words);
  - figure values that do not appear in the cited lines (figures are to carry over exactly);
  - and the checks in scripts/kb/audit/ (AUDITS), e.g. theme keywords a record uses but is not filed under.

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

# Checks in scripts/kb/audit/, one module each; each `report(kb)` returns the lines to print.
AUDITS = (
    theme_keywords,
)

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


def main() -> int:
    parser = argparse.ArgumentParser(description="整理质量报告：照抄原文的概要、与原文不符的数字")
    parser.add_argument("--min-run", type=int, default=22, help="连续照抄多少个字符算照抄")
    parser.add_argument("--sources", default=str(ROOT.parent / "shared" / "sources"))
    args = parser.parse_args()
    kb = load(ROOT / "data")
    sources = {doc.id: (Path(args.sources) / doc.file).read_text(encoding="utf-8").split("\n") for doc in kb.sources}
    copies, figures = report(kb, sources, args.min_run)
    print(f"照抄原文 ≥{args.min_run} 字：{len(copies)} 处")
    for file, record, field, run in sorted(copies):
        print(f"  {file} [{record}] {field}: {run}")
    print(f"数字不见于所引行：{len(figures)} 处")
    for file, record, value in sorted(figures):
        print(f"  {file} [{record}] figures: {value}")
    for audit in AUDITS:
        print("\n".join(audit.report(kb)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
