"""Second pass of loading: turn checked YAML into objects and resolve every reference."""
from __future__ import annotations

from .errors import ErrorSink
from .model import Article, KnowledgeBase, Record, Region, SourceDoc, Unit
from .regions import RegionIndex
from .schema import Ref, parse_lines


class Resolver:
    def __init__(self, loader, themes, honours, provinces: list[Region]):
        self.loader, self.themes, self.honours = loader, themes, honours
        self.provinces = provinces
        self.region_index = RegionIndex(provinces)
        self.pseudo_regions = {loader.schema["unknown_region"], loader.schema["national_region"]}
        self.units: dict[str, Unit] = {}
        self.articles: dict[str, Article] = {}
        self.records: dict[str, Record] = {}

    def build(self, unit_items, source_items, record_items) -> KnowledgeBase:
        for unit_id, (item, _) in unit_items.items():
            self.units[unit_id] = Unit(unit_id, item["name"], item.get("unit_type", ""),
                                       self.region(item.get("region")), item.get("note", ""))
        sources = [self._source(data, sink) for data, sink in source_items]
        for record_id, (data, sink) in record_items.items():
            self.records[record_id] = self._record(record_id, data, sink)
        self._resolve_pending()
        self._check_citations(record_items, source_items)
        return KnowledgeBase(self.loader.schema, self.themes, self.honours, self.provinces,
                             self.units, sources, self.articles, self.records)

    # -- objects ---------------------------------------------------------------------------

    def region(self, reference) -> Region | None:
        if not isinstance(reference, str) or reference in self.pseudo_regions:
            return None
        return self.region_index.resolve(reference)[0]

    def _source(self, data, sink: ErrorSink) -> SourceDoc:
        doc = SourceDoc(data["id"], data.get("file", ""), data.get("title", ""), data.get("kind", ""),
                        str(data.get("date", "")), data.get("note", ""), publisher=data.get("publisher", ""))
        for item, line in zip(data.get("articles") or [], getattr(data.get("articles"), "lines", [])):
            if not isinstance(item, dict) or not item.get("id"):
                continue
            if item["id"] in self.articles:
                sink.add(line, item["id"], "articles.id", "文章标识重复")
                continue
            article = Article(item["id"], item.get("no", 0), item.get("title", ""),
                              parse_lines(item.get("lines")) or (0, 0), doc, self.region(item.get("region")), item)
            doc.articles.append(article)
            self.articles[article.id] = article
        return doc

    def _record(self, record_id: str, data, sink: ErrorSink) -> Record:
        return Record(record_id, data.get("kind", ""), sink.file, data,
                      region=self.region(data.get("region")),
                      unit=self.units.get(data.get("unit")),
                      partner=self.region(data.get("partner")),
                      themes=[self.themes[t] for t in data.get("themes") or [] if t in self.themes])

    # -- checks ----------------------------------------------------------------------------

    def _lookup(self, ref: Ref) -> str:
        """'' when the reference resolves, else the reason."""
        value = ref.value
        if ref.to == "region":
            return "" if value in self.pseudo_regions else self.region_index.resolve(value)[1]
        tables = {"theme": (self.themes, "主题"), "honour": (self.honours, "荣誉（见 data/honours.yaml）"),
                  "article": (self.articles, "来源文章"), "unit": (self.units, "单位（见 data/units.yaml）"),
                  "record": (self.records, "记录"), "policy": (self.records, "政策记录")}
        table, what = tables[ref.to]
        if value not in table and ref.to in ("record", "policy") and value in self.loader.unreadable:
            return ""
        if value not in table:
            return f"引用的{what}“{value}”不存在"
        if ref.to == "policy" and table[value].kind != "policy":
            return f"“{value}”不是政策记录"
        return ""

    def _resolve_pending(self) -> None:
        for ctx, ref in self.loader.pending:
            reason = self._lookup(ref)
            if reason:
                ctx.error(ref.line, ref.field, reason)

    def _check_citations(self, record_items, source_items) -> None:
        for record_id, (data, sink) in record_items.items():
            for citation, line, field in citations_in(data):
                self._check_citation(citation, sink, record_id, line, field)
        for region in (r for p in self.provinces for r in p.walk()):
            sink = ErrorSink(region.file, self.loader.errors)
            for honour in region.honours:
                for citation, line, field in citations_in(honour):
                    self._check_citation(citation, sink, region.name, line, f"honours.{field}")

    def _check_citation(self, citation, sink, record_id, line, field) -> None:
        article = self.articles.get(citation.get("article"))
        lines = parse_lines(citation.get("lines"))
        if article and lines and article.lines != (0, 0):
            first, last = article.lines
            if not (first <= lines[0] and lines[1] <= last):
                sink.add(citation.lines.get("lines", line), record_id, f"{field}.lines",
                         f"行号 {citation['lines']} 不在文章 {article.id} 的行范围 {first}-{last} 内")


def citations_in(data):
    """Every {article, lines} mapping in a record or an honour, with its line and field path."""
    for index, item in enumerate(data.get("sources") or []):
        if isinstance(item, dict):
            yield item, item.line, f"sources[{index}]"
    for index, activity in enumerate(data.get("activities") or []):
        if isinstance(activity, dict) and isinstance(activity.get("source"), dict):
            yield activity["source"], activity["source"].line, f"activities[{index}].source"
