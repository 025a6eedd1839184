"""Copied runs: record pages whose visible text repeats a long run of characters from the sources.

Rule (no hand-picked list): a run counts only its own words. Characters that may be copied are
exempt and score zero, though they do not break a run:
  - titles in 《》 and quotations in “”, ‘’, 「」 that are not whole sentences (slogans, names of
    campaigns: no 。！？； inside);
  - figures (Arabic digits with their decimal point and per cent sign);
  - enumerations of named items: three or more short items (at most 6 characters, no
    punctuation) joined by 、, such as lists of streets, services or committees;
  - names the knowledge base registers: regions and their aliases, units, honours, themes,
    article and source titles, and the `name` / `policy_title` of records.
A page is reported when a run scores MIN_RUN or more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..render import records as record_pages
from .pagetext import main_text
from .sam import SuffixAutomaton

MIN_RUN = 25
_SPACE = re.compile(r"[ \t\u3000\u00a0]+")
_BREAK = re.compile(r"[\n|]+")
_QUOTED = re.compile(r"《[^《》\n]*》|“[^“”。！？；\n]*”|‘[^‘’。！？；\n]*’|「[^「」。！？；\n]*」")
_FIGURE = re.compile(r"[0-9０-９][0-9０-９.．%％]*")
_ITEM = r"[^、，。；：！？“”《》\x00]{1,6}"
_ENUMERATION = re.compile(rf"{_ITEM}(?:、{_ITEM}){{2,}}")
SEPARATOR = "\x00"


@dataclass
class Copy:
    record: object
    score: int  # copied characters that are the page's own words
    run: str  # the copied run as it stands on the page, exempt parts included


def source_corpus(kb, sources_dir: Path) -> str:
    texts = ((Path(sources_dir) / doc.file).read_text(encoding="utf-8") for doc in kb.sources)
    return SEPARATOR.join(re.sub(r"\s", "", text) for text in texts)


def registered_names(kb) -> list[str]:
    names = {t.name for t in kb.themes.values()} | set(kb.honours) | {u.name for u in kb.units.values()}
    for region in kb.regions():
        names.add(region.name)
        names.update(alias["name"] for alias in region.aliases)
    for doc in kb.sources:
        names.add(doc.title)
        names.update(article.title for article in doc.articles)
    for record in kb.records.values():
        titles = [str(record.data[key]) for key in ("name", "policy_title") if record.data.get(key)]
        if record.kind == "policy":
            titles.append(str(record.data["title"]))  # a policy record is titled by the document's name
        for title in titles:
            names.update({title, title.strip("《》")}, re.findall(r"〈([^〈〉]+)〉", title))
    return sorted((n for n in names if len(n) >= 2), key=len, reverse=True)


class CopyFinder:
    def __init__(self, kb, sources_dir: Path):
        self.automaton = SuffixAutomaton(source_corpus(kb, sources_dir))
        names = registered_names(kb)
        self.names = re.compile("|".join(map(re.escape, names))) if names else None

    def flat(self, page_text: str) -> str:
        return _BREAK.sub(SEPARATOR, _SPACE.sub("", page_text))

    def exempt(self, text: str) -> list[bool]:
        mask = [False] * len(text)
        patterns = [_QUOTED, _FIGURE, _ENUMERATION] + ([self.names] if self.names else [])
        for pattern in patterns:
            for match in pattern.finditer(text):
                mask[match.start(): match.end()] = [True] * (match.end() - match.start())
        return mask

    def longest(self, page_text: str, exempting: bool = True) -> tuple[int, str]:
        text = self.flat(page_text)
        mask = self.exempt(text) if exempting else [False] * len(text)
        own = [0]
        for is_exempt, char in zip(mask, text):
            own.append(own[-1] + (0 if is_exempt or char == SEPARATOR else 1))
        best, best_run = 0, ""
        for end, size in enumerate(self.automaton.match_lengths(text)):
            score = own[end + 1] - own[end + 1 - size]
            if score > best:
                best, best_run = score, text[end + 1 - size: end + 1]
        return best, best_run


def find_copies(kb, sources_dir: Path, min_run: int = MIN_RUN, exempting: bool = True) -> tuple[list[Copy], int]:
    """Pages holding a copied run of min_run or more own-word characters, and the number of pages.
    Without exempting, every copied character counts (the raw figure, names and titles included)."""
    finder = CopyFinder(kb, sources_dir)
    pages = record_pages.render(kb)
    by_path = {record_pages.paths.record_page(r): r for r in kb.records.values()}
    copies = []
    for path, markdown in pages.items():
        score, run = finder.longest(main_text(markdown), exempting)
        if score >= min_run:
            copies.append(Copy(by_path[path], score, run))
    return sorted(copies, key=lambda c: (-c.score, c.record.id)), len(pages)
