"""`kb ingest FILE [--source-id ID] [--json]` and `kb promote DRAFT...` for __main__."""
from __future__ import annotations

import contextlib
import io
import json
import logging
import sys
from pathlib import Path

from ..errors import DataErrors


def run(command: str, files: list[str], data_dir: Path, source_id: str, as_json: bool) -> int:
    if command == "promote":
        return _promote(files, data_dir)
    if len(files) != 1:
        print("用法：kb ingest 文件 [--source-id 标识] [--json]", file=sys.stderr)
        return 2
    return _ingest(Path(files[0]), data_dir, source_id, as_json)


def _ingest(path: Path, data_dir: Path, source_id: str, as_json: bool) -> int:
    from ..load import load
    from . import ingest
    from .report import to_json
    from .write import WriteRefused, article_id, assign_ids, citations, write_all

    if not path.is_file():
        print(f"找不到文件：{path}", file=sys.stderr)
        return 1
    import jieba

    jieba.setLogLevel(logging.ERROR)  # its start-up lines are not our output
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            kb = load(data_dir)
            result = ingest(path, kb, source_id)
    except DataErrors as failure:
        print(failure.report(), file=sys.stderr)
        return 1
    if as_json:
        assign_ids(result, kb)
        print(json.dumps(to_json(result, article_id, citations), ensure_ascii=False, indent=1))
        return 0
    try:
        written = write_all(result, kb, data_dir)
    except WriteRefused as refused:
        print(f"未写入：{refused}", file=sys.stderr)
        return 1
    drafts = sum(1 for d in result.drafts if not d.match)
    matched = sum(1 for d in result.drafts if d.match)
    print(f"已读取 {path.name}（{result.doc.encoding}）：{len(result.articles)} 篇文章，"
          f"{drafts} 条草稿，{matched} 条已有记录建议追加来源。")
    print(f"来源：{written[0]}\n报告：{written[-1]}")
    return 0


def _promote(files: list[str], data_dir: Path) -> int:
    from .promote import PromoteRefused, promote

    if not files:
        print("用法：kb promote 草稿文件…", file=sys.stderr)
        return 2
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            moved = promote([Path(f) for f in files], data_dir)
    except PromoteRefused as refused:
        print("\n".join(refused.reasons), file=sys.stderr)
        return 1
    for target in moved:
        print(f"已入库：{target}")
    return 0
