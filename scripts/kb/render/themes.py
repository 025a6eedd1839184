"""Theme pages: each theme's records grouped by province → city, and the list of themes."""
from __future__ import annotations

from . import paths
from .base import render_page
from .groups import by_province_and_city


def theme_records(kb, theme) -> list:
    return [r for r in kb.records.values() if theme in r.themes]


def render(kb) -> dict[str, str]:
    unknown = kb.schema["unknown_region"]
    pages = {}
    for theme in kb.themes.values():
        records = theme_records(kb, theme)
        path, text = render_page(kb, paths.theme_page(theme), "theme.md.j2", {"title": theme.name},
                                 trail=[("按主题", "themes/index.md"), (theme.name, None)],
                                 theme=theme, records=records, groups=by_province_and_city(records, unknown))
        pages[path] = text
    listing = [(theme, len(theme_records(kb, theme))) for theme in kb.themes.values()]
    path, text = render_page(kb, "themes/index.md", "themes_index.md.j2", {"title": "按主题浏览"},
                             trail=[("按主题", None)], themes=listing)
    pages[path] = text
    return pages
