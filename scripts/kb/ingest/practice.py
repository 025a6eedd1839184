"""Practice candidates: a paragraph introduced by a heading or a short topic sentence, with themes
suggested from the keywords and synonyms of data/themes.yaml."""
from __future__ import annotations

import re

HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d))\s*")
TOPIC = re.compile(r"^(.{4,30}?)[。：:]")
TOP_LEVEL = re.compile(r"^\s*[一二三四五六七八九十]+[、.．]")


def suggest_themes(text: str, themes) -> list[str]:
    """Up to three theme ids whose keywords or synonyms occur in `text`, most hits first."""
    scores = []
    for theme in themes.values():
        words = {theme.name, *theme.keywords, *(w for group in theme.synonyms for w in group)}
        hits = sum(text.count(w) for w in words if len(w) >= 2)
        if hits:
            scores.append((-hits, theme.id))
    return [theme_id for _, theme_id in sorted(scores)[:3]]


def candidates(paragraphs: list[tuple[int, str]]) -> list[tuple[str, int, int]]:
    """(topic, first line, last line): a heading line with the paragraph under it, or a paragraph
    whose first sentence is short enough to be its topic."""
    out = []
    for index, (number, text) in enumerate(paragraphs):
        body = HEADING.sub("", text)
        if len(text) < 60:
            continue  # a heading or a stub: its paragraph follows
        topic = TOPIC.match(body)
        if topic and not re.search(r"\d", topic[1][:2]):
            out.append((topic[1].strip("，, "), number, number))
            continue
        previous = paragraphs[index - 1] if index else None
        if previous and len(previous[1]) < 40 and HEADING.match(previous[1]) and not TOP_LEVEL.match(previous[1]) \
                and not re.search(r"[。；:：]$|[。；]", previous[1]):
            out.append((HEADING.sub("", previous[1]).strip(), previous[0], number))
    return out
