"""Alphabetical order for Chinese: by pinyin (安徽 … 浙江), as readers look things up, not by code point."""
from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin


@lru_cache(maxsize=None)
def pinyin_key(text: str) -> tuple:
    """Syllables with tone numbers, then the text itself so equal readings still sort stably."""
    syllables = tuple(s.lower() for s in lazy_pinyin(str(text), style=Style.TONE3, neutral_tone_with_five=True))
    return syllables, str(text)


def by_pinyin(items, name=lambda item: item):
    return sorted(items, key=lambda item: pinyin_key(name(item)))
