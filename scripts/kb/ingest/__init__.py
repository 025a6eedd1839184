"""Ingest a new source document into draft records: read → split → locate → extract → protect → write.

`ingest(path, kb)` runs the steps and returns an `Ingest` with everything the report, the draft
files and `--json` are made of; nothing is written until `write.write_all` is called.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..schema import compile_forbidden
from .extract import Context, Draft, Extractor
from .locate import Location, Locator
from .match import match_existing
from .people import honour_triggers
from .protect import garbled
from .read import Document, read_document
from .split import Span, split_articles
from .text import paragraphs, sentences


@dataclass
class ArticleResult:
    span: Span
    location: Location
    unreliable: list[str]
    figures: list
    private: list
    placeholders: list


@dataclass
class Ingest:
    doc: Document
    source_id: str
    articles: list[ArticleResult]
    drafts: list[Draft]
    notes: list[str]
    warnings: list[str] = field(default_factory=list)


def ingest(path: Path, kb, source_id: str = "", use_aliases: bool = True, match: bool = True) -> Ingest:
    """Run every step on `path` against the loaded knowledge base `kb`."""
    doc = read_document(Path(path), kb.schema["forbidden"]["boilerplate"])
    spans, notes = split_articles(doc)
    locator = Locator(kb.provinces, use_aliases=use_aliases)
    ctx = Context(locator, kb.themes, honour_triggers(kb.honours.values()), compile_forbidden(kb.schema))
    extractor = Extractor(ctx)
    results = []
    for index, span in enumerate(spans):
        text = doc.text(span.first, span.last)
        location = locator.locate(span.title, span.headline, text)
        reasons = garbled(paragraphs(doc, span.first, span.last), sentences(doc, span.first, span.last),
                          doc.page_mode)
        found = extractor.article(index, doc, span, location, bool(reasons))
        results.append(ArticleResult(span, location, reasons, found["figures"], found["private"],
                                     found["placeholders"]))
    drafts = list(extractor.drafts.values())
    if match:
        match_existing(drafts, kb)
    return Ingest(doc, source_id or next_source_id(kb), results, drafts, notes, ctx.warnings)


def next_source_id(kb) -> str:
    numbers = [int(s.id[1:]) for s in kb.sources if s.id[1:].isdigit()]
    return f"s{max(numbers, default=-1) + 1:03d}"


__all__ = ["ingest", "Ingest", "ArticleResult"]
