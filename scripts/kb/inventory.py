"""One accounting of every file and folder under data/: each is read, ignored by a named rule, or an error.

Nothing is skipped by accident: a `.yml`, a record in a sub-folder, a folder `practices/`, a directory
called `x.yaml` or a symlink is an error naming the file, and an editor's lock or backup file is
ignored because a rule says so. The rules are data (RULES); the first that matches decides.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from .errors import DataError
from .model import KIND_ORDER

READ, IGNORE, ERROR = "read", "ignore", "error"

# (pattern, verdict, role or message). Patterns are relative to data/; `*` stays within one folder,
# `**/` matches a name in any folder, a trailing `/` matches folders; `{kind}` is each record kind.
RULES = [
    ("**/.#*", IGNORE, "编辑器锁文件（Emacs）"),
    ("**/#*#", IGNORE, "编辑器自动保存文件（Emacs）"),
    ("**/*~", IGNORE, "编辑器备份文件"),
    ("**/.*.sw?", IGNORE, "编辑器交换文件（Vim）"),
    ("**/.DS_Store", IGNORE, "系统文件（macOS）"),
    ("**/Thumbs.db", IGNORE, "系统文件（Windows）"),
    ("**/.gitkeep", IGNORE, "空目录占位文件"),
    ("README.md", IGNORE, "说明文档"),
    ("schema.yaml", READ, "schema"),
    ("schema.json", IGNORE, "由 schema.yaml 生成的 JSON Schema"),
    ("themes.yaml", READ, "themes"),
    ("honours.yaml", READ, "honours"),
    ("units.yaml", READ, "units"),
    ("regions/", READ, "folder"),
    ("regions/*.yaml", READ, "region"),
    ("sources/", READ, "folder"),
    ("sources/*.yaml", READ, "source"),
    ("{kind}/", READ, "folder"),
    ("{kind}/*.yaml", READ, "record:{kind}"),
    # Ingest drafts (data/drafts/<source-id>/…) are validated like records and never published.
    ("drafts/", READ, "folder"),
    ("drafts/*/", READ, "folder"),
    ("drafts/*/report.md", IGNORE, "草稿报告，供整理者阅读"),
    ("drafts/*/{kind}/", READ, "folder"),
    ("drafts/*/{kind}/*.yaml", READ, "draft:{kind}"),
    ("**/*.yaml/", ERROR, "这是一个目录，不是 YAML 文件"),
    ("*.yaml", ERROR, "不认识的数据文件：data/ 顶层只放 schema.yaml、themes.yaml、honours.yaml、units.yaml，"
                      "记录放在 data/<类型>/ 下"),
    ("**/*.yaml", ERROR, "这个位置不放 YAML 文件：data/ 下放什么见 data/README.md"),
    ("**/*.[yY][aA][mM][lL]", ERROR, "扩展名必须是小写的 .yaml，否则不会被读取"),
    ("**/*.[yY][mM][lL]", ERROR, "扩展名必须是 .yaml（不是 .yml），否则不会被读取"),
    ("{kind}/*/", ERROR, "记录不能放在子目录里：请把文件直接放在 data/{kind}/ 下"),
    ("regions/*/", ERROR, "地区文件不能放在子目录里：请直接放在 data/regions/ 下"),
    ("sources/*/", ERROR, "来源文件不能放在子目录里：请直接放在 data/sources/ 下"),
]
FOLDERS = ["regions", "sources", "drafts", *KIND_ORDER]


def _expand(rules):
    for pattern, verdict, what in rules:
        kinds = KIND_ORDER if "{kind}" in pattern else [None]
        for kind in kinds:
            yield (pattern.replace("{kind}", kind), verdict, what.replace("{kind}", kind)) if kind else (pattern, verdict, what)


EXPANDED = list(_expand(RULES))


def _matches(pattern: str, path: str) -> bool:
    if pattern.endswith("/") != path.endswith("/"):
        return False
    pattern, path = pattern.rstrip("/"), path.rstrip("/")
    if pattern.startswith("**/"):
        return fnmatchcase(path.rsplit("/", 1)[-1], pattern[3:])
    wanted, parts = pattern.split("/"), path.split("/")
    return len(wanted) == len(parts) and all(fnmatchcase(p, w) for w, p in zip(wanted, parts))


def classify(relative: str) -> tuple[str, str]:
    """(verdict, role or message) for a path relative to data/ (folders end with `/`)."""
    for pattern, verdict, what in EXPANDED:
        if _matches(pattern, relative):
            return verdict, what
    if relative.endswith("/"):
        close = difflib.get_close_matches(relative.rstrip("/").split("/")[-1], FOLDERS, n=1)
        hint = f"（是不是 {close[0]}/？）" if close else ""
        return ERROR, f"未知目录{hint}：data/ 下的目录只有 {'、'.join(FOLDERS)}"
    return ERROR, "不认识的文件，不会被读取：data/ 下放什么见 data/README.md"


@dataclass
class Inventory:
    """Every path under `root` with its verdict; `errors` gets one DataError per refused path."""

    root: Path
    errors: list
    rel: callable

    def __post_init__(self):
        self.roles: dict[str, list[Path]] = {}
        if not self.root.is_dir():
            self._refuse(self.root, "数据目录不存在")
            return
        self._walk(self.root, "")

    def files(self, role: str) -> list[Path]:
        return sorted(self.roles.get(role, []))

    def _refuse(self, path: Path, message: str) -> None:
        self.errors.append(DataError(self.rel(path), 0, "", "", message))

    def _walk(self, folder: Path, prefix: str) -> None:
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            path, relative = Path(entry.path), prefix + entry.name
            if entry.is_symlink():
                self._refuse(path, f"是符号链接（指向 {os.readlink(path)}）：数据文件必须直接放在 data/ 里")
                continue
            is_dir = entry.is_dir(follow_symlinks=False)
            verdict, what = classify(relative + ("/" if is_dir else ""))
            if verdict == ERROR:
                self._refuse(path, what)
            elif is_dir:
                self._walk(path, relative + "/")
            elif verdict == READ:
                self.roles.setdefault(what, []).append(path)
