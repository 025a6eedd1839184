"""The only MkDocs glue: load and check data/, hand the generated pages to MkDocs as virtual files.

Everything else is plain Python in scripts/kb, so a move to another generator keeps it.
Set KB_DATA to build from another data folder (tests use fixtures this way).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import jieba
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kb.errors import DataErrors  # noqa: E402
from kb.load import load  # noqa: E402
from kb.search import WORKER_PATH, worker_source  # noqa: E402
from kb import serving  # noqa: E402
from kb.render import admin  # noqa: E402
from kb.site import generate_pages  # noqa: E402
from kb.vocabulary import domain_words  # noqa: E402

_pages: dict[str, str] = {}
_vendor: dict[str, Path] = {}  # files copied from node_modules (the CMS under /admin/)
ROOT = Path(__file__).resolve().parent.parent


def data_dir(config) -> Path:
    root = Path(config.config_file_path).resolve().parent
    return Path(os.environ.get("KB_DATA") or root / "data").resolve()


def on_startup(command, dirty):
    if command == "serve":
        serving.start(dirty)


@event_priority(100)  # before the search plugin reads any page
def on_config(config):
    try:
        kb = load(data_dir(config))
    except DataErrors as failure:
        raise PluginError("\n" + failure.report()) from None
    # The same words go to jieba (the index) and to the search worker (the queries).
    words = domain_words(kb)
    for word in words:
        jieba.add_word(word, freq=20000)
    _pages.clear()
    _pages.update(generate_pages(kb))
    _pages[WORKER_PATH] = worker_source(kb, words)
    _vendor.clear()
    if "offline" not in config.plugins:  # the CMS needs a server; the file:// bundle goes without it
        _vendor.update(admin.vendor_files(ROOT))
        if _vendor:
            _pages.update(admin.render(kb))
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
