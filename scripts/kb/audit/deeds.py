"""Deeds: a person page never shows an empty or circular deed.

A deed is circular when, once the person's name, honours, registered place names, quotations and
the stock words of an award (获评、荣获、称号…) are taken out, almost nothing is left: it only
repeats the honour. Where the source lists only the name, the deed says so in plain words."""
from __future__ import annotations

import re
from dataclasses import dataclass

LIST_ONLY = "原文仅列出姓名和荣誉"
MIN_OWN_CHARS = 6
_STOCK = re.compile(r"获评|荣获|获得|获|被评为|评为|入选|授予|称号|荣誉|全国|全省|省级|市级|退役军人|之一|代表|的|是|为|被")
_NOISE = re.compile(r"[\s，。、；：！？“”‘’（）《》()0-9]")
_QUOTE = re.compile(r"“[^”]*”|《[^》]*》")


@dataclass
class BadDeed:
    record: object
    why: str


def own_words(deed: str, words: list[str]) -> str:
    text = _QUOTE.sub("", deed)
    for word in sorted(words, key=len, reverse=True):
        text = text.replace(word, "")
    return _NOISE.sub("", _STOCK.sub("", text))


def find_bad_deeds(kb) -> list[BadDeed]:
    places = [region.name for region in kb.regions()]
    found = []
    for record in sorted(kb.records_of("person"), key=lambda r: r.id):
        deed = str(record.data.get("deed") or "").strip()
        if not deed:
            found.append(BadDeed(record, "事迹为空"))
            continue
        if deed.startswith(LIST_ONLY):
            continue
        words = [str(record.data.get("name", ""))] + [h["honour"] for h in record.data.get("honours") or []]
        if len(own_words(deed, words + list(kb.honours) + places)) < MIN_OWN_CHARS:
            found.append(BadDeed(record, f"事迹只重复了姓名和荣誉：{deed}"))
    return found
