"""The prebuilt search index, made at build time from the text each page shows (render/texts.py).

jieba (with the domain dictionary the hook loaded) segments every field once, in search mode, so
河南省 also yields 河南 and 六盘水舰 yields 六盘水. Each (term, page) gets one BM25F impact:

    tf~ = Σ_field weight_f · tf_f / (1 − b_f + b_f · len_f / avglen_f),   impact = tf~ / (k1 + tf~)

length-normalised per field, so a long page no longer wins by holding every word somewhere.
The browser multiplies the impact by the term's idf (from its posting count) and adds up; it does
no indexing work. Question and filler words (stopwords.txt) are left out here and in the query.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import jieba

FIELDS = ("title", "keywords", "region", "themes", "body")
WEIGHTS = {"title": 6.0, "keywords": 3.0, "region": 3.0, "themes": 1.5, "body": 1.0}
B = {"title": 0.5, "keywords": 0.3, "region": 0.2, "themes": 0.2, "body": 0.75}
K1 = 1.2
STOPWORDS_FILE = Path(__file__).resolve().parent / "stopwords.txt"
_WORD = re.compile(r"[\w\u3400-\u9fff]", re.U)
_SPLIT_SENTENCES = re.compile(r"(?<=[。！？；;!?])")


def stopwords() -> set[str]:
    lines = STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return {w for line in lines if not line.startswith("#") for w in line.split()}


def tokens(text: str, stop: set[str]) -> list[str]:
    """Search-mode jieba tokens of one text, lower-cased, without punctuation and stopwords."""
    out = []
    for token in jieba.cut_for_search(text.lower()):
        token = token.strip()
        if token and _WORD.search(token) and token not in stop:
            out.append(token)
    return out


@dataclass
class Doc:
    url: str
    title: str
    kind: str
    place: str
    text: str
    lengths: dict[str, int] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # term → field → tf


def page_url(page: str, directory_urls: bool) -> str:
    """docs path → the URL MkDocs gives it, relative to the site root."""
    stem = page[:-3] if page.endswith(".md") else page
    if stem == "index" or stem.endswith("/index"):
        folder = stem[: -len("index")]
        return folder if directory_urls else folder + "index.html"
    return stem + "/" if directory_urls else stem + ".html"


def summary_text(texts: dict, limit: int) -> str:
    """The start of the page's own text, whole sentences where possible: what snippets are cut from."""
    out = ""
    for part in texts["body"] or texts["keywords"]:
        for sentence in _SPLIT_SENTENCES.split(part):
            if len(out) >= limit:
                return out
            out += sentence
        if out and not out.endswith(("。", "！", "？", "；")):
            out += "。"
    return out[: limit + 40]


def make_doc(texts: dict, stop: set[str], directory_urls: bool, summary_chars: int) -> Doc:
    doc = Doc(url=page_url(texts["page"], directory_urls), title=texts["title"][0], kind=texts["kind"],
              place=texts.get("place", ""), text=summary_text(texts, summary_chars))
    for name in FIELDS:
        words = [w for value in texts[name] for w in tokens(value, stop)]
        doc.lengths[name] = len(words)
        for word in words:
            per_field = doc.counts.setdefault(word, {})
            per_field[name] = per_field.get(name, 0) + 1
    return doc


@dataclass
class Index:
    docs: list[Doc]
    postings: dict[str, list[tuple[int, int]]]  # term → [(doc number, impact 1..63)] by doc number


def impact(doc: Doc, per_field: dict[str, int], averages: dict[str, float]) -> int:
    pseudo = 0.0
    for name, tf in per_field.items():
        norm = 1 - B[name] + B[name] * doc.lengths[name] / (averages[name] or 1)
        pseudo += WEIGHTS[name] * tf / norm
    return max(1, min(63, round(63 * pseudo / (K1 + pseudo))))


def build_index(page_texts: list[dict], directory_urls: bool = True, summary_chars: int = 160) -> Index:
    stop = stopwords()
    docs = [make_doc(texts, stop, directory_urls, summary_chars) for texts in page_texts]
    averages = {name: sum(d.lengths[name] for d in docs) / max(1, len(docs)) for name in FIELDS}
    postings: dict[str, list[tuple[int, int]]] = {}
    for number, doc in enumerate(docs):
        for term, per_field in doc.counts.items():
            postings.setdefault(term, []).append((number, impact(doc, per_field, averages)))
    return Index(docs=docs, postings=dict(sorted(postings.items())))
