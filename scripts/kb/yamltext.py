"""The raw text of a data file before YAML parses it: size, encoding, invisible characters, tabs.

Each problem is named with its line; a file failing here is not parsed at all.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from .errors import ErrorSink
from .yamlscalar import FORBIDDEN_CHARS, ZERO_WIDTH, char_name

MAX_BYTES = 8 * 1024 * 1024  # the largest real file is ~100 KB; a pasted archive is a mistake


def decode(raw: bytes, sink: ErrorSink) -> str | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # editors on Windows add a BOM; it carries no meaning here
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        sink.add(line, "", "", "文件不是 UTF-8 编码（或含有无效的字节），请另存为 UTF-8")
        return None


def clean_document(text: str, sink: ErrorSink) -> str | None:
    """The text in NFC without zero-width characters, or None after naming each forbidden character."""
    text = ZERO_WIDTH.sub("", text)
    bad = list(FORBIDDEN_CHARS.finditer(text))
    for found in bad[:20]:
        line = text.count("\n", 0, found.start()) + 1
        sink.add(line, "", "", f"含有不可见的控制字符 {char_name(found.group(0))}：请删去")
    return None if bad else unicodedata.normalize("NFC", text)


def tab_indents(text: str, sink: ErrorSink) -> bool:
    found = False
    for number, content in enumerate(text.splitlines(), 1):
        indent = content[: len(content) - len(content.lstrip(" \t"))]
        if "\t" in indent:
            sink.add(number, "", "", "行首缩进用了制表符（Tab），YAML 只允许空格缩进")
            found = True
    return found


def read_bytes(path: Path, sink: ErrorSink) -> bytes | None:
    try:
        if path.stat().st_size > MAX_BYTES:
            sink.add(0, "", "", f"文件过大（{path.stat().st_size} 字节，上限 {MAX_BYTES} 字节）")
            return None
        return path.read_bytes()
    except OSError as err:
        sink.add(0, "", "", f"无法读取文件：{err.strerror or err}")
        return None
