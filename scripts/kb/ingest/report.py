"""report.md for the curator (per article: what was found, how sure, what needs an eye) and the
`--json` object with the same content for scripts and review tools."""
from __future__ import annotations

from collections import Counter

from .people import masked

KIND_LABELS = {"practice": "典型做法", "person": "先进人物", "ship": "城舰共建", "base": "阵地基地", "policy": "政策"}


def _region_line(location) -> str:
    lineage = " › ".join(location.lineage) or "—"
    state = "推定" if location.inferred else "原文写明" if location.lineage else "未能确定"
    clue = f"；依据：{location.clue}" if location.clue else ""
    return f"{location.region}（地名库：{lineage}；{state}{clue}）"


def render_report(result, article_id, citations) -> str:
    doc = result.doc
    out = [f"# 入库报告：{doc.path.name}", "",
           f"- 来源标识：`{result.source_id}`；编码：{doc.encoding}"
           + (f"；繁体已转简体（OpenCC t2s，{doc.converted} 字）" if doc.converted else ""),
           f"- 分篇：{'；'.join(result.notes)}",
           f"- 草稿：{sum(1 for d in result.drafts if not d.match)} 条新记录，"
           f"{sum(1 for d in result.drafts if d.match)} 条与已有记录重复（建议追加来源）", ""]
    if doc.stripped:
        out += ["## 已去除的网页残留", "", "| 行 | 原因 | 内容 |", "|---|---|---|"]
        out += [f"| {s.line} | {s.why} | {_cell(s.text[:60])} |" for s in doc.stripped[:60]]
        out += [f"| … | 共 {len(doc.stripped)} 处 | |"] if len(doc.stripped) > 60 else []
        out.append("")
    new_regions = sorted({a.location.new_region for a in result.articles if a.location.new_region})
    if new_regions:
        out += ["## 需要新增的地区", ""] + [f"- {r}" for r in new_regions] + [""]
    for index, article in enumerate(result.articles):
        out += _article(result, index, article, article_id, citations)
    if result.warnings:
        out += ["## 其他提示", ""] + [f"- {_cell(w)}" for w in result.warnings[:80]] + [""]
    return "\n".join(out)


def _article(result, index, article, article_id, citations) -> list[str]:
    span, location = article.span, article.location
    drafts = [d for d in result.drafts if d.article == index]
    counts = Counter(d.kind for d in drafts)
    found = "、".join(f"{KIND_LABELS[k]} {n}" for k, n in counts.items()) or "无"
    out = [f"## {article_id(result, index)} {span.title or '（原文无标题）'}", "",
           f"- 行号：{span.first}-{span.last}；日期：{span.date or '未写明'}",
           f"- 地区：{_region_line(location)}", f"- 找到：{found}"]
    eye = list(location.flags)
    eye += [f"文字不可靠：{r}" for r in article.unreliable]
    if article.placeholders:
        lines = "、".join(sorted({line for _, line in article.placeholders}, key=lambda x: int(str(x).split("-")[0])))[:80]
        eye.append(f"{len(article.placeholders)} 句含占位符或匿名（如“{article.placeholders[0][0]}”，第{lines}行）："
                   "其中的名称和数字未起草")
    eye += [f"第{line}行有私人姓名（{why}）：{masked(name)}，未收录" for name, why, line in article.private]
    if eye:
        out += ["- **需要整理者核对**："] + [f"    - {_cell(e)}" for e in eye]
    out.append("")
    if drafts:
        out += ["| 类型 | 草稿 | 可信度 | 出处行 | 说明 |", "|---|---|---|---|---|"]
        for draft in drafts:
            lines = "、".join(str(c["lines"]) for c in citations(result, draft))
            target = f"已有记录 `{draft.match}`：建议追加来源" if draft.match else f"`{draft.id or draft.key}`"
            out.append(f"| {KIND_LABELS[draft.kind]} | {_cell(draft.fields['title'][:40])} {target} | "
                       f"{draft.confidence} | {lines} | {_cell('；'.join(draft.notes))} |")
        out.append("")
    return out


def _cell(text: str) -> str:
    """Source text is inert in the report: Markdown marks (** of 匿名 names, |, _) show as written."""
    text = str(text).replace("\n", " ")
    return "".join("\\" + ch if ch in "\\`*_[]|<>#" else ch for ch in text)


def to_json(result, article_id, citations) -> dict:
    articles = []
    for index, article in enumerate(result.articles):
        span, location = article.span, article.location
        articles.append({"id": article_id(result, index), "title": span.title, "headline": span.headline,
                         "lines": [span.first, span.last], "region": location.region,
                         "region_lineage": location.lineage, "region_inferred": location.inferred,
                         "region_clue": location.clue, "flags": location.flags, "date": span.date,
                         "unreliable": article.unreliable,
                         "placeholders": [{"text": t, "lines": l} for t, l in article.placeholders],
                         "figures": [{"value": v, "unit": u, "lines": l} for v, u, l in article.figures]})
    records = []
    for draft in result.drafts:
        cites = citations(result, draft)
        records.append({"id": draft.id, "kind": draft.kind, "status": "draft", **draft.fields,
                        "article": article_id(result, draft.article),
                        "evidence": [c["lines"] for c in cites], "sources": cites,
                        "evidence_text": [s.text for _, s in draft.evidence],
                        "confidence": draft.confidence, "notes": draft.notes,
                        "existing": draft.match or None})
    private = [{"article": article_id(result, i), "name": masked(n), "why": w, "lines": l}
               for i, a in enumerate(result.articles) for n, w, l in a.private]
    warnings = list(result.warnings) + [f"{a['id']}: {f}" for a in articles for f in a["flags"] + a["unreliable"]]
    doc = result.doc
    read = {"encoding": doc.encoding, "converted": doc.converted,
            "stripped": [{"line": x.line, "why": x.why, "text": x.text} for x in doc.stripped]}
    return {"source": _source(result), "read": read, "articles": articles, "records": records,
            "private_persons": private, "warnings": warnings}


def _source(result) -> dict:
    import yaml

    from .write import source_yaml

    return yaml.safe_load(source_yaml(result))
