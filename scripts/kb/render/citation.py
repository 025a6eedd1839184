"""Citations per GB/T 7714-2015 for electronic resources, and the 如何引用 page that explains them.

    双拥典型案例与政策知识库. 记录题名[EB/OL]. (更新日期)[引用日期]. 网址.

The update date is the last change of the record's data file (kb.options.updated); the address
is the public one configured as site_url, never the reader's file:// path; the access date is
the reader's own day and is filled in by the browser (overrides/assets/javascripts/kb.js).
"""
from __future__ import annotations

from . import paths
from .base import render_page
from .groups import sort_records
from ..text import plain

SITE_NAME = "双拥典型案例与政策知识库"
NO_URL_NOTE = "本站未配置公开网址，引用中不列网址；如需网址，请填写您打开本页时的地址（http 或 https 开头）。"


def updated(kb, record) -> str:
    day = kb.options.updated.get(record.id)
    return day.isoformat() if day else ""


def citation_head(kb, record) -> str:
    """Everything before the access date: responsible body, title, type code and update date."""
    date = updated(kb, record)
    return f"{SITE_NAME}. {plain(record.title)}[EB/OL]." + (f" ({date})" if date else "")


def citation_url(kb, record) -> str:
    return kb.options.page_url(paths.record_page(record))


def citation_text(kb, record, access: str) -> str:
    """The full citation for an access date (YYYY-MM-DD), as the record page shows it."""
    url = citation_url(kb, record)
    return f"{citation_head(kb, record)}[{access}]." + (f" {url}." if url else "")


def publisher(article) -> str:
    return article.data.get("author") or article.doc.publisher


def article_reference(article) -> str:
    """发布者：《文档》第N篇《文章》（日期）, the publisher where the source data knows it."""
    who = publisher(article)
    date = f"（{article.data['date']}）" if article.data.get("date") else ""
    return (f"{who}：" if who else "") + f"《{article.doc.title}》第{article.no}篇《{article.title}》{date}"


def original_documents(kb, record) -> list[str]:
    """Where the record's facts come from, each document and article once."""
    out = []
    for item in record.data["sources"]:
        text = article_reference(kb.articles[item["article"]])
        if text not in out:
            out.append(text)
    return out


def render(kb) -> dict[str, str]:
    candidates = sort_records(r for r in kb.records.values() if r.kind == "ship") or sort_records(kb.records.values())
    record = candidates[0]
    example_date = updated(kb, record) or "2026-01-01"
    example = {
        "record": record,
        "with_url": f"{SITE_NAME}. {plain(record.title)}[EB/OL]. ({example_date})[{example_date}]. "
                    f"{(kb.options.url or 'https://kb.example.gov.cn/').rstrip('/')}/{paths.record_page(record)[:-3]}/.",
        "without_url": f"{SITE_NAME}. {plain(record.title)}[EB/OL]. ({example_date})[{example_date}].",
        "original": original_documents(kb, record),
    }
    path, text = render_page(kb, "citation.md", "citation.md.j2", {"title": "如何引用"}, trail=[("如何引用", None)],
                             example=example, configured=bool(kb.options.url), no_url_note=NO_URL_NOTE)
    return {path: text}
