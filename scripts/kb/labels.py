"""Chinese labels and hints for fields, shown by editors (JSON Schema title/description) and the CMS.

Keyed by field name; a field another branch adds to data/schema.yaml without an entry here
simply shows its own name until someone writes one.
"""
from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "id": ("标识", "小写字母、数字和连字符，与文件名相同，写好后不再改（它是网址的一部分）"),
    "kind": ("类别", "记录所在的目录：practice、person、ship、base、policy"),
    "title": ("标题", "一句话说清是什么"),
    "region": ("地区", "地区中文全称，如 六盘水市；重名写上级路径，如 攀枝花市/西区；全国性写 全国，原文未写明写 地区未详"),
    "region_inferred": ("地区系推定", "原文未直接写明、据内容推定地区时勾选，并在“地区说明”写依据"),
    "region_note": ("地区说明", "推定地区的依据"),
    "unit": ("单位", "data/units.yaml 中登记的单位标识"),
    "year": ("年份", "四位数字，如 2023"),
    "period": ("时期", "跨年或不确定年份时填写，如 2019—2022年"),
    "themes": ("主题", "至少选一个"),
    "summary": ("概述", "用本库自己的话概括，不照抄原句"),
    "details": ("要点", "每项一句，可选"),
    "figures": ("数字", "原文的数字原样照录，缺的数字不补"),
    "value": ("数值", "写成原文的样子，如 4.82余万"),
    "counts": ("统计对象", "这个数字统计的是什么"),
    "keywords": ("关键词", "便于检索的词"),
    "sources": ("来源", "每条写明文章标识和行号，至少一条"),
    "article": ("文章", "来源文章的标识，如 s001-a27"),
    "lines": ("行号", "如 120 或 120-125，必须落在文章的行范围内"),
    "related": ("相关记录", "其他记录的标识"),
    "note": ("备注", "整理说明，可选"),
    "implements": ("落实的政策", "政策记录的标识"),
    "name": ("名称", "人物姓名、舰名或基地名称"),
    "role": ("身份", "职务或身份"),
    "honours": ("荣誉", "荣誉称号取自 data/honours.yaml"),
    "honour": ("荣誉称号", "取自 data/honours.yaml"),
    "deed": ("事迹", "一句话事迹，用自己的话写"),
    "partner": ("结对城市", "与舰艇共建的地区"),
    "activities": ("共建活动", "按年份逐项，每项可带一条来源"),
    "text": ("内容", "这一项活动做了什么"),
    "source": ("来源", "文章标识和行号"),
    "base_type": ("基地类型", "从列表中选择"),
    "policy_title": ("政策名称", "文件或措施的正式名称"),
    "level": ("层级", "从列表中选择"),
    "issuer": ("发布机关", "可选"),
    "provides": ("主要内容", "政策规定了什么，用自己的话写"),
    "description": ("说明", "一句话说明"),
    "synonyms": ("同义词组", "每组至少两个词"),
    "for": ("授予对象", "人物、地区或单位"),
    "unit_type": ("单位类型", "从列表中选择"),
    "file": ("文件", "shared/sources/ 中的文件名"),
    "date": ("日期", "原文日期，照原样写"),
    "articles": ("文章", "文档中的每篇文章"),
    "no": ("序号", "文章在文档中的序号"),
    "headline": ("副标题", "可选"),
    "author": ("作者", "可选"),
    "same_as": ("同一篇文章", "另一文档中同一篇文章的标识"),
    "slug": ("网址标识", "拼音重名时另指定"),
    "aliases": ("别名", "如 陇东市"),
    "inferred": ("系推定", "别名据内容推定"),
    "times": ("次数", "如几连冠"),
    "years": ("年份", "每项四位数字"),
    "children": ("下级地区", ""),
    "status": ("状态", "计划：尚未实施的计划；不填即已实施"),
    "evidence": ("依据", "草稿的原文依据"),
}


def label(field: str) -> str:
    return LABELS.get(field, (field, ""))[0]


def hint(field: str) -> str:
    return LABELS.get(field, (field, ""))[1]
