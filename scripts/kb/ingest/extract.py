"""Step 4, extract: draft records by kind from each article, each with the sentences it stands on."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import names, people, practice
from .figures import find_figures
from .locate import ANONYMISED, Location
from .protect import placeholder_in
from .split import Span
from .text import Sentence, paragraphs, sentences


@dataclass
class Draft:
    kind: str
    key: str                                   # what makes two mentions the same record
    fields: dict
    evidence: list[tuple[int, Sentence]] = field(default_factory=list)   # (article index, sentence)
    confidence: str = "高"
    notes: list[str] = field(default_factory=list)
    match: str = ""                            # id of the curated record this one repeats
    id: str = ""

    @property
    def article(self) -> int:
        return self.evidence[0][0]


@dataclass
class Context:
    """What extraction needs from the knowledge base and the other steps."""
    locator: object
    themes: dict
    triggers: list
    forbidden: list
    warnings: list = field(default_factory=list)


def normalise_title(title: str) -> str:
    """The title to compare: no 《》, no 中华人民共和国, one kind of comma and angle bracket."""
    title = re.sub(r"[《》\s]|[（(][^）)]*(?:匿名|原文)[^）)]*[）)]", "", title)
    title = title.translate(str.maketrans({",": "，", "<": "〈", ">": "〉", "(": "（", ")": "）"}))
    return re.sub(r"^中华人民共和国", "", title)


class Extractor:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.drafts: dict[str, Draft] = {}

    def article(self, index: int, doc, span: Span, location: Location, unreliable: bool) -> dict:
        """Draft every kind from one article; returns the article's own counts and figures."""
        found = {"figures": [], "private": [], "placeholders": []}
        skip = {span.title_line}
        for sentence in sentences(doc, span.first, span.last):
            if sentence.first in skip and sentence.last in skip:
                continue
            self._sentence(index, sentence, location, found)
        if not doc.page_mode:
            for topic, first, last in practice.candidates(paragraphs(doc, span.first, span.last)):
                self._practice(index, doc, topic, first, last, location)
        for draft in self.drafts.values():
            if unreliable and draft.article == index:
                draft.confidence = "低"
        return found

    # -- per sentence -----------------------------------------------------------------------

    def _sentence(self, index: int, s: Sentence, location: Location, found: dict) -> None:
        text = s.text
        placeholder = placeholder_in(text, self.ctx.forbidden)
        if placeholder:
            found["placeholders"].append((placeholder, s.lines))
        for value, unit, _ in find_figures(text):
            found["figures"].append((value, unit, s.lines))
        private = people.private_mentions(text)
        found["private"].extend((name, why, s.lines) for name, why in private)
        hidden = {name for name, _ in private}
        for title, quoted in names.policy_titles(text):
            self._policy(index, s, title, quoted, location)
        for ship, stem in names.ships(text, self._is_place):
            self._ship(index, s, ship, stem, location)
        for person in people.honoured_people(text, self.ctx.triggers, self._level_of):
            if person.name not in hidden:
                self._person(index, s, person, location)
        for name, base_type in names.bases(text, self._is_named):
            self._add("base", name, index, s, location, {"title": name, "name": name, "base_type": base_type})

    def _policy(self, index, s, title, quoted, location) -> None:
        anonymised = ANONYMISED.search(title)
        if anonymised:  # 《*市退役士兵安置工作暂行办法》: keep the title, never the placeholder
            title = ANONYMISED.sub("", title)
        level, issuer = names.guess_level(title, _level(location))
        fields = {"title": normalise_title(title) or title, "policy_title": f"《{title}》", "level": level}
        if issuer:
            fields["issuer"] = issuer
        draft = self._add("policy", normalise_title(title), index, s, location, fields,
                          region="全国" if level == "国家" else None)
        if draft and len(draft.evidence) == 1:
            draft.notes.append("级别和发文机关据名称推测，请核对" if issuer or level != "国家" else "级别据名称推测")
            if anonymised:
                draft.notes.append(f"原文名称中的地名被匿名（{anonymised[0]}），已略去")
            if not quoted:
                draft.confidence = lower(draft.confidence, "中")

    def _ship(self, index, s, ship, stem, location) -> None:
        partner = self.ctx.locator.locate(stem + "市", "", "")
        fields = {"title": f"{ship}城舰共建", "name": ship, "themes": ["city-ship"]}
        if partner.region != "地区未详":
            fields["partner"] = partner.region
        self._add("ship", ship, index, s, location, fields,
                  region=partner.region if partner.region != "地区未详" else None)

    def _person(self, index, s, person, location) -> None:
        fields = {"title": person.name, "name": person.name, "honours": [{"honour": person.honour}]}
        if person.role:
            fields["role"] = person.role
        draft = self._add("person", person.name, index, s, location, fields)
        if draft and person.honour not in [h["honour"] for h in draft.fields["honours"]]:
            draft.fields["honours"].append({"honour": person.honour})

    def _practice(self, index, doc, topic, first, last, location) -> None:
        text = " ".join(doc.lines[n - 1].strip() for n in range(first, last + 1))
        sentence = Sentence(text, first, last)
        themes = practice.suggest_themes(text, self.ctx.themes)
        draft = self._add("practice", f"{index}:{topic}", index, sentence, location,
                          {"title": topic, "themes": themes}, figures=False)
        if draft and len(draft.evidence) == 1:
            draft.confidence = lower(draft.confidence, "中")
            draft.notes.append("做法候选：请判断是否为可照做的具体做法，并用自己的话写概要")

    # -- shared -----------------------------------------------------------------------------

    def _add(self, kind, key, index, s, location, fields, region=None, figures=True):
        """Add a draft, or another piece of evidence to the draft of the same thing."""
        bad = placeholder_in(" ".join(str(v) for v in fields.values()), self.ctx.forbidden)
        if bad:
            self.ctx.warnings.append(f"第{s.lines}行：{fields.get('title')} 含占位符“{bad}”，未起草")
            return None
        draft = self.drafts.get(f"{kind}:{key}")
        if draft:
            if (index, s) not in draft.evidence:
                draft.evidence.append((index, s))
            return draft
        fields = {"region": region or location.region, **fields}
        if location.inferred and not region:
            fields["region_inferred"] = True
            fields["region_note"] = location.clue[:200]
        if figures:
            fields["figures"] = self._figures(s.text)
        if "themes" not in fields or not fields["themes"]:
            fields["themes"] = practice.suggest_themes(s.text, self.ctx.themes) or _default_theme(kind)
        draft = Draft(kind, key, {k: v for k, v in fields.items() if v not in (None, [], "")}, [(index, s)])
        if location.inferred or location.region == "地区未详":
            draft.confidence = "中"
        self.drafts[f"{kind}:{key}"] = draft
        return draft

    def _figures(self, text: str) -> list[dict]:
        out = []
        for value, unit, position in find_figures(text):
            if placeholder_in(value, self.ctx.forbidden):
                continue
            clause = re.split(r"[，。；,;]", text[position:])[0]
            head = re.split(r"[，。；,;]", text[:position])[-1]
            counts = (head + clause)[:60].strip()
            if counts and not placeholder_in(counts, self.ctx.forbidden):
                out.append({"value": value, "unit": unit, "counts": f"待核：{counts}"})
        return out

    def _is_place(self, stem: str) -> bool:
        return any(w == stem and infos[0].rank >= 1 for infos, w, _ in self.ctx.locator.mentions(stem))

    def _level_of(self, words: str) -> str:
        ranks = [infos[0].rank for infos, _, _ in self.ctx.locator.mentions(words)]
        if "全省" in words or "自治区" in words or 0 in ranks:
            return "省级"
        if "全市" in words or ranks:
            return "市级"
        return ""

    def _is_named(self, prefix: str) -> bool:
        if "“" in prefix or self.ctx.locator.mentions(prefix):
            return True
        import jieba.posseg

        from .people import is_name

        return any(t.flag == "ns" and len(t.word) >= 2 or t.flag == "nr" and is_name(t.word)
                   for t in jieba.posseg.lcut(prefix))


def lower(confidence: str, cap: str) -> str:
    order = ["低", "中", "高"]
    return order[min(order.index(confidence), order.index(cap))]


def _level(location: Location) -> str:
    return {1: "省级", 2: "地级", 3: "县级"}.get(len(location.lineage), "")


def _default_theme(kind: str) -> list[str]:
    return {"ship": ["city-ship"], "base": ["bases"], "person": ["role-models"]}.get(kind, [])
