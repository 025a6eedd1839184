"""Region tree: build from data/regions/*.yaml, derive URL slugs with pypinyin, resolve references.

A record names its region by Chinese name ("六盘水市"), or by a path of names when the bare
name is not unique ("攀枝花市/西区"); the special value 地区未详 means the text never names it.
"""
from __future__ import annotations

import re

from pypinyin import Style, lazy_pinyin

from .model import Region

PROVINCE_SUFFIX = re.compile(r"(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")
LOCAL_SUFFIX = re.compile(r"(市|县|区)$")


def derive_slug(name: str, level: str) -> str:
    """六盘水市 → liupanshui, 河南省 → henan; a `slug:` in the data overrides (陕西 → shaanxi)."""
    pattern = PROVINCE_SUFFIX if level == "省级" else LOCAL_SUFFIX
    stem = pattern.sub("", name)
    stem = stem if len(stem) >= 2 else name
    return "".join(lazy_pinyin(stem, style=Style.NORMAL, errors="ignore")).lower()


def build_region(data: dict, parent: Region | None, file: str) -> Region:
    region = Region(
        name=data["name"],
        level=data.get("level", ""),
        slug=data.get("slug") or derive_slug(data["name"], data.get("level", "")),
        parent=parent,
        aliases=list(data.get("aliases") or []),
        honours=list(data.get("honours") or []),
        file=file,
        line=getattr(data, "line", 0),
    )
    region.children = [build_region(child, region, file) for child in data.get("children") or []
                       if isinstance(child, dict) and isinstance(child.get("name"), str)]
    return region


class RegionIndex:
    """Finds a region by the tail of its path of names."""

    def __init__(self, provinces: list[Region]):
        self.all = [r for p in provinces for r in p.walk()]
        self.paths = [(r, r.names) for r in self.all]  # computed once: records look regions up thousands of times
        self.found: dict[str, list[Region]] = {}

    def find(self, reference: str) -> list[Region]:
        if reference not in self.found:
            parts = tuple(p.strip() for p in reference.split("/") if p.strip())
            self.found[reference] = [r for r, names in self.paths if names[-len(parts):] == parts] if parts else []
        return self.found[reference]

    def resolve(self, reference: str) -> tuple[Region | None, str]:
        """The region, or None and the reason in Chinese."""
        found = self.find(reference)
        if len(found) == 1:
            return found[0], ""
        if not found:
            return None, f"地区“{reference}”未在 data/regions/ 中登记"
        paths = "、".join("/".join(r.names[-2:]) for r in found)
        return None, f"地区“{reference}”有重名，请写明上级：{paths}"
