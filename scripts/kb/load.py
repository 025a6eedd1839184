"""Load every file in data/, check it against the JSON Schema made from data/schema.yaml, resolve references.

All errors are collected and raised once (DataErrors), each naming file, line, record and field.
"""
from __future__ import annotations

from pathlib import Path

from . import filecache
from .errors import DataError, DataErrors, ErrorSink
from .model import KIND_ORDER, Honour, KnowledgeBase, Theme
from .regions import build_region
from .resolve import Resolver
from .jsonschema_export import Exporter
from .schema import Checker, Context, Ref, compile_forbidden, record_definition
from .yamlsrc import load_yaml


class Loader:
    def __init__(self, data_dir: Path):
        self.root = Path(data_dir)
        self.errors: list[DataError] = []
        self.pending: list[tuple[Context, Ref]] = []
        self.unreadable: set[str] = set()  # ids of record files that did not parse
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
        return load_yaml(path, sink) or {}

    def read(self, path: Path):
        sink = ErrorSink(self.rel(path), self.errors)
        if not path.exists():
            sink.add(0, "", "", "文件不存在")
            return None, sink
        return filecache.read(path, sink, load_yaml), sink

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
        for path in sorted((self.root / "regions").glob("*.yaml")):
            data, sink = self.read(path)
            if data is None:
                continue
            self.check(data, "region", sink, str(data.get("name", "")) if isinstance(data, dict) else "")
            if isinstance(data, dict) and isinstance(data.get("name"), str):
                provinces.append(build_region(data, None, sink.file))
        return provinces

    def sources(self) -> list[tuple[dict, ErrorSink]]:
        out = []
        for path in sorted((self.root / "sources").glob("*.yaml")):
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
            for path in sorted((self.root / kind).glob("*.yaml")):
                data, sink = self.read(path)
                if data is None:
                    self.unreadable.add(path.stem)  # its own error is enough; no cascade of dangling refs
                    continue
                self._check_record(path, kind, data, sink, out)
        return out

    def _check_record(self, path: Path, kind: str, data, sink: ErrorSink, out: dict) -> None:
        if not isinstance(data, dict):
            sink.add(1, path.stem, "", "记录文件的内容应为映射（“键: 值”）")
            return
        record_id = str(data.get("id", path.stem))
        self.check(data, record_definition(kind), sink, record_id)
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
    kb = Resolver(loader, themes, honours, provinces).build(unit_items, source_items, record_items)
    if loader.errors:
        raise DataErrors(loader.errors)
    return kb


__all__ = ["load", "Loader"]
