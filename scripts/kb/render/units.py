"""The units page: schools, hospitals, bureaus and towns that wrote a source, with their records."""
from __future__ import annotations

from itertools import groupby

from .base import render_page
from .groups import sort_records
from ..collate import pinyin_key

UNITS_PAGE = "units/index.md"


def render(kb) -> dict[str, str]:
    units = sorted(kb.units.values(), key=lambda u: (pinyin_key(u.unit_type), pinyin_key(u.name), u.id))
    groups = []
    for unit_type, members in groupby(units, key=lambda u: u.unit_type):
        groups.append((unit_type, [(u, sort_records(r for r in kb.records.values() if r.unit is u)) for u in members]))
    path, text = render_page(kb, UNITS_PAGE, "units.md.j2", {"title": "按单位浏览"}, trail=[("按单位", None)], groups=groups,
                             unknown=kb.schema["unknown_region"])
    return {path: text}
