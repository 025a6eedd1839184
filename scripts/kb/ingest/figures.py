"""Figures with their units exactly as written (4.82余万人, 1500余名, 三十余次); cn2an checks that a
Chinese numeral really is a number before it is kept."""
from __future__ import annotations

import re
import warnings

UNITS = ("万元|亿元|千元|元|万人次|人次|余人|万人|人|名|位|户|家|个|项|次|场次|场|期|批|支|所|座|块|处|条|件|套|台|辆|"
         "株|字|公里|千米|米|平方米|亩|吨|册|本|篇|幅|部|份|天|年|载|个月|小时|分钟|余所|余家|余项|余次|余场|余个|余名|%|％")
NUMBER = r"(?:约|近|逾)?(?:\d+(?:[.,]\d+)?|[零〇一二两三四五六七八九十百千万亿数]+)"
FIGURE = re.compile(rf"(?<![\d.第X×xＸ])({NUMBER}(?:\.\d+)?(?:余|多|近|逾)?(?:万|亿)?(?:余|多)?)\s*({UNITS})")
NOT_AFTER_YEAR = re.compile(r"^\d{4}$")
CHINESE = re.compile(r"^[零〇一二两三四五六七八九十百千万亿数]+$")


def _is_number(value: str) -> bool:
    core = re.sub(r"[余多近逾约]", "", value).replace("数", "几")
    if not core:
        return False
    if CHINESE.match(core):
        import cn2an

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                cn2an.cn2an(core, "smart")
            except (ValueError, KeyError, TypeError):
                return False
        return len(core) >= 2 or core in "两三四五六七八九十百千万"
    return True


def find_figures(text: str) -> list[tuple[str, str, int]]:
    """(value as written, unit as written, position) for each figure in `text`."""
    found = []
    for match in FIGURE.finditer(text):
        value, unit = match[1], match[2]
        if unit in ("年", "载") and NOT_AFTER_YEAR.match(value):
            continue  # 2023年 is a date, not a duration
        if text[match.end():match.end() + 1] in ("月", "日", "号") or text[match.start() - 1:match.start()] == "第":
            continue
        if CHINESE.match(value) and (len(value) == 1 and value in "一" or not _is_number(value)):
            continue
        if unit.startswith("余") and not value.endswith("余"):
            value, unit = value + "余", unit[1:]
        found.append((value, unit, match.start()))
    return found
