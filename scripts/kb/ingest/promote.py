"""Step 7, promote: move reviewed drafts into data/<kind>/, refusing any that still lack the
curator's own summary or that fail validation as a curated record."""
from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import yaml

from ..errors import DataErrors

OWN_WORDS = {"summary": "概要 summary", "deed": "事迹 deed", "provides": "政策内容 provides"}
REQUIRED_BY_KIND = {"person": ["summary", "deed"], "policy": ["summary", "provides"]}


class PromoteRefused(Exception):
    """Every reason, in Chinese, why the drafts were not promoted."""

    def __init__(self, reasons: list[str]):
        self.reasons = reasons
        super().__init__("\n".join(reasons))


def curated_text(text: str) -> str:
    """The draft without its draft-only parts: the status line, the evidence block, the header notes."""
    out, in_evidence = [], False
    for line in text.splitlines():
        if in_evidence and (line.startswith((" ", "-")) or not line.strip()):
            continue
        in_evidence = False
        if re.match(r"^status:\s*draft\s*$", line) or (line.startswith("# ") and not out and "草稿" in line) \
                or line.startswith(("# 整理者核对", "# 注意：")) and all(o.startswith("#") for o in out):
            continue
        if re.match(r"^evidence:", line):
            in_evidence = True
            continue
        out.append(line)
    return "\n".join(out).strip() + "\n"


def _check_draft(path: Path, data: dict) -> list[str]:
    if not isinstance(data, dict):
        return [f"{path}: 草稿内容应为映射（“键: 值”）"]
    reasons = []
    if data.get("status") != "draft":
        reasons.append(f"{path}: 不是草稿（缺少 status: draft），不能入库")
    for field in ["summary", *REQUIRED_BY_KIND.get(data.get("kind"), [])]:
        if not str(data.get(field) or "").strip():
            reasons.append(f"{path}: 记录 {data.get('id', path.stem)} 还没有{OWN_WORDS[field]}："
                           f"请用自己的话写好后再入库（不要照抄原文）")
    return reasons


def promote(paths: list[Path], data_dir: Path) -> list[Path]:
    """Promote all drafts or none; returns the curated files written."""
    data_dir = Path(data_dir)
    reasons, moves = [], []
    for path in map(Path, paths):
        if not path.exists():
            reasons.append(f"{path}: 文件不存在")
            continue
        text = path.read_text(encoding="utf-8")
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as err:
            reasons.append(f"{path}: YAML 语法错误：{getattr(err, 'problem', err)}")
            continue
        reasons += _check_draft(path, data)
        if isinstance(data, dict) and data.get("kind") and data.get("id"):
            target = data_dir / str(data["kind"]) / f"{data['id']}.yaml"
            if target.exists():
                reasons.append(f"{path}: {target} 已存在，不覆盖已整理的记录")
            moves.append((path, target, curated_text(text)))
    if not reasons:
        reasons = _validate(moves, data_dir)
    if reasons:
        raise PromoteRefused(reasons + [f"未入库：共 {len(reasons)} 个问题，草稿保持不变。"])
    for draft, target, text in moves:
        target.write_text(text, encoding="utf-8")
        draft.unlink()
    return [target for _, target, _ in moves]


def _validate(moves, data_dir: Path) -> list[str]:
    """Validate the knowledge base as it would be after the move, in a scratch copy."""
    from ..load import load

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / data_dir.name
        shutil.copytree(data_dir, copy)
        for draft, target, text in moves:
            (copy / target.relative_to(data_dir)).write_text(text, encoding="utf-8")
            moved = copy / draft.resolve().relative_to(data_dir.resolve()) \
                if draft.resolve().is_relative_to(data_dir.resolve()) else None
            if moved and moved.exists():
                moved.unlink()
        try:
            load(copy)
        except DataErrors as failure:
            return [str(e) for e in failure.errors]
    return []
