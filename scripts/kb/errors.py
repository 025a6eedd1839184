"""Data errors that name the file, the line, the record and the field."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class DataError:
    file: str
    line: int
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        who = f"记录 {self.record}" if self.record else "文件"
        field = f" 字段 {self.field}" if self.field else ""
        return f"{where}: {who}{field}: {self.message}"


class DataErrors(Exception):
    """Raised once with every error found, so a maintainer fixes them all in one go."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self) -> str:
        lines = [str(e) for e in self.errors]
        lines.append(f"数据校验失败：共 {len(self.errors)} 处错误。")
        return "\n".join(lines)


class ErrorSink:
    """Collects errors for one file; every check adds to it instead of stopping."""

    def __init__(self, file: str, errors: list[DataError]):
        self.file = file
        self.errors = errors

    def add(self, line: int, record: str, field: str, message: str) -> None:
        self.errors.append(DataError(self.file, line or 0, record or "", field or "", message))
