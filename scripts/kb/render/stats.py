"""The statistics page (数据概览): bar charts drawn by pygal at build time and a province tile map.

The map is a tile cartogram, one square per province in its rough position, not an outline map:
pygal's China outline (pygal_maps_china) lacks the South China Sea islands, and an outline map of
China published without them is a non-standard map. A tile map shows the same counts and links.
"""
from __future__ import annotations

import hashlib
import html
import re
from collections import Counter

import pygal
from pygal.style import Style

from . import paths
from .base import render_page
from .groups import pseudo_records, subtree_records
from .themes import theme_records
from ..collate import pinyin_key
from ..model import KIND_ORDER
from ..text import Markdown

STATS_PAGE = "stats/index.md"

# Mid-tone text and transparent backgrounds read on both the light and the dark theme, and in print.
CHART_STYLE = Style(
    background="transparent", plot_background="transparent", foreground="#888", foreground_strong="#888",
    foreground_subtle="rgba(128,128,128,.25)", colors=("#e53935",), font_family="sans-serif",
    label_font_size=13, major_label_font_size=13, value_font_size=12, value_label_font_size=12, title_font_size=16,
    value_colors=("#fff",),
)

# (column, row) of each province on the tile map: its rough place on the map of China.
TILES = {
    "黑龙江": (8, 0), "吉林": (8, 1), "内蒙古": (5, 1), "辽宁": (7, 2), "北京": (6, 2), "新疆": (1, 2), "甘肃": (3, 2),
    "宁夏": (4, 2), "山西": (5, 2), "河北": (6, 3), "天津": (7, 3), "西藏": (1, 3), "青海": (2, 3), "陕西": (4, 3),
    "河南": (5, 3), "山东": (6, 4), "四川": (3, 4), "重庆": (4, 4), "湖北": (5, 4), "安徽": (6, 5), "江苏": (7, 4),
    "云南": (3, 5), "贵州": (4, 5), "湖南": (5, 5), "江西": (6, 6), "浙江": (7, 5), "上海": (8, 5), "广西": (4, 6),
    "广东": (5, 6), "福建": (7, 6), "台湾": (8, 7), "海南": (4, 7), "香港": (6, 7), "澳门": (5, 7),
}
TILE, GAP = 64, 6


def short_name(region_name: str) -> str:
    for name in TILES:
        if region_name.startswith(name):
            return name
    return region_name


def bar_chart(title: str, counts: list[tuple[str, int]], horizontal: bool = True) -> Markdown:
    chart = (pygal.HorizontalBar if horizontal else pygal.Bar)(
        style=CHART_STYLE, show_legend=False, print_values=True, width=720, height=max(220, 28 * len(counts) + 80),
        disable_xml_declaration=True, js=[], explicit_size=False, show_y_guides=False,
        # pygal measures a CJK label as if it were Latin, half as wide: widen the margin to match
        truncate_label=-1, margin_left=(7 * max((len(label) for label, _ in counts), default=0) if horizontal else 12))
    chart.title = title
    labels = [label for label, _ in counts]
    chart.x_labels = labels[::-1] if horizontal else labels
    chart.add("记录数", [count for _, count in (counts[::-1] if horizontal else counts)])
    # pygal adds an inline <script> with its tooltip settings even with js=[]: the charts are static.
    svg = re.sub(r"<script[^>]*>.*?</script>", "", chart.render(is_unicode=True), flags=re.S)
    # …and the local date in a comment (a build in another time zone or on another day would differ).
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    # …and a random uuid as the chart's id: use a stable one so builds stay byte-identical.
    stable = hashlib.sha1(title.encode("utf-8")).hexdigest()[:12]
    svg = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", stable, svg)
    return Markdown(f'<div class="kb-chart">{svg}</div>')


def tile_map(kb, page_path: str) -> Markdown:
    """One linked square per province, shaded by its record count."""
    counts = {short_name(p.name): (p, len(subtree_records(kb, p))) for p in kb.provinces}
    top = max([count for _, count in counts.values()] + [1])
    width, height = 9 * (TILE + GAP) + GAP, 8 * (TILE + GAP) + GAP
    parts = [f'<svg class="kb-tilemap" viewBox="0 0 {width} {height}" role="img" aria-label="各省记录数方格图">']
    for name, (col, row) in TILES.items():
        x, y = GAP + col * (TILE + GAP), GAP + row * (TILE + GAP)
        region, count = counts.get(name, (None, 0))
        shade = 0.15 + 0.85 * count / top if count else 0
        tile = (f'<rect x="{x}" y="{y}" width="{TILE}" height="{TILE}" rx="6" class="kb-tile{" kb-tile--empty" if not count else ""}"'
                f' style="fill-opacity:{shade:.2f}"><title>{html.escape(name)}：{count} 条</title></rect>'
                f'<text x="{x + TILE / 2}" y="{y + 28}" class="kb-tile__name">{html.escape(name)}</text>'
                f'<text x="{x + TILE / 2}" y="{y + 48}" class="kb-tile__count">{count if count else ""}</text>')
        if region and count:
            href = html.escape(paths.relative(page_path, paths.region_page(region)).replace("index.md", ""))
            tile = f'<a href="{href}" data-province="{html.escape(region.name)}" data-count="{count}">{tile}</a>'
        parts.append(tile)
    parts.append("</svg>")
    return Markdown(f'<div class="kb-chart kb-chart--map">{"".join(parts)}</div>')


def year_counts(kb) -> tuple[list[tuple[str, int]], int]:
    """Records per year, and apart from them the records without a year: a bar of 1,000 undated
    records would flatten every real year to a sliver."""
    years = Counter(str(r.data["year"]) for r in kb.records.values() if r.data.get("year"))
    return sorted(years.items()), len(kb.records) - sum(years.values())


def province_counts(kb) -> list[tuple[str, int]]:
    """Provinces by count (ties in pinyin order), then 全国 and 地区未详 as bars of their own."""
    counts = [(p.name, len(subtree_records(kb, p))) for p in kb.provinces]
    ranked = sorted((c for c in counts if c[1]), key=lambda x: (-x[1], pinyin_key(x[0])))
    pseudo = [(label, len(pseudo_records(kb, label))) for label in (kb.schema["national_region"], kb.schema["unknown_region"])]
    return ranked + [c for c in pseudo if c[1]]


def render(kb) -> dict[str, str]:
    by_kind = [(kb.kind_label(k), len(kb.records_of(k))) for k in KIND_ORDER]
    by_theme = sorted(((t.name, len(theme_records(kb, t))) for t in kb.themes.values()),
                      key=lambda x: (-x[1], pinyin_key(x[0])))
    by_province = province_counts(kb)
    by_year, undated = year_counts(kb)
    path, text = render_page(
        kb, STATS_PAGE, "stats.md.j2", {"title": "数据概览", "search": {"exclude": True}}, trail=[("数据概览", None)],
        tilemap=tile_map(kb, STATS_PAGE),
        kind_chart=bar_chart("各类型记录数", by_kind),
        theme_chart=bar_chart("各主题记录数", by_theme),
        province_chart=bar_chart("各省记录数", by_province),
        year_chart=bar_chart("各年份记录数", by_year, horizontal=False),
        total=len(kb.records), provinces=by_province, undated=undated, dated=len(kb.records) - undated,
        national=kb.schema["national_region"], unknown=kb.schema["unknown_region"])
    return {path: text}
