"""The site's search worker: engine.js plus the data it needs, written as one file at build time."""
from __future__ import annotations

import json
from pathlib import Path

from ..render.paths import KIND_FOLDERS
from ..vocabulary import domain_words

WORKER_PATH = "assets/javascripts/kb-search.js"
ENGINE = Path(__file__).resolve().parent / "engine.js"


def search_data(kb, words: list[str] | None = None) -> dict:
    synonyms = sorted({tuple(group) for theme in kb.themes.values() for group in theme.synonyms})
    return {
        "synonyms": [list(group) for group in synonyms],
        "dictionary": words if words is not None else domain_words(kb),
        # record pages: ships/ship-x/ on a server, ships/ship-x.html in the offline bundle
        "recordPagePattern": "^(" + "|".join(sorted(KIND_FOLDERS.values())) + r")/(?!index\.html)[^/]+(/|\.html)$",
    }


def worker_source(kb, words: list[str] | None = None) -> str:
    data = json.dumps(search_data(kb, words), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"const KB_SEARCH = {data};\n" + ENGINE.read_text(encoding="utf-8")
