"""The browser CMS under /admin/: Decap CMS's config.yml generated from data/schema.json.

Every collection and widget follows the schema (a field added to schema.yaml appears in the
form by itself); select lists are filled from the data (themes, regions, honours, units,
articles, records). The backend is the intranet's Gitea/Forgejo or GitLab, set by KB_CMS_*
environment variables at build time; `make edit` uses Decap's local proxy on loopback.
"""
from __future__ import annotations

import json
import os

from ..jsonschema_export import ID_PATTERN, Exporter
from ..labels import hint, label

ADMIN = "admin/"
DECAP_SCRIPT = "decap-cms.js"
LOCAL_PROXY_PORT = os.environ.get("KB_CMS_PROXY_PORT", "8081")
FOLDERS = {"source": "data/sources"}


def backend() -> dict:
    """Where saved records go: Gitea/Forgejo (`gitea`) or GitLab, as the intranet has it."""
    name = os.environ.get("KB_CMS_BACKEND", "gitea")
    out = {"name": name, "repo": os.environ.get("KB_CMS_REPO", "shuangyong/kb"),
           "branch": os.environ.get("KB_CMS_BRANCH", "main")}
    for key in ("api_root", "base_url", "app_id", "auth_type"):
        value = os.environ.get(f"KB_CMS_{key.upper()}")
        if value:
            out[key] = value
    return out


class Options:
    """Values a select widget offers, taken from the loaded data."""

    def __init__(self, kb):
        pseudo = [kb.schema["national_region"], kb.schema["unknown_region"]]
        regions = [r for p in kb.provinces for r in p.walk()]
        counts: dict[str, int] = {}
        for region in regions:
            counts[region.name] = counts.get(region.name, 0) + 1
        # A name used twice is written with its parent (攀枝花市/西区), as the validator asks.
        region_refs = [r.name if counts[r.name] == 1 else "/".join(r.names[-2:]) for r in regions]
        self.by_ref = {
            "region": [*pseudo, *region_refs],
            "theme": [{"label": t.name, "value": t.id} for t in kb.themes.values()],
            "honour": list(kb.honours),
            "unit": [{"label": u.name, "value": u.id} for u in kb.units.values()],
            "article": [{"label": f"{a.id} {a.title}", "value": a.id} for a in kb.articles.values()],
            "record": [{"label": f"{r.id} {r.data.get('title', '')}", "value": r.id} for r in kb.records.values()],
            "policy": [{"label": f"{r.id} {r.data.get('title', '')}", "value": r.id}
                       for r in kb.records.values() if r.kind == "policy"],
        }


class Widgets:
    def __init__(self, json_schema: dict, options: Options):
        self.defs = json_schema["$defs"]
        self.options = options

    def node(self, schema: dict) -> dict:
        if "anyOf" in schema and "x-kb-type" not in schema:
            schema = schema["anyOf"][-1]  # optional field: its own schema
        if "$ref" in schema:
            schema = self.defs[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    def field(self, name: str, schema: dict, required: bool) -> dict:
        out = {"label": label(name), "name": name, "required": required, **self.widget(self.node(schema))}
        if hint(name):
            out["hint"] = hint(name)
        return out

    def widget(self, node: dict) -> dict:
        kind = node.get("x-kb-type")
        if kind == "text":
            return {"widget": "text"}
        if kind in ("int", "year"):
            extra = {"min": node["minimum"], "max": node["maximum"]} if kind == "year" else {}
            return {"widget": "number", "value_type": "int", **extra}
        if kind == "bool":
            return {"widget": "boolean", "default": False}
        if kind == "enum":
            return {"widget": "select", "options": [v for v in node["enum"] if v is not None]}
        if kind == "ref":
            return {"widget": "select", "options": self.options.by_ref[node["x-kb-ref"]]}
        if kind == "id":
            return {"widget": "string", "pattern": [ID_PATTERN, "只用小写字母、数字和连字符，如 liupanshui-bus-line"]}
        if kind == "lines":
            return {"widget": "string", "pattern": [r"^\d+(-\d+)?$", "写行号，如 120 或 120-125"]}
        if kind == "list":
            return self.list_widget(node)
        if kind == "map":
            return {"widget": "object", "collapsed": False, "fields": self.fields(node)}
        return {"widget": "string"}

    def list_widget(self, node: dict) -> dict:
        item = self.node(node["items"])
        bounds = {"min": node["minItems"]} if node.get("minItems") else {}
        if item.get("x-kb-type") == "ref":  # several references: one multi-select
            return {"widget": "select", "multiple": True, "options": self.options.by_ref[item["x-kb-ref"]], **bounds}
        if item.get("x-kb-type") == "map":
            return {"widget": "list", "collapsed": False, "fields": self.fields(item), **bounds}
        return {"widget": "list", "field": {"label": "项", "name": "item", **self.widget(item)}, **bounds}

    def fields(self, node: dict) -> list[dict]:
        return [self.field(name, schema, name in node.get("required", []))
                for name, schema in node["properties"].items()]


def collections(kb, json_schema: dict, widgets: Widgets) -> list[dict]:
    out = []
    for kind in kb.schema["record"]["kinds"]:
        node = json_schema["$defs"][f"record-{kind}"]
        fields = [({"label": label("kind"), "name": "kind", "widget": "hidden", "default": kind} if f["name"] == "kind" else f)
                  for f in widgets.fields(node)]
        out.append(folder(kind, node["title"], f"data/{kind}", fields))
    source = json_schema["$defs"]["source"]
    out.append(folder("sources", "来源文档", FOLDERS["source"], widgets.fields(source)))
    return out


def folder(name: str, title: str, path: str, fields: list[dict]) -> dict:
    return {"name": name, "label": title, "label_singular": title, "folder": path, "create": True,
            "extension": "yaml", "format": "yaml", "slug": "{{id}}", "identifier_field": "id",
            "summary": "{{id}}　{{title}}", "sortable_fields": ["id", "title"], "fields": fields}


def config(kb) -> dict:
    json_schema = Exporter(kb.schema).document()
    widgets = Widgets(json_schema, Options(kb))
    return {
        "backend": backend(),
        "local_backend": {"url": f"http://127.0.0.1:{LOCAL_PROXY_PORT}/api/v1", "allowed_hosts": ["127.0.0.1", "localhost"]},
        "locale": "zh_Hans",
        "publish_mode": "simple",
        "media_folder": "docs/assets/uploads",
        "public_folder": "/assets/uploads",
        "collections": collections(kb, json_schema, widgets),
    }


def page() -> str:
    return """<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>编辑数据 · 双拥知识库</title>
</head>
<body>
  <script src="decap-cms.js"></script>
</body>
</html>
"""


def render(kb) -> dict[str, str]:
    # Written as JSON, which is YAML too: a config of several hundred kB is dumped in milliseconds.
    text = "# 由 scripts/kb/render/admin.py 按 data/schema.json 生成，请勿手改\n"
    text += json.dumps(config(kb), ensure_ascii=False, indent=1) + "\n"
    return {f"{ADMIN}index.html": page(), f"{ADMIN}config.yml": text}


def vendor_files(root) -> dict[str, object]:
    """Decap's built bundle from node_modules (installed by `npm ci`), served from the site itself."""
    dist = root / "node_modules" / "decap-cms" / "dist"
    if not (dist / DECAP_SCRIPT).exists():
        return {}
    keep = [p for p in dist.iterdir() if p.name.endswith(DECAP_SCRIPT) or p.suffix == ".wasm"]
    return {f"{ADMIN}{p.name}": p for p in sorted(keep)}
