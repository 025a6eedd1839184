"""Domain words from data/ for jieba, so names and terms stay whole in the search index."""
from __future__ import annotations

import re

_SPLIT = re.compile(r"[《》“”\"'（）()、，,\s]+")


def _words_of(text) -> list[str]:
    return [w for w in _SPLIT.split(str(text or "")) if 2 <= len(w) <= 20]


def domain_words(kb) -> list[str]:
    words: set[str] = set()
    for region in kb.regions():
        words.add(region.name)
        words.update(alias["name"] for alias in region.aliases)
    for theme in kb.themes.values():
        words.update(_words_of(theme.name))
        words.update(theme.keywords)
        words.update(w for group in theme.synonyms for w in group)
    words.update(kb.honours)
    for record in kb.records.values():
        data = record.data
        for field in ("name", "policy_title"):
            words.update(_words_of(data.get(field)))
        words.update(data.get("keywords") or [])
    return sorted(w for w in words if 2 <= len(w) <= 20)
