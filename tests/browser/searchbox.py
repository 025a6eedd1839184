"""Type into Material's search box the way a reader does and read the ranked result list."""
from __future__ import annotations

from urllib.parse import urljoin, urlparse


def search(page, base_url: str, query: str, timeout: float = 15000) -> list[str]:
    """Site-relative paths of the result pages, best first, one entry per page."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.type(query, delay=20)
    # Playwright inserts CJK text without key events; Material reads the box on keyup, as
    # after a real IME commit, so finish with one key press.
    box.press("End")
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && !/正在|Initializing|Type to start/.test(m.textContent); }", timeout=timeout)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a.md-search-result__link",
                                      "links => links.map(a => a.href)")
    base_path = urlparse(base_url).path
    ranked = []
    for href in hrefs:
        path = urlparse(urljoin(base_url, href)).path
        path = path[len(base_path):] if path.startswith(base_path) else path
        if path not in ranked:
            ranked.append(path)
    return ranked
