"""One index per kind: every practice, honouree, ship, base and policy in a table by province."""
from __future__ import annotations

from . import paths
from .base import Page
from .groups import by_province_and_city
from ..text import Markdown, escape

INTROS = {
    "practice": "各地可复制借鉴的双拥工作机制、项目、服务和活动。",
    "person": "最美退役军人、最美拥军人物、最美军嫂、全国模范退役军人、兵支书和英雄烈士。",
    "ship": "城市与以其命名的海军舰艇结对共建（城舰共建），按年份记录共建活动。",
    "base": "国防教育基地、红色教育基地、烈士陵园、纪念馆、双拥公园、退役军人服务和就业创业基地等。",
    "policy": "法律法规、地方文件和各地明确描述的双拥政策措施。",
}


def _cells(*values) -> Markdown:
    return Markdown("| " + " | ".join(v if isinstance(v, Markdown) else escape(v) for v in values) + " |")


def table(kind: str, page: Page):
    """The header and a row function for the kind's table."""
    themes = lambda r: "、".join(t.name for t in r.themes)  # noqa: E731
    honours = lambda r: "、".join(h.get("honour", "") for h in r.data.get("honours") or [])  # noqa: E731
    layouts = {
        "practice": (("做法", "地区", "时间", "主题"), lambda r: (page.record_link(r), r.region_label, r.when, themes(r))),
        "person": (("姓名", "荣誉", "地区"), lambda r: (page.record_link(r), honours(r), r.region_label)),
        "ship": (("舰艇", "结对城市", "活动"), lambda r: (page.record_link(r), r.data.get("partner", ""),
                                                       f"{len(r.data.get('activities') or [])} 项")),
        "base": (("名称", "类型", "地区"), lambda r: (page.record_link(r), r.data.get("base_type", ""), r.region_label)),
        "policy": (("政策", "层级", "发布机关", "年份"), lambda r: (page.record_link(r), r.data.get("level", ""),
                                                             r.data.get("issuer", ""), str(r.data.get("year") or ""))),
    }
    columns, cells = layouts[kind]
    header = Markdown(_cells(*columns) + "\n" + "| " + " | ".join("---" for _ in columns) + " |")
    return header, lambda record: _cells(*cells(record))


def render(kb) -> dict[str, str]:
    pages = {}
    for kind in kb.schema["record"]["kinds"]:
        path = paths.kind_page(kind)
        page = Page(kb, path)
        header, row = table(kind, page)
        records = kb.records_of(kind)
        label = kb.kind_label(kind)
        pages[path] = page.render("kind_index.md.j2", {"title": label}, trail=[(label, None)], label=label, intro=INTROS[kind],
                                  count=len(records), header=header, row=row,
                                  groups=by_province_and_city(records, kb.schema["unknown_region"]))
    return pages
