"""While `make serve` runs on broken data: every page of the site is this one, listing the errors.

The browser then shows what to fix instead of waiting for a build that never comes; saving a fixed
file rebuilds the real site and the page reloads itself.
"""
from __future__ import annotations

from ..text import _SPECIAL
from .registry import SITE_PAGES

HEAD = """---
title: 数据有错误
search:
  exclude: true
---

# 数据有错误，站点暂未生成

!!! danger "共 {count} 处错误"

    修改 data/ 下的文件并保存后，本页会自动刷新。`make build` 和 `make check` 在数据有错误时不会发布站点。

"""


def nav_pages(nav) -> list[str]:
    """Every Markdown file named in mkdocs.yml's nav."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    items = nav.values() if isinstance(nav, dict) else nav or []
    return [page for item in items for page in nav_pages(item)]


def _literal(text: str) -> str:
    """Every Markdown/HTML character as a character reference; spaces kept (tidy would join 文件 字段)."""
    return "".join(f"&#{ord(c)};" if c in _SPECIAL else c for c in " ".join(text.split()))


def error_page(errors) -> str:
    lines = [f"{index}. {_literal(str(error))}" for index, error in enumerate(errors, 1)]
    return HEAD.format(count=len(errors)) + "\n".join(lines) + "\n"


def error_pages(errors, nav) -> dict[str, str]:
    text = error_page(errors)
    return {page: text for page in sorted({*SITE_PAGES, *nav_pages(nav)})}
