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
    parser.add_argument("command", choices=["check", "generate", "schema", "new"])
    parser.add_argument("out", nargs="?", default=str(ROOT / "build" / "generated"))
    parser.add_argument("--data", default=os.environ.get("KB_DATA") or str(ROOT / "data"),
                        help="数据目录（默认 data/，或环境变量 KB_DATA，与 mkdocs 钩子一致）")
    args = parser.parse_args(argv)
    if args.command in ("schema", "new"):
        from kb.authoring import run
        return run(args.command, Path(args.data), args.out)
    try:
        kb = load(Path(args.data))
    except DataErrors as failure:
        print(failure.report(), file=sys.stderr)
        return 1
    if args.command == "check":
        print(f"数据校验通过：{len(kb.records)} 条记录，{len(kb.articles)} 篇来源文章。")
        return 0
    from kb.site import generate_pages, write_pages
    count = write_pages(generate_pages(kb), Path(args.out))
    print(f"已生成 {count} 个页面到 {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
