"""The browser CMS under /admin/: generated from the schema, served from the site itself, and a
record saved through its form (local mode, decap-server on loopback) passes the checks unchanged."""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, SHARED_FILES
from kb.load import load
from serving import free_port
from sites import build_site

ROOT = Path(__file__).resolve().parent.parent
PROXY = ROOT / "node_modules" / "decap-server" / "dist" / "index.js"


@contextlib.contextmanager
def local_proxy(repo: Path, port: int):
    env = {**os.environ, "PORT": str(port), "BIND_HOST": "127.0.0.1", "MODE": "fs", "GIT_REPO_DIRECTORY": str(repo)}
    proxy = subprocess.Popen(["node", str(PROXY)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            time.sleep(0.2)
        yield
    finally:
        proxy.terminate()
        proxy.wait(timeout=10)


@pytest.fixture(scope="module")
def cms(tmp_path_factory):
    """A fixture repository (data/ only), its site built with /admin/, and a proxy port for it."""
    if not PROXY.exists():
        pytest.fail("node_modules 缺失：先运行 make（npm ci）")
    repo = tmp_path_factory.mktemp("repo")
    shutil.copytree(FIXTURES / "valid", repo / "data")
    for name in SHARED_FILES:
        shutil.copy(ROOT / "data" / name, repo / "data" / name)
    port = free_port()
    site = repo / "site"
    assert build_site(site, repo / "data", env={"KB_CMS_PROXY_PORT": str(port)}) == 0
    return repo, site, port


def test_admin_config_is_generated_from_the_schema(cms):
    repo, site, _ = cms
    config = yaml.safe_load((site / "admin" / "config.yml").read_text(encoding="utf-8"))
    names = [c["name"] for c in config["collections"]]
    assert names == ["practice", "person", "ship", "base", "policy", "sources"]
    practice = config["collections"][0]
    assert (practice["folder"], practice["extension"], practice["format"]) == ("data/practice", "yaml", "yaml")
    fields = {f["name"]: f for f in practice["fields"]}
    assert fields["themes"]["widget"] == "select" and fields["themes"]["multiple"] is True
    assert {"label": "国防教育与宣传", "value": "defense-education"} in fields["themes"]["options"]
    assert {"全国", "地区未详", "六盘水市", "西区"} <= set(fields["region"]["options"])
    sources = {f["name"]: f for f in fields["sources"]["fields"]}
    assert sources["article"]["widget"] == "select" and sources["lines"]["widget"] == "string"
    person = {f["name"]: f for f in config["collections"][1]["fields"]}
    assert "全国提名最美拥军人物" in {f["name"]: f for f in person["honours"]["fields"]}["honour"]["options"]
    assert fields["title"]["label"] == "标题" and fields["summary"]["hint"]
    assert config["locale"] == "zh_Hans" and config["local_backend"]["url"].startswith("http://127.0.0.1:")
    assert config["backend"]["name"] in ("gitea", "gitlab")


def test_admin_ships_decap_from_the_site_itself(cms):
    _, site, _ = cms
    page = (site / "admin" / "index.html").read_text(encoding="utf-8")
    assert '<script src="decap-cms.js"></script>' in page and "http" not in page.replace('name="robots"', "")
    assert (site / "admin" / "decap-cms.js").stat().st_size > 1_000_000


def fill_select(page, label: str, text: str) -> None:
    page.get_by_label(label, exact=True).first.click()
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def test_a_practice_record_saved_through_the_form_passes_the_checks(cms, browser):
    repo, site, port = cms
    from chromium import serve

    with local_proxy(repo, port), serve(site) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        hosts = set()
        page.on("request", lambda request: hosts.add(request.url.split("/")[2]))
        page.goto(url + "admin/", wait_until="networkidle")
        page.get_by_role("button", name="登录").click()
        page.goto(url + "admin/#/collections/practice/new")
        page.get_by_label("标识", exact=True).fill("liupanshui-cms-test")
        page.get_by_label("标题", exact=True).fill("在浏览器里写的公交双拥专线")
        fill_select(page, "地区", "六盘水市")
        fill_select(page, "主题", "国防教育与宣传")
        page.get_by_label("年份 (可选)", exact=True).fill("2023")
        page.get_by_label("概述", exact=True).fill("把一条公交线路做成流动的双拥宣传阵地。")
        page.get_by_role("button", name="新增来源").click()
        fill_select(page, "文章", "t001-a01")
        page.get_by_label("行号", exact=True).fill("5-6")
        page.get_by_role("button", name="发布").click()
        page.get_by_text("立即发布").click()
        saved = repo / "data" / "practice" / "liupanshui-cms-test.yaml"
        for _ in range(100):
            if saved.exists():
                break
            page.wait_for_timeout(100)
        page.close()
    assert saved.exists()
    record = load(repo / "data").records["liupanshui-cms-test"]
    assert record.data["sources"] == [{"article": "t001-a01", "lines": "5-6"}] and record.data["year"] == 2023
    checker = Path(sys.executable).with_name("check-jsonschema")
    result = subprocess.run([str(checker), "--schemafile", str(ROOT / "data" / "schema.json"), str(saved)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + saved.read_text(encoding="utf-8")
    assert hosts <= {url.split("/")[2], f"127.0.0.1:{port}"}, hosts
