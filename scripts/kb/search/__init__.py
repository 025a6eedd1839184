"""The site's search: a prebuilt, sharded index (index.py, pack.py) and the worker that reads it.

The worker is rank.js + snippet.js + engine.js in one file; the index files sit beside it in
kb-search/. Material's own search index stays empty: every page is excluded from it.
"""
from __future__ import annotations

from pathlib import Path

from ..render.texts import page_texts
from .index import build_index, stopwords
from .pack import pack

WORKER_PATH = "assets/javascripts/kb-search.js"
HERE = Path(__file__).resolve().parent
WORKER_PARTS = ("rank.js", "snippet.js", "engine.js")


def worker_source() -> str:
    return "".join((HERE / part).read_text(encoding="utf-8") for part in WORKER_PARTS)


def synonym_groups(kb) -> list[list[str]]:
    return [list(g) for g in sorted({tuple(group) for theme in kb.themes.values() for group in theme.synonyms})]


def search_files(kb, directory_urls: bool = True) -> dict[str, str]:
    """{site path: text}: the worker and every index file."""
    index = build_index(page_texts(kb), directory_urls)
    files = pack(index, synonym_groups(kb), stopwords())
    files[WORKER_PATH] = worker_source()
    return files
