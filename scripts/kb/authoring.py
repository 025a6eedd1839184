"""Curator commands: `kb schema` regenerates data/schema.json (and the editor line atop every
record file); `kb new KIND` writes a record skeleton with the next free id.

A skeleton marks what is still to write with 待填 (UNFILLED): `kb check` refuses it by field,
so an unfinished record cannot be published by accident.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .jsonschema_export import SCHEMA_COMMENT, export, write
from .labels import hint, label
from .model import KIND_ORDER
from .schema import UNFILLED


def add_schema_comments(data_dir: Path) -> int:
    """Put the editor's schema line first in every record file that lacks it."""
    changed = 0
    for kind in KIND_ORDER:
        for path in sorted((data_dir / kind).glob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            if not text.startswith(SCHEMA_COMMENT):
                path.write_text(f"{SCHEMA_COMMENT}\n{text}", encoding="utf-8")
                changed += 1
    return changed


def next_free_id(data_dir: Path, kind: str) -> str:
    taken = {p.stem for k in KIND_ORDER for p in (data_dir / k).glob("*.yaml")}
    number = 1
    while f"{kind}-new-{number}" in taken:
        number += 1
    return f"{kind}-new-{number}"


def _placeholder(node: dict, defs: dict) -> str:
    """A flow-style YAML value of 待填 for a required field, shaped like the field."""
    if "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[1]]
    kind = node.get("x-kb-type")
    if kind == "list":
        item = node["items"]
        return f"[{_placeholder(item, defs)}]"
    if kind == "map":
        parts = [f"{key}: {_placeholder(node['properties'][key], defs)}" for key in node["required"]]
        return "{" + ", ".join(parts) + "}"
    return UNFILLED


def _comment(name: str, node: dict, required: bool) -> str:
    text = f"{label(name)}（{'必填' if required else '可选'}）"
    if hint(name):
        text += f"：{hint(name)}"
    values = node.get("enum")
    if values and name != "kind":
        text += "；可选值：" + "、".join(str(v) for v in values if v is not None)
    return text


def skeleton(json_schema: dict, kind: str, record_id: str) -> str:
    defs = json_schema["$defs"]
    node = defs[f"record-{kind}"]
    lines = [SCHEMA_COMMENT, f"# 新{node['title']}记录：把每个“{UNFILLED}”换成实际内容，可选字段去掉行首的“# ”再填写。",
             "# 写完后运行 make check；文件名须与 id 相同（改 id 时一并改文件名）。"]
    for name, field in node["properties"].items():
        required = name in node["required"]
        lines.append(f"# {_comment(name, field, required)}")
        if name == "id":
            lines.append(f"id: {record_id}")
        elif name == "kind":
            lines.append(f"kind: {kind}")
        elif required:
            lines.append(f"{name}: {_placeholder(field, defs)}")
        else:
            lines.append(f"# {name}:")
    return "\n".join(lines) + "\n"


def new_record(data_dir: Path, kind: str) -> Path:
    json_schema = export(data_dir / "schema.yaml")
    record_id = next_free_id(data_dir, kind)
    path = data_dir / kind / f"{record_id}.yaml"
    path.write_text(skeleton(json_schema, kind, record_id), encoding="utf-8")
    return path


def run(command: str, data_dir: Path, argument: str) -> int:
    if command == "schema":
        target = write(data_dir)
        changed = add_schema_comments(data_dir)
        print(f"已写入 {target}；{changed} 个记录文件补上了编辑器校验行")
        return 0
    if argument not in KIND_ORDER:
        print(f"用法：kb new KIND，KIND 为 {'、'.join(KIND_ORDER)} 之一", file=sys.stderr)
        return 2
    path = new_record(data_dir, argument)
    print(f"已创建 {path}：把“{UNFILLED}”换成实际内容后运行 make check")
    return 0
