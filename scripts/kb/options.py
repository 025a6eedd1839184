"""What a build knows beyond data/: the site's public address, the feedback target, update dates.

Set once by the MkDocs hook from mkdocs.yml (`site_url`, `extra.cite_url`, `extra.feedback_url`)
or by the command line from the environment; renderers read it as `kb.options`.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from . import history


@dataclass
class SiteOptions:
    url: str = ""          # public address of the site root, e.g. https://intranet.example/kb/
    feedback: str = ""     # URL template with {id}, {title}, {url}; empty: the about page explains
    updated: dict[str, dt.date] = field(default_factory=dict)  # record id → last change of its file

    @property
    def data_date(self) -> dt.date | None:
        """数据截至: the newest record change."""
        return max(self.updated.values(), default=None)

    def page_url(self, page_path: str) -> str:
        """The public address of a generated page, or '' when the site has none configured."""
        if not self.url or self.url.startswith("file:"):
            return ""
        return self.url.rstrip("/") + "/" + page_path.removesuffix("index.md").removesuffix(".md") + \
            ("" if page_path.endswith("index.md") else "/")

    def feedback_link(self, record, page_path: str) -> str:
        if not self.feedback:
            return ""
        values = {"id": record.id, "title": record.title, "url": self.page_url(page_path)}
        link = self.feedback
        for key, value in values.items():  # replace, not str.format: other braces stay as they are
            link = link.replace("{" + key + "}", quote(str(value), safe=""))
        return link


def build_options(kb, data_dir: Path, url: str = "", feedback: str = "") -> SiteOptions:
    files = {rid: "/".join(Path(r.file).parts[1:]) for rid, r in kb.records.items()}
    return SiteOptions(url=url, feedback=feedback, updated=history.update_dates(data_dir, files))


def from_environment(kb, data_dir: Path) -> SiteOptions:
    """The command line's view: KB_SITE_URL and KB_FEEDBACK_URL as the hook reads them via mkdocs.yml."""
    return build_options(kb, data_dir, os.environ.get("KB_SITE_URL", ""), os.environ.get("KB_FEEDBACK_URL", ""))
