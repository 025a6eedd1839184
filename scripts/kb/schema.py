"""Check one YAML value against a field spec from data/schema.yaml.

The engine knows types, not kinds: which fields a record, a region or an article has is data.
References are not resolved here; they are collected as `Ref`s and checked once every file is loaded.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .errors import ErrorSink
from .yamlscalar import describe

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LINES_PATTERN = re.compile(r"([0-9]+)(?: *- *([0-9]+))?")  # ASCII digits: ４ or ٤ is no line number
TYPE_NAMES = {"str": "一行文字", "text": "文字", "int": "整数", "year": "年份（四位整数）",
              "bool": "true 或 false", "date": "日期", "lines": "行号（如 120 或 120-125）",
              "id": "由小写字母、数字和连字符组成的标识", "list": "列表", "map": "映射",
              "enum": "取值之一", "ref": "引用"}


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
    schema: dict
    forbidden: list[tuple[re.Pattern, str]]
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


def _is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, (list, dict)) and not value


def _check_text(value, spec, ctx: Context, line: int, path: str) -> None:
    if not isinstance(value, str):
        ctx.error(line, path, f"应为{TYPE_NAMES[spec['type']]}，实际读到{describe(value)}")
        return
    if spec["type"] == "str" and "\n" in value.strip():
        ctx.error(line, path, "应为一行文字，不能换行")
    limit = spec.get("max_length") or ctx.schema.get("limits", {}).get(spec["type"])
    if limit and len(value) > limit:
        ctx.error(line, path, f"过长：{len(value)} 个字符，上限 {limit}")
        return
    for pattern, what in ctx.forbidden:
        found = pattern.search(value)
        if found:
            ctx.error(line, path, f"含有{what}“{found.group(0)}”：占位符和网页残留不得发布，请删去或改写")
            break  # one message per field is enough: 20XX would match several patterns


def _check_scalar(value, spec, ctx: Context, line: int, path: str) -> None:
    kind = spec["type"]
    ok = {
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "year": lambda v: isinstance(v, int) and not isinstance(v, bool) and 1900 <= v <= 2100,
        "bool": lambda v: isinstance(v, bool),
        "date": lambda v: isinstance(v, (dt.date, str)),
        "lines": lambda v: parse_lines(v) is not None,
        "id": lambda v: isinstance(v, str) and bool(ID_PATTERN.fullmatch(v)),  # `$` would let "x\n" pass
    }[kind]
    if not ok(value):
        ctx.error(line, path, f"应为{TYPE_NAMES[kind]}，实际读到{describe(value)}")


def _check_enum(value, spec, ctx: Context, line: int, path: str) -> None:
    values = spec.get("values") or ctx.schema[spec["values_from"]]
    if value not in values:
        ctx.error(line, path, f"“{value}”不在允许的取值中：{'、'.join(map(str, values))}")


def _check_list(value, spec, ctx: Context, line: int, path: str) -> None:
    if not isinstance(value, list):
        ctx.error(line, path, f"应为列表（每项以“- ”开头），实际读到{describe(value)}")
        return
    if len(value) < spec.get("min", 0):
        ctx.error(line, path, f"至少需要 {spec['min']} 项")
    most = spec.get("max") or ctx.schema.get("limits", {}).get("list")
    if most and len(value) > most:
        ctx.error(line, path, f"列表过长：{len(value)} 项，上限 {most} 项")
        return
    lines = getattr(value, "lines", [line] * len(value))
    for index, (item, item_line) in enumerate(zip(value, lines)):
        check_value(item, spec["of"], ctx, item_line, f"{path}[{index}]")


def check_fields(mapping, fields: dict, ctx: Context, line: int, path: str = "") -> None:
    """Check a mapping: unknown keys, missing required fields, then each value."""
    if not isinstance(mapping, dict):
        ctx.error(line, path, f"应为映射（“键: 值”），实际读到{describe(mapping)}")
        return
    lines = getattr(mapping, "lines", {})
    prefix = f"{path}." if path else ""
    for key, value in mapping.items():
        key_line = lines.get(key, line)
        if key not in fields:
            ctx.error(key_line, prefix + key, f"未知字段（允许的字段：{', '.join(fields)}）")
            continue
        spec = fields[key]
        if _is_empty(value):
            if spec.get("required"):
                ctx.error(key_line, prefix + key, "必填字段不能为空")
            continue
        check_value(value, spec, ctx, key_line, prefix + key)
    for key, spec in fields.items():
        if spec.get("required") and key not in mapping:
            ctx.error(line, prefix + key, "缺少必填字段")


def check_value(value, spec: dict, ctx: Context, line: int, path: str) -> None:
    if "$ref" in spec:
        spec = ctx.schema.get(spec["$ref"]) or ctx.schema["files"][spec["$ref"]]
        if "type" not in spec:  # a named set of fields, e.g. `region` inside `children`
            spec = {"type": "map", "fields": spec}
    line = getattr(value, "line", 0) or line
    kind = spec["type"]
    if kind in ("str", "text"):
        _check_text(value, spec, ctx, line, path)
    elif kind == "enum":
        _check_enum(value, spec, ctx, line, path)
    elif kind == "ref":
        if isinstance(value, str) and value.strip():
            ctx.refs.append(Ref(spec["to"], value, line, path))
        else:
            ctx.error(line, path, f"引用应为文字，实际读到{describe(value)}")
    elif kind == "list":
        _check_list(value, spec, ctx, line, path)
    elif kind == "map":
        check_fields(value, spec["fields"], ctx, line, path)
    else:
        _check_scalar(value, spec, ctx, line, path)


def compile_forbidden(schema: dict) -> list[tuple[re.Pattern, str]]:
    rules = [(re.compile(p), "占位符") for p in schema["forbidden"]["placeholders"]]
    rules += [(re.compile(re.escape(s)), "网页残留") for s in schema["forbidden"]["boilerplate"]]
    return rules


def record_fields(schema: dict, kind: str) -> dict:
    return {**schema["record"]["common"], **schema["record"]["kinds"][kind]["fields"]}
