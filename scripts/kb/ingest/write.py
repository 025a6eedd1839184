"""Step 6, write: a new data/sources/<id>.yaml, one draft file per record under
data/drafts/<id>/<kind>/, and the report; curated files are never overwritten."""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from pypinyin import Style, lazy_pinyin

from .report import render_report

DRAFTS = "drafts"


class WriteRefused(Exception):
    """A file that must not be overwritten; the message is for the curator."""


def article_id(result, index: int) -> str:
    return f"{result.source_id}-a{index + 1:02d}"


def _pinyin(text: str, words: int = 3) -> str:
    """Pinyin of the first few words, one hyphen between words: 双拥公交专线 → shuangyong-gongjiao-zhuanxian."""
    import jieba

    parts = []
    for word in jieba.lcut(re.sub(r"[^\u4e00-\u9fa5A-Za-z0-9]", "", text)):
        letters = re.sub(r"[^a-z0-9]", "", "".join(lazy_pinyin(word, style=Style.NORMAL, errors="ignore")).lower())
        if letters:
            parts.append(letters)
        if len(parts) == words:
            break
    return "-".join(parts)


def _slug(region: str, kb) -> str:
    if region in ("全国", "地区未详"):
        return {"全国": "national", "地区未详": "unknown"}[region]
    from ..regions import RegionIndex

    found, _ = RegionIndex(kb.provinces).resolve(region)
    return found.slug if found else "unknown"


def assign_ids(result, kb) -> None:
    """Ids in the project's style (ship-<拼音>, 姓-名, <地区>-<拼音>), unique among curated records."""
    taken = set(kb.records)
    for draft in result.drafts:
        if draft.match:
            continue
        fields = draft.fields
        if draft.kind == "ship":
            base = "ship-" + _pinyin(draft.key[:-1], 5).replace("-", "")
        elif draft.kind == "person":
            syllables = lazy_pinyin(draft.key, style=Style.NORMAL, errors="ignore")
            base = syllables[0] + ("-" + "".join(syllables[1:]) if len(syllables) > 1 else "")
        elif draft.kind == "policy" and fields.get("level") == "国家":
            base = "law-" + _pinyin(draft.key, 4)
        else:
            name = fields.get("name") or fields["title"]
            region = fields.get("region", "")
            name = name[len(region):] if region and name.startswith(region) else name
            base = _slug(region, kb) + "-" + _pinyin(name)
        base = base.strip("-") or draft.kind
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        taken.add(candidate)
        draft.id = candidate


def _lines(sentence):
    return sentence.first if sentence.first == sentence.last else f"{sentence.first}-{sentence.last}"


def citations(result, draft) -> list[dict]:
    seen, out = set(), []
    for index, sentence in draft.evidence:
        key = (index, _lines(sentence))
        if key not in seen:
            seen.add(key)
            out.append({"article": article_id(result, index), "lines": _lines(sentence)})
    return out


def draft_yaml(result, draft) -> str:
    record = {"id": draft.id, "kind": draft.kind, "status": "draft", **draft.fields,
              "sources": citations(result, draft)}
    head = [f"# 草稿：kb ingest 从 {result.doc.path.name} 生成，可信度：{draft.confidence}。",
            "# 整理者核对事实、用自己的话写 summary（人物写 deed，政策写 provides）后运行 make promote。"]
    head += [f"# 注意：{note}" for note in draft.notes]
    body = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=1000)
    evidence = ["evidence:"]
    for index, sentence in draft.evidence:
        quote = sentence.text.replace("\n", " ")[:300]
        evidence.append(f"  - {{article: {article_id(result, index)}, lines: '{_lines(sentence)}'}}  # 原文：{quote}")
    return "\n".join(head) + "\n" + body + "\n".join(evidence) + "\n"


def source_yaml(result) -> str:
    doc, spans = result.doc, [a.span for a in result.articles]
    kind = "范文" if doc.banners else "汇编" if len(spans) > 1 else \
        "讲话" if re.search(r"同志们|讲话", doc.text(1, len(doc.lines))[:3000]) else "报告"
    title = next((s.text for s in doc.stripped if s.line <= 3 and len(s.text) <= 60), "") or spans[0].title
    title = re.sub(r"\.docx?$", "", title) or doc.path.stem
    articles = []
    for index, article in enumerate(result.articles):
        span, location = article.span, article.location
        opening = re.split(r"[，。,；]", doc.text(span.first, span.last).strip())[0][:20]
        item = {"id": article_id(result, index), "no": index + 1, "title": span.title or f"（原文无标题）{opening}……"}
        if span.headline:
            item["headline"] = span.headline
        item["region"] = location.region
        if location.inferred:
            item["region_inferred"] = True
        note = "；".join(x for x in [location.clue if location.inferred else "", *location.flags] if x)
        if note:
            item["region_note"] = note[:290]
        if span.date:
            item["date"] = span.date
        item["lines"] = f"{span.first}-{span.last}"
        articles.append(item)
    source = {"id": result.source_id, "file": doc.path.name, "title": title, "kind": kind,
              "date": doc.meta_date or next((s.date for s in spans if s.date), "") or "未署日期",
              "note": f"kb ingest 自动生成，待整理者核对（编码 {doc.encoding}）。", "articles": articles}
    return yaml.safe_dump(source, allow_unicode=True, sort_keys=False, width=1000)


def write_all(result, kb, data_dir: Path) -> list[Path]:
    """Write the source entry, the drafts and report.md; refuse to overwrite anything."""
    source_path = data_dir / "sources" / f"{result.source_id}.yaml"
    draft_dir = data_dir / DRAFTS / result.source_id
    if source_path.exists():
        raise WriteRefused(f"来源 {source_path} 已存在，不覆盖：请用 --source-id 指定新的来源标识")
    if draft_dir.exists():
        raise WriteRefused(f"草稿目录 {draft_dir} 已存在，不覆盖：请先整理或删除其中的草稿")
    assign_ids(result, kb)
    written = [source_path]
    source_path.parent.mkdir(parents=True, exist_ok=True)
    source_path.write_text(source_yaml(result), encoding="utf-8")
    for draft in result.drafts:
        if draft.match:
            continue
        path = draft_dir / draft.kind / f"{draft.id}.yaml"
        if (data_dir / draft.kind / path.name).exists():
            raise WriteRefused(f"{data_dir / draft.kind / path.name} 已存在，不覆盖")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(draft_yaml(result, draft), encoding="utf-8")
        written.append(path)
    report = draft_dir / "report.md"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(render_report(result, article_id, citations), encoding="utf-8")
    return written + [report]
