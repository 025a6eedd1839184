"""The sources page (a coverage report: records per article by kind) and one page per document."""
from __future__ import annotations

from collections import Counter

from . import paths
from .base import render_page
from .groups import sort_records
from ..model import KIND_ORDER


def records_citing(kb, article) -> list:
    return _citing_index(kb).get(article.id, [])


def _citing_index(kb) -> dict[str, list]:
    """{article id: records citing it, sorted}, built once: pages per article stay linear in records."""
    index = kb.__dict__.get("_citing")
    if index is None:
        index = {}
        for record in kb.records.values():
            for article_id in dict.fromkeys(s.get("article") for s in record.data.get("sources") or []):
                index.setdefault(article_id, []).append(record)
        index = kb.__dict__["_citing"] = {key: sort_records(records) for key, records in index.items()}
    return index


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
