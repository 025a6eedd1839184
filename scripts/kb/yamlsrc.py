"""YAML with line numbers: every mapping and list remembers where each item was written.

PyYAML silently keeps the last of two equal keys and forgets positions; curated data needs
both, so documents are composed to nodes and turned into LocatedDict / LocatedList here.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .errors import ErrorSink


class LocatedDict(dict):
    """A mapping whose `line` is where it starts and `lines[key]` where each key was written."""

    line = 0
    lines: dict


class LocatedList(list):
    line = 0
    lines: list


class _Loader(yaml.SafeLoader):
    pass


def _scalar(node: yaml.ScalarNode):
    return _Loader("").construct_object(node, deep=True)


def _convert(node, sink: ErrorSink):
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = LocatedDict()
        out.line, out.lines = line, {}
        for key_node, value_node in node.value:
            # Keys stay text: YAML 1.1 would read `no:` or `on:` as booleans.
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                sink.add(key_line, "", str(key), "键必须是文字")
                continue
            if key in out:
                sink.add(key_line, "", key, f"同一映射中重复的键（第 {out.lines[key]} 行已有）")
                continue
            out[key] = _convert(value_node, sink)
            out.lines[key] = key_line
        return out
    if isinstance(node, yaml.SequenceNode):
        out = LocatedList(_convert(item, sink) for item in node.value)
        out.line, out.lines = line, [item.start_mark.line + 1 for item in node.value]
        return out
    return _scalar(node)


def _decode(raw: bytes, sink: ErrorSink) -> str | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # editors on Windows add a BOM; it carries no meaning here
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        sink.add(line, "", "", "文件不是 UTF-8 编码，请另存为 UTF-8")
        return None


def _tab_indents(text: str, sink: ErrorSink) -> bool:
    found = False
    for number, content in enumerate(text.splitlines(), 1):
        indent = content[: len(content) - len(content.lstrip(" \t"))]
        if "\t" in indent:
            sink.add(number, "", "", "行首缩进用了制表符（Tab），YAML 只允许空格缩进")
            found = True
    return found


def load_yaml(path: Path, sink: ErrorSink):
    """Return the document at `path` with positions, or None after adding its errors to `sink`."""
    text = _decode(path.read_bytes(), sink)
    if text is None or _tab_indents(text, sink):
        return None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        sink.add(mark.line + 1 if mark else 0, "", "", f"YAML 语法错误：{problem}")
        return None
    return None if node is None else _convert(node, sink)
