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


def shipped_files(kb, with_admin: bool = True) -> tuple[dict[str, str], dict[str, Path]]:
    """What the site serves besides the generated pages: npm libraries copied from node_modules
    (polyfill, docx) and, where Decap is installed and a server is there, the CMS under /admin/.
    Returns (pages, {site path: file on disk}); raises vendor.MissingLibrary without `npm ci`."""
    from .render import admin
    from .vendor import ROOT, vendor_files

    files = dict(vendor_files())
    pages: dict[str, str] = {}
    if with_admin and (admin_files := admin.vendor_files(ROOT)):
        files.update(admin_files)
        pages.update(admin.render(kb))
    return pages, files


def write_pages(pages: dict[str, str], out: Path, files: dict[str, Path] | None = None) -> int:
    """Write pages (and copy `files`) under `out` (for inspection, benchmarks, or another static site
    generator). The folder is built beside `out` and swapped in, so pages of deleted records disappear."""
    out = Path(out)
    scratch = out.with_name(out.name + ".tmp")
    shutil.rmtree(scratch, ignore_errors=True)
    for path, source in (files or {}).items():
        target = scratch / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    for path, text in pages.items():
        target = scratch / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    scratch.mkdir(parents=True, exist_ok=True)
    replace_tree(scratch, out)
    return len(pages)
