"""Finder benchmark (not a test): what the finder page loads, and how long the browser takes from a
keyword to the redrawn list and to a finished Word file. Figures from one run, side by side.

    .venv/bin/python bench/finder.py            # builds the real site into a scratch folder
    .venv/bin/python bench/finder.py --site site
"""
from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from build_site import build  # noqa: E402
from chromium import launch, serve  # noqa: E402

FILES = ["assets/javascripts/kb-finder-data.js", "assets/javascripts/kb-case-data.js", "assets/javascripts/vendor/docx.js"]
QUERIES = ["军嫂", "六盘水舰", "军嫂就业", "退役军人创业", "烈士寻亲"]
_REDRAW = """async (q) => {
  const box = document.querySelector('.kb-finder__keyword input');
  const start = performance.now();
  box.value = q;
  box.form.requestSubmit();
  return [performance.now() - start, document.querySelector('.kb-finder__count').textContent];
}"""


def sizes(site: Path) -> None:
    print(f"{'file':44} {'bytes':>10} {'gzip':>9}  loaded")
    for name in FILES:
        raw = (site / name).read_bytes()
        when = "finder and basket pages" if "finder-data" in name else "on export only"
        print(f"{name:44} {len(raw):>10,} {len(gzip.compress(raw)):>9,}  {when}")


def timings(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, serve(site) as url:
        browser = launch(playwright)
        page = browser.new_page()
        page.goto(url + "finder/", wait_until="load")
        print(f"\n{'query':12} {'redraw ms (median of 5)':>24}  result")
        for query in QUERIES:
            runs = []
            for _ in range(5):
                page.evaluate(_REDRAW, "")
                runs.append(page.evaluate(_REDRAW, query))
            print(f"{query:12} {statistics.median(r[0] for r in runs):>24.1f}  {runs[-1][1]}")
        page.goto(url + "finder/?kind=城舰共建", wait_until="load")
        with page.expect_download() as download:
            start = page.evaluate("performance.now()")
            page.locator(".kb-export__word").click()
        download.value.path()
        elapsed = page.evaluate("performance.now()") - start
        print(f"\nWord export of {page.locator('.kb-finder__result').count()} records (first click, loads docx.js): {elapsed:.0f} ms")
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", help="an already built site folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(args.site) if args.site else Path(scratch) / "site"
        if not args.site and build(site, ROOT / "mkdocs.yml") != 0:
            return 1
        sizes(site)
        timings(site)
    return 0


if __name__ == "__main__":
    sys.exit(main())
