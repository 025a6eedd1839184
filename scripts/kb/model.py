"""The loaded knowledge base: plain objects the renderers read, with references resolved."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .options import SiteOptions

KIND_ORDER = ("practice", "person", "ship", "base", "policy")


@dataclass
class Theme:
    id: str
    name: str
    description: str
    keywords: list[str]
    synonyms: list[list[str]]


@dataclass
class Honour:
    name: str
    level: str
    for_: str
    description: str = ""


@dataclass(eq=False)
class Region:
    name: str
    level: str
    slug: str
    parent: Region | None = None
    children: list[Region] = field(default_factory=list)
    aliases: list[dict] = field(default_factory=list)
    honours: list[dict] = field(default_factory=list)
    file: str = ""
    line: int = 0

    @cached_property  # a region's place in the tree is fixed once loaded; pages ask for it often
    def lineage(self) -> list[Region]:
        """From the province down to this region."""
        chain, node = [], self
        while node:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.lineage)

    @cached_property
    def url(self) -> str:
        return "regions/" + "/".join(r.slug for r in self.lineage) + "/"

    @cached_property
    def full_name(self) -> str:
        return "".join(self.names)

    @property
    def province(self) -> Region:
        return self.lineage[0]

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Unit:
    id: str
    name: str
    unit_type: str
    region: Region | None
    note: str = ""


@dataclass
class Article:
    id: str
    no: int
    title: str
    lines: tuple[int, int]
    doc: SourceDoc
    region: Region | None
    data: dict

    @property
    def region_label(self) -> str:
        return self.region.full_name if self.region else self.data.get("region", "")


@dataclass
class SourceDoc:
    id: str
    file: str
    title: str
    kind: str
    date: str
    note: str
    articles: list[Article] = field(default_factory=list)
    publisher: str = ""  # the publishing body or website, where the source data knows it


@dataclass(eq=False)
class Record:
    id: str
    kind: str
    file: str
    data: dict
    region: Region | None = None
    unit: Unit | None = None
    themes: list[Theme] = field(default_factory=list)
    partner: Region | None = None  # the city a ship is paired with

    def __getattr__(self, name):
        # Fields straight from the YAML (title, summary, figures …) read as attributes.
        try:
            return self.__dict__["data"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def title(self) -> str:
        return self.data["title"]

    @property
    def region_label(self) -> str:
        """省市县 in full, or the label (全国 / 地区未详) a record without a place carries."""
        return self.region.full_name if self.region else self.data.get("region", "")

    @property
    def when(self) -> str:
        year, period = self.data.get("year"), self.data.get("period")
        return str(period or year or "")


@dataclass
class KnowledgeBase:
    schema: dict
    themes: dict[str, Theme]
    honours: dict[str, Honour]
    provinces: list[Region]
    units: dict[str, Unit]
    sources: list[SourceDoc]
    articles: dict[str, Article]
    records: dict[str, Record]
    # kb.options.SiteOptions: no address, feedback target or dates until the hook or the command line sets them
    options: SiteOptions = field(default_factory=SiteOptions)

    def kind_label(self, kind: str) -> str:
        return self.schema["record"]["kinds"][kind]["label"]

    def regions(self):
        for province in self.provinces:
            yield from province.walk()

    def records_of(self, kind: str) -> list[Record]:
        return [r for r in self.records.values() if r.kind == kind]

    def referrers(self, field: str, target_id: str) -> list[Record]:
        """Records whose list `field` (related, implements) names `target_id`: built once per field,
        so linking both ways stays linear in the number of records."""
        cache = self.__dict__.setdefault("_referrers", {})
        if field not in cache:
            index: dict[str, list[Record]] = {}
            for record in self.records.values():
                for other in record.data.get(field) or []:
                    index.setdefault(other, []).append(record)
            cache[field] = index
        return cache[field].get(target_id, [])
