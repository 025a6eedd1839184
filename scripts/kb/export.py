"""Records as flat rows and plain JSON: the CSV/JSON downloads and the case finder's data.

Every header and value is Chinese (theme codes become theme names, related ids become titles);
the per-kind files add that kind's own columns (姓名, 荣誉, 事迹 for people …), the all-records
file carries every kind's columns, empty where they do not apply. Addresses are absolute when
the site has a public address (site_url), so a link copied from Excel or WPS opens the page.
"""
from __future__ import annotations

import csv
import io
import json

from .csvsafe import safe_row
from .model import KIND_ORDER
from .render import paths
from .render.citation import article_reference
from .render.groups import sort_records
from .text import plain

# The columns every file has, in order, with what each holds (shown on the 数据下载 page).
COMMON_COLUMNS = {
    "标识": "记录标识（稳定，不随内容修改而变，也是网址的一部分）", "类型": "典型做法、先进人物、城舰共建、阵地基地或政策",
    "标题": "记录标题", "省": "省级地区；国家层面为“全国”，原文未写明为“地区未详”", "市": "地级地区", "县": "县级地区",
    "地区推定": "地区由内容推定时为“是”", "单位": "学校、医院等单位名称", "单位类型": "学校、医院、机关、乡镇……",
    "年份": "年份", "时期": "时期（如“2020年以来”）", "主题": "所属主题", "概要": "概要", "要点": "做法要点",
    "数据": "数值、单位和统计内容，如“1500余名（为边防官兵写慰问信的小学生）”", "关键词": "关键词",
    "来源": "原文出处：发布者（原文写明时）、文档、篇目、日期和行号", "相关记录": "相关记录的标题",
    "更新日期": "记录最近一次修改的日期", "网址": "记录页网址（站点配置了公开网址时为完整网址）",
}
# Columns of one kind only: in that kind's file, and in the all-records file.
KIND_COLUMNS = {
    "practice": {"落实的政策": "该做法落实的政策（标题）"},
    "person": {"姓名": "人物姓名", "身份": "职务或身份", "荣誉": "荣誉称号及年份", "事迹": "一句话事迹"},
    "ship": {"舰名": "舰艇名称", "共建城市": "结对共建的城市", "共建活动": "按时间列出的共建活动"},
    "base": {"名称": "阵地基地名称", "基地类型": "国防教育基地、烈士陵园、纪念馆……"},
    "policy": {"政策名称": "政策文件或措施名称", "层级": "国家、军队、省、市、县", "发布机关": "发布机关",
               "主要内容": "政策的主要内容"},
}
COLUMN_MEANINGS = {**COMMON_COLUMNS, **{name: meaning for kind in KIND_ORDER for name, meaning in KIND_COLUMNS[kind].items()}}
COLUMNS = list(COLUMN_MEANINGS)


def columns_for(kind: str | None) -> list[str]:
    """The header of the all-records file (kind None) or of one kind's file."""
    return COLUMNS if kind is None else list(COMMON_COLUMNS) + list(KIND_COLUMNS[kind])


def region_parts(record, depth: int = 3) -> list[str]:
    names = list(record.region.names) if record.region else [record.data.get("region", "")]
    return (names + [""] * depth)[:depth]


def _joined(items, separator="、") -> str:
    return separator.join(plain(item) for item in items)


def _figure(f) -> str:
    return f"{f['value']}{f.get('unit') or ''}（{plain(f['counts'])}）"


def _source(kb, citation) -> str:
    return f"{article_reference(kb.articles[citation['article']])}第{citation['lines']}行"


def _titles(kb, ids) -> list[str]:
    return [kb.records[i].title for i in ids or [] if i in kb.records]


def _honour(h) -> str:
    return h["honour"] + (f"（{h['year']}年）" if h.get("year") else "")


def _activity(a) -> str:
    return f"{a.get('period') or a.get('year') or '未注明时间'}：{plain(a['text'])}"


def kind_values(kb, record) -> dict[str, str]:
    data = record.data
    by_kind = {
        "practice": lambda: {"落实的政策": _joined(_titles(kb, data.get("implements")))},
        "person": lambda: {"姓名": data["name"], "身份": plain(data.get("role") or ""),
                           "荣誉": "、".join(_honour(h) for h in data["honours"]), "事迹": plain(data["deed"])},
        "ship": lambda: {"舰名": data["name"], "共建城市": record.partner.full_name if record.partner else data["partner"],
                         "共建活动": "；".join(_activity(a) for a in data["activities"])},
        "base": lambda: {"名称": data["name"], "基地类型": data["base_type"]},
        "policy": lambda: {"政策名称": plain(data["policy_title"]), "层级": data["level"],
                           "发布机关": plain(data.get("issuer") or ""), "主要内容": plain(data["provides"])},
    }
    return by_kind[record.kind]()


def record_address(kb, record) -> str:
    return kb.options.page_url(paths.record_page(record)) or paths.record_page(record).replace(".md", "/")


def row(kb, record) -> dict[str, str]:
    data = record.data
    province, city, county = region_parts(record)
    updated = kb.options.updated.get(record.id)
    return {
        "标识": record.id, "类型": kb.kind_label(record.kind), "标题": plain(record.title),
        "省": province, "市": city, "县": county, "地区推定": "是" if data.get("region_inferred") else "",
        "单位": record.unit.name if record.unit else "", "单位类型": record.unit.unit_type if record.unit else "",
        "年份": str(data.get("year") or ""), "时期": str(data.get("period") or ""),
        "主题": "、".join(t.name for t in record.themes), "概要": plain(data["summary"]),
        "要点": _joined(data.get("details") or [], "；"), "数据": "；".join(_figure(f) for f in data.get("figures") or []),
        "关键词": _joined(data.get("keywords") or []), "来源": "；".join(_source(kb, c) for c in data["sources"]),
        "相关记录": _joined(_titles(kb, data.get("related"))), "更新日期": updated.isoformat() if updated else "",
        "网址": record_address(kb, record), **kind_values(kb, record),
    }


def to_csv(kb, records, kind: str | None = None) -> str:
    """UTF-8 with a BOM (Excel and WPS then read Chinese correctly), CRLF line ends, one row per record;
    every cell neutralised against formula injection (csvsafe)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns_for(kind), restval="", lineterminator="\r\n")
    writer.writeheader()
    for record in records:
        writer.writerow(safe_row(row(kb, record)))  # cells a spreadsheet would run as formulas get a '
    return "\ufeff" + buffer.getvalue()


def json_item(kb, record) -> dict:
    """One record with Chinese keys; lists stay lists, so nothing needs splitting again."""
    data, flat = record.data, row(kb, record)
    item = {key: flat[key] for key in ("标识", "类型", "标题", "地区推定", "单位", "单位类型", "年份", "时期",
                                       "概要", "更新日期", "网址") if flat[key]}
    item.update({
        "地区": [r.name for r in record.region.lineage] if record.region else [data["region"]],
        "主题": [t.name for t in record.themes],
        "要点": [plain(d) for d in data.get("details") or []],
        "数据": [{"数值": str(f["value"]), "单位": f.get("unit") or "", "统计内容": plain(f["counts"])}
                 for f in data.get("figures") or []],
        "关键词": [plain(k) for k in data.get("keywords") or []],
        "来源": [_source(kb, c) for c in data["sources"]],
        "相关记录": _titles(kb, data.get("related")),
    })
    item.update({key: value for key, value in kind_values(kb, record).items() if value})
    return item


def to_json(kb, records) -> str:
    items = [json_item(kb, record) for record in records]
    return json.dumps({"记录": items}, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def downloads_page(kb) -> dict[str, str]:
    from .render.base import render_page

    kinds = [(kb.kind_label(kind), paths.KIND_FOLDERS[kind], len(kb.records_of(kind)),
              list(KIND_COLUMNS[kind])) for kind in KIND_ORDER]
    path, text = render_page(kb, "downloads/index.md", "downloads.md.j2", {"title": "数据下载"}, trail=[("数据下载", None)],
                             total=len(kb.records), kinds=kinds, columns=list(COLUMN_MEANINGS.items()),
                             common=len(COMMON_COLUMNS))
    return {path: text}


def download_files(kb) -> dict[str, str]:
    """downloads/records.{csv,json} for everything and downloads/<kind>.{csv,json} per kind."""
    everything = sort_records(kb.records.values())
    files = {"downloads/records.csv": to_csv(kb, everything), "downloads/records.json": to_json(kb, everything)}
    for kind in KIND_ORDER:
        subset = [r for r in everything if r.kind == kind]
        files[f"downloads/{paths.KIND_FOLDERS[kind]}.csv"] = to_csv(kb, subset, kind)
        files[f"downloads/{paths.KIND_FOLDERS[kind]}.json"] = to_json(kb, subset)
    return files
