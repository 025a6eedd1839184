"""Fast feedback: with `mkdocs serve --dirty` running (make serve), saving a record shows the changed
page, and the rest of the site (other pages, the search index) stays whole."""
from __future__ import annotations

import json
import time

from serving import fetch, mkdocs_serve, wait_for


def test_a_saved_record_shows_on_the_served_page(data):
    with mkdocs_serve(data.root) as url:
        page = url + "practices/liupanshui-bus/"
        wait_for(page, "宣传阵地", timeout=180)
        time.sleep(1.5)  # the watcher ignores changes made while the first build settles
        data.edit("practice/liupanshui-bus.yaml", "宣传阵地。", "宣传阵地，刚刚在编辑器里改过。")
        wait_for(page, "刚刚在编辑器里改过", timeout=120)
        time.sleep(2)  # the search index is written after the pages
        index = json.loads(fetch(url + "search/search_index.json"))
        locations = {doc["location"].split("#")[0] for doc in index["docs"]}
        assert {"practices/liupanshui-bus/", "people/zou-guangyang/", ""} <= locations
        edited = [doc["text"] for doc in index["docs"] if doc["location"].startswith("practices/liupanshui-bus/")]
        assert any("刚刚在编辑器里改过" in text.replace("\u200b", "") for text in edited)  # jieba-segmented
