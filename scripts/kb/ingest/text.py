"""Sentences of an article with the file lines they stand on (shared by the extractors)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .read import Document

TERMINATORS = re.compile(r"[。！？；!?;]")


@dataclass
class Sentence:
    text: str
    first: int
    last: int

    @property
    def lines(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


def sentences(doc: Document, first: int, last: int) -> list[Sentence]:
    """Split on sentence ends; a page-mode document runs sentences across lines (no line break)."""
    out: list[Sentence] = []
    buffer, start = "", None
    for number in range(first, last + 1):
        line = doc.lines[number - 1].strip()
        if not line:
            continue
        for piece in re.split(r"(?<=[。！？；!?;])", line):
            if not piece:
                continue
            if start is None:
                start = number
            buffer += piece
            if TERMINATORS.search(piece[-1:]):
                out.append(Sentence(buffer.strip(), start, number))
                buffer, start = "", None
        if buffer and not doc.page_mode:
            out.append(Sentence(buffer.strip(), start, number))  # a heading or a line without a full stop
            buffer, start = "", None
    if buffer:
        out.append(Sentence(buffer.strip(), start, last))
    return [s for s in out if s.text]


def paragraphs(doc: Document, first: int, last: int) -> list[tuple[int, str]]:
    return [(n, doc.lines[n - 1].strip()) for n in range(first, last + 1) if doc.lines[n - 1].strip()]
