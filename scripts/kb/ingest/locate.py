"""Step 3, locate: the region of an article from cpca's administrative-division gazetteer,
mapped onto the project's regions (data/regions/). Anonymised and unknown names are flagged;
a region read from the body rather than the title is marked inferred, with its clue."""
from __future__ import annotations

import re
import warnings
from collections import Counter
from dataclasses import dataclass, field

ANONYMISED = re.compile(r"(?:[XxＸ×＊*_]{1,4}|某)\s*(?:省|市|县|区|州|镇)")
UNKNOWN_NAME = re.compile(r"([\u4e00-\u9fa5]{2,3})(市|县)")
GENERIC = {"全市", "我市", "本市", "该市", "各市", "城市", "全县", "我县", "本县", "各县", "市县", "州市",
           "全省", "各省", "地市", "省市", "市区", "县区", "县市", "区县", "设区", "直辖市"}
SKIP = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "城区", "郊区", "矿区"}
UNKNOWN_REGION = "地区未详"
CJK = re.compile(r"[\u4e00-\u9fa5]")
GRAMMATICAL = set("vdacpumrqfz")  # jieba tag initials: verb, adverb, adjective, conjunction …
TOPONYM_TAIL = set("埠镇乡村街路桥湖山河港岛湾寨屯堡庄沟坡岭峪")


@dataclass
class Location:
    region: str = UNKNOWN_REGION          # a reference into data/regions/, or 地区未详
    lineage: list[str] = field(default_factory=list)   # 省, 市, 县 as the gazetteer names them
    inferred: bool = False
    clue: str = ""
    flags: list[str] = field(default_factory=list)
    new_region: str = ""                  # gazetteer path the project has not registered yet


def _is_place_word(word: str) -> bool:
    """False for a word jieba knows mostly as a verb, adverb or the like (合作, 大同, 开封): its noun and
    name tags are too noisy to tell 宝鸡 from 来宾, so only grammatical tags rule a place out."""
    import jieba.posseg

    tag = jieba.posseg.dt.word_tag_tab.get(word) or ""
    return tag[:1] not in GRAMMATICAL


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether jieba, cutting the words around it, starts and ends a word where the name does."""
    import jieba

    left = max(0, start - 4)
    position, cuts = left, set()
    for word in jieba.cut(text[left:end + 4], HMM=False):
        cuts.add(position)
        position += len(word)
    cuts.add(position)
    return start in cuts and end in cuts


def _gazetteer():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import cpca
    return cpca.matcher, cpca.ad_2_addr_dict


class Locator:
    def __init__(self, provinces, use_aliases: bool = True):
        self.matcher, self.codes = _gazetteer()
        self.project = [r for p in provinces for r in p.walk()]
        self.aliases = {}
        if use_aliases:
            for region in self.project:
                for alias in region.aliases:
                    self.aliases[alias["name"]] = (region, alias)

    # -- gazetteer ------------------------------------------------------------------------

    def mentions(self, text: str) -> list[tuple[object, str, int]]:
        """(AddrInfo, the words as written, weight): full names weigh more than abbreviations."""
        found = []
        for match in self.matcher.iter(text):
            infos = [i for i in match.attr_infos if i.name not in SKIP]
            if not infos:
                continue
            full = match.origin_value == infos[0].name
            before = text[match.start_index - 1] if match.start_index else ""
            after = text[match.end_index + 1] if match.end_index + 1 < len(text) else ""
            stem = re.sub(r"[市县区]$", "", match.origin_value)
            if full and CJK.match(before) and (len(match.origin_value) == 2 or not _is_place_word(stem)):
                continue  # 范县 inside 示范县, 西区 inside 城西区: a two-character name needs a boundary
            if not full and (after in TOPONYM_TAIL or not _is_place_word(match.origin_value)
                             or not _stands_alone(text, match.start_index, match.end_index + 1)):
                continue  # 宜兴埠, 太白山: part of another name; 合作: an ordinary word
            found.append((infos, match.origin_value, 2 if full else 1))
        return found

    def lineage(self, info) -> list[str]:
        code = info.adcode
        province = self.codes.get(code[:2] + "0" * 10)
        city = self.codes.get(code[:4] + "0" * 8)
        names = [province.name if province else ""]
        if info.rank >= 1 and city and city.name not in SKIP:
            names.append(city.name)
        if info.rank == 2:
            names.append(info.name)
        return [n for n in names if n]

    # -- article --------------------------------------------------------------------------

    def locate(self, title: str, headline: str, text: str) -> Location:
        location = Location()
        heading = title or ""
        for name, (region, alias) in self.aliases.items():
            if name in heading:
                location.region, location.lineage = self.ref(region), list(region.names)
                location.inferred = bool(alias.get("inferred"))
                location.clue = f"标题中的“{name}”是登记的别名" + (f"：{alias['note']}" if alias.get("note") else "")
                location.flags.append(f"别名“{name}”→{region.name}")
                return location
        if ANONYMISED.search(heading) or ANONYMISED.search(text[:200]):
            location.flags.append(f"地名被匿名（{(ANONYMISED.search(heading) or ANONYMISED.search(text[:200]))[0]}），不据此推定")
        chosen = self._choose(self.mentions(heading))
        if chosen:
            return self._fill(location, chosen, inferred=False, clue=f"标题：{heading}")
        unknown = [m[0] for m in UNKNOWN_NAME.finditer(heading) if m[0] not in GENERIC]
        if unknown:
            location.flags.append(f"标题中的“{unknown[0]}”不在地名库中（可能是别名或虚构名），据正文推定")
        body = self.mentions(text)
        chosen = self._choose(body, need=2 if location.flags else 1)
        if chosen:
            clue = "、".join(sorted({w for infos, w, _ in body if self._within(infos, chosen)}))[:60]
            return self._fill(location, chosen, inferred=True, clue=f"正文提到：{clue}")
        location.flags.append("未能确定地区：标题未写明，正文地名不足以推定")
        return location

    def _within(self, infos, chosen) -> bool:
        return any(i.adcode.startswith(chosen.adcode[:2 + 2 * chosen.rank]) for i in infos)

    def _choose(self, mentions, need: int = 1):
        """The deepest region the mentions agree on; None when they are too few or split."""
        if not mentions:
            return None
        by_city, by_county, infos_of = Counter(), Counter(), {}
        for infos, _, weight in mentions:
            info = self._disambiguate(infos, mentions)
            if info is None:
                continue
            by_city[info.adcode[:4] if info.rank else info.adcode[:2]] += weight
            if info.rank == 2:
                by_county[info.adcode] += weight
            infos_of.setdefault(info.adcode, info)
        if not by_city:
            return None
        (city, score), *rest = by_city.most_common()
        if score < need or (rest and rest[0][1] * 1.5 > score and need > 1):
            return None
        counties = [(c, s) for c, s in by_county.most_common() if c.startswith(city)]
        if counties and (counties[0][1] >= 0.6 * score or need == 1 and len(counties) == 1):
            return infos_of[counties[0][0]]
        code = (city + "00") if len(city) == 4 else city + "0000"
        return self.codes.get(code + "0" * 6) or next(i for c, i in infos_of.items() if c.startswith(city))

    def _disambiguate(self, infos, mentions):
        if len(infos) == 1:
            return infos[0]
        others = {i.adcode[:4] for other, _, _ in mentions if len(other) == 1 for i in other}
        others |= {i.adcode[:2] for other, _, _ in mentions if len(other) == 1 for i in other}
        fitting = [i for i in infos if i.adcode[:4] in others or i.adcode[:2] in others]
        return fitting[0] if len(fitting) == 1 else None

    def _fill(self, location: Location, info, inferred: bool, clue: str) -> Location:
        location.lineage, location.inferred, location.clue = self.lineage(info), inferred, clue
        region, missing = self.project_region(location.lineage)
        location.region = self.ref(region) if region else UNKNOWN_REGION
        if missing:
            location.new_region = "/".join(location.lineage)
            location.flags.append(f"data/regions/ 中没有“{missing}”，需新增：{location.new_region}")
        return location

    # -- project regions ------------------------------------------------------------------

    def project_region(self, lineage: list[str]):
        """The deepest project region on the lineage, and the first name it lacks ('' if none)."""
        best, missing = None, ""
        for depth in range(1, len(lineage) + 1):
            wanted = lineage[:depth]
            found = [r for r in self.project if r.name == wanted[-1] and
                     all(a in r.names for a in wanted[:-1] if a)]
            if len(found) == 1:
                best = found[0]
            elif not missing:
                missing = wanted[-1]
                break
        return best, missing

    def ref(self, region) -> str:
        """The shortest tail of names that is unique among the project's regions."""
        names = region.names
        for size in range(1, len(names) + 1):
            tail = names[-size:]
            if sum(1 for r in self.project if r.names[-size:] == tail) == 1:
                return "/".join(tail)
        return "/".join(names)
