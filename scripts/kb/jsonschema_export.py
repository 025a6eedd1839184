"""data/schema.yaml → data/schema.json (JSON Schema draft 2020-12), the one schema that the
validator, VS Code's YAML extension, check-jsonschema and the CMS all read.

schema.yaml stays the source (other branches add fields there); `python scripts/kb schema`
rewrites schema.json and a test fails when the committed file is stale. Each generated node
carries `x-kb-type` (the project's type name, for Chinese messages) and, for references,
`x-kb-ref` (what it points at, resolved by the loader after every file is read).
"""
from __future__ import annotations

import json
from pathlib import Path

from .errors import DataErrors, ErrorSink
from .labels import hint, label
from .yamlsrc import load_yaml

ID_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$"
LINES_PATTERN = r"^\s*[0-9]+(?:\s*-\s*[0-9]+)?\s*$"  # ASCII digits only: ４ or ٥ is no line number
ONE_LINE_PATTERN = r"^\s*[^\n]*\s*$"  # a str may not break inside; surrounding blanks are trimmed
NOT_BLANK = r"\S"
SCHEMA_COMMENT = "# yaml-language-server: $schema=../schema.json"
FILE_DEFS = {"theme": "themes-file", "honour": "honours-file", "unit": "units-file"}
DRAFT = "https://json-schema.org/draft/2020-12/schema"


class Exporter:
    def __init__(self, spec: dict):
        self.spec = spec

    def field(self, name: str, spec: dict) -> dict:
        node = self.value(spec)
        node = {"title": label(name), **({"description": hint(name)} if hint(name) else {}), **node}
        if not spec.get("required"):
            return _nullable(node)
        if node.get("type") == "string":
            node["allOf"] = [{"pattern": NOT_BLANK}]  # blank text counts as missing
        return node

    def value(self, spec: dict) -> dict:
        if "$ref" in spec:
            return {"$ref": f"#/$defs/{spec['$ref']}"}
        kind = spec["type"]
        limits = self.spec.get("limits", {})
        if kind in ("str", "text"):
            most = spec.get("max_length") or limits.get(kind)
            node = {"type": "string", "maxLength": most} if most else {"type": "string"}
            if kind == "str":
                node["pattern"] = ONE_LINE_PATTERN
            return {"x-kb-type": kind, **node}
        if kind == "enum":
            return {"x-kb-type": kind, "enum": list(spec.get("values") or self.spec[spec["values_from"]])}
        if kind == "ref":
            return {"x-kb-type": kind, "x-kb-ref": spec["to"], "type": "string", "pattern": NOT_BLANK}
        if kind == "list":
            node = {"x-kb-type": kind, "type": "array", "items": self.value(spec["of"])}
            if spec.get("min"):
                node["minItems"] = spec["min"]
            if spec.get("max") or limits.get("list"):  # a pasted list of 100,000 keywords is a mistake
                node["maxItems"] = spec.get("max") or limits["list"]
            return node
        if kind == "map":
            return self.mapping(spec["fields"])
        return {"x-kb-type": kind, **SCALARS[kind]}

    def mapping(self, fields: dict) -> dict:
        return {"x-kb-type": "map", "type": "object",
                "properties": {name: self.field(name, spec) for name, spec in fields.items()},
                "required": [name for name, spec in fields.items() if spec.get("required")],
                "additionalProperties": False}

    def defs(self) -> dict:
        files = self.spec["files"]
        out = {"citation": self.value(self.spec["citation"])}
        for name, fields in files.items():
            out[name] = self.mapping(fields)
        for name, list_name in FILE_DEFS.items():
            out[list_name] = {"x-kb-type": "list", "type": "array", "items": {"$ref": f"#/$defs/{name}"}}
        common = self.spec["record"]["common"]
        for kind, info in self.spec["record"]["kinds"].items():
            node = self.mapping({**common, **info["fields"]})
            node["title"] = info["label"]
            out[f"record-{kind}"] = node
            out[f"draft-{kind}"] = self.draft(kind, {**common, **info["fields"]}, info["label"])
        return out

    def draft(self, kind: str, fields: dict, title: str) -> dict:
        """Drafts (data/drafts/, from `kb ingest`): evidence added; what the curator writes not yet required."""
        draft = self.spec["record"].get("draft", {})
        fields = {**fields, **draft.get("fields", {})}
        for name in draft.get("optional", []):
            if name in fields:
                fields[name] = {**fields[name], "required": False, "min": 0}
        return {**self.mapping(fields), "title": f"{title}（草稿）"}

    def document(self) -> dict:
        kinds = self.spec["record"]["kinds"]
        return {
            "$schema": DRAFT,
            "title": "双拥知识库记录",
            "description": "由 data/schema.yaml 生成（python scripts/kb schema），请勿手改",
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"title": label("kind"), "enum": list(kinds)}},
            "allOf": [{"if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
                       "then": {"$ref": f"#/$defs/record-{kind}"}} for kind in kinds],
            "$defs": self.defs(),
        }


SCALARS = {
    "int": {"type": "integer"},
    "year": {"type": "integer", "minimum": 1900, "maximum": 2100},
    "bool": {"type": "boolean"},
    "date": {"type": "string"},
    "id": {"type": "string", "pattern": ID_PATTERN},
    "lines": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": LINES_PATTERN}]},
}


EMPTY = {"enum": [None, ""]}


def _nullable(node: dict) -> dict:
    """An optional field may be left empty (`year:` or `year: ''`, as the CMS writes a cleared field):
    the loader treats an empty optional value as absent, and so does the schema."""
    labels = {k: node[k] for k in ("title", "description") if k in node}
    rest = {k: v for k, v in node.items() if k not in labels}
    return {**labels, "anyOf": [EMPTY, rest]}


def export(schema_yaml: Path) -> dict:
    """Read with the project's loader: keys stay text (YAML 1.1 would turn `no:` into false)."""
    errors: list = []
    spec = load_yaml(schema_yaml, ErrorSink(str(schema_yaml), errors))
    if errors or spec is None:
        raise DataErrors(errors)
    return Exporter(spec).document()


def render(schema_yaml: Path) -> str:
    return json.dumps(export(schema_yaml), ensure_ascii=False, indent=2) + "\n"


def write(data_dir: Path) -> Path:
    target = data_dir / "schema.json"
    target.write_text(render(data_dir / "schema.yaml"), encoding="utf-8")
    return target
