"""The case finder (案例检索) and the case basket (案例篮): two pages sharing one data script,
so both also work from file://. The data itself is made in finder_data.py."""
from __future__ import annotations

from .base import render_page
from .finder_data import FINDER_DATA, data_files

FINDER_PAGE = "finder/index.md"
BASKET_PAGE = "basket/index.md"
# Browser modules, in load order (overrides/assets/javascripts/); kb-basket.js is on every page.
FINDER_SCRIPTS = ["finder/match.js", "finder/order.js", "finder/state.js", "finder/view.js", "finder/facets.js",
                  "export/load.js", "export/csv.js", "export/word.js", "export/actions.js"]


def render(kb) -> dict[str, str]:
    hide = {"hide": ["navigation", "toc"]}
    pages = dict([
        render_page(kb, FINDER_PAGE, "finder.md.j2", {"title": "案例检索", **hide}, trail=[("案例检索", None)],
                    count=len(kb.records),
                    data_script=FINDER_DATA, scripts=FINDER_SCRIPTS + ["finder/finder.js"]),
        render_page(kb, BASKET_PAGE, "basket.md.j2", {"title": "案例篮", **hide}, trail=[("案例篮", None)],
                    data_script=FINDER_DATA, scripts=FINDER_SCRIPTS + ["basket-page.js"]),
    ])
    pages.update(data_files(kb))
    return pages
