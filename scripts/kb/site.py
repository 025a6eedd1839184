"""All generated files of the site, as {docs-relative path: text}: Markdown pages, downloads, data."""
from __future__ import annotations

from pathlib import Path

from . import export
from .options import SiteOptions
from .render import citation, finder, home, kinds, recent, records, regions, sources, stats, themes, units

RENDERERS = (home.render, records.render, themes.render, regions.render, kinds.render, sources.render,
             units.render, finder.render, stats.render, citation.render, recent.render,
             export.downloads_page, export.download_files)


def generate_pages(kb) -> dict[str, str]:
    if kb.options is None:
        kb.options = SiteOptions()  # no address, no feedback target, no dates: all are optional
    pages: dict[str, str] = {}
    for renderer in RENDERERS:
        pages.update(renderer(kb))
    return dict(sorted(pages.items()))


def write_pages(pages: dict[str, str], out: Path) -> int:
    """Write pages under `out` (for inspection, benchmarks, or another static site generator)."""
    for path, text in pages.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return len(pages)
