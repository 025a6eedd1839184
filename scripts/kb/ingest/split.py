"""Step 2, split: find the articles of a document by its table of contents, its 范文N banners,
its title lines (with banner headlines), or take a single report as one article."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .read import Document
from .toc import GENRE, find_toc, flatten, normalise

TITLE_END = re.compile(GENRE + r"[)）]?$")
NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．)）])")
DATE_LINE = re.compile(r"^\s*[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]?\s*$")
YEAR = re.compile(r"(\d{4})\s*年")
DATE_IN_LINE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


@dataclass
class Span:
    no: int
    title: str
    first: int
    last: int
    headline: str = ""
    date: str = ""
    title_line: int = 0


def split_articles(doc: Document) -> tuple[list[Span], list[str]]:
    """The articles and notes for the report (TOC entries without text, how the split was made)."""
    notes: list[str] = []
    toc = find_toc(doc)
    if toc:
        spans = _from_toc(doc, *toc, notes)
    elif doc.banners:
        spans = _from_banners(doc, notes)
    else:
        spans = _from_titles(doc, notes) or [_single(doc, notes)]
    for span in spans:
        span.date = span.date or _date(doc, span)
    return [s for s in spans if s.last >= s.first], notes


def is_title_line(line: str) -> bool:
    text = line.strip()
    return 4 <= len(text) <= 45 and not re.search(r"[。！？；]", text) and not NUMBERED.match(text) \
        and bool(TITLE_END.search(text))


# -- table of contents -------------------------------------------------------------------------

def _from_toc(doc: Document, entries, body_line: int, offset: int, notes: list[str]) -> list[Span]:
    flat, where = flatten(doc, body_line, offset)
    starts, position = [], 0
    for no, title in entries:
        key = normalise(re.sub(r"\d+$", "", title))
        found = flat.find(key, position) if key else -1
        if found < 0:
            notes.append(f"目录第{no}篇《{title}》在正文中未找到，未立文章")
            continue
        line, at_start = where[found]
        starts.append((no, title, line, at_start))
        position = found + len(key)
    spans = []
    for index, (no, title, line, at_start) in enumerate(starts):
        if index + 1 < len(starts):
            next_line, next_at_start = starts[index + 1][2], starts[index + 1][3]
            last = next_line - 1 if next_at_start else next_line
        else:
            last = _last_content(doc)
        first, headline = _with_headline(doc, line, spans[-1].title_line if spans else body_line)
        if spans and spans[-1].last >= first and not doc.page_mode:
            spans[-1].last = first - 1
        spans.append(Span(no, re.sub(r"\d+$", "", title).strip(), first, last, headline, title_line=line))
    notes.append(f"按目录分篇：目录 {len(entries)} 篇，正文找到 {len(spans)} 篇")
    return spans


def _with_headline(doc: Document, title_line: int, floor: int) -> tuple[int, str]:
    """A banner headline (引题) is the short line right above the title."""
    previous = title_line - 1
    while previous > floor and not doc.lines[previous - 1].strip():
        previous -= 1
    if previous > floor:
        text = doc.lines[previous - 1].strip()
        if text and len(text) <= 40 and not re.search(r"[。！？；]", text) and not NUMBERED.match(text):
            return previous, text
    return title_line, ""


# -- banners and title lines -------------------------------------------------------------------

def _from_banners(doc: Document, notes: list[str]) -> list[Span]:
    banner_lines = sorted(doc.banners)
    bounds = banner_lines[1:] + [len(doc.lines) + 1]
    spans: list[Span] = []
    for start, end in zip(banner_lines, bounds):
        titles = [n for n in range(start + 1, end) if is_title_line(doc.lines[n - 1])]
        first_content = next((n for n in range(start + 1, end) if doc.lines[n - 1].strip()), None)
        if first_content is None:
            continue
        heads = titles if titles and titles[0] == first_content else [first_content] + titles
        for index, head in enumerate(heads):
            last = (heads[index + 1] if index + 1 < len(heads) else end) - 1
            title = doc.lines[head - 1].strip() if is_title_line(doc.lines[head - 1]) else f"范文{doc.banners[start]}"
            spans.append(Span(len(spans) + 1, title, head, _trim(doc, head, last), title_line=head))
    notes.append(f"按“范文N”标记分篇：{len(banner_lines)} 个标记，{len(spans)} 篇")
    return spans


def _from_titles(doc: Document, notes: list[str]) -> list[Span]:
    titles = [n for n, line in enumerate(doc.lines, 1) if is_title_line(line)]
    dated = [n for n in titles if _date_after(doc, n)]
    chosen = dated if len(dated) >= 2 else titles if len(titles) >= 3 else []
    if not chosen:
        return []
    spans: list[Span] = []
    for index, line in enumerate(chosen):
        first, headline = _with_headline(doc, line, spans[-1].title_line if spans else 0)
        if spans:
            spans[-1].last = _trim(doc, spans[-1].first, first - 1)
        spans.append(Span(len(spans) + 1, doc.lines[line - 1].strip(), first, _last_content(doc),
                          headline, title_line=line))
    notes.append(f"按标题行分篇：{len(spans)} 篇")
    return spans


def _single(doc: Document, notes: list[str]) -> Span:
    first = next((n for n, line in enumerate(doc.raw, 1) if line.strip()), 1)
    content = next((n for n, line in enumerate(doc.lines, 1) if line.strip()), first)
    head = doc.lines[content - 1].strip()
    titled = len(head) <= 45 and not re.search(r"[。！？；，,]", head) and not NUMBERED.match(head)
    notes.append("单篇文档：全文为一篇文章" + ("" if titled else "（原文无标题）"))
    title = head if titled else ""
    return Span(1, title, first, _last_content(doc), title_line=content if titled else 0)


# -- helpers -----------------------------------------------------------------------------------

def _last_content(doc: Document) -> int:
    return next((n for n in range(len(doc.lines), 0, -1) if doc.lines[n - 1].strip()), 1)


def _trim(doc: Document, first: int, last: int) -> int:
    while last > first and not doc.lines[last - 1].strip():
        last -= 1
    return last


def _date_after(doc: Document, line: int) -> str:
    """（2023年8月3日） under a title, or a news byline such as 来源：某某日报 2024-05-12."""
    for number in range(line + 1, min(line + 3, len(doc.lines)) + 1):
        text = doc.lines[number - 1]
        match = DATE_LINE.match(text) or (len(text.strip()) <= 40 and DATE_IN_LINE.search(text))
        if match:
            return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    return ""


def _date(doc: Document, span: Span) -> str:
    stated = _date_after(doc, span.title_line) if span.title_line else ""
    if stated:
        return stated
    for number in range(span.last, max(span.first, span.last - 3) - 1, -1):
        match = DATE_LINE.match(doc.lines[number - 1])
        if match:
            return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    year = YEAR.search(span.title)
    return year[1] if year else ""
