"""Build real MkDocs sites for tests: the project's data or a fixture folder."""
from __future__ import annotations

from pathlib import Path

from build_site import build

ROOT = Path(__file__).resolve().parent.parent
FIXTURES_HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
SUBPATH_URL = "http://intranet.example/kb/"  # an intranet host serving the site under /kb/


def build_site(site_dir: Path, data_dir: Path | None = None, env: dict | None = None) -> int:
    extra = dict(env or {})
    if data_dir:
        extra["KB_DATA"] = str(data_dir)
    return build(site_dir, ROOT / "mkdocs.yml", extra)
