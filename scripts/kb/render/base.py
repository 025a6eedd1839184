"""The Jinja environment every renderer shares: escaped by default, links relative to the page."""
from __future__ import annotations

from pathlib import Path

import jinja2
import yaml

from ..text import Markdown, escape, html_text, plain
from . import paths

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# libyaml's emitter writes the same front matter as the pure-Python one, about ten times faster.
FRONT_MATTER_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        finalize=escape,  # every {{ value }} from data is escaped unless it is Markdown we built
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["plain"] = plain
    env.filters["markdown"] = Markdown  # output of our own macros, already escaped inside
    return env


ENV = _environment()


class Page:
    """Renders one page: a template, its front matter, and a `link` helper bound to its path."""

    def __init__(self, kb, path: str):
        self.kb, self.path = kb, path

    def link(self, label, target: str, anchor: str = "") -> Markdown:
        href = paths.relative(self.path, target) + (f"#{anchor}" if anchor else "")
        return Markdown(f"[{escape(label)}]({href})")

    def record_link(self, record) -> Markdown:
        return self.link(record.title, paths.record_page(record))

    def region_link(self, region) -> Markdown:
        """A region's name, linked when it has a page (regions without records have none)."""
        from .groups import has_page

        return self.link(region.name, paths.region_page(region)) if has_page(self.kb, region) else Markdown(escape(region.name))

    def region_trail(self, record_or_region, national: str, unknown: str) -> Markdown:
        """省 › 市 › 县 as links; 全国 / 地区未详 for records without a region."""
        region = getattr(record_or_region, "region", record_or_region)
        if region is None:
            label = record_or_region.data.get("region", unknown)
            target = paths.NATIONAL_PAGE if label == national else paths.UNKNOWN_PAGE
            return self.link(label, target)
        return Markdown(" › ".join(self.region_link(r) for r in region.lineage))

    def breadcrumb(self, trail) -> Markdown:
        """首页 › … › this page: (label, target) pairs, target None for the page itself."""
        steps = [("首页", "index.md")] + list(trail)
        parts = [self.link(label, target) if target and target != self.path else Markdown(escape(label))
                 for label, target in steps]
        return Markdown(" › ".join(parts) + "\n{: .kb-trail }")

    def render(self, template: str, front: dict | None = None, trail=None, **context) -> str:
        body = ENV.get_template(template).render(page=self, kb=self.kb, paths=paths, **context).strip()
        if trail is not None:
            body = f"{self.breadcrumb(trail)}\n\n{body}"
        matter = yaml.dump(_escaped(front or {}), Dumper=FRONT_MATTER_DUMPER, allow_unicode=True, sort_keys=True,
                           width=1000)
        return f"---\n{matter}---\n\n{body}\n"


DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: the same text, many times faster


def _escaped(value):
    """Material prints front matter (title, description, tags) into HTML unescaped: escape it here."""
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    return html_text(value) if isinstance(value, str) else value


def render_page(kb, path: str, template: str, front: dict | None = None, trail=None, **context) -> tuple[str, str]:
    return path, Page(kb, path).render(template, front, trail=trail, **context)


def region_steps(region) -> list[tuple[str, str]]:
    """按地区 › 省 › 市 › 县 down to `region` (each a breadcrumb step with its page)."""
    return [("按地区", "regions/index.md")] + [(r.name, paths.region_page(r)) for r in region.lineage]


def finder_link(page: Page, label, **filters) -> Markdown:
    """A link into the case finder preset to `filters` (finder/?province=…), relative to `page`."""
    from urllib.parse import urlencode

    href = paths.relative(page.path, "finder/index.md") + "?" + urlencode(filters)
    return Markdown(f"[{escape(label)}]({href})")


ENV.globals["finder_link"] = finder_link
