"""The case finder's data, made at build time: one row per record with its facets, full text for
keyword matching, ready-made sort keys (pinyin), and the search dictionary and synonyms.

The browser only compares these keys; it needs no pinyin table and no search worker.
Export details (figures, sources, citation) go to a second file that is loaded only on export.
"""
from __future__ import annotations

import json
import re

from pypinyin import Style, lazy_pinyin

from ..model import KIND_ORDER
from ..text import plain
from ..vocabulary import domain_words
from . import paths
from .citation import citation_head, citation_url

FINDER_DATA = "assets/javascripts/kb-finder-data.js"
CASE_DATA = "assets/javascripts/kb-case-data.js"
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def pinyin_key(text: str) -> str:
    """贵州省 → 'gui zhou sheng': plain ASCII that sorts in pinyin order (polyphones by phrase)."""
    return " ".join(lazy_pinyin(plain(text), style=Style.NORMAL, errors="default")).lower()


def region_sort_key(record, national: str) -> str:
    """Places in pinyin order, province first; then 全国, then 地区未详 (no place) last."""
    if record.region:
        return "0 " + " | ".join(pinyin_key(name) for name in record.region.names)
    return "1" if record.data.get("region") == national else "2"


def sort_year(record) -> int:
    """The year to sort by: `year`, else the latest year written in `period`; 0 when none."""
    if record.data.get("year"):
        return int(record.data["year"])
    years = [int(y) for y in _YEAR.findall(str(record.data.get("period") or ""))]
    return max(years) if years else 0


def honour_families(kb) -> dict[str, list[str]]:
    """Each honour and the broader names it belongs to: 省级最美退役军人 also counts as 最美退役军人,
    so choosing 最美退役军人 finds every level of it."""
    names = set(kb.honours)
    return {name: sorted({name} | {other for other in names if other != name and name.endswith(other)})
            for name in names}


def region_names(record) -> list[str]:
    return list(record.region.names) if record.region else [record.data.get("region", "")]


def finder_row(kb, record, families: dict[str, list[str]]) -> dict:
    data = record.data
    names = region_names(record) + ["", ""]
    honours = [h["honour"] for h in data.get("honours") or []]
    return {
        "id": record.id,
        "url": paths.record_page(record).replace(".md", "/"),
        "title": plain(record.title),
        "kind": kb.kind_label(record.kind),
        "theme": [t.name for t in record.themes],
        "province": names[0], "city": names[1], "county": names[2],
        "unit": record.unit.unit_type if record.unit else "",
        "year": str(data.get("year") or ""),
        "when": record.when,
        "honour": sorted({family for name in honours for family in families.get(name, [name])}),
        "honours": honours,
        "keywords": list(data.get("keywords") or []),
        "summary": plain(data["summary"]),
        "status": data.get("status") or "",  # 计划: a plan, not a result
        "order": {"kind": KIND_ORDER.index(record.kind), "region": region_sort_key(record, kb.schema["national_region"]),
                  "title": pinyin_key(record.title), "year": sort_year(record)},
    }


def case_details(kb, record) -> dict:
    """What a Word or CSV export adds to a row: figures, sources and the citation."""
    figures = [f"{f['value']}{f.get('unit') or ''}（{plain(f['counts'])}）" for f in record.data.get("figures") or []]
    sources = []
    for item in record.data["sources"]:
        article = kb.articles[item["article"]]
        sources.append(f"《{plain(article.doc.title)}》第{article.no}篇《{plain(article.title)}》第{item['lines']}行")
    # The browser adds the reader's access date: head[YYYY-MM-DD]. URL. (GB/T 7714, as on the record page)
    return {"figures": figures, "sources": sources, "cite": citation_head(kb, record), "cite_url": citation_url(kb, record)}


def finder_payload(kb) -> dict:
    families = honour_families(kb)
    rows = [finder_row(kb, record, families) for record in kb.records.values()]
    rows.sort(key=lambda r: (r["order"]["kind"], r["order"]["region"], r["order"]["title"], r["id"]))
    synonyms = sorted({tuple(group) for theme in kb.themes.values() for group in theme.synonyms})
    return {"rows": rows, "words": domain_words(kb), "synonyms": [list(group) for group in synonyms]}


def _script(name: str, value) -> str:
    payload = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    payload = payload.replace("</", "<\\/")  # inert even if the file is ever inlined into a page
    return f"window.{name} = {payload};\n"


def data_files(kb) -> dict[str, str]:
    cases = {record.id: case_details(kb, record) for record in sorted(kb.records.values(), key=lambda r: r.id)}
    return {FINDER_DATA: _script("KB_FINDER", finder_payload(kb)), CASE_DATA: _script("KB_CASES", cases)}
