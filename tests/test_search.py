"""Chinese search in Chromium: what staff type without spaces finds what they mean."""
from __future__ import annotations

import pytest

from searchbox import search


@pytest.fixture
def home(page, site_url):
    page.goto(site_url)
    return page


def article_text(page, site_url, path: str) -> str:
    page.goto(site_url + path)
    return page.locator("article").inner_text()


def test_a_ship_name_finds_the_ship_first(home, site_url):
    assert search(home, site_url, "六盘水舰")[0] == "ships/ship-liupanshui/"


def test_a_person_name_finds_the_person_first(home, site_url):
    assert search(home, site_url, "郝井文")[0] == "people/hao-jingwen/"


def test_unspaced_multi_word_query_ranks_pages_with_every_word_first(home, site_url, browser):
    results = search(home, site_url, "随军家属就业")
    assert len(results) >= 5
    reader = browser.new_page()
    for path in results[:5]:
        text = article_text(reader, site_url, path)
        assert "随军家属" in text and "就业" in text, path
    reader.close()


def test_the_last_word_of_an_unspaced_query_counts(home, site_url, browser):
    """Material's own worker drops the last word (城舰共建 → 城舰); ours must not."""
    results = search(home, site_url, "许昌城舰共建")
    assert results[0] == "ships/ship-xuchang/"


def test_a_domain_term_stays_whole(home, site_url, browser):
    results = search(home, site_url, "兵支书")
    reader = browser.new_page()
    assert all("兵支书" in article_text(reader, site_url, path) for path in results[:5])
    reader.close()


def test_a_synonym_finds_the_other_words_of_its_group(home, site_url, browser):
    results = search(home, site_url, "舰城共建")
    ships = [p for p in results[:10] if p.startswith("ships/ship-")]
    assert ships, results[:10]
    reader = browser.new_page()
    assert any("舰城共建" not in article_text(reader, site_url, p) for p in ships)
    reader.close()


def test_a_place_and_a_theme_together(home, site_url, browser):
    results = search(home, site_url, "许昌 最美军嫂")
    reader = browser.new_page()
    text = article_text(reader, site_url, results[0])
    assert "许昌" in text and "最美军嫂" in text
    reader.close()


def test_record_pages_rank_above_the_index_pages_that_list_them(home, site_url):
    results = search(home, site_url, "芜湖舰")
    assert results[0] == "ships/ship-wuhu/" and results.index("ships/") > 0


@pytest.mark.xfail(reason="未完成：类型索引页列出全部记录标题，问句仍可能把它排在第一", strict=False)
def test_a_question_finds_records_above_listing_pages(home, site_url):
    results = search(home, site_url, "怎样帮助随军家属解决就业问题")
    listings = ("regions/", "themes/", "sources/", "practices/", "people/", "policies/")
    assert results[:5] and all(path.count("/") == 2 and path not in listings for path in results[:5]), results[:5]


def test_a_place_alone_finds_its_own_page_first(home, site_url):
    assert search(home, site_url, "河南")[0] == "regions/henan/"


def test_a_related_list_mention_is_not_a_hit(home, site_url):
    """拥军贷 is named in other records' related lists; only records about it are found."""
    results = search(home, site_url, "拥军贷")
    reader = home.context.new_page()
    for path in results:
        reader.goto(site_url + path)
        own = reader.locator("article").evaluate(
            "a => { const c = a.cloneNode(true); c.querySelectorAll('.kb-related, .kb-cite').forEach(n => n.remove());"
            " return c.innerText; }")
        assert "拥军贷" in own, path
    reader.close()


def test_a_snippet_begins_inside_the_matching_text(home, site_url):
    search(home, site_url, "随军家属 就业")
    texts = home.locator(".md-search-result__item .md-search-result__article p").all_text_contents()
    assert texts
    for text in texts[:5]:
        assert "类型" not in text[:6] and "\u200b" not in text
        first = text.find("随军家属") if "随军家属" in text else text.find("就业")
        assert 0 <= first <= 40, text


def test_the_result_count_is_the_true_count(home, site_url):
    search(home, site_url, "退役军人")
    meta = home.locator(".md-search-result__meta").text_content()
    count = int(meta.split(" ")[0])
    assert count > 20 and "显示最相关的 20 个" in meta


def test_results_highlight_whole_words_without_zero_width_characters(home, site_url):
    search(home, site_url, "六盘水舰")
    listing = home.locator(".md-search-result__list")
    assert "\u200b" not in listing.text_content()
    marks = listing.locator("mark").all_text_contents()
    assert marks and set(marks) == {"六盘水舰"}


def test_an_unknown_word_still_finds_its_exact_text(home, site_url):
    """A string that is no word of the dictionary is matched as written, not dropped."""
    results = search(home, site_url, "盘水舰")
    assert "ships/ship-liupanshui/" in results[:3]
