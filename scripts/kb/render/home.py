"""The home page: what the knowledge base is, counts by kind, theme and province, ways in."""
from __future__ import annotations

from . import paths
from .base import render_page
from .groups import has_page, pseudo_records, subtree_records
from .kinds import INTROS
from .themes import theme_records
from ..collate import pinyin_key
from ..model import KIND_ORDER


def render(kb) -> dict[str, str]:
    national, unknown = kb.schema["national_region"], kb.schema["unknown_region"]
    provinces = sorted(((p, len(subtree_records(kb, p))) for p in kb.provinces if has_page(kb, p)), key=lambda pc: (-pc[1], pinyin_key(pc[0].name)))
    pseudo = [(label, target, len(pseudo_records(kb, label)))
              for label, target in ((national, paths.NATIONAL_PAGE), (unknown, paths.UNKNOWN_PAGE))]
    path, text = render_page(
        kb, "index.md", "home.md.j2", {"title": "首页", "hide": ["navigation", "toc"]},
        kinds=[(k, len(kb.records_of(k))) for k in KIND_ORDER], intros=INTROS,
        themes=[(t, len(theme_records(kb, t))) for t in kb.themes.values()],
        provinces=provinces, pseudo=pseudo, province_count=len(kb.provinces),
        region_count=sum(1 for _ in kb.regions()), article_count=len(kb.articles),
        data_date=kb.options.data_date)
    return {path: text}
