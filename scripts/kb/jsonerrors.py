"""JSON-Schema errors as the project's Chinese messages, each at the file line of its value.

The `jsonschema` library finds what is wrong; this module only says it the way a curator reads it:
the line comes from the located loader (LocatedDict/LocatedList), the field path is written
`sources[0].article`, and an empty optional value is not an error (as an editor would not mark it).
"""
from __future__ import annotations

from .yamlscalar import describe

UNFILLED = "待填"  # see kb.authoring: what a record skeleton leaves for the curator
TYPE_NAMES = {"str": "一行文字", "text": "文字", "int": "整数", "year": "年份（四位整数）",
              "bool": "true 或 false", "date": "日期", "lines": "行号（如 120 或 120-125）",
              "id": "由小写字母、数字和连字符组成的标识", "list": "列表", "map": "映射",
              "enum": "取值之一", "ref": "引用"}


def is_empty(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, (list, dict)) and not value


def field_name(path) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else step)
    return out


def locate(root, path, line: int):
    """The value at `path` and the line it was written on (a list or map: where it starts)."""
    node = root
    for step in path:
        lines = getattr(node, "lines", None)
        if lines is not None:
            line = lines.get(step, line) if isinstance(lines, dict) else lines[step]
        node = node[step]
    return node, getattr(node, "line", 0) or line


class SchemaWalk:
    """Follows the generated schema along an instance path ($ref, nullable anyOf, properties, items)."""

    def __init__(self, root_schema: dict):
        self.defs = root_schema["$defs"]

    def resolve(self, schema: dict, value) -> dict:
        while True:
            if "$ref" in schema:
                schema = self.defs[schema["$ref"].rsplit("/", 1)[1]]
            elif "anyOf" in schema and "x-kb-type" not in schema:
                schema = schema["anyOf"][-1]  # an optional field: [empty, the field's own schema]
            else:
                return schema

    def child(self, schema: dict, value, step) -> dict:
        schema = self.resolve(schema, value)
        if isinstance(step, int):
            return schema.get("items", {})
        return schema.get("properties", {}).get(step, {})

    def at(self, schema: dict, root, path) -> tuple[dict, dict]:
        """(schema of the parent, schema of the value) at `path`."""
        parent, node, value = {}, schema, root
        for step in path:
            parent, node, value = self.resolve(node, value), self.child(node, value, step), value[step]
        return parent, self.resolve(node, value)


def messages(error, root, base_line: int, walk: SchemaWalk, schema: dict):
    """Yield (line, field, message) for one jsonschema error."""
    if error.validator == "anyOf" and error.schema.get("x-kb-type") is None:
        for sub in error.context:  # an optional value that is not empty: report its own problems
            if sub.relative_schema_path[0] != 0:
                yield from messages(sub, root, base_line, walk, schema)
        return
    path = list(error.absolute_path)
    value, line = locate(root, path, base_line)
    field = field_name(path)
    if isinstance(value, str) and UNFILLED in value:
        return  # the project check says "尚未填写" for it; a type message would only confuse
    if error.validator == "additionalProperties":
        allowed = ", ".join(error.schema.get("properties", {}))
        for key in value:
            if key not in error.schema.get("properties", {}):
                yield value.lines.get(key, line), field_name([*path, key]), f"未知字段（允许的字段：{allowed}）"
        return
    if error.validator == "required":
        for key in error.validator_value:
            if key not in value:
                yield line, field_name([*path, key]), "缺少必填字段"
        return
    parent, node = walk.at(schema, root, path)
    if path and isinstance(path[-1], str) and is_empty(value):
        if path[-1] in parent.get("required", []):
            yield line, field, "必填字段不能为空"
        return  # an optional field left empty is simply absent
    kind = error.schema.get("x-kb-type") or node.get("x-kb-type", "")
    yield line, field, _message(kind, error, value)


def _message(kind: str, error, value) -> str:
    if kind in ("str", "text"):
        if error.validator == "maxLength":
            return f"过长：{len(value)} 个字符，上限 {error.validator_value}"
        if error.validator == "pattern":
            return "应为一行文字，不能换行"
        return f"应为{TYPE_NAMES[kind]}，实际读到{describe(value)}"
    if kind == "enum":
        allowed = [str(v) for v in error.validator_value if v is not None]
        return f"“{value}”不在允许的取值中：{'、'.join(allowed)}"
    if kind == "ref":
        return f"引用应为文字，实际读到{describe(value)}"
    if kind == "list":
        if error.validator == "minItems":
            return f"至少需要 {error.validator_value} 项"
        if error.validator == "maxItems":
            return f"列表过长：{len(value)} 项，上限 {error.validator_value} 项"
        return f"应为列表（每项以“- ”开头），实际读到{describe(value)}"
    if kind == "map":
        return f"应为映射（“键: 值”），实际读到{describe(value)}"
    return f"应为{TYPE_NAMES.get(kind, kind)}，实际读到{describe(value)}"
