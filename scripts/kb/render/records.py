"""Record pages: one per record, with kind-specific sections and links both ways."""
from __future__ import annotations

from . import paths
from .base import render_page
from .groups import backlinks, sort_records
from ..text import plain


def related_records(kb, record) -> list:
    """Records the curator linked, plus records that link to this one."""
    linked = [kb.records[i] for i in record.data.get("related") or [] if i in kb.records]
    return sort_records({r.id: r for r in linked + backlinks(kb, record, "related")}.values())


def front_matter(kb, record) -> dict:
    return {
        "title": record.title,
        "description": plain(record.data["summary"])[:150],
        "tags": [t.name for t in record.themes],
    }


def render_record(kb, record) -> tuple[str, str]:
    schema = kb.schema
    context = {
        "record": record,
        "national": schema["national_region"],
        "unknown": schema["unknown_region"],
        "related": [r for r in related_records(kb, record) if r is not record],
        "implements": [kb.records[i] for i in record.data.get("implements") or [] if i in kb.records],
        "implemented_by": backlinks(kb, record, "implements"),
        "partner": record.partner,
        "activities": sorted(record.data.get("activities") or [],
                             key=lambda a: (a.get("year") or 0, str(a.get("period") or ""))),
    }
    return render_page(kb, paths.record_page(record), "record.md.j2", front_matter(kb, record), **context)


def render(kb) -> dict[str, str]:
    return dict(render_record(kb, record) for record in sort_records(kb.records.values()))
