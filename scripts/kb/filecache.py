"""While `make serve` runs, a saved record re-reads one file, not all of data/.

Parsing YAML and checking it against the schema is most of the time a rebuild takes; both
depend on the file alone. So each file's document, its errors and the references it makes are
kept, keyed by the file's modification time and size, and replayed when the file is unchanged.
References are still resolved and cross-file checks still run on every rebuild, so the result
is the same as a cold load. Off by default: a one-shot build reads every file once anyway.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from .errors import ErrorSink

_entries: dict[str, "Entry"] | None = None


@dataclass
class Entry:
    stamp: tuple[int, int]
    data: object
    errors: list
    checks: dict = field(default_factory=dict)


def enable() -> None:
    global _entries
    if _entries is None:
        _entries = {}


def read(path, sink: ErrorSink, parse):
    """`parse(path, sink)`, or the kept document and errors when the file is unchanged."""
    if _entries is None:
        return parse(path, sink)
    status = os.stat(path)
    stamp = (status.st_mtime_ns, status.st_size)
    entry = _entries.get(sink.file)
    if entry is None or entry.stamp != stamp:
        local = ErrorSink(sink.file, [])
        entry = Entry(stamp, parse(path, local), local.errors)
        _entries[sink.file] = entry
    sink.errors.extend(entry.errors)
    return entry.data


def check(value, key: tuple, ctx, run) -> None:
    """`run()` checks `value` into `ctx`; replay its errors and references when kept."""
    entry = _entries.get(ctx.sink.file) if _entries is not None else None
    if entry is None:
        run()
        return
    slot = (id(value), *key)  # the value lives in entry.data, so its id is stable while kept
    if slot not in entry.checks:
        before = len(ctx.sink.errors)
        run()
        entry.checks[slot] = (ctx.sink.errors[before:], list(ctx.refs))
        return
    errors, refs = entry.checks[slot]
    ctx.sink.errors.extend(errors)
    ctx.refs.extend(refs)
