"""Step 5, protect: placeholders never become facts, private persons stay out, and text that
looks garbled is reported as unreliable instead of being drafted with confidence."""
from __future__ import annotations

import re
from collections import Counter

from .split import DATE_LINE
from .text import Sentence

TOP = re.compile(r"^\s*([一二三四五六七八九十]{1,3})[、.．]")
SUB = re.compile(r"^\s*[（(]([一二三四五六七八九十]{1,3})[）)]")
ITEM = re.compile(r"^\s*(\d{1,2})[、.．](?!\d)")
NUMERALS = "一二三四五六七八九十"
DANGLING_START = re.compile(r"^[的了着地得和与及或但而，、。；）”]")


def placeholder_in(text: str, forbidden) -> str:
    """The placeholder or site leftover found in `text` ('' if none), by the schema's own rules."""
    for pattern, _ in forbidden:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return ""


def _numeral(text: str) -> int:
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + NUMERALS.index(text[1]) + 1
    if len(text) == 2 and text.endswith("十"):
        return (NUMERALS.index(text[0]) + 1) * 10
    return NUMERALS.index(text[-1]) + 1 if len(text) == 1 else 0


def _disorder(numbers: list[int], restarts: bool = True) -> int:
    """Steps that go backwards (a sub-list may restart at 1; an article's top level never does)."""
    return sum(1 for a, b in zip(numbers, numbers[1:]) if b < a and not (restarts and b == 1))


def garbled(paragraphs: list[tuple[int, str]], sentences: list[Sentence], page_mode: bool) -> list[str]:
    """Reasons an article looks unreliable ([] when it reads as a normal text)."""
    reasons = []
    long = [s.text for s in sentences if len(s.text) >= 8]
    if len(long) >= 6:
        repeated = sum(c - 1 for c in Counter(long).values() if c > 1)
        if repeated / len(long) > 0.2:
            reasons.append(f"大量重复：{repeated}/{len(long)} 个句子重复出现")
    texts = [t for _, t in paragraphs]
    for pattern, label, restarts in ((TOP, "一级小标题", False), (SUB, "二级小标题", True)):
        numbers = [_numeral(m[1]) for t in texts if (m := pattern.match(t))]
        if len(numbers) >= 3 and _disorder(numbers, restarts) >= (1 if not restarts else 2):
            reasons.append(f"{label}顺序错乱：{'、'.join(map(str, numbers[:12]))}")
    items = [int(m[1]) for t in texts if (m := ITEM.match(t))]
    if len(items) >= 4 and _disorder(items) >= 3:
        reasons.append(f"编号顺序错乱：{'、'.join(map(str, items[:12]))}")
    if not page_mode and len(texts) >= 5:
        dangling = sum(1 for t in texts if DANGLING_START.match(t))
        if dangling / len(texts) > 0.2:
            reasons.append(f"段落残缺：{dangling}/{len(texts)} 段以虚词或标点开头，像是拼接的片段")
    short = [s for s in sentences if len(s.text) < 6 and not TOP.match(s.text)]
    if len(sentences) >= 10 and len(short) / len(sentences) > 0.3:
        reasons.append(f"碎片过多：{len(short)}/{len(sentences)} 个句子不足 6 字")
    dates = [n for n, (_, t) in enumerate(paragraphs) if DATE_LINE.match(t)]
    if any(2 < n < len(paragraphs) - 3 for n in dates):
        reasons.append("落款日期出现在正文中间，段落顺序可能被打乱")
    return reasons
