"""Check one YAML document against data/schema.json, then run the checks only the project can make.

Types, required fields, enums and unknown keys are JSON Schema (validated by `jsonschema`, the
same schema VS Code and check-jsonschema read). Placeholders, site boilerplate and malformed line
ranges are checked here on every text the schema marks; references are collected as `Ref`s and
resolved once every file is loaded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from jsonschema import Draft202012Validator

from .errors import ErrorSink
from .yamlscalar import describe
from .jsonerrors import TYPE_NAMES, UNFILLED, SchemaWalk, is_empty, messages

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # use fullmatch: `$` would let "x\n" pass
LINES_PATTERN = re.compile(r"^([0-9]+)(?:\s*-\s*([0-9]+))?$")  # ASCII digits: ４ or ٤ is no line number


@dataclass(frozen=True)
class Ref:
    to: str
    value: object
    line: int
    field: str


@dataclass
class Context:
    """Where a value sits: the file's sink, the record id, and the references found so far."""

    sink: ErrorSink
    record: str
    refs: list[Ref] = field(default_factory=list)

    def error(self, line: int, path: str, message: str) -> None:
        self.sink.add(line, self.record, path, message)


def parse_lines(value) -> tuple[int, int] | None:
    """`120` or `"120-125"` as an inclusive (first, last) pair, or None if malformed."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value, value
    match = LINES_PATTERN.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        return None
    first, last = int(match[1]), int(match[2] or match[1])
    return (first, last) if 0 < first <= last else None


def compile_forbidden(schema: dict) -> list[tuple[re.Pattern, str]]:
    rules = [(re.compile(p), "占位符") for p in schema["forbidden"]["placeholders"]]
    rules += [(re.compile(re.escape(s)), "网页残留") for s in schema["forbidden"]["boilerplate"]]
    return rules


class Checker:
    """One validator per definition in schema.json (`record-practice`, `source`, `theme`…)."""

    def __init__(self, json_schema: dict, forbidden: list[tuple[re.Pattern, str]]):
        self.root = json_schema
        self.walk = SchemaWalk(json_schema)
        self.forbidden = forbidden
        self.validators: dict[str, Draft202012Validator] = {}

    def validator(self, definition: str) -> Draft202012Validator:
        if definition not in self.validators:
            schema = {"$defs": self.root["$defs"], "$ref": f"#/$defs/{definition}"}
            self.validators[definition] = Draft202012Validator(schema)
        return self.validators[definition]

    def check(self, value, definition: str, ctx: Context, line: int) -> None:
        schema = {"$ref": f"#/$defs/{definition}"}
        for error in self.validator(definition).iter_errors(value):
            for where, path, message in messages(error, value, line, self.walk, schema):
                ctx.error(where, path, message)
        self._project_checks(value, schema, ctx, line, "")

    def _project_checks(self, value, schema: dict, ctx: Context, line: int, path: str) -> None:
        """Walk the values the schema describes: prose for placeholders, refs, line ranges."""
        if is_empty(value):
            return
        if isinstance(value, str) and UNFILLED in value:
            ctx.error(line, path, f"尚未填写：请把“{UNFILLED}”换成实际内容")
            return
        node = self.walk.resolve(schema, value)
        kind = node.get("x-kb-type")
        if kind == "ref" and isinstance(value, str):
            ctx.refs.append(Ref(node["x-kb-ref"], value, line, path))
        elif kind in ("str", "text") and isinstance(value, str):
            self._check_prose(value, node, ctx, line, path)
        elif kind == "lines" and parse_lines(value) is None and _ascii_lines(value):
            # the form is right (schema.json checks it) but the range is not: 0, or the end before the start
            ctx.error(line, path, f"应为{TYPE_NAMES['lines']}，实际读到{describe(value)}：行号从 1 起，结束行不能小于起始行")
        elif kind == "id" and isinstance(value, str) and not ID_PATTERN.fullmatch(value):
            # JSON Schema's `$` also matches before a final newline: "x\n" would pass it
            ctx.error(line, path, f"应为{TYPE_NAMES['id']}，实际读到{describe(value)}")
        elif isinstance(value, dict) and "properties" in node:
            for key, item in value.items():
                if key in node["properties"]:
                    item_line = getattr(item, "line", 0) or value.lines.get(key, line)
                    self._project_checks(item, node["properties"][key], ctx, item_line, f"{path}.{key}" if path else key)
        elif isinstance(value, list) and "items" in node:
            for index, (item, item_line) in enumerate(zip(value, value.lines)):
                self._project_checks(item, node["items"], ctx, getattr(item, "line", 0) or item_line, f"{path}[{index}]")

    def _check_prose(self, value: str, node: dict, ctx: Context, line: int, path: str) -> None:
        if len(value) > node.get("maxLength", len(value)):
            return  # already refused as too long; a pasted document would only add noise
        for pattern, what in self.forbidden:
            found = pattern.search(value)
            if found:
                ctx.error(line, path, f"含有{what}“{found.group(0)}”：占位符和网页残留不得发布，请删去或改写")
                break  # one message per field is enough: 20XX would match several patterns


def _ascii_lines(value) -> bool:
    return isinstance(value, int) or bool(re.fullmatch(r"\s*[0-9]+(?:\s*-\s*[0-9]+)?\s*", str(value)))


def record_definition(kind: str) -> str:
    return f"record-{kind}"


def draft_definition(kind: str) -> str:
    """A draft from `kb ingest` (data/drafts/): the record's fields plus evidence, summary etc. not yet due."""
    return f"draft-{kind}"
