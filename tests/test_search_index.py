"""The prebuilt search index: page content only, one BM25F impact per word and page, small shards."""
from __future__ import annotations

import pytest

from kb.load import load
from kb.render.texts import page_texts
from kb.search.index import build_index, page_url, stopwords
from kb.search.pack import DOC_CHUNK, encode_postings, pack


@pytest.fixture
def built(data):
    kb = load(data.root)
    texts = page_texts(kb)
    return kb, texts, build_index(texts)


def test_record_text_holds_its_own_fields_and_not_its_related_records(built):
    kb, texts, _ = built
    by_page = {t["page"]: t for t in texts}
    for record in kb.records.values():
        text = next(t for page, t in by_page.items() if page.endswith(f"/{record.id}.md"))
        assert text["title"] == [record.title]
        words = "".join(text["body"])
        for other in record.data.get("related") or []:
            other_title = kb.records[other].title
            assert other_title not in words or other_title in record.data["summary"]
        assert "引用" not in text["body"] and "来源" not in "".join(text["title"])


def test_question_words_are_not_indexed(built):
    _, _, index = built
    assert not set(index.postings) & stopwords()


def test_a_place_matches_its_whole_lineage(built):
    kb, texts, _ = built
    record = next(r for r in kb.records.values() if r.region is not None and r.region.parent is not None)
    text = next(t for t in texts if t["page"].endswith(f"/{record.id}.md"))
    assert all(name in text["region"] for name in record.region.names)


def test_impacts_are_small_integers_and_every_page_has_a_doc_entry(built):
    _, texts, index = built
    assert len(index.docs) == len(texts)
    assert all(1 <= impact <= 63 for postings in index.postings.values() for _, impact in postings)


def test_urls_follow_directory_urls():
    assert page_url("ships/ship-x.md", True) == "ships/ship-x/"
    assert page_url("ships/ship-x.md", False) == "ships/ship-x.html"
    assert page_url("index.md", True) == "" and page_url("regions/index.md", False) == "regions/index.html"


def test_postings_are_gap_coded_base64url_varints():
    assert encode_postings([(0, 1), (1, 63), (40, 2)]) == "AB" + "A_" + "mBC"


def test_the_index_is_split_into_shards_and_doc_chunks(built):
    kb, _, index = built
    files = pack(index, [], stopwords())
    shards = [p for p in files if p.rsplit("/", 1)[-1].startswith("t")]
    chunks = [p for p in files if p.rsplit("/", 1)[-1].startswith("d")]
    assert any(p.endswith("/meta.js") for p in files) and shards
    assert len(chunks) == -(-len(index.docs) // DOC_CHUNK)
    assert all(text.startswith("KB_INDEX.") for text in files.values())
