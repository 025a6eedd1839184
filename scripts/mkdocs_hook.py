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
from kb.search import search_files  # noqa: E402
from kb.site import generate_pages  # noqa: E402
from kb.vocabulary import domain_words  # noqa: E402

_pages: dict[str, str] = {}
_kb: list = []


def data_dir(config) -> Path:
    root = Path(config.config_file_path).resolve().parent
    return Path(os.environ.get("KB_DATA") or root / "data").resolve()


@event_priority(100)  # before the search plugin reads any page
def on_config(config):
    try:
        kb = load(data_dir(config))
    except DataErrors as failure:
        raise PluginError("\n" + failure.report()) from None
    # Domain words keep names and terms whole in the search index (its vocabulary segments queries).
    for word in domain_words(kb):
        jieba.add_word(word, freq=20000)
    _pages.clear()
    _pages.update(generate_pages(kb))
    _kb[:] = [kb]
    return config


def on_files(files, config):
    # Built here: URLs in the index follow use_directory_urls, which the offline plugin turns off.
    search = search_files(_kb[0], config.use_directory_urls)
    for path, text in {**_pages, **search}.items():
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=text))
    return files


def on_page_markdown(markdown, page, **kwargs):
    # The project's own index (scripts/kb/search) replaces Material's: keep every page out of it.
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return markdown


def on_serve(server, config, builder):
    server.watch(str(data_dir(config)))
    server.watch(str(Path(__file__).resolve().parent / "kb"))
    return server
