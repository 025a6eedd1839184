"""Browser libraries from npm (pinned in package.json + package-lock.json, installed by `make`
with `npm ci`) that the build copies into the site: never loaded from a CDN."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
# site path → file inside node_modules (the library's self-contained browser build)
ASSETS = {
    "assets/javascripts/vendor/docx.js": "docx/dist/index.umd.cjs",
    # Material fetches a ResizeObserver polyfill from unpkg.com on browsers without one: ship it instead
    # (mkdocs.yml extra.polyfills points at this path).
    "assets/javascripts/vendor/resize-observer-polyfill-1.5.1.js": "resize-observer-polyfill/dist/ResizeObserver.js",
}


class MissingLibrary(Exception):
    """An npm library the site ships is not installed."""


def vendor_files(node_modules: Path = ROOT / "node_modules") -> dict[str, Path]:
    """{site path: file on disk}."""
    missing = [source for source in ASSETS.values() if not (node_modules / source).is_file()]
    if missing:
        raise MissingLibrary("缺少浏览器库 " + "、".join(f"node_modules/{m}" for m in missing)
                             + "：请先运行 make（它按 package-lock.json 执行 npm ci）")
    return {target: node_modules / source for target, source in ASSETS.items()}
