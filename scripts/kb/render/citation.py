"""Citations: the text on every record page and the 如何引用 page that explains it."""
from __future__ import annotations

from .base import render_page
from .groups import sort_records

SITE_NAME = "双拥典型案例与政策知识库"


def citation_text(kb, record) -> str:
    """Everything but the page address and the access date, which the reader's browser adds."""
    region = record.region_label
    sources = []
    for item in record.data["sources"]:
        article = kb.articles[item["article"]]
        date = f"（{article.data['date']}）" if article.data.get("date") else ""
        sources.append(f"《{article.doc.title}》第{article.no}篇《{article.title}》{date}第{item['lines']}行")
    return f"{SITE_NAME}. {record.title}（{region}）[EB/OL]. 据{'；'.join(sources)}整理."


def render(kb) -> dict[str, str]:
    example_record = next(iter(sort_records(r for r in kb.records.values() if r.kind == "ship")), None) \
        or next(iter(sort_records(kb.records.values())))
    example = citation_text(kb, example_record) + " https://（本站地址）/…/, [2026-01-01]."
    path, text = render_page(kb, "citation.md", "citation.md.j2", {"title": "如何引用"}, example=example)
    return {path: text}
