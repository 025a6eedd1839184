"""`make serve` shows a saved record within seconds: only what an edit changed is rebuilt.

MkDocs' dirty reload rebuilds a page when its source file is newer than its output. Generated
pages are therefore kept as files (build/serve/docs/) and rewritten only when their text
changed; together with kb.filecache (one file re-read per edit) a rebuild costs the pages the
edit touched. The search index of a dirty build holds only the rebuilt pages, so the previous
entries of every other page are merged back in. Used by scripts/mkdocs_hook.py when serving.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from . import filecache

STATE: dict = {"serving": False, "written": {}, "search": None}
DIRTY_WARNING = "A 'dirty' build is being performed"


class _QuietDirtyWarning(logging.Filter):
    """Dirty reload is what serving wants; its warning would stop `mkdocs serve --strict`."""

    def filter(self, record: logging.LogRecord) -> bool:
        return DIRTY_WARNING not in record.getMessage()


def start(dirty: bool) -> None:
    if not dirty:
        return
    STATE["serving"] = True
    filecache.enable()
    logging.getLogger("mkdocs.commands.build").addFilter(_QuietDirtyWarning())


def serving() -> bool:
    return STATE["serving"]


def sync_pages(pages: dict[str, str], root: Path) -> dict[str, Path]:
    """Write each page whose text changed under `root`; drop files of pages that are gone."""
    written: dict[str, str] = STATE["written"]
    for path, text in pages.items():
        target = root / path
        if written.get(path) != text or not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            written[path] = text
    for path in set(written) - set(pages):
        (root / path).unlink(missing_ok=True)
        del written[path]
    return {path: root / path for path in pages}


def merge_search_index(site_dir: Path) -> None:
    """Keep every page in the search index: the dirty build wrote only the pages it rebuilt."""
    index_file = Path(site_dir) / "search" / "search_index.json"
    if not index_file.exists():
        return
    current = json.loads(index_file.read_text(encoding="utf-8"))
    previous = STATE["search"]
    if previous is not None:
        rebuilt = {doc["location"].split("#")[0] for doc in current["docs"]}
        kept = [doc for doc in previous["docs"] if doc["location"].split("#")[0] not in rebuilt]
        current["docs"] = kept + current["docs"]
        index_file.write_text(json.dumps(current, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    STATE["search"] = current
