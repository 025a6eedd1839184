"""Region pages: the province list, one page per region with records, and the 全国 / 地区未详 pages.

A region page lists every record beneath it, grouped by the sub-region it falls in (city on a
province page, county on a city page), then by theme, all in pinyin order. Regions with no
records and no honours get no page: their parent names them instead of linking a dead end.
"""
from __future__ import annotations

from . import paths
from .base import region_steps, render_page
from .groups import has_page, kinds_of, pseudo_records, subtree_records
from ..collate import pinyin_key

PSEUDO_INTROS = {
    "national": "国家层面的法律、法规和政策，适用于全国。",
    "unknown": "来源原文没有写明所属地区（多为匿名化的材料）的记录。内容完整，只是地区未详。",
}


def first_theme(record) -> str:
    return record.themes[0].name if record.themes else ""


def by_theme(records) -> list[tuple[str, list]]:
    groups: dict[str, list] = {}
    for record in records:
        groups.setdefault(first_theme(record), []).append(record)
    return [(name, groups[name]) for name in sorted(groups, key=pinyin_key)]


def by_child_then_theme(region, records) -> list[tuple]:
    """[(child Region or None for the region itself, [(theme name, [records])])]."""
    depth = len(region.lineage)
    children: dict = {}
    for record in records:
        lineage = record.region.lineage
        children.setdefault(lineage[depth] if len(lineage) > depth else None, []).append(record)
    order = sorted(children, key=lambda child: (child is not None, pinyin_key(child.name) if child else ()))
    return [(child, by_theme(children[child])) for child in order]


def render_region(kb, region) -> tuple[str, str]:
    children = sorted(region.children, key=lambda child: pinyin_key(child.name))
    listed = [(child, len(subtree_records(kb, child))) for child in children if has_page(kb, child)]
    quiet = [child for child in children if not has_page(kb, child)]
    steps = region_steps(region)
    return render_page(kb, paths.region_page(region), "region.md.j2", {"title": region.name},
                       trail=steps[:-1] + [(region.name, None)],
                       region=region, children=listed, quiet=quiet,
                       groups=by_child_then_theme(region, subtree_records(kb, region)),
                       level_filter=("province" if region.parent is None else "city" if len(region.lineage) == 2 else ""),
                       national=kb.schema["national_region"], unknown=kb.schema["unknown_region"])


def render_pseudo(kb, key: str, label: str, target: str) -> tuple[str, str]:
    return render_page(kb, target, "pseudo_region.md.j2", {"title": label},
                       trail=[("按地区", "regions/index.md"), (label, None)], label=label,
                       intro=PSEUDO_INTROS[key], groups=kinds_of(pseudo_records(kb, label)))


def render(kb) -> dict[str, str]:
    pages = dict(render_region(kb, region) for region in kb.regions() if has_page(kb, region))
    national, unknown = kb.schema["national_region"], kb.schema["unknown_region"]
    pages.update([render_pseudo(kb, "national", national, paths.NATIONAL_PAGE),
                  render_pseudo(kb, "unknown", unknown, paths.UNKNOWN_PAGE)])
    provinces = [(p, sorted((c for c in p.children if has_page(kb, c)), key=lambda c: pinyin_key(c.name)),
                  len(subtree_records(kb, p)))
                 for p in sorted(kb.provinces, key=lambda p: pinyin_key(p.name)) if has_page(kb, p)]
    pages.update([render_page(kb, "regions/index.md", "regions_index.md.j2", {"title": "按地区浏览"},
                              trail=[("按地区", None)],
                              provinces=provinces, national=national, unknown=unknown,
                              national_count=len(pseudo_records(kb, national)),
                              unknown_count=len(pseudo_records(kb, unknown)))])
    return pages
