"""Load every file in data/, check it against the JSON Schema made from data/schema.yaml, resolve references.

All errors are collected and raised once (DataErrors), each naming file, line, record and field.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import filecache
from .errors import DataError, DataErrors, ErrorSink
from .inventory import Inventory
from .model import KIND_ORDER, Honour, KnowledgeBase, Theme
from .regions import build_region
from .render.registry import check_paths
from .resolve import Resolver
from .jsonschema_export import Exporter
from .schema import Checker, Context, Ref, compile_forbidden, draft_definition, record_definition
from .yamlsrc import load_yaml


SCHEMA_SECTIONS = ("forbidden", "limits", "region_levels", "unknown_region", "national_region", "files",
                   "citation", "record")


class Loader:
    def __init__(self, data_dir: Path):
        self.root = Path(data_dir)
        self.errors: list[DataError] = []
        self.pending: list[tuple[Context, Ref]] = []
        self.unreadable: set[str] = set()  # ids of record files that did not parse
        self.theme_places: dict[str, tuple[str, int]] = {}  # where each theme id is written
        self.inventory = Inventory(self.root, self.errors, self.rel)  # every file: read, ignored or an error
        self.schema = self._load_schema()
        self.checker = Checker(Exporter(self.schema).document(), compile_forbidden(self.schema)) if self.schema else None

    # -- reading ---------------------------------------------------------------------------

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def _load_schema(self) -> dict:
        path = self.root / "schema.yaml"
        sink = ErrorSink(self.rel(path), self.errors)
        if not path.exists():
            sink.add(0, "", "", "缺少数据结构定义文件")
            return {}
        schema = load_yaml(path, sink)
        if schema is None:
            return {}
        missing = [key for key in SCHEMA_SECTIONS if not isinstance(schema, dict) or key not in schema]
        if missing:
            sink.add(getattr(schema, "line", 1), "", "", f"数据结构定义不完整，缺少：{'、'.join(missing)}")
            return {}
        return schema

    def read(self, path: Path):
        sink = ErrorSink(self.rel(path), self.errors)
        if not path.exists():
            sink.add(0, "", "", "文件不存在")
            return None, sink
        before = len(self.errors)
        data = filecache.read(path, sink, load_yaml)
        label = data.get("id") or data.get("name") if isinstance(data, dict) else None
        if isinstance(label, str) and len(self.errors) > before:  # the loader's errors name the record too
            self.errors[before:] = [replace(e, record=e.record or label) for e in self.errors[before:]]
        return data, sink

    def check(self, value, definition: str, sink: ErrorSink, record: str, line: int = 1) -> Context:
        ctx = Context(sink, record)
        run = lambda: self.checker.check(value, definition, ctx, getattr(value, "line", 0) or line)  # noqa: E731
        filecache.check(value, (definition, record, line), ctx, run)
        self.pending.extend((ctx, ref) for ref in ctx.refs)
        return ctx

    def read_list(self, path: Path, spec_name: str, key: str) -> list[tuple[dict, ErrorSink]]:
        """A file holding a list of items of one spec (themes, honours, units)."""
        items, sink = self.read(path)
        if items is None:
            return []
        if not isinstance(items, list):
            sink.add(getattr(items, "line", 1), "", "", "文件内容应为列表")
            return []
        valid = []
        for item, line in zip(items, items.lines):
            label = str(item.get(key, "")) if isinstance(item, dict) else ""
            self.check(item, spec_name, sink, label, line)
            if isinstance(item, dict) and label:
                valid.append((item, sink))
        return valid

    # -- kinds of file ---------------------------------------------------------------------

    def themes(self) -> dict[str, Theme]:
        out = {}
        for item, sink in self.read_list(self.root / "themes.yaml", "theme", "id"):
            self._unique(out, item["id"], item, sink, "id", "主题")
            self.theme_places[item["id"]] = (sink.file, item.lines.get("id", item.line))
            out[item["id"]] = Theme(item["id"], item.get("name", ""), item.get("description", ""),
                                    list(item.get("keywords") or []), [list(s) for s in item.get("synonyms") or []])
        return out

    def honours(self) -> dict[str, Honour]:
        out = {}
        for item, sink in self.read_list(self.root / "honours.yaml", "honour", "name"):
            self._unique(out, item["name"], item, sink, "name", "荣誉")
            out[item["name"]] = Honour(item["name"], item.get("level", ""), item.get("for", ""),
                                       item.get("description", ""))
        return out

    def units(self) -> dict[str, tuple[dict, ErrorSink]]:
        out = {}
        path = self.root / "units.yaml"
        for item, sink in self.read_list(path, "unit", "id") if path.exists() else []:
            self._unique(out, item["id"], item, sink, "id", "单位")
            out[item["id"]] = (item, sink)
        return out

    def regions(self):
        provinces = []
        for path in self.inventory.files("region"):
            data, sink = self.read(path)
            if data is None:
                continue
            self.check(data, "region", sink, str(data.get("name", "")) if isinstance(data, dict) else "")
            if isinstance(data, dict) and isinstance(data.get("name"), str):
                provinces.append(build_region(data, None, sink.file))
        return provinces

    def sources(self) -> list[tuple[dict, ErrorSink]]:
        out = []
        for path in self.inventory.files("source"):
            data, sink = self.read(path)
            if data is None:
                continue
            self.check(data, "source", sink, str(data.get("id", "")) if isinstance(data, dict) else "")
            if isinstance(data, dict) and data.get("id"):
                out.append((data, sink))
        return out

    def records(self) -> dict[str, tuple[dict, ErrorSink]]:
        out: dict[str, tuple[dict, ErrorSink]] = {}
        for kind in KIND_ORDER:
            for path in self.inventory.files(f"record:{kind}"):
                data, sink = self.read(path)
                if data is None:
                    self.unreadable.add(path.stem)  # its own error is enough; no cascade of dangling refs
                    continue
                self._check_record(path, kind, data, sink, out)
        return out

    def drafts(self) -> dict[str, tuple[dict, ErrorSink]]:
        """data/drafts/<source>/<kind>/<id>.yaml from `kb ingest`: checked like records, never published."""
        out: dict[str, tuple[dict, ErrorSink]] = {}
        for kind in KIND_ORDER:
            for path in self.inventory.files(f"draft:{kind}"):
                data, sink = self.read(path)
                if data is not None:
                    self._check_record(path, kind, data, sink, out, draft_definition(kind))
                    if isinstance(data, dict) and data.get("status") != "draft":
                        sink.add(data.lines.get("status", 1), path.stem, "status", "草稿应写 status: draft")
        return out

    def _check_record(self, path: Path, kind: str, data, sink: ErrorSink, out: dict, definition=None) -> None:
        if not isinstance(data, dict):
            sink.add(1, path.stem, "", "记录文件的内容应为映射（“键: 值”）")
            return
        record_id = str(data.get("id", path.stem))
        self.check(data, definition or record_definition(kind), sink, record_id)
        if definition is None and data.get("status") == "draft":
            sink.add(data.lines.get("status", 1), record_id, "status",
                     "草稿不能直接放在 data/ 的记录目录里：请放在 data/drafts/ 下，整理后用 make promote 入库")
        lines = data.lines
        if data.get("id") and data["id"] != path.stem:
            sink.add(lines.get("id", 1), record_id, "id", f"与文件名“{path.name}”不一致：文件名应为 <id>.yaml")
        if data.get("kind") and data["kind"] != kind:
            sink.add(lines.get("kind", 1), record_id, "kind", f"“{data['kind']}”与所在目录 data/{kind}/ 不一致")
        if record_id in out:
            sink.add(lines.get("id", 1), record_id, "id", f"标识重复（{out[record_id][1].file} 已使用）")
            return
        out[record_id] = (data, sink)

    def _unique(self, seen: dict, key: str, item, sink: ErrorSink, field: str, what: str) -> None:
        if key in seen:
            sink.add(item.lines.get(field, item.line), key, field, f"{what}“{key}”重复")


def load(data_dir: Path) -> KnowledgeBase:
    """Load and check data/; raise DataErrors listing every problem at once."""
    loader = Loader(data_dir)
    if not loader.schema:
        raise DataErrors(loader.errors)
    themes, honours = loader.themes(), loader.honours()
    provinces, unit_items = loader.regions(), loader.units()
    source_items, record_items = loader.sources(), loader.records()
    if not record_items and not loader.errors:
        loader.errors.append(DataError(loader.rel(loader.root), 0, "", "", "没有任何记录：站点不能为空"))
    draft_items = loader.drafts()
    resolver = Resolver(loader, themes, honours, provinces)
    kb = resolver.build(unit_items, source_items, record_items)
    _check_draft_citations(resolver, draft_items)
    kb.drafts = {draft_id: data for draft_id, (data, _) in draft_items.items()}  # validated, never published
    loader.errors.extend(check_paths(kb, loader.theme_places, source_items))
    if loader.errors:
        raise DataErrors(loader.errors)
    return kb


def _check_draft_citations(resolver: Resolver, draft_items) -> None:
    for draft_id, (data, sink) in draft_items.items():
        for index, item in enumerate(data.get("evidence") or []):
            if isinstance(item, dict):
                resolver._check_citation(item, sink, draft_id, item.line, f"evidence[{index}]")
    resolver._check_citations(draft_items, [])


__all__ = ["load", "Loader"]
