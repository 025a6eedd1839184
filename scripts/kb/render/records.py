"""Record pages: one per record, with kind-specific sections and links both ways."""
from __future__ import annotations

from . import paths
from .base import render_page
from .groups import backlinks, sort_records
from ..text import plain
from .base import region_steps
from .citation import NO_URL_NOTE, citation_head, citation_url, original_documents, updated


def related_records(kb, record) -> list:
    """Records the curator linked, plus records that link to this one."""
    linked = [kb.records[i] for i in record.data.get("related") or [] if i in kb.records]
    return sort_records({r.id: r for r in linked + backlinks(kb, record, "related")}.values())


NEARBY_LIMIT = 6


class Neighbours:
    """Records near one record: same city and a shared theme, or putting the same policy to work."""

    def __init__(self, kb):
        self.by_city: dict = {}
        self.by_policy: dict = {}
        for other in sort_records(kb.records.values()):
            self.by_city.setdefault(self.city_of(other), []).append(other)
            for policy in other.data.get("implements") or []:
                self.by_policy.setdefault(policy, []).append(other)

    @staticmethod
    def city_of(record):
        if record.region is None:
            return None
        lineage = record.region.lineage
        return lineage[1] if len(lineage) > 1 else lineage[0]

    def near(self, record, exclude: set[str]) -> list[tuple]:
        picks: dict[str, tuple] = {}
        for policy in record.data.get("implements") or []:
            for other in self.by_policy.get(policy, []):
                picks.setdefault(other.id, (0, other, "落实同一政策"))
        themes = set(t.id for t in record.themes)
        city = self.city_of(record)
        for other in self.by_city.get(city, []) if city else []:
            shared = len(themes & {t.id for t in other.themes})
            if shared:
                picks.setdefault(other.id, (1 - shared / 10, other, f"同地区 · {other.themes[0].name}"))
        ranked = sorted((p for i, p in picks.items() if i not in exclude), key=lambda p: (p[0], p[1].title, p[1].id))
        return [(other, why) for _, other, why in ranked[:NEARBY_LIMIT]]


def front_matter(kb, record) -> dict:
    return {
        "title": record.title,
        "description": plain(record.data["summary"])[:150],
        "tags": [t.name for t in record.themes],
    }


def render_record(kb, record, neighbours: Neighbours) -> tuple[str, str]:
    schema = kb.schema
    related = [r for r in related_records(kb, record) if r is not record]
    path = paths.record_page(record)
    context = {
        "cite_head": citation_head(kb, record),
        "cite_url": citation_url(kb, record),
        "no_url_note": NO_URL_NOTE,
        "originals": original_documents(kb, record),
        "updated": updated(kb, record),
        "feedback": kb.options.feedback_link(record, path),
        "nearby": neighbours.near(record, {record.id} | {r.id for r in related}),
        "record": record,
        "national": schema["national_region"],
        "unknown": schema["unknown_region"],
        "related": related,
        "implements": [kb.records[i] for i in record.data.get("implements") or [] if i in kb.records],
        "implemented_by": backlinks(kb, record, "implements"),
        "partner": record.partner,
        "activities": sorted(record.data.get("activities") or [],
                             key=lambda a: (a.get("year") or 0, str(a.get("period") or ""))),
    }
    return render_page(kb, path, "record.md.j2", front_matter(kb, record), trail=record_steps(kb, record), **context)


def record_steps(kb, record) -> list[tuple]:
    """按地区 › 省 › 市 › 县 › this record; 按地区 › 全国 (or 地区未详) for records without a place."""
    if record.region:
        steps = region_steps(record.region)
    else:
        steps = [("按地区", "regions/index.md"),
                 (record.data.get("region"), paths.record_region_page(record, kb.schema["national_region"]))]
    return steps + [(record.title, None)]


def render(kb) -> dict[str, str]:
    neighbours = Neighbours(kb)
    return dict(render_record(kb, record, neighbours) for record in sort_records(kb.records.values()))
