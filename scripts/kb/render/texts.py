"""What each page shows as its own content, field by field, for the search index.

The renderers' pages also carry navigation, related-record lists, citations and labels; none of
that is the page's content, so the index reads these texts instead of the HTML. Each entry:
{"page": docs path, "kind": record kind or "listing", "title", "keywords", "region", "themes", "body",
 "place": the region label shown with a result}. Lists of strings; the index segments them.
"""
from __future__ import annotations

from . import paths
from .kinds import INTROS
from .groups import own_records, pseudo_records, subtree_records
from .regions import PSEUDO_INTROS
from .sources import records_citing
from .themes import theme_records
from .units import UNITS_PAGE
from ..text import plain

_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "自治州", "地区", "省", "市", "县", "区", "州", "盟", "旗")


def region_names(region) -> list[str]:
    """Every name a reader may type for a region and those above it: 许昌市 › 许昌, 河南省 › 河南."""
    names = []
    for node in region.lineage:
        names.append(node.name)
        names.extend(alias["name"] for alias in node.aliases)
        for suffix in _SUFFIXES:
            if node.name.endswith(suffix) and len(node.name) - len(suffix) >= 2:
                names.append(node.name[: -len(suffix)])
                break
    return names


def _record_region(record) -> list[str]:
    return region_names(record.region) if record.region else [record.data.get("region", "")]


def _strings(*values) -> list[str]:
    out = []
    for value in values:
        if isinstance(value, (list, tuple)):
            out.extend(plain(v) for v in value if v)
        elif value:
            out.append(plain(value))
    return out


def record_text(kb, record) -> dict:
    data = record.data
    honours = [h.get("honour", "") + ("，" + h["note"] if h.get("note") else "") for h in data.get("honours") or []]
    activities = [a.get("text", "") for a in data.get("activities") or []]
    figures = [f"{f.get('value', '')}{f.get('unit') or ''}{f.get('counts', '')}" for f in data.get("figures") or []]
    unit = [record.unit.name] if record.unit else []
    body = _strings(data.get("summary"), data.get("details"), data.get("name"), data.get("role"), honours,
                    data.get("deed"), data.get("policy_title"), data.get("issuer"), data.get("provides"),
                    data.get("base_type"), data.get("partner"), activities, figures, unit)
    return {"page": paths.record_page(record), "kind": record.kind, "title": [record.title],
            "keywords": _strings(data.get("keywords")), "region": _record_region(record),
            "themes": [t.name for t in record.themes], "body": body, "place": record.region_label}


def _listing(page: str, title: str, body=(), keywords=(), region=(), place: str = "") -> dict:
    return {"page": page, "kind": "listing", "title": [title], "keywords": list(keywords), "region": list(region),
            "themes": [], "body": _strings(list(body)), "place": place}


def _titles(records) -> list[str]:
    """A listing's own content is the list of records it shows: their titles (long, so BM25F
    length normalisation keeps it below the records themselves)."""
    return sorted(r.title for r in records)


def region_text(kb, region) -> dict:
    honours = [h.get("honour", "") + (f"{h['times']}次" if h.get("times") else "") + (h.get("note") or "")
               for h in region.honours]
    notes = [a.get("note") or "" for a in region.aliases]
    listed = subtree_records(kb, region) if region.parent else own_records(kb, region)
    return _listing(paths.region_page(region), region.name, honours + notes + _titles(listed), region=region_names(region),
                    place=region.full_name)


def listing_texts(kb) -> list[dict]:
    national, unknown = kb.schema["national_region"], kb.schema["unknown_region"]
    texts = [region_text(kb, region) for region in kb.regions()]
    texts += [_listing(page, label, [PSEUDO_INTROS[key]] + _titles(pseudo_records(kb, label)))
              for key, label, page in (("national", national, paths.NATIONAL_PAGE), ("unknown", unknown, paths.UNKNOWN_PAGE))]
    texts += [_listing(paths.theme_page(t), t.name, [t.description] + _titles(theme_records(kb, t)), keywords=t.keywords)
              for t in kb.themes.values()]
    texts += [_listing(paths.kind_page(kind), kb.kind_label(kind), [INTROS[kind]] + _titles(kb.records_of(kind)))
              for kind in kb.schema["record"]["kinds"]]
    texts += [_listing(paths.source_page(doc), doc.title,
                       [a.title for a in doc.articles] + _titles({r.id: r for a in doc.articles for r in records_citing(kb, a)}.values()))
              for doc in kb.sources]
    texts += [_listing(page, title) for page, title in (
        ("index.md", "首页"), ("themes/index.md", "按主题浏览"), ("regions/index.md", "按地区浏览"),
        ("sources/index.md", "来源文档"), (UNITS_PAGE, "按单位浏览"), ("finder/index.md", "案例检索"))]
    return texts


def page_texts(kb) -> list[dict]:
    """Every page the search finds, records first, in a fixed order."""
    records = sorted(kb.records.values(), key=lambda r: (r.region.names if r.region else ("\uffff",), r.id))
    return [record_text(kb, r) for r in records] + listing_texts(kb)
