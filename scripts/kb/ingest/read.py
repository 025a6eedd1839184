"""Step 1, read: decode the file, convert traditional script, strip site boilerplate.

Line numbers are sacred: they are how every draft cites its source. Stripping therefore blanks
a line or cuts a fragment out of it, and never removes or merges lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

# Site and paywall leftovers (../shared/sources/README.md); the schema's own boilerplate list is added.
BOILERPLATE_LINE = re.compile(
    r"欢迎来到|发表咨询|订阅咨询|由会员分享|可在线阅读|更多相关|配套讲稿|特殊限制|关\s*键\s*词|禁止商用|"
    r"如PPT文件|仅作为作品整体效果|^\s*-\s+(?:\S{1,4}\s+){3,}\S{1,4}\s*$|^首页\s|^\s*时间[:：]\s*\d{4}-\d{2}-\d{2}|"
    r"^\s*\d{1,4}\s*$|^第\s*\d+\s*页|^\s*[-—]\s*\d+\s*[-—]\s*$|\.docx?\s*$|^\s*0\s*$")
FRAGMENTS = [r"##paid(?:begin|end)##", r"联系\s*32311699[，,]?", r"×?>?文秘站:?<?×?",
             r"本稿件版权属于\S*?秘书网", r"版权所有\S*", r"\d{3}-\d{3}-\d{3,4}"]
BANNER = re.compile(r"^\s*(.{0,30}?)范文\s*(\d+)\s*$")
DATE_META = re.compile(r"^\s*时间[:：]\s*(\d{4}-\d{2}-\d{2})")
PAGE_PREFIX = re.compile(r"^(\d{1,3})、")


@dataclass
class Stripped:
    line: int
    text: str
    why: str


@dataclass
class Document:
    path: Path
    encoding: str
    lines: list[str]                   # cleaned text, one entry per line of the file
    raw: list[str]
    converted: int = 0                 # characters changed by traditional → simplified
    stripped: list[Stripped] = field(default_factory=list)
    banners: dict[int, int] = field(default_factory=dict)   # line → 范文 number
    page_mode: bool = False            # each line is a page of a .docx: words run across lines
    meta_date: str = ""

    def text(self, first: int, last: int) -> str:
        return "\n".join(self.lines[first - 1:last])


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the encoding it was found in: UTF-8 first, else charset-normalizer's guess."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8（带 BOM）"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    guess = (best.encoding if best else "") or ""
    # GB2312 and GBK are subsets of GB18030; a short Chinese file is often guessed as one of them.
    if not guess or guess.replace("_", "").lower() in {"gb2312", "gbk", "gb18030", "hz", "cp936"}:
        try:
            return raw.decode("gb18030"), f"GB18030/GBK（charset-normalizer 判断为 {guess or '未知'}）"
        except UnicodeDecodeError:
            pass
    if best:
        return str(best), f"{guess}（charset-normalizer 判断）"
    return raw.decode("gb18030", errors="replace"), "GB18030（无法确定，按 GB18030 读取，可能有乱码）"


def to_simplified(lines: list[str]) -> tuple[list[str], int]:
    """Convert with OpenCC only when the text is really traditional: t2s also rewrites a few
    characters of simplified text, and figures and names must stay as written."""
    import opencc

    converter = opencc.OpenCC("t2s")
    out = [converter.convert(line) for line in lines]
    changed = sum(a != b for old, new in zip(lines, out) if len(old) == len(new) for a, b in zip(old, new))
    cjk = sum(1 for line in lines for ch in line if "\u4e00" <= ch <= "\u9fff") or 1
    if changed >= 5 and changed / cjk > 0.02:
        return out, changed
    return lines, 0


def read_document(path: Path, boilerplate: list[str] = ()) -> Document:
    text, encoding = decode(Path(path).read_bytes())
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    lines, converted = to_simplified(raw)
    doc = Document(Path(path), encoding, list(lines), raw, converted)
    extra = [re.escape(word) for word in boilerplate]
    _strip_lines(doc, re.compile("|".join(FRAGMENTS + extra)))
    _strip_page_numbers(doc)
    _strip_teasers(doc)
    return doc


def _strip_lines(doc: Document, fragments: re.Pattern) -> None:
    for number, line in enumerate(doc.lines, 1):
        if not line.strip():
            continue
        date = DATE_META.match(line)
        if date:
            doc.meta_date = doc.meta_date or date[1]
        banner = BANNER.match(line)
        if banner:
            doc.banners[number] = int(banner[2])
            _blank(doc, number, "范文编号横幅")
        elif BOILERPLATE_LINE.search(line):
            _blank(doc, number, "网站残留或页码")
        elif fragments.pattern and fragments.search(line):
            cut = fragments.sub("", line)
            doc.stripped.append(Stripped(number, "；".join(m.group(0) for m in fragments.finditer(line)),
                                         "句中的网站残留"))
            doc.lines[number - 1] = cut


def _strip_page_numbers(doc: Document) -> None:
    """`2、` `3、` … starting consecutive lines are page numbers of an extracted .docx."""
    numbered = [(i, int(m[1])) for i, line in enumerate(doc.lines, 1) if (m := PAGE_PREFIX.match(line))]
    run = sum(1 for (_, a), (_, b) in zip(numbered, numbered[1:]) if b == a + 1)
    if len(numbered) < 5 or run < 0.8 * (len(numbered) - 1):
        return
    doc.page_mode = True
    for number, page in numbered:
        doc.lines[number - 1] = PAGE_PREFIX.sub("", doc.lines[number - 1], count=1)
        doc.stripped.append(Stripped(number, f"{page}、", "页码残留"))


def _strip_teasers(doc: Document) -> None:
    """A line repeated by the next content line (a web teaser or a repeated page title)."""
    content = [(i, line.strip()) for i, line in enumerate(doc.lines, 1) if line.strip()]
    seen_short: set[str] = set()
    for (number, line), (_, following) in zip(content, content[1:] + [(0, "")]):
        if len(line) >= 10 and following.startswith(line.rstrip("…").rstrip(".")) and following != line:
            _blank(doc, number, "重复的摘要行")
        elif len(line) < 40 and line in seen_short and number < len(doc.lines) * 0.05:
            _blank(doc, number, "重复的页面标题")
        seen_short.add(line)


def _blank(doc: Document, number: int, why: str) -> None:
    doc.stripped.append(Stripped(number, doc.lines[number - 1].strip(), why))
    doc.lines[number - 1] = ""
