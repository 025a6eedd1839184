"""Tables of contents: one entry a line under 目录, or run together on one line as a .docx export
leaves them (`1 .标题31 2 .标题38 …`); and the body flattened to find each title in it."""
from __future__ import annotations

import re

from .read import Document

GENRE = r"(?:综述|总结|汇报|报告|讲话|方案|计划|规划|安排|做法|材料|经验|意见|情况)"
TOC_ENTRY = re.compile(r"^\s*(\d{1,3})\s*[.、．]\s*(.+?)\s*(\d{1,4})?\s*$")
PUNCT = re.compile(r"[\s\"“”‘’'「」《》()（）,，.。、:：;；!！?？·—\-]")


def normalise(text: str) -> str:
    return PUNCT.sub("", text).lower()


def find_toc(doc: Document):
    """(entries [(no, title)], line of the TOC, char offset where the body may start) or None."""
    limit = max(40, len(doc.lines) // 3)
    for index, line in enumerate(doc.lines[:limit]):
        if "目录" not in line:
            continue
        if line.strip() == "目录":
            entries, last = _toc_lines(doc, index + 1)
            if len(entries) >= 2:
                return entries, last + 1, 0
        entries, offset = _toc_inline(line[line.index("目录") + 2:])
        if len(entries) >= 2:
            return entries, index + 1, line.index("目录") + 2 + offset
    return None


def _toc_lines(doc: Document, start: int):
    entries, last = [], start
    for index in range(start, len(doc.lines)):
        text = doc.lines[index].strip()
        if not text:
            continue
        match = TOC_ENTRY.match(text)
        if not match or int(match[1]) != len(entries) + 1:
            break
        entries.append((int(match[1]), match[2].strip()))
        last = index + 1
    return entries, last


def _toc_inline(text: str):
    """`1 .标题31 2 .标题38 …` run together on one line, as a .docx export leaves it."""
    entries, position, number = [], 0, 1
    while True:
        match = re.compile(rf"{number}\s*[.．、]").search(text, position) if number > 1 else \
            re.match(r"\s*1\s*[.．、]", text)
        if not match:
            break
        if entries:
            entries[-1] = (entries[-1][0], text[position:match.start()])
        entries.append((number, ""))
        position, number = match.end(), number + 1
    if entries:
        tail = re.match(rf"(.+?{GENRE})\d*", text[position:])
        entries[-1] = (entries[-1][0], tail[1] if tail else text[position:position + 40])
        position += tail.end() if tail else 0
    cleaned = [(no, re.sub(r"\d+$", "", title).strip()) for no, title in entries]
    return [(no, t) for no, t in cleaned if t], position


def flatten(doc: Document, body_line: int, offset: int):
    """Normalised body text and, per character, (line, whether that line starts there)."""
    chars, where = [], []
    for number in range(body_line, len(doc.lines) + 1):
        text = doc.lines[number - 1]
        if number == body_line and offset:
            text = text[offset:]
        started = True
        for ch in text:
            if PUNCT.match(ch):
                continue
            chars.append(ch.lower())
            where.append((number, started and not doc.page_mode or (started and number != body_line)))
            started = False
    return "".join(chars), where


