"""In Chromium, as a reader: pages load, records show their source, search finds what staff type."""
from __future__ import annotations

from searchbox import search


def h1(page) -> str:
    return page.locator("h1").inner_text().rstrip("¶").strip()


def test_home_page_loads_with_counts_and_ways_in(page, site_url):
    page.goto(site_url)
    assert page.title().startswith("首页")
    assert h1(page) == "双拥典型案例与政策知识库"
    tabs = page.locator(".md-tabs__link").all_inner_texts()
    assert [t.strip() for t in tabs] == ["首页", "案例检索", "案例篮", "按主题", "按地区", "按类型", "数据概览", "来源", "关于"]
    assert page.locator(".kb-count").count() == 5


def test_record_page_shows_its_source(page, site_url):
    page.goto(site_url + "ships/ship-liupanshui/")
    assert "六盘水舰" in h1(page)
    source = page.locator("h2#来源 + ul").inner_text()
    assert "2023年双拥工作总结、工作汇报、经验材料汇编（34篇）" in source and "六盘水市双拥工作综述" in source
    page.locator("h2#来源 + ul a").first.click()
    page.wait_for_url("**/sources/s001/#s001-a11")


def test_theme_page_lists_its_records(page, site_url):
    page.goto(site_url + "themes/city-ship/")
    assert h1(page).startswith("城舰共建")
    links = page.locator("article a[href*='ships/']").all_inner_texts()
    assert any("六盘水舰" in text for text in links)


def test_city_page_shows_honours_and_records(page, site_url):
    page.goto(site_url + "regions/guizhou/liupanshui/")
    assert "全国双拥模范城" in page.locator("h2#荣誉 + ul").inner_text()
    assert page.locator("article a[href*='ships/ship-liupanshui']").count() >= 1


def test_search_for_a_ship_lists_its_page_first(page, site_url):
    page.goto(site_url)
    results = search(page, site_url, "六盘水舰")
    assert results and results[0] == "ships/ship-liupanshui/"
