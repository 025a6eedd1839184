"""The case finder (案例检索): a page, and its data as a script so it also works from file://."""
from __future__ import annotations

import json
import re

from . import paths
from .base import render_page
from .groups import sort_records
from ..export import region_parts
from ..text import plain

DATA_PATH = "assets/javascripts/kb-finder-data.js"
FINDER_PAGE = "finder/index.md"
_SENTENCE = re.compile(r"^(.{8,}?[。；！？])")


def one_line(text: str, limit: int = 60) -> str:
    text = plain(text)
    match = _SENTENCE.match(text)
    line = match.group(1) if match else text
    return line if len(line) <= limit else line[: limit - 1] + "…"


def finder_rows(kb) -> list[dict]:
    rows = []
    for record in sort_records(kb.records.values()):
        province, city, county = region_parts(record)
        rows.append({
            "url": paths.record_page(record).replace(".md", "/"),
            "title": plain(record.title),
            "kind": kb.kind_label(record.kind),
            "theme": [t.name for t in record.themes],
            "province": province, "city": city or "", "county": county or "",
            "unit": record.unit.unit_type if record.unit else "",
            "year": str(record.data.get("year") or ""),
            "when": record.when,
            "summary": one_line(record.data["summary"]),
            "status": record.data.get("status") or "",
        })
    return rows


def data_script(kb) -> str:
    payload = json.dumps(finder_rows(kb), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"window.KB_FINDER = {payload};\n"


def render(kb) -> dict[str, str]:
    path, text = render_page(kb, FINDER_PAGE, "finder.md.j2", {"title": "案例检索", "hide": ["navigation", "toc"]}, trail=[("案例检索", None)],
                             count=len(kb.records), paths_data=DATA_PATH)
    return {path: text, DATA_PATH: data_script(kb)}
