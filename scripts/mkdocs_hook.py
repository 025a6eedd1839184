"""The only MkDocs glue: load and check data/, hand the generated pages to MkDocs as virtual files.

Everything else is plain Python in scripts/kb, so a move to another generator keeps it.
Set KB_DATA to build from another data folder (tests use fixtures this way).
Under `mkdocs serve`, broken data gives a site whose pages list the errors (and the terminal too);
`mkdocs build` still fails on them.
"""
from __future__ import annotations

import os
import re
import sys
from urllib.parse import urlsplit
from pathlib import Path

import jieba
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kb.epoch import ensure_source_date_epoch  # noqa: E402
from kb.errors import DataErrors  # noqa: E402
from kb.load import load  # noqa: E402
from kb.render.errorpage import error_pages  # noqa: E402
from kb.options import build_options  # noqa: E402
from kb.search import WORKER_PATH, worker_source  # noqa: E402
from kb import serving  # noqa: E402
from kb.site import generate_pages, shipped_files  # noqa: E402
from kb.vendor import MissingLibrary, vendor_files  # noqa: E402
from kb.vocabulary import domain_words  # noqa: E402

_pages: dict[str, str] = {}
_vendor: dict[str, Path] = {}  # files copied from node_modules (polyfill, docx, the CMS under /admin/)
_serving = False
ROOT = Path(__file__).resolve().parent.parent


def data_dir(config) -> Path:
    root = Path(config.config_file_path).resolve().parent
    return Path(os.environ.get("KB_DATA") or root / "data").resolve()


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"
    if _serving:
        serving.start(dirty)


@event_priority(100)  # before the search plugin reads any page
def on_config(config):
    ensure_source_date_epoch(ROOT, data_dir(config))
    _pages.clear()
    _vendor.clear()
    try:  # npm libraries the site ships (the ResizeObserver polyfill, docx), error page included
        _vendor.update(vendor_files())
    except MissingLibrary as failure:
        raise PluginError(str(failure)) from None
    try:
        kb = load(data_dir(config))
    except DataErrors as failure:
        if not _serving:
            raise PluginError("\n" + failure.report()) from None
        print(failure.report(), file=sys.stderr)  # not a log warning: --strict would abort the error site
        _pages.update(error_pages(failure.errors, config.nav))
        return config
    # The same words go to jieba (the index) and to the search worker (the queries).
    words = domain_words(kb)
    for word in words:
        jieba.add_word(word, freq=20000)
    extra = config.extra
    # Citations name the public address (extra.cite_url, else site_url); the offline bundle has no
    # site_url of its own but still cites the public site when KB_SITE_URL is set.
    kb.options = build_options(kb, data_dir(config), extra.get("cite_url") or config.site_url or "",
                               extra.get("feedback_url") or "")
    if kb.options.data_date:
        config.copyright = f"{config.copyright or ''} 数据截至 {kb.options.data_date.isoformat()}。".strip()
    _pages.update(generate_pages(kb))
    _pages[WORKER_PATH] = worker_source(kb, words)
    # The CMS needs a server; the file:// bundle goes without it.
    extra_pages, files = shipped_files(kb, with_admin="offline" not in config.plugins)
    _pages.update(extra_pages)
    _vendor.update(files)
    return config


def on_files(files, config):
    if serving.serving():  # pages as files, rewritten only when changed: dirty reload skips the rest
        for path, source in serving.sync_pages(_pages, ROOT / "build" / "serve" / "docs").items():
            if files.get_file_from_path(path) is None:
                files.append(File.generated(config, path, abs_src_path=str(source)))
    for path, text in _pages.items():
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=text))
    for path, source in _vendor.items():
        files.append(File.generated(config, path, abs_src_path=str(source)))
    return files


@event_priority(-100)  # after the search plugin wrote its index
def on_post_build(config):
    if serving.serving():
        serving.merge_search_index(Path(config.site_dir))


def on_serve(server, config, builder):
    server.watch(str(data_dir(config)))
    server.watch(str(Path(__file__).resolve().parent / "kb"))
    return server


ROOT_ABSOLUTE = re.compile(r'(?<=")/(?=[^/"\s])')


def on_post_template(output, template_name, config):
    """Without a site_url MkDocs writes 404.html with root-absolute addresses (/assets/…), which break
    when the site lives under a sub-path (/kb/): make them relative to the site root, where 404.html is."""
    if template_name != "404.html" or urlsplit(config.site_url or "").path.strip("/"):
        return output
    return ROOT_ABSOLUTE.sub("", output.replace('"base": "/"', '"base": "."'))
