"""The text a reader sees in the body of a record page, taken from the generated Markdown.

Sources, the citation box and the related-records list hold titles of articles and other records
(audited on their own pages), so they are left out; links keep their label, escapes are undone."""
from __future__ import annotations

import html
import re

_FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
_SECTION = re.compile(r"^## (.+)$", re.M)
_LEFT_OUT = {"来源", "引用", "相关记录"}
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")
_MARKUP = re.compile(r"^\s*(?:[-*] |#+ |\|? *-{3}.*$|!!! \w+ |\{:.*\}$)|\*\*|`", re.M)


def body_sections(markdown: str) -> list[tuple[str, str]]:
    """(heading, text) of each section of a page; the part before the first heading is ''."""
    text = _FRONT.sub("", markdown)
    marks = list(_SECTION.finditer(text))
    sections = [("", text[: marks[0].start()] if marks else text)]
    for mark, following in zip(marks, marks[1:] + [None]):
        sections.append((mark.group(1).strip(), text[mark.end(): following.start() if following else len(text)]))
    return sections


def visible(markdown_part: str) -> str:
    text = _LINK.sub(r"\1", markdown_part)
    text = _TAG.sub("", text)
    text = _MARKUP.sub("", text)
    return html.unescape(text)


def main_text(markdown: str) -> str:
    """The reader-visible body: every section but sources, citation and related records."""
    return "\n".join(visible(text) for heading, text in body_sections(markdown) if heading not in _LEFT_OUT)
