"""最近更新: every record by the date its data file last changed, newest first."""
from __future__ import annotations

from itertools import groupby

from .base import render_page
from .groups import sort_records

RECENT_PAGE = "recent.md"


def render(kb) -> dict[str, str]:
    dated = [r for r in sort_records(kb.records.values()) if r.id in kb.options.updated]
    dated.sort(key=lambda r: kb.options.updated[r.id], reverse=True)  # stable: pinyin order within a day
    days = [(day, list(items)) for day, items in groupby(dated, key=lambda r: kb.options.updated[r.id])]
    path, text = render_page(kb, RECENT_PAGE, "recent.md.j2", {"title": "最近更新", "search": {"exclude": True}},
                             trail=[("最近更新", None)], days=days, undated=len(kb.records) - len(dated),
                             data_date=kb.options.data_date)
    return {path: text}
