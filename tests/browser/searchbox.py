"""Type into Material's search box the way a reader does and read the ranked result list."""
from __future__ import annotations

from urllib.parse import urljoin, urlparse

# Resolves when Material next writes its result summary ("N 个符合条件的结果" / "没有找到…"):
# it rewrites that text for every answer of the worker, even when the text stays the same.
_WATCH = """() => { window.__kbElapsed = undefined; (() => {
  const meta = document.querySelector('.md-search-result__meta');
  const box = document.querySelector('input.md-search__input');
  let start = performance.now();
  box.addEventListener('keyup', () => { start = performance.now(); }, {once: true});
  const observer = new MutationObserver(() => {
    if (/符合条件|没有找到/.test(meta.textContent)) {
      observer.disconnect();
      window.__kbElapsed = performance.now() - start;
    }
  });
  observer.observe(meta, {childList: true, characterData: true, subtree: true});
})(); }"""


def search_timed(page, base_url: str, query: str, timeout: float = 15000) -> tuple[list[str], float]:
    """(site-relative result paths, best first, one per page; milliseconds from the key-up to results)."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press("End")  # Material only re-runs a query whose text changed: pass through ""
    box.type(query, delay=10)
    page.evaluate(_WATCH)
    # Playwright inserts CJK text without key events; Material reads the box on keyup, as after
    # a real IME commit, so finish with one key press.
    box.press("End")
    elapsed = page.wait_for_function("() => window.__kbElapsed", timeout=timeout).json_value()
    hrefs = page.eval_on_selector_all(".md-search-result__item > a.md-search-result__link",
                                      "links => links.map(a => a.href)")
    return _paths(base_url, hrefs), elapsed


def search(page, base_url: str, query: str, timeout: float = 15000) -> list[str]:
    return search_timed(page, base_url, query, timeout)[0]


def _paths(base_url: str, hrefs: list[str]) -> list[str]:
    base_path = urlparse(base_url).path
    ranked = []
    for href in hrefs:
        path = urlparse(urljoin(base_url, href)).path
        path = path[len(base_path):] if path.startswith(base_path) else path
        if path not in ranked:
            ranked.append(path)
    return ranked
