"""Where each page lives in the generated docs tree, and relative links between pages."""
from __future__ import annotations

import posixpath

KIND_FOLDERS = {"practice": "practices", "person": "people", "ship": "ships", "base": "bases", "policy": "policies"}
NATIONAL_PAGE = "regions/national.md"
UNKNOWN_PAGE = "regions/unknown.md"


def record_page(record) -> str:
    return f"{KIND_FOLDERS[record.kind]}/{record.id}.md"


def kind_page(kind: str) -> str:
    return f"{KIND_FOLDERS[kind]}/index.md"


def theme_page(theme) -> str:
    return f"themes/{theme.id}.md"


def region_page(region) -> str:
    return region.url + "index.md"


def record_region_page(record, national: str) -> str:
    if record.region:
        return region_page(record.region)
    return NATIONAL_PAGE if record.data.get("region") == national else UNKNOWN_PAGE


def source_page(doc) -> str:
    return f"sources/{doc.id}.md"


def relative(from_page: str, to_page: str) -> str:
    """A Markdown link target from one generated page to another (MkDocs validates it).

    Both are clean docs-relative paths, so this is posixpath.relpath without its abspath calls
    (twenty thousand links per build).
    """
    start = from_page.split("/")[:-1]
    target = to_page.split("/")
    common = 0
    while common < len(start) and common < len(target) and start[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:]) or "."
