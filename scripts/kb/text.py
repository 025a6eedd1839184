"""Text from data is text: escape it so Markdown, HTML and Jinja in a field are shown literally."""
from __future__ import annotations

import html
import re

# Every ASCII character that means something to Markdown, its extensions or HTML becomes a
# numeric character reference: the browser shows the character, no parser acts on it.
_SPECIAL = set("\\`*_{}[]()#+-.!|<>&~^=:\"'$%@")
_CJK = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》、，。：；！？（）]"
_CJK_GAP = re.compile(rf"(?<={_CJK})\s+(?={_CJK})")


class Markdown(str):
    """Markdown the generator wrote itself; not escaped again."""


def tidy(text: str) -> str:
    """Join folded lines: YAML folding puts a space between Chinese lines where none belongs."""
    return _CJK_GAP.sub("", " ".join(str(text).split()))


def escape(value) -> str:
    if isinstance(value, Markdown):
        return value
    return "".join(f"&#{ord(c)};" if c in _SPECIAL else c for c in tidy(value))


def plain(value) -> str:
    """Tidy text for places that escape on their own (YAML front matter, JSON)."""
    return tidy(value)


def html_text(value) -> str:
    """For front matter that the theme prints into HTML as is (titles, meta descriptions)."""
    return html.escape(tidy(value), quote=True)
