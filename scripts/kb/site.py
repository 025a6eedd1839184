"""All generated files of the site, as {docs-relative path: text}: Markdown pages, downloads, data."""
from __future__ import annotations

import shutil
from pathlib import Path

from . import export
from .atomic import replace_tree
from .render import citation, finder, home, kinds, recent, records, regions, sources, stats, themes, units

RENDERERS = (home.render, records.render, themes.render, regions.render, kinds.render, sources.render,
             units.render, finder.render, stats.render, citation.render, recent.render,
             export.downloads_page, export.download_files)


def generate_pages(kb) -> dict[str, str]:
    pages: dict[str, str] = {}
    for renderer in RENDERERS:
        for path, text in renderer(kb).items():
            if path in pages:  # data collisions are caught when loading (render/registry.py): this is a bug
                raise ValueError(f"{renderer.__module__} overwrites {path}")
            pages[path] = text
    return dict(sorted(pages.items()))


def write_pages(pages: dict[str, str], out: Path) -> int:
    """Write pages under `out` (for inspection, benchmarks, or another static site generator).
    The folder is built beside `out` and swapped in, so pages of deleted records disappear."""
    out = Path(out)
    scratch = out.with_name(out.name + ".tmp")
    shutil.rmtree(scratch, ignore_errors=True)
    for path, text in pages.items():
        target = scratch / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    scratch.mkdir(parents=True, exist_ok=True)
    replace_tree(scratch, out)
    return len(pages)
