"""YAML with line numbers, read strictly and within bounds: every mapping and list remembers where
each item was written, and a file that cannot be read honestly is a named error, never a traceback.

The raw text is checked first (yamltext: size, UTF-8, control characters, tabs). Documents are built from libyaml's event stream (yaml.CSafeLoader when PyYAML has it, the pure
Python parser otherwise) without PyYAML's composer and constructor, so:
- aliases are refused where they are used (no "billion laughs", no self-reference),
- nesting depth, number of values, file size and scalar size are bounded,
- scalars follow yamlscalar (YAML 1.2 core, stricter where 1.1 disagrees; unknown tags refused),
- duplicate keys are errors (PyYAML keeps the last silently), keys stay text (`no:` is not false),
- text is NFC, without zero-width characters; control and bidi characters are errors.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .errors import ErrorSink
from .yamlscalar import ScalarError, clean_text, resolve, show_tag
from .yamltext import clean_document, decode, read_bytes, tab_indents

PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 40               # a region tree is about a dozen levels deep
MAX_VALUES = 500_000         # scalars and collections in one file
MAX_KEY = 200                # characters in a key


# libyaml's wording for the problems a curator meets, in Chinese (others are shown as libyaml says them).
PROBLEMS = {
    "found invalid Unicode character escape code": "无效的 Unicode 转义（例如单独的代理字符 \\ud800）",
    "found unknown escape character": "未知的转义字符（双引号里的反斜杠）",
    "found character that cannot start any token": "这里的字符不能开始一个值（缩进或引号有误？）",
    "found undefined alias": "使用了未定义的别名",
    # PyYAML 6.0.4's libyaml stops very deep nesting itself, before our own depth bound sees it
    "exceeded maximum nesting depth": "嵌套过深：数据文件用不到这么多层",
}


class LocatedDict(dict):
    """A mapping whose `line` is where it starts and `lines[key]` where each key was written."""

    line = 0
    lines: dict


class LocatedList(list):
    line = 0
    lines: list


class Refused(Exception):
    """Stops reading one file; its error is already in the sink."""


_NO_KEY, _BAD_KEY = object(), object()


class _Frame:
    __slots__ = ("value", "key", "key_line")

    def __init__(self, value):
        self.value, self.key, self.key_line = value, _NO_KEY, 0


class _Builder:
    """Turns parser events into LocatedDict / LocatedList / scalars, with a stack instead of recursion."""

    def __init__(self, sink: ErrorSink):
        self.sink, self.stack, self.count = sink, [], 0
        self.root, self.documents = None, 0

    def field(self) -> str:
        parts = []
        for frame in self.stack:
            if isinstance(frame.value, list):
                parts.append(f"[{len(frame.value)}]")
            elif frame.key not in (_NO_KEY, _BAD_KEY):
                parts.append(("." if parts else "") + frame.key)
        return "".join(parts)

    def error(self, line: int, message: str) -> None:
        self.sink.add(line, "", self.field(), message)

    def feed(self, event) -> None:
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            return
        line = event.start_mark.line + 1
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self.sink.add(line, "", "", "一个文件只能有一个 YAML 文档（这里又以 --- 开始了一个）")
                raise Refused
            return
        self.count += 1
        if self.count > MAX_VALUES:
            self.sink.add(line, "", "", f"文件中的值超过 {MAX_VALUES} 个：请拆分或删减")
            raise Refused
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.attach(self.stack.pop().value, 0)
        elif isinstance(event, yaml.CollectionStartEvent):
            self.start(event, line)
        elif isinstance(event, yaml.AliasEvent):
            self.error(line, f"不允许使用 YAML 别名（*{event.anchor}）：请把内容直接写出来")
            self.attach(None, line)
        else:
            self.attach(self.scalar(event, line), line)

    def start(self, event, line: int) -> None:
        if len(self.stack) >= MAX_DEPTH:
            self.sink.add(line, "", "", f"嵌套过深（超过 {MAX_DEPTH} 层）：数据文件用不到这么多层")
            raise Refused
        if event.tag not in (None, "!"):
            self.error(line, f"不支持的 YAML 标签“{show_tag(event.tag)}”：数据文件只写普通的文字、数字和列表")
        value = LocatedDict() if isinstance(event, yaml.MappingStartEvent) else LocatedList()
        value.line, value.lines = line, {} if isinstance(value, dict) else []
        self.stack.append(_Frame(value))

    def scalar(self, event, line: int):
        text = event.value
        try:
            if event.style == '"':  # escapes (\x1b, \u202e, \u200b) appear only in double quotes
                text = clean_text(text)
            if self.stack and isinstance(self.stack[-1].value, dict) and self.stack[-1].key is _NO_KEY:
                return text  # keys stay text
            return resolve(text, event.tag, not event.style)
        except ScalarError as refused:
            self.error(line, str(refused))
            return None

    def attach(self, value, line: int) -> None:
        line = getattr(value, "line", line)
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        target = frame.value
        if isinstance(target, list):
            target.append(value)
            target.lines.append(line)
        elif frame.key is _NO_KEY:
            self.take_key(frame, value, line)
        else:
            if frame.key is not _BAD_KEY:
                target[frame.key] = value
            frame.key = _NO_KEY

    def take_key(self, frame: _Frame, key, line: int) -> None:
        target = frame.value
        if not isinstance(key, str):
            self.sink.add(line, "", self.field(), "键必须是文字（不能是列表、映射或别名）")
            frame.key = _BAD_KEY
        elif len(key) > MAX_KEY:
            self.sink.add(line, "", self.field(), f"键过长（{len(key)} 个字符）")
            frame.key = _BAD_KEY
        elif key in target:
            self.sink.add(line, "", (self.field() + "." if self.field() else "") + key,
                          f"同一映射中重复的键（第 {target.lines[key]} 行已有）")
            frame.key = _BAD_KEY
        else:
            frame.key, frame.key_line = key, line
            target.lines[key] = line
            target[key] = None  # keeps the written order even if the value is refused


def parse(text: str, sink: ErrorSink):
    """The document in `text` (None if empty), adding every problem to `sink`; raises Refused."""
    builder = _Builder(sink)
    parser = PARSER(text)
    try:
        while parser.check_event():
            builder.feed(parser.get_event())
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        problem = PROBLEMS.get(problem, problem)
        sink.add(mark.line + 1 if mark else 0, "", "", f"YAML 语法错误：{problem}")
        raise Refused from None
    finally:
        parser.dispose()
    return builder.root


def load_yaml(path: Path, sink: ErrorSink):
    """Return the document at `path` with positions, or None after adding its errors to `sink`.
    An empty document (no content, only comments, `---` or `~`) is an error too."""
    raw = read_bytes(path, sink)
    text = None if raw is None else decode(raw, sink)
    text = None if text is None else clean_document(text, sink)
    if text is None or tab_indents(text, sink):
        return None
    before = len(sink.errors)
    try:
        document = parse(text, sink)
    except Refused:
        return None
    if document is None and len(sink.errors) == before:
        sink.add(1, "", "", "文件没有内容（空文件、只有注释、只有 --- 或 ~）：请写入内容，或删除此文件")
    return document
