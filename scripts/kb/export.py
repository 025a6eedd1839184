"""Records as flat rows and plain JSON: the CSV/JSON downloads and the case finder's data."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

from .csvsafe import safe_row
from .model import KIND_ORDER
from .render import paths
from .render.groups import sort_records
from .text import plain

# The CSV columns, in order, with what each holds (shown on the 数据下载 page).
COLUMN_MEANINGS = {
    "id": "记录标识（稳定，不随内容修改而变）", "类型": "典型做法、先进人物、城舰共建、阵地基地或政策",
    "标题": "记录标题", "省": "省级地区；国家层面为“全国”，原文未写明为“地区未详”", "市": "地级地区", "县": "县级地区",
    "地区推定": "地区由内容推定时为“是”", "单位": "学校、医院等单位名称", "单位类型": "学校、医院、机关、乡镇……",
    "年份": "年份", "时期": "时期（如“2020年以来”）", "主题": "所属主题", "概要": "概要", "要点": "做法要点",
    "数据": "数值、单位和统计内容，如“1500余名（为边防官兵写慰问信的小学生）”", "关键词": "关键词",
    "来源": "文档·篇目·行号", "相关记录": "相关记录的 id", "专有信息": "人物的姓名、荣誉、事迹；舰艇的结对城市和活动；基地类型；政策层级、发布机关和内容",
    "网址": "记录页相对网址",
}
COLUMNS = list(COLUMN_MEANINGS)


def region_parts(record, depth: int = 3) -> list[str]:
    names = list(record.region.names) if record.region else [record.data.get("region", "")]
    return (names + [""] * depth)[:depth]


def _figures(record) -> str:
    return "；".join(f"{f['value']}{f.get('unit') or ''}（{plain(f['counts'])}）" for f in record.data.get("figures") or [])


def _sources(kb, record) -> str:
    items = []
    for citation in record.data["sources"]:
        article = kb.articles[citation["article"]]
        items.append(f"{article.doc.title}·第{article.no}篇《{article.title}》·第{citation['lines']}行")
    return "；".join(items)


def _specific(record) -> str:
    data = record.data
    by_kind = {
        "person": lambda: f"姓名：{data['name']}；荣誉：" + "、".join(
            h["honour"] + (f"（{h['year']}）" if h.get("year") else "") for h in data["honours"]) + f"；事迹：{plain(data['deed'])}",
        "ship": lambda: f"舰名：{data['name']}；结对城市：{data['partner']}；活动：" + "；".join(
            f"{a.get('period') or a.get('year') or '未注明'} {plain(a['text'])}" for a in data["activities"]),
        "base": lambda: f"名称：{data['name']}；类型：{data['base_type']}",
        "policy": lambda: f"政策：{data['policy_title']}；层级：{data['level']}；发布机关：{data.get('issuer') or ''}；内容：{plain(data['provides'])}",
        "practice": lambda: "落实政策：" + "、".join(data.get("implements") or []) if data.get("implements") else "",
    }
    return by_kind[record.kind]()


def row(kb, record) -> dict[str, str]:
    data = record.data
    province, city, county = region_parts(record)
    return {
        "id": record.id, "类型": kb.kind_label(record.kind), "标题": plain(record.title),
        "省": province, "市": city, "县": county, "地区推定": "是" if data.get("region_inferred") else "",
        "单位": record.unit.name if record.unit else "", "单位类型": record.unit.unit_type if record.unit else "",
        "年份": str(data.get("year") or ""), "时期": str(data.get("period") or ""),
        "主题": "、".join(t.name for t in record.themes), "概要": plain(data["summary"]),
        "要点": "；".join(plain(d) for d in data.get("details") or []), "数据": _figures(record),
        "关键词": "、".join(data.get("keywords") or []), "来源": _sources(kb, record),
        "相关记录": "、".join(data.get("related") or []), "专有信息": _specific(record),
        "网址": paths.record_page(record).replace(".md", "/"),
    }


def to_csv(kb, records) -> str:
    """UTF-8 with a BOM (Excel then reads Chinese correctly), CRLF line ends, one row per record;
    every cell neutralised against formula injection (csvsafe)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow(safe_row(row(kb, record)))  # cells a spreadsheet would run as formulas get a '
    return "\ufeff" + buffer.getvalue()


def _jsonable(value):
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return plain(value) if isinstance(value, str) else value


def to_json(kb, records) -> str:
    items = []
    for record in records:
        item = {"id": record.id, "kind_label": kb.kind_label(record.kind), **_jsonable(dict(record.data))}
        item["region_path"] = [r.name for r in record.region.lineage] if record.region else [record.data["region"]]
        item["url"] = paths.record_page(record).replace(".md", "/")
        items.append(item)
    return json.dumps({"records": items}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def downloads_page(kb) -> dict[str, str]:
    from .render.base import render_page

    kinds = [(kb.kind_label(kind), paths.KIND_FOLDERS[kind], len(kb.records_of(kind))) for kind in KIND_ORDER]
    path, text = render_page(kb, "downloads/index.md", "downloads.md.j2", {"title": "数据下载"},
                             total=len(kb.records), kinds=kinds, columns=list(COLUMN_MEANINGS.items()))
    return {path: text}


def download_files(kb) -> dict[str, str]:
    """downloads/records.{csv,json} for everything and downloads/<kind>.{csv,json} per kind."""
    everything = sort_records(kb.records.values())
    files = {"downloads/records.csv": to_csv(kb, everything), "downloads/records.json": to_json(kb, everything)}
    for kind in KIND_ORDER:
        subset = [r for r in everything if r.kind == kind]
        files[f"downloads/{paths.KIND_FOLDERS[kind]}.csv"] = to_csv(kb, subset)
        files[f"downloads/{paths.KIND_FOLDERS[kind]}.json"] = to_json(kb, subset)
    return files
