"""Deterministic orderings and groupings the renderers share."""
from __future__ import annotations

from ..collate import pinyin_key
from ..model import KIND_ORDER


def region_key(record):
    """Pinyin of 省, 市, 县 in turn; records without a place (全国, 地区未详) last."""
    if record.region is None:
        return ((1,),)
    return tuple((0, pinyin_key(name)) for name in record.region.names)


def sort_records(records) -> list:
    """By region path, then kind, then title (pinyin): the same input always gives the same page."""
    return sorted(records, key=lambda r: (region_key(r), KIND_ORDER.index(r.kind), pinyin_key(r.title), r.id))


def by_province_and_city(records, unknown: str):
    """[(province Region or a label such as 全国, [(city name or '', [records])])].

    Real provinces come first in pinyin order; 全国 and 地区未详 follow.
    """
    groups: dict = {}
    for record in sort_records(records):
        if record.region is None:
            label = record.data.get("region") or unknown
            key, head, city = (1, label), label, ""
        else:
            lineage = record.region.lineage
            key, head = (0, pinyin_key(lineage[0].name)), lineage[0]
            city = lineage[1].name if len(lineage) > 1 else ""
        groups.setdefault(key, (head, {}))[1].setdefault(city, []).append(record)
    return [(head, sorted(cities.items(), key=lambda kv: pinyin_key(kv[0])))
            for _, (head, cities) in sorted(groups.items(), key=lambda kv: kv[0])]


def subtree_records(kb, region) -> list:
    members = set(id(r) for r in region.walk())
    return sort_records(r for r in kb.records.values() if r.region and id(r.region) in members)


def regions_with_pages(kb) -> set[int]:
    """ids of the regions that get a page: those with records in their subtree or honours of their
    own. A county without either would be a dead end, so it has no page and is named, not linked."""
    cache = kb.__dict__.setdefault("_regions_with_pages", set())
    if not cache:
        for record in kb.records.values():
            for region in record.region.lineage if record.region else ():
                cache.add(id(region))
        for region in kb.regions():
            if region.honours:
                cache.update(id(r) for r in region.lineage)
    return cache


def has_page(kb, region) -> bool:
    return id(region) in regions_with_pages(kb)


def pseudo_records(kb, label: str) -> list:
    """Records whose region is a label, not a place: 全国 or 地区未详."""
    return sort_records(r for r in kb.records.values() if r.region is None and r.data.get("region") == label)


def kinds_of(records) -> list[tuple[str, list]]:
    return [(kind, [r for r in records if r.kind == kind]) for kind in KIND_ORDER if any(r.kind == kind for r in records)]


def backlinks(kb, record, field: str) -> list:
    return sort_records(kb.referrers(field, record.id))
