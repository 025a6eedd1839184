"""What a YAML scalar means in data/: YAML 1.2 core rules, stricter where 1.1 and 1.2 disagree.

A value that YAML 1.1 (PyYAML's default) and YAML 1.2 read differently — `010` (octal 8 or ten),
`1:5` (sexagesimal 65), `0x7e7`, `NO` (false or text) — is refused with both readings named, so no
fact changes silently. Numbers are ASCII digits only; floats stay text exactly as written
(`4.80` must not become 4.8).
"""
from __future__ import annotations

import re
import unicodedata

YAML_TAG = "tag:yaml.org,2002:"
TEXT_TAGS = {None, "!", YAML_TAG + "str"}  # plain, non-specific `!`, or an explicit `!!str`
NULLS = {"", "~", "null", "Null", "NULL"}
BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
INTEGER = re.compile(r"[-+]?(?:0|[1-9][0-9]*)", re.ASCII)
MAX_DIGITS = 18  # a year, a count, a line number; Python refuses int() past 4,300 digits anyway

# YAML 1.1 forms that would silently turn into another value: (pattern, what 1.1 reads it as)
AMBIGUOUS = [
    (re.compile(r"(?:y|Y|yes|Yes|YES|on|On|ON)"), lambda s: "布尔值 true"),
    (re.compile(r"(?:n|N|no|No|NO|off|Off|OFF)"), lambda s: "布尔值 false"),
    (re.compile(r"[-+]?0[0-7_]+"), lambda s: f"八进制数 {_int(s, 8)}"),
    (re.compile(r"[-+]?0[0-9_]+"), lambda s: "文字（YAML 1.2 读作整数）"),
    (re.compile(r"[-+]?0o[0-7_]+"), lambda s: f"八进制数 {_int(s.replace('0o', '', 1), 8)}"),
    (re.compile(r"[-+]?0x[0-9a-fA-F_]+"), lambda s: f"十六进制数 {_int(s.replace('0x', '', 1), 16)}"),
    (re.compile(r"[-+]?0b[01_]+"), lambda s: f"二进制数 {_int(s.replace('0b', '', 1), 2)}"),
    (re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"), lambda s: f"六十进制数 {_sexagesimal(s)}"),
    (re.compile(r"[-+]?[0-9][0-9_]*_[0-9_]*"), lambda s: f"整数 {_int(s, 10)}"),
]

# Control, bidi-override, line-separator and non-characters: invisible, or reorder what a reader sees.
FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e"
                             "\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
# Zero-width characters carry no text: removed before any check, so a title of only U+200B is empty.
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


class ScalarError(ValueError):
    """A scalar the loader refuses; the message is Chinese and says what it was read as."""


def _int(text: str, base: int) -> str:
    digits = text.replace("_", "")
    return str(int(digits, base)) if len(digits) <= MAX_DIGITS else "（位数过多）"


def _sexagesimal(text: str) -> str:
    sign = -1 if text.startswith("-") else 1
    total = 0
    for part in text.lstrip("+-").split(".")[0].split(":"):
        total = total * 60 + int(part.replace("_", "") or 0)
    return str(sign * total)


def clean_text(value: str) -> str:
    """NFC, without zero-width characters; raises ScalarError on a control or bidi character."""
    value = ZERO_WIDTH.sub("", value)
    found = FORBIDDEN_CHARS.search(value)
    if found:
        raise ScalarError(f"含有不可见的控制字符 {char_name(found.group(0))}：请删去")
    return unicodedata.normalize("NFC", value) if not value.isascii() else value


def char_name(char: str) -> str:
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    return f"{code}（{name}）" if name else code


def show_tag(tag: str) -> str:
    return "!!" + tag[len(YAML_TAG):] if tag.startswith(YAML_TAG) else tag


def resolve(value: str, tag, plain: bool):
    """The Python value of one scalar: str, int, bool or None."""
    if tag not in TEXT_TAGS:
        raise ScalarError(f"不支持的 YAML 标签“{show_tag(tag)}”：数据文件只写普通的文字、数字和列表，不执行也不解释标签")
    if not plain or tag is not None:
        return value
    if value in NULLS:
        return None
    if value in BOOLS:
        return BOOLS[value]
    if INTEGER.fullmatch(value):
        if len(value.lstrip("+-")) > MAX_DIGITS:
            raise ScalarError(f"数字过长（{len(value.lstrip('+-'))} 位，上限 {MAX_DIGITS} 位）")
        return int(value)
    for pattern, reading in AMBIGUOUS:
        if pattern.fullmatch(value):
            read_as = reading(value)
            meant = "如指真假请写 true 或 false" if "布尔" in read_as else "如指数字请写不带前导 0 的十进制整数"
            raise ScalarError(f"“{value}”有歧义，不同的 YAML 版本读法不同（YAML 1.1 读作{read_as}）："
                              f"如指文字请加引号（'{value}'），{meant}")
    return value


def describe(value) -> str:
    """What a loaded value is, in words a curator knows (never a Python class name)."""
    if value is None:
        return "空值"
    if isinstance(value, bool):
        return f"布尔值 {'true' if value else 'false'}"
    if isinstance(value, int):
        return f"整数 {value}"
    if isinstance(value, dict):
        return "映射（“键: 值”）"
    if isinstance(value, list):
        return f"列表（{len(value)} 项）"
    text = str(value)
    shown = text if len(text) <= 40 else text[:40] + "…"
    if any(c.isdigit() and not c.isascii() for c in text):
        return f"文字“{shown}”（含全角或其他文字的数字，请用半角 0-9）"
    return f"文字“{shown}”"
