"""Every generated address is claimed once: the site's own pages first, then each record, theme,
source and region. A second claim (an id `index`, a province slug `national`, two regions whose
pinyin is the same) is an error naming both claimants, and an empty slug is an error, so no page
ever silently replaces another.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import DataError
from ..model import KIND_ORDER
from ..schema import ID_PATTERN
from . import paths

SITE_PAGES = ("index.md", "citation.md", "finder/index.md", "stats/index.md", "downloads/index.md",
              "units/index.md", "themes/index.md", "sources/index.md", "regions/index.md",
              paths.NATIONAL_PAGE, paths.UNKNOWN_PAGE, *(paths.kind_page(kind) for kind in KIND_ORDER))


def url_of(page: str) -> str:
    """The address MkDocs gives a page (use_directory_urls): a/index.md and a.md are both a/."""
    stem = page[: -len(".md")] if page.endswith(".md") else page
    stem = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else stem
    return (stem.rstrip("/") + "/").lstrip("/").lower() if stem.strip("/") else ""


@dataclass(frozen=True)
class Claimant:
    file: str
    line: int
    record: str
    field: str
    label: str

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.file else "站点自身的页面"


class Registry:
    def __init__(self, errors: list):
        self.errors, self.owners = errors, {}
        for page in SITE_PAGES:
            self.owners[url_of(page)] = Claimant("", 0, "", "", f"站点页面“{url_of(page) or '首页'}”")

    def claim(self, page: str, who: Claimant) -> None:
        url = url_of(page)
        first = self.owners.setdefault(url, who)
        if first is not who:
            what = "站点保留的网址" if not first.file else f"{first.label}（{first.where}）的网址"
            self._error(who, f"网址 {url} 已是{what}：两个页面会互相覆盖，请另取{'标识' if who.field == 'id' else '网址标识（slug）'}")

    def _error(self, who: Claimant, message: str) -> None:
        self.errors.append(DataError(who.file, who.line, who.record, who.field, message))

    def region(self, region) -> None:
        who = Claimant(region.file, region.line, region.name, "slug", f"地区“{region.full_name}”")
        if not region.slug or not ID_PATTERN.fullmatch(region.slug):
            self._error(who, f"网址标识为空或不合规（“{region.slug}”）：名称“{region.name}”转不成拼音，"
                             "请用 slug 字段指定（小写字母、数字和连字符）")
            return
        self.claim(paths.region_page(region), who)


def _well_formed(identifier) -> bool:
    """A malformed id already has its own error; only well-formed ones claim an address."""
    return isinstance(identifier, str) and bool(ID_PATTERN.fullmatch(identifier))


def check_paths(kb, theme_places: dict, source_items) -> list[DataError]:
    """Errors for every address claimed twice or left empty; [] when each page has its own."""
    errors: list[DataError] = []
    registry = Registry(errors)
    for record in (r for r in kb.records.values() if r.kind in paths.KIND_FOLDERS and _well_formed(r.id)):
        line = record.data.lines.get("id", 1) if hasattr(record.data, "lines") else 1
        registry.claim(paths.record_page(record), Claimant(record.file, line, record.id, "id", f"记录“{record.id}”"))
    for theme in (t for t in kb.themes.values() if _well_formed(t.id)):
        file, line = theme_places.get(theme.id, ("", 0))
        registry.claim(paths.theme_page(theme), Claimant(file, line, theme.id, "id", f"主题“{theme.id}”"))
    for data, sink in ((d, s) for d, s in source_items if _well_formed(d["id"])):
        registry.claim(f"sources/{data['id']}.md", Claimant(sink.file, data.lines.get("id", 1), data["id"], "id",
                                                            f"来源“{data['id']}”"))
    for region in kb.regions():
        registry.region(region)
    return errors
