"""The sources page (a coverage report: records per article by kind) and one page per document."""
from __future__ import annotations

from collections import Counter

from . import paths
from .base import render_page
from .groups import sort_records
from ..model import KIND_ORDER


def records_citing(kb, article) -> list:
    return sort_records(r for r in kb.records.values()
                        if any(s.get("article") == article.id for s in r.data.get("sources") or []))


def coverage(kb, doc) -> list:
    rows = []
    for article in doc.articles:
        records = records_citing(kb, article)
        counts = Counter(r.kind for r in records)
        rows.append((article, {k: counts.get(k, 0) for k in KIND_ORDER}, len(records)))
    return rows


def render(kb) -> dict[str, str]:
    national, unknown = kb.schema["national_region"], kb.schema["unknown_region"]
    docs = sorted(kb.sources, key=lambda d: d.id)
    pages = dict([render_page(kb, "sources/index.md", "sources_index.md.j2", {"title": "来源文档", "hide": ["navigation"]},
                              trail=[("来源", None)],
                              docs=[(d, coverage(kb, d)) for d in docs], kinds=KIND_ORDER)])
    for doc in docs:
        articles = [(a, records_citing(kb, a)) for a in doc.articles]
        path, text = render_page(kb, paths.source_page(doc), "source.md.j2", {"title": doc.title},
                                 trail=[("来源", "sources/index.md"), (doc.title, None)],
                                 doc=doc, articles=articles, national=national, unknown=unknown)
        pages[path] = text
    return pages
