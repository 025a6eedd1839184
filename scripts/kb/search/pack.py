"""The index as small script files the worker loads on demand (importScripts works on file:// too).

    kb-search/meta.js     every term (for segmenting queries), page count, synonyms, stopwords
    kb-search/t<n>.js     the postings of the terms whose hash falls in shard n
    kb-search/d<n>.js     title, URL, kind, place and snippet text of pages n·CHUNK … n·CHUNK+CHUNK−1

A query fetches meta once, then one shard per distinct term and the doc chunks of the results it
shows; every file is cached by the worker. Postings are (doc gap, impact) pairs as base64url
varints in a string: 5 payload bits per character, the sixth says "more follows".
"""
from __future__ import annotations

import json
import math

from .index import Index

FOLDER = "assets/javascripts/kb-search"
SHARD_CHARS = 6000   # target size of one term shard
DOC_CHUNK = 8         # pages per doc-store file
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def fnv1a(term: str) -> int:
    """32-bit FNV-1a over UTF-16 code units, the same as the worker's."""
    value = 0x811C9DC5
    data = term.encode("utf-16-le")
    for i in range(0, len(data), 2):
        value ^= data[i] | data[i + 1] << 8
        value = (value * 0x01000193) & 0xFFFFFFFF
    return value


def varint(number: int) -> str:
    out = ""
    while True:
        low = number & 31
        number >>= 5
        if number:
            out += ALPHABET[low | 32]
        else:
            return out + ALPHABET[low]


def encode_postings(postings: list[tuple[int, int]]) -> str:
    out, last = [], -1
    for doc, impact in postings:
        out.append(varint(doc - last - 1))
        out.append(ALPHABET[impact])
        last = doc
    return "".join(out)


def _script(call: str, number, payload) -> str:
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=isinstance(payload, dict))
    return f"KB_INDEX.{call}({json.dumps(number)},{data});\n"


def pack(index: Index, synonyms: list[list[str]], stop: set[str]) -> dict[str, str]:
    """{site path: file text} for every file of the index."""
    encoded = {term: encode_postings(p) for term, p in index.postings.items()}
    shards = max(1, math.ceil(sum(len(t) + len(p) + 6 for t, p in encoded.items()) / SHARD_CHARS))
    grouped: list[dict[str, str]] = [{} for _ in range(shards)]
    for term, text in encoded.items():
        grouped[fnv1a(term) % shards][term] = text
    files = {f"{FOLDER}/t{n}.js": _script("shard", n, terms) for n, terms in enumerate(grouped)}
    docs = [[d.url, d.title, d.kind, d.place, d.text] for d in index.docs]
    for n in range(0, len(docs), DOC_CHUNK):
        files[f"{FOLDER}/d{n // DOC_CHUNK}.js"] = _script("docs", n // DOC_CHUNK, docs[n:n + DOC_CHUNK])
    meta = {"pages": len(docs), "shards": shards, "chunk": DOC_CHUNK, "terms": "\n".join(index.postings),
            "synonyms": synonyms, "stopwords": sorted(stop)}
    files[f"{FOLDER}/meta.js"] = _script("meta", 0, meta)
    return files
