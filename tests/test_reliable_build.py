"""Reliable outputs: builds byte-identical across time zones and locales, outputs replaced whole
(a killed zip keeps the previous one, `kb generate` drops pages of deleted records), `make serve`
showing data errors in the browser and recovering, no request to another host even on a browser
without ResizeObserver, and a 404 page that works under a sub-path."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path
from urllib.parse import urlparse

from build_site import write_zip
from kb.__main__ import main as kb_main
from kb.epoch import source_date_epoch
from sites import build_site

ROOT = Path(__file__).resolve().parent.parent


def _files(site: Path) -> dict:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_builds_in_two_time_zones_and_locales_are_byte_identical(data, tmp_path):
    environments = [{"TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
                    {"TZ": "Asia/Shanghai", "LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"}]
    sites = []
    for index, env in enumerate(environments):
        site = tmp_path / f"site-{index}"
        assert build_site(site, data.root, env=env) == 0
        sites.append(_files(site))
    assert sites[0].keys() == sites[1].keys()
    assert [path for path in sites[0] if sites[0][path] != sites[1][path]] == []
    stats = sites[0]["stats/index.html"].decode("utf-8")
    assert "Generated with pygal" not in stats and "<svg" in stats


def test_without_git_the_date_comes_from_the_data_not_the_clock(tmp_path):
    data = tmp_path / "data"
    (data / "practice").mkdir(parents=True)
    record = data / "practice" / "a.yaml"
    record.write_text("id: a\n", encoding="utf-8")
    os.utime(record, (1_700_000_000, 1_700_000_000))
    assert source_date_epoch(None, tmp_path, data) == "1700000000"
    assert source_date_epoch("1600000000", tmp_path, data) == "1600000000"


def test_a_killed_zip_leaves_the_previous_zip_intact(tmp_path):
    small, big = tmp_path / "small" / "kb-offline", tmp_path / "big" / "kb-offline"
    small.mkdir(parents=True)
    (small / "index.html").write_text("旧的离线包", encoding="utf-8")
    archive = tmp_path / "kb-offline.zip"
    write_zip(small, archive)
    before = archive.read_bytes()
    big.mkdir(parents=True)
    for index in range(6):  # incompressible, so zipping takes a few seconds
        (big / f"part-{index}.bin").write_bytes(os.urandom(12 * 1024 * 1024))
    code = f"import sys; sys.path[:0] = {[str(ROOT / 'scripts')]!r}; from build_site import write_zip; " \
           f"from pathlib import Path; write_zip(Path({str(big)!r}), Path({str(archive)!r}))"
    job = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.time() + 60
    while not list(tmp_path.glob(".kb-offline.zip.*.tmp")) and job.poll() is None and time.time() < deadline:
        time.sleep(0.005)
    assert job.poll() is None, "the zip finished before it could be killed"
    time.sleep(0.3)
    job.send_signal(signal.SIGKILL)
    job.wait()
    assert archive.read_bytes() == before
    with zipfile.ZipFile(archive) as bundle:
        assert bundle.testzip() is None and bundle.read("kb-offline/index.html").decode("utf-8") == "旧的离线包"


def test_kb_generate_removes_pages_of_deleted_records(data, tmp_path):
    out = tmp_path / "generated"
    assert kb_main(["generate", str(out), "--data", str(data.root)]) == 0
    assert (out / "bases" / "xiqu-park.md").exists()
    (data.root / "base" / "xiqu-park.yaml").unlink()
    data.edit("sources/t001.yaml", "t001-a02", "t001-a02")  # data still valid without the base
    assert kb_main(["generate", str(out), "--data", str(data.root)]) == 0
    assert not (out / "bases" / "xiqu-park.md").exists() and (out / "index.md").exists()
    assert not out.with_name("generated.tmp").exists() and not out.with_name("generated.old").exists()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(url: str, words: str, seconds: float = 120) -> str:
    deadline, text = time.time() + seconds, ""
    while time.time() < deadline:
        try:
            text = urllib.request.urlopen(url, timeout=5).read().decode("utf-8")
            if words in text:
                return text
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{words!r} not served at {url} within {seconds} s:\n{text[:500]}")


def _article(page, url: str, words: str) -> str:
    """The page's article text once it shows `words` (livereload may interrupt a navigation: retry)."""
    text = ""
    for _ in range(20):
        try:
            page.goto(url, wait_until="load")
            text = page.locator("article").inner_text()
            if words in text:
                return text
        except Exception:  # noqa: BLE001 - a reload interrupting goto is retried
            pass
        time.sleep(1)
    raise AssertionError(f"{words!r} not shown at {url}:\n{text[:500]}")


def test_serve_shows_data_errors_in_the_browser_and_recovers(data, page):
    good = data.read("practice/liupanshui-bus.yaml")
    data.edit("practice/liupanshui-bus.yaml", "year: 2023", "year: 0x7e7")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "KB_DATA": str(data.root), "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for(url, "数据有错误")
        article = _article(page, url + "themes/", "数据有错误")
        assert "数据有错误" in article and "共 1 处错误" in article
        assert "data/practice/liupanshui-bus.yaml:5: 记录 liupanshui-bus 字段 year" in article and "十六进制数 2023" in article
        data.write("practice/liupanshui-bus.yaml", good)
        _wait_for(url + "practices/liupanshui-bus/", "双拥公交专线")
        assert "数据有错误" not in _article(page, url + "themes/", "按主题浏览")
    finally:
        server.terminate()
        server.wait(timeout=30)


class ForeignRequests:
    def __init__(self, page, base_url: str):
        self.local, self.foreign, self.failed = urlparse(base_url).netloc, [], []
        page.route("**/*", self._route)
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.status} {r.url}"))

    def _route(self, route):
        url = route.request.url
        if urlparse(url).scheme in ("data", "blob") or urlparse(url).netloc == self.local:
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()


def test_no_request_to_another_host_on_a_browser_without_resize_observer(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    context.add_init_script("delete window.ResizeObserver;")
    page = context.new_page()
    log = ForeignRequests(page, site_url)
    for path in ("", "stats/", "practices/"):
        page.goto(site_url + path, wait_until="networkidle")
        assert page.evaluate("typeof window.ResizeObserver") == "function"  # the shipped polyfill
    page.locator(".md-header__button[for='__drawer']").click()  # Material's drawer still works
    assert log.foreign == [] and log.failed == []
    context.close()


def test_the_404_page_has_no_root_absolute_addresses_and_works_under_a_sub_path(real_site, page):
    from chromium import serve

    html = (real_site / "404.html").read_text(encoding="utf-8")
    assert re.findall(r'(?:href|src)="/(?!/)', html) == [] and '"base": "/"' not in html
    with serve(real_site, prefix="/kb/") as url:
        log = ForeignRequests(page, url)
        page.goto(url + "404.html", wait_until="networkidle")
        assert log.foreign == [] and log.failed == []
        assert page.locator("link[rel=stylesheet]").count() >= 2
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
