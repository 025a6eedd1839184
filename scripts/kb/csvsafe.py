"""Spreadsheet-safe CSV cells (OWASP "CSV injection"): a cell that Excel, LibreOffice or WPS would
run as a formula — one starting with =, +, -, @, a tab or a carriage return — gets a leading `'`,
so `=HYPERLINK(…)` or `+cmd|…` from a data field is shown as text and never evaluated."""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell) -> str:
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_row(row: dict) -> dict:
    return {key: neutralise(value) for key, value in row.items()}
