"""Ingest benchmark (not a test): run `kb ingest` on the five sources as if they were new — no
curated aliases, no matching against curated records — and compare with the curated data.

    .venv/bin/python bench/ingest.py                       # the five sources in ../shared/sources
    .venv/bin/python bench/ingest.py --extra a.txt b.txt   # also documents without curated data

Figures: articles found vs curated (exact), region agreement per article (strict, and counting a
region the tool marked as inferred where the curator inferred one too), recall / precision of
ships, policy titles, honoured people and named bases (same article, same name), figures with
units found in the lines the curated records cite, and seconds per document.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import logging
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
SOURCES = ROOT.parent / "shared" / "sources"

from kb.ingest import ingest  # noqa: E402
from kb.ingest.extract import normalise_title  # noqa: E402
from kb.load import load  # noqa: E402
from kb.regions import RegionIndex  # noqa: E402
from kb.schema import parse_lines  # noqa: E402

KINDS = {"ship": "舰艇", "policy": "政策名称", "person": "荣誉人物", "base": "有名称的基地"}


def name_of(kind: str, data: dict) -> str:
    if kind == "policy":
        return normalise_title(data.get("policy_title", ""))
    return re.sub(r"[“”\"（）()]", "", data.get("name", ""))


def gold_pairs(kb, articles, kind: str) -> set[tuple[str, str]]:
    ids = {a.id for a in articles}
    pairs = set()
    for record in kb.records_of(kind):
        if kind == "policy" and "《" not in record.data.get("policy_title", ""):
            continue  # a described measure has no title to find
        for citation in _citations(record.data):
            if citation.get("article") in ids:
                pairs.add((citation["article"], name_of(kind, record.data)))
    return pairs


def _citations(data):
    yield from data.get("sources") or []
    for activity in data.get("activities") or []:
        if isinstance(activity.get("source"), dict):
            yield activity["source"]


def found_pairs(result, curated_ids, kind: str) -> set[tuple[str, str]]:
    pairs = set()
    for draft in result.drafts:
        if draft.kind != kind:
            continue
        for index, _ in draft.evidence:
            if index < len(curated_ids):
                pairs.add((curated_ids[index], name_of(kind, draft.fields)))
    return pairs


def same(kind: str, a: str, b: str) -> bool:
    return a == b or kind == "base" and min(len(a), len(b)) >= 3 and (a in b or b in a)


def score(gold, found, kind) -> tuple[int, int, int]:
    """(gold found, found that are curated, found)."""
    hit_gold = sum(1 for g in gold if any(g[0] == f[0] and same(kind, g[1], f[1]) for f in found))
    hit_found = sum(1 for f in found if any(g[0] == f[0] and same(kind, g[1], f[1]) for g in gold))
    return hit_gold, hit_found, len(found)


def region_agreement(result, articles, index) -> tuple[int, int]:
    strict = marked = 0
    for mine, gold in zip(result.articles, articles):
        gold_ref, location = gold.data.get("region"), mine.location
        ours, _ = index.resolve(location.region) if location.region not in ("地区未详", "全国") else (None, "")
        theirs = gold.region
        equal = (ours is theirs) if (ours or theirs) else location.region == gold_ref
        strict += equal
        on_lineage = theirs is not None and ours is not None and ours in theirs.lineage
        marked += equal or bool(gold.data.get("region_inferred") and location.inferred and (on_lineage or not ours)) \
            or (gold_ref == "地区未详" and location.inferred)
    return strict, marked


def figure_recall(kb, result, articles, curated_ids) -> tuple[int, int]:
    ids = {a.id: a for a in articles}
    found = {}
    for index, article in enumerate(result.articles):
        if index < len(curated_ids):
            for value, unit, lines in article.figures:
                first, last = parse_lines(lines)
                found.setdefault(curated_ids[index], []).append((value + unit, first, last))
    total = hit = 0
    for record in kb.records.values():
        cited = [(c["article"], parse_lines(c["lines"])) for c in record.data.get("sources") or []
                 if c.get("article") in ids and parse_lines(c.get("lines"))]
        for figure in record.data.get("figures") or []:
            if not cited:
                continue
            want = re.sub(r"\s", "", f"{figure.get('value', '')}{figure.get('unit', '')}")
            total += 1
            hit += any(want == got and not (b < lo or a > hi)
                       for art, (lo, hi) in cited for got, a, b in found.get(art, []))
    return hit, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extra", nargs="*", default=[], help="documents without curated data")
    args = parser.parse_args()
    import jieba

    jieba.setLogLevel(logging.ERROR)
    with contextlib.redirect_stdout(io.StringIO()):
        kb = load(ROOT / "data")
    index = RegionIndex(kb.provinces)
    totals = {k: [0, 0, 0, 0] for k in KINDS}
    regions, figures = [0, 0, 0], [0, 0]
    print(f"{'来源':<6}{'文章 找到/整理':>14}{'地区一致(严格/含推定)':>24}{'秒':>7}")
    for doc in sorted(kb.sources, key=lambda d: d.id):
        path = SOURCES / doc.file
        articles = sorted(doc.articles, key=lambda a: a.no)
        started = time.perf_counter()
        result = ingest(path, kb, use_aliases=False, match=False)
        seconds = time.perf_counter() - started
        curated_ids = [a.id for a in articles]
        strict, marked = region_agreement(result, articles, index)
        regions = [regions[0] + strict, regions[1] + marked, regions[2] + len(articles)]
        hit, total = figure_recall(kb, result, articles, curated_ids)
        figures = [figures[0] + hit, figures[1] + total]
        print(f"{doc.id:<6}{len(result.articles):>8}/{len(articles):<5}{strict:>12}/{marked}/{len(articles):<8}{seconds:>9.2f}")
        for kind in KINDS:
            gold = gold_pairs(kb, articles, kind)
            hit_gold, hit_found, found = score(gold, found_pairs(result, curated_ids, kind), kind)
            totals[kind] = [t + x for t, x in zip(totals[kind], (hit_gold, len(gold), hit_found, found))]
    print(f"\n地区一致：严格 {regions[0] / regions[2]:.3f}，含标为推定的 {regions[1] / regions[2]:.3f}（{regions[2]} 篇）")
    print(f"\n{'类型':<10}{'召回':>8}{'精确':>8}   (整理记录中找到 / 整理记录；找到中属整理记录 / 找到)")
    for kind, label in KINDS.items():
        hit_gold, gold, hit_found, found = totals[kind]
        print(f"{label:<10}{hit_gold / max(gold, 1):>8.3f}{hit_found / max(found, 1):>8.3f}   "
              f"({hit_gold}/{gold}; {hit_found}/{found})")
    print(f"\n数字和单位（整理记录所引行内）：召回 {figures[0] / max(figures[1], 1):.3f}（{figures[0]}/{figures[1]}）")
    for extra in args.extra:
        started = time.perf_counter()
        result = ingest(Path(extra), kb, use_aliases=False, match=False)
        print(f"\n{extra}：{result.doc.encoding}，繁转简 {result.doc.converted} 字，{len(result.articles)} 篇，"
              f"{len(result.drafts)} 条草稿，{time.perf_counter() - started:.2f} 秒")
        for article in result.articles:
            print(f"  {article.span.first}-{article.span.last} {article.span.title[:30]} → {article.location.region}"
                  f"{'（推定）' if article.location.inferred else ''} {'；'.join(article.unreliable)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
