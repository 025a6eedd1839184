"""Quotations: text in “” on a record that does not occur in the sources as written.

A slogan or the name of a campaign is quoted only verbatim; a paraphrase in quotation marks reads
as the source's own words. Source punctuation differs in width (, vs ，), so both sides are compared
without punctuation and whitespace."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_QUOTE = re.compile(r"“([^“”]{2,})”")
# Page numbers glued into source 003's sentences (校尉19、军官) are not part of the words.
_PAGE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,3}、")
_NOISE = re.compile(r"[\s，,、。.；;：:！!？?“”\"'‘’（）()·•\-—…]")
PROSE_FIELDS = ("title", "summary", "deed", "provides", "role", "note")


@dataclass
class Misquote:
    record: object
    quote: str


def record_prose(record) -> list[str]:
    data = record.data
    texts = [str(data[key]) for key in PROSE_FIELDS if data.get(key)]
    texts += [str(item) for item in data.get("details") or []]
    texts += [str(a["text"]) for a in data.get("activities") or []]
    texts += [str(f.get("counts", "")) for f in data.get("figures") or []]
    return texts


def find_misquotes(kb, sources_dir: Path) -> list[Misquote]:
    texts = ((Path(sources_dir) / d.file).read_text(encoding="utf-8") for d in kb.sources)
    corpus = "".join(_NOISE.sub("", _PAGE_NUMBER.sub("", re.sub(r"\s", "", text))) for text in texts)
    # A theme's own name quoted in a note (未归入主题“…”) names the theme, it does not quote the source.
    names = {theme.name for theme in kb.themes.values()}
    found = []
    for record in sorted(kb.records.values(), key=lambda r: r.id):
        for text in record_prose(record):
            for quote in _QUOTE.findall(text):
                if quote not in names and _NOISE.sub("", quote) not in corpus:
                    found.append(Misquote(record, quote))
    return found
