"""Existing records: the same ship, law, person or base already curated gets a new `sources`
entry proposed on it instead of a second record."""
from __future__ import annotations

from .extract import normalise_title


def _keys(record) -> list[str]:
    data = record.data
    if record.kind == "policy":
        return [normalise_title(data.get("policy_title", "")), normalise_title(data.get("title", ""))]
    if record.kind in ("ship", "person", "base"):
        return [data.get("name", "")]
    return []


def match_existing(drafts, kb) -> None:
    """Set `draft.match` to the id of the curated record each draft repeats (persons: same name and
    same province, since two people can share a name)."""
    index: dict[tuple[str, str], list] = {}
    for record in kb.records.values():
        for key in _keys(record):
            if key:
                index.setdefault((record.kind, key), []).append(record)
    for draft in drafts:
        if draft.kind == "practice":
            continue
        candidates = index.get((draft.kind, draft.key), [])
        if draft.kind == "person":
            candidates = [r for r in candidates if _same_province(r, draft.fields.get("region"), kb)]
        if len(candidates) == 1:
            draft.match = candidates[0].id


def _same_province(record, region_ref, kb) -> bool:
    if not record.region or not region_ref or region_ref in ("地区未详", "全国"):
        return True
    from ..regions import RegionIndex

    region, _ = RegionIndex(kb.provinces).resolve(region_ref)
    return region is None or region.province is record.region.province
