"""Theme-keyword consistency: a record whose text uses a theme's keyword but is not filed under it.

The 开封 拥军门店 case was missing from 拥军优属与优待, whose own keywords name 拥军门店: readers
browsing a theme miss such records. A keyword counts only as a word of its own: it must start and
end on word boundaries as jieba cuts the text with the domain vocabulary the search uses (助学 in
借助学习 is no match), and not sit inside a longer known term (双拥模范 inside the honour
全国双拥模范城 is about the city title, not about role models). A curator who judges a match incidental says so in the record's `note`, naming the
theme (“未归入主题“典型选树”：…”); such records are not reported again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import jieba

from ..text import plain
from ..vocabulary import domain_words

PROSE_FIELDS = ("title", "summary", "deed", "provides", "policy_title", "role")
LIST_FIELDS = ("details", "keywords")


@dataclass(frozen=True)
class Finding:
    file: str
    record: str
    theme: str      # theme name
    keyword: str
    context: str    # the words around the first match


def record_text(record) -> str:
    data = record.data
    parts = [str(data.get(f) or "") for f in PROSE_FIELDS]
    for field in LIST_FIELDS:
        parts.extend(str(item) for item in data.get(field) or [])
    parts.extend(str(a.get("text") or "") for a in data.get("activities") or [] if isinstance(a, dict))
    return plain("\n".join(parts))


def longer_terms(kb, theme) -> list[str]:
    """Known terms that may contain this theme's keywords: honours, regions, other themes' words."""
    terms = set(kb.honours) | {r.name for r in kb.regions()}
    for other in kb.themes.values():
        if other is not theme:
            terms.update(other.keywords)
            terms.update(word for group in other.synonyms for word in group)
    return sorted(terms, key=len, reverse=True)


def _masked(text: str, keyword: str, terms: list[str]) -> str:
    """`text` with every longer term that contains `keyword` blanked out."""
    for term in terms:
        if len(term) > len(keyword) and keyword in term:
            text = text.replace(term, "□" * len(term))
    return text


def word_bounds(text: str) -> tuple[set[int], set[int]]:
    starts, ends = set(), set()
    for _, start, end in jieba.tokenize(text):
        starts.add(start)
        ends.add(end)
    return starts, ends


def first_word_match(text: str, keyword: str, bounds) -> re.Match | None:
    starts, ends = bounds
    for match in re.finditer(re.escape(keyword), text):
        if match.start() in starts and match.end() in ends:
            return match
    return None


def explained(record, theme) -> bool:
    return theme.name in str(record.data.get("note") or "")


def findings(kb) -> list[Finding]:
    for word in domain_words(kb):
        jieba.add_word(word, freq=20000)  # as the search index does (scripts/mkdocs_hook.py)
    terms = {theme.id: longer_terms(kb, theme) for theme in kb.themes.values()}
    out = []
    for record in kb.records.values():
        text = record_text(record)
        bounds = word_bounds(text)
        filed = {t.id for t in record.themes}
        for theme in kb.themes.values():
            if theme.id in filed or explained(record, theme):
                continue
            for keyword in theme.keywords:
                match = first_word_match(_masked(text, keyword, terms[theme.id]), keyword, bounds)
                if match:
                    context = text[max(0, match.start() - 12): match.end() + 12].replace("\n", " ")
                    out.append(Finding(record.file, record.id, theme.name, keyword, context))
                    break
    return sorted(out, key=lambda f: (f.file, f.theme))


def report(kb) -> list[str]:
    """Lines for the curation report."""
    found = findings(kb)
    lines = [f"文字含主题关键词但未归入该主题：{len(found)} 处"]
    lines += [f"  {f.file} [{f.record}] 主题“{f.theme}”（关键词“{f.keyword}”）：…{f.context}…" for f in found]
    return lines
