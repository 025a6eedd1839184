"""Command line: `python scripts/kb check` validates data/; `generate OUT` writes the pages;
`schema` rewrites data/schema.json from data/schema.yaml; `new KIND` writes a record skeleton."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "kb"

from kb.errors import DataErrors  # noqa: E402
from kb.load import load  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="kb", description="知识库数据校验与页面生成")
    parser.add_argument("command", choices=["check", "generate", "schema", "new", "ingest", "promote"])
    parser.add_argument("out", nargs="*",
                        help="generate: 输出目录；new: 记录类型；ingest: 新材料文件；promote: 草稿文件")
    parser.add_argument("--source-id", default="", help="ingest: 新来源的标识（默认取下一个 sNNN）")
    parser.add_argument("--json", action="store_true", help="ingest: 只在标准输出打印一个 JSON 对象")
    parser.add_argument("--data", default=os.environ.get("KB_DATA") or str(ROOT / "data"),
                        help="数据目录（默认 data/，或环境变量 KB_DATA，与 mkdocs 钩子一致）")
    args = parser.parse_args(argv)
    if args.command in ("schema", "new"):
        from kb.authoring import run as author

        return author(args.command, Path(args.data), args.out[0] if args.out else "")
    if args.command in ("ingest", "promote"):
        from kb.ingest.cli import run

        return run(args.command, args.out, Path(args.data), args.source_id, args.json)
    try:
        kb = load(Path(args.data))
    except DataErrors as failure:
        print(failure.report(), file=sys.stderr)
        return 1
    if args.command == "check":
        print(f"数据校验通过：{len(kb.records)} 条记录，{len(kb.articles)} 篇来源文章。")
        return 0
    from kb.options import from_environment
    from kb.site import generate_pages, shipped_files, write_pages
    from kb.vendor import MissingLibrary
    kb.options = from_environment(kb, Path(args.data))
    out = args.out[0] if args.out else str(ROOT / "build" / "generated")
    try:
        extra_pages, files = shipped_files(kb)
    except MissingLibrary as failure:
        print(failure, file=sys.stderr)
        return 1
    count = write_pages({**generate_pages(kb), **extra_pages}, Path(out), files)
    print(f"已生成 {count} 个页面到 {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
