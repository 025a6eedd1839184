"""Region pages: the province list, one page per region, and the 全国 / 地区未详 pages."""
from __future__ import annotations

from itertools import groupby

from . import paths
from .base import render_page
from .groups import kinds_of, own_records, pseudo_records, subtree_records

PSEUDO_INTROS = {
    "national": "国家层面的法律、法规和政策，适用于全国。",
    "unknown": "来源原文没有写明所属地区（多为匿名化的材料）的记录。内容完整，只是地区未详。",
}


def by_kind_and_theme(records) -> list:
    """[(kind, [(first theme name, [records])])] for a region page."""
    out = []
    for kind, items in kinds_of(records):
        keyed = sorted(items, key=lambda r: (r.themes[0].name if r.themes else "", r.title, r.id))
        out.append((kind, [(name, list(group)) for name, group in
                           groupby(keyed, key=lambda r: r.themes[0].name if r.themes else "")]))
    return out


def render_region(kb, region) -> tuple[str, str]:
    children = [(child, len(subtree_records(kb, child))) for child in region.children]
    return render_page(kb, paths.region_page(region), "region.md.j2", {"title": region.name},
                       region=region, children=children,
                       groups=by_kind_and_theme(subtree_records(kb, region) if region.parent else own_records(kb, region)),
                       national=kb.schema["national_region"], unknown=kb.schema["unknown_region"])


def render_pseudo(kb, key: str, label: str, target: str) -> tuple[str, str]:
    return render_page(kb, target, "pseudo_region.md.j2", {"title": label}, label=label,
                       intro=PSEUDO_INTROS[key], groups=kinds_of(pseudo_records(kb, label)))


def render(kb) -> dict[str, str]:
    pages = dict(render_region(kb, region) for region in kb.regions())
    national, unknown = kb.schema["national_region"], kb.schema["unknown_region"]
    pages.update([render_pseudo(kb, "national", national, paths.NATIONAL_PAGE),
                  render_pseudo(kb, "unknown", unknown, paths.UNKNOWN_PAGE)])
    provinces = [(p, p.children, len(subtree_records(kb, p))) for p in sorted(kb.provinces, key=lambda p: p.slug)]
    pages.update([render_page(kb, "regions/index.md", "regions_index.md.j2", {"title": "按地区浏览"},
                              provinces=provinces, national=national, unknown=unknown,
                              national_count=len(pseudo_records(kb, national)),
                              unknown_count=len(pseudo_records(kb, unknown)))])
    return pages
