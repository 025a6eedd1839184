"""Search-quality benchmark (not a test): the public query set through the real search box.

Builds the project's site and, side by side, the same generated pages with Material's default
Chinese search (jieba at build time, U+200B separator, Material's worker), then types every query
of ../shared/eval/queries.yaml into the search box in headless Chromium and prints
R@10, P@5 and MRR (definitions in that file), index sizes and keystroke-to-results latency.

    .venv/bin/python bench/search.py [--queries ../shared/eval/queries.yaml] [--repeat 3] [--show]
"""
from __future__ import annotations

import argparse
import gzip
import html
import re
import statistics
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests"), str(ROOT / "tests" / "browser"), str(ROOT / "scripts")]

from build import plain_project, scaled_data  # noqa: E402
from chromium import launch, serve  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from searchbox import search, search_timed  # noqa: E402
from sites import build_site  # noqa: E402

ARTICLE = re.compile(r"<article[^>]*>(.*?)</article>", re.S)
TAG = re.compile(r"<[^>]+>")


def page_texts(site: Path) -> dict[str, str]:
    """Site-relative page path → the text of its article, zero-width characters removed."""
    texts = {}
    for file in site.rglob("index.html"):
        match = ARTICLE.search(file.read_text(encoding="utf-8"))
        if match:
            path = str(file.parent.relative_to(site)).replace("\\", "/")
            key = "" if path == "." else path + "/"
            texts[key] = html.unescape(TAG.sub(" ", match.group(1))).replace("\u200b", "")
    return texts


def relevant(texts: dict[str, str], evidence: list) -> set[str]:
    def holds(text: str, item) -> bool:
        return all(s in text for s in item) if isinstance(item, list) else item in text
    return {path for path, text in texts.items() if any(holds(text, item) for item in evidence)}


def metrics(ranked: list[str], rel: set[str]) -> tuple[float, float, float]:
    if not rel:
        return 0.0, 0.0, 0.0
    r10 = len(set(ranked[:10]) & rel) / min(10, len(rel))
    p5 = len(set(ranked[:5]) & rel) / min(5, len(rel))
    rr = next((1 / (i + 1) for i, path in enumerate(ranked) if path in rel), 0.0)
    return r10, p5, rr


def run_queries(browser, site: Path, queries: list[dict], repeat: int, show: bool):
    texts = page_texts(site)
    scores, latencies, sizes = [], [], []
    with serve(site) as url:
        page = browser.new_page()
        page.on("requestfinished", lambda request: sizes.append(request.sizes()["responseBodySize"]))
        page.goto(url)
        search(page, url, "双拥")  # warm up: the worker loads and indexes once
        for query in queries:
            rel = relevant(texts, query["evidence"])
            for _ in range(repeat):
                ranked, elapsed = search_timed(page, url, query["q"])
                latencies.append(elapsed)
            scores.append(metrics(ranked, rel))
            if show:
                print(f"  {query['q']:<10} rel={len(rel):>3} R@10={scores[-1][0]:.2f} P@5={scores[-1][1]:.2f} "
                      f"RR={scores[-1][2]:.2f} top={ranked[:3]}")
        page.close()
    run_queries.transferred = sum(sizes)  # every response of the session: pages, assets and index
    return scores, latencies


def index_size(site: Path) -> tuple[int, int]:
    """Raw and gzip bytes of the whole index: Material's JSON plus the project's kb-search/ files."""
    files = [site / "search" / "search_index.json", *sorted((site / "assets" / "javascripts" / "kb-search").glob("*.js"))]
    blobs = [f.read_bytes() for f in files if f.exists()]
    return sum(map(len, blobs)), sum(len(gzip.compress(b, 9)) for b in blobs)


def summary(name: str, site: Path, scores, latencies, extra: int = 0) -> str:
    n = len(scores)
    r10, p5, mrr = (sum(s[i] for s in scores) / n for i in range(3))
    raw, gz = index_size(site)
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else latencies[0]
    return (f"{name:<18} {r10:>6.3f} {p5:>6.3f} {mrr:>6.3f} {raw / 1024:>10.0f} {gz / 1024:>9.0f} {extra / 1024:>9.0f}"
            f" {run_queries.transferred / 1024:>9.0f} {statistics.median(latencies):>8.0f} {p95:>7.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", default=str(ROOT.parent / "shared" / "eval" / "queries.yaml"))
    parser.add_argument("--repeat", type=int, default=3, help="times each query is typed (latency samples)")
    parser.add_argument("--show", action="store_true", help="print every query's scores")
    parser.add_argument("--scale", type=int, default=1,
                        help="copy every record N times first (latency and index size as the corpus grows)")
    args = parser.parse_args()
    queries = yaml.safe_load(Path(args.queries).read_text(encoding="utf-8"))["queries"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        ours, default = work / "ours", work / "default"
        data = scaled_data(args.scale, work) if args.scale > 1 else ROOT / "data"
        assert build_site(ours, data if args.scale > 1 else None) == 0
        config = plain_project(data, work / "plain", default_search=True)
        assert _build_plain(config, default) == 0
        worker = (ours / "assets" / "javascripts" / "kb-search.js").stat().st_size
        with sync_playwright() as playwright:
            browser = launch(playwright)
            rows = []
            for name, site, extra in (("本项目", ours, worker), ("Material 默认", default, 0)):
                if args.show:
                    print(name)
                scores, latencies = run_queries(browser, site, queries, args.repeat, args.show)
                rows.append(summary(name, site, scores, latencies, extra))
            browser.close()
    print(f"{len(queries)} 条查询（{args.queries}），每条输入 {args.repeat} 次；语料 ×{args.scale}")
    print(f"{'':<18} {'R@10':>6} {'P@5':>6} {'MRR':>6} {'索引KB':>10} {'gzip KB':>9} {'worker KB':>9} {'传输KB':>9} {'中位ms':>8} {'p95 ms':>7}")
    for row in rows:
        print(row)
    return 0


def _build_plain(config: Path, site: Path) -> int:
    import os
    import subprocess
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(site)],
                          env=env, cwd=config.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode


if __name__ == "__main__":
    sys.exit(main())
