"""The real site builds with --strict; failed builds publish nothing; data text stays text."""
from __future__ import annotations


from kb.load import load
from kb.render.paths import record_page
from sites import ROOT, SUBPATH_URL, build_site


def test_real_data_builds_strict_with_a_page_per_record(real_site):
    kb = load(ROOT / "data")
    for record in kb.records.values():
        html = real_site / record_page(record).replace(".md", "/index.html")
        assert html.exists(), html
    assert (real_site / "assets" / "javascripts" / "kb-search" / "meta.js").exists()


def test_materials_own_search_index_is_empty(real_site):
    """The project's sharded index replaces it; Material still gets a valid, empty one."""
    import json
    index = json.loads((real_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"] == []


def test_record_pages_stay_out_of_the_navigation(real_site):
    kb = load(ROOT / "data")
    home = (real_site / "about" / "index.html").read_text(encoding="utf-8")
    nav = home[home.index("md-nav--primary"): home.index("md-nav--secondary")]
    assert "practices/" in nav  # the kind index is in the nav …
    assert not any(f"/{r.id}/" in nav for r in kb.records.values())  # … its records are not


def test_every_article_has_records():
    """The coverage report: an article with no curated record is an error."""
    kb = load(ROOT / "data")
    cited = {s["article"] for r in kb.records.values() for s in r.data["sources"]}
    missing = [a.id for a in kb.articles.values() if a.id not in cited]
    assert not missing, f"没有记录的文章：{missing}"


def test_failed_build_keeps_the_previous_site(data, tmp_path):
    site = tmp_path / "site"
    assert build_site(site, data.root) == 0
    before = (site / "index.html").read_bytes()
    data.edit("practice/liupanshui-bus.yaml", "year: 2023", "year: soon")
    assert build_site(site, data.root) != 0
    assert (site / "index.html").read_bytes() == before
    assert not (tmp_path / "site.tmp").exists()


def test_markup_in_data_is_shown_literally_on_the_page(data, tmp_path):
    hostile = "<script>alert(1)</script> [外链](http://example.com) {{ 7*7 }} <b>粗</b>"
    data.edit("practice/liupanshui-bus.yaml", "title: 双拥公交专线", f"title: '{hostile}'")
    data.edit("practice/liupanshui-bus.yaml", "summary: 把一条公交线路做成流动的双拥宣传阵地。", f"summary: '{hostile}'")
    site = tmp_path / "site"
    assert build_site(site, data.root) == 0
    html = (site / "practices" / "liupanshui-bus" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<b>粗</b>" not in html and 'href="http://example.com"' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html.split("<article", 1)[1].split("</article>")[0]


def test_two_builds_of_the_same_commit_are_byte_identical(subpath_site, tmp_path):
    again = tmp_path / "again"
    assert build_site(again, env={"KB_SITE_URL": SUBPATH_URL}) == 0
    first = {p.relative_to(subpath_site): p.read_bytes() for p in subpath_site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [str(p) for p in first if first[p] != second[p]] == []


def test_site_dates_follow_the_commit_not_the_clock(subpath_site):
    import datetime as dt
    import subprocess

    epoch = int(subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True).stdout)
    day = dt.datetime.fromtimestamp(epoch, dt.timezone.utc).strftime("%Y-%m-%d")
    sitemap = (subpath_site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{SUBPATH_URL}ships/ship-liupanshui/</loc>" in sitemap
    assert sitemap.count("<lastmod>") == sitemap.count("<loc>") == sitemap.count(f"<lastmod>{day}</lastmod>")
