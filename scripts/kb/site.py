"""All generated pages of the site, as {docs-relative path: Markdown}; and the jieba words."""
from __future__ import annotations

from pathlib import Path

from .render import home, kinds, records, regions, sources, themes

RENDERERS = (home, records, themes, regions, kinds, sources)


def generate_pages(kb) -> dict[str, str]:
    pages: dict[str, str] = {}
    for renderer in RENDERERS:
        pages.update(renderer.render(kb))
    return dict(sorted(pages.items()))


def write_pages(pages: dict[str, str], out: Path) -> int:
    """Write pages under `out` (for inspection, benchmarks, or another static site generator)."""
    for path, text in pages.items():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return len(pages)
