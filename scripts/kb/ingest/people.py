"""Honoured people: a name written next to an honour from data/honours.yaml (“最美退役军人”罗龙、王荣;
王启才提名“最美拥军人物”), with a role guessed from the words before the name. Private persons —
pupils, patients, aid recipients, people only quoted — are recognised so that they are left out."""
from __future__ import annotations

import re
from dataclasses import dataclass

# The most common Chinese surnames: a name must start with one (or be tagged a person name by jieba).
SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝展呼节")
VERB = re.compile(r"(?:先后|分别|相继)?(?:荣获|被评为|被授予|被表彰为|获评|获得|入选|荣登|当选为?|评为|提名|获|被)")
PRIVATE = re.compile(r"(?:学生|同学|小朋友|儿童|孩子|少年|患者|病人|受助|困难群众|困难户|贫困户|低保户|家长|村民|群众|居民|市民|"
                     r"老人|大爷|大娘|阿姨)[“”]?$")
QUOTED_AFTER = re.compile(r"^[”\"]?(?:说|表示|感慨|告诉|激动地说|动情地说|笑着说)")
PUBLIC_ROLE = re.compile(r"(?:书记|主任|局长|部长|市长|县长|区长|政委|司令员?|参谋长|校长|院长|队长|站长|所长|英雄|烈士|楷模|"
                         r"模范|老兵|军嫂|退役军人|老红军|志愿者|同志)$")
ROLE_TAIL = re.compile(r"([\u4e00-\u9fa5]{2,14}(?:书记|主任|局长|部长|政委|校长|院长|队长|站长|所长|经理|董事长|军嫂|老兵|"
                       r"退役军人|老红军|战士|志愿者|医生|教师|民兵|守墓人))[”」]?$")
NAME = re.compile(r"^[\u4e00-\u9fa5]{2,3}$")
NOUN_ENDINGS = set("镇村乡县市区街路章墙厅部率位件感馆站")  # endings of things, not of given names
COMMON_WORD = 80  # jieba frequency above which a word is ordinary (荣誉 2877, 康复 1018; 杨靖宇 71)


@dataclass
class Honoured:
    name: str
    honour: str
    role: str
    position: int


def honour_triggers(honours) -> list[tuple[str, str]]:
    """(words as they appear in text, honour name), longest first: 全国模范退役军人 before 模范退役军人.
    Words an honour's description quotes (原文称“老英雄”) count too, and so does their last word
    (英雄) for that honour alone."""
    pairs = {}
    for honour in honours:
        if honour.for_ != "人物":
            continue
        pairs.setdefault(honour.name, honour.name)
        core = re.sub(r"^(?:全国|省级|市级|县级|提名)", "", honour.name)
        if len(core) >= 3:
            pairs.setdefault(core, honour.name)
        for quoted in re.findall(r"“([^”]{2,8})”", honour.description or ""):
            pairs.setdefault(quoted, honour.name)
            if len(quoted) >= 3:
                pairs.setdefault(quoted[-2:], honour.name)
    return sorted(pairs.items(), key=lambda p: -len(p[0]))


def is_name(word: str) -> bool:
    """2–3 characters, a common surname first, and not a dictionary word of another kind (荣誉, 温馨)."""
    if not NAME.match(word) or word[0] not in SURNAMES or word[-1] in NOUN_ENDINGS:
        return False
    import jieba

    # jieba's dictionary tags many everyday words nr; a frequent word (or 荣誉墙's 荣誉) is not a name.
    frequency = jieba.dt.FREQ.get
    return frequency(word, 0) <= COMMON_WORD and (len(word) == 2 or frequency(word[:2], 0) <= COMMON_WORD)


def _names_in(clause: str) -> list[str]:
    """Person names in a clause: jieba's nr words, and 2–3 character items of a 、-list."""
    import jieba.posseg

    names = [t.word for t in jieba.posseg.lcut(clause) if t.flag == "nr" and is_name(t.word)]
    names += [p for p in re.split(r"[、和与及]", clause) if is_name(p)]
    return list(dict.fromkeys(names))


def _names_after(text: str) -> list[str]:
    clause = re.split(r"[，。；：（(“]", text.lstrip("”\"」 "), maxsplit=1)[0][:40]
    names = [n for n in _names_in(clause) if clause.find(n) <= 12]
    lead = re.match(r"^([\u4e00-\u9fa5]{2,3})(?![\u4e00-\u9fa5])", clause)
    if not names and lead and is_name(lead[1]):
        names = [lead[1]]  # 邹广阳87载…: a name jieba does not know, closed by a number
    return names


def _names_before(text: str) -> list[str]:
    clause = re.split(r"[，。；：（(]", text)[-1]
    verb = None
    for verb in VERB.finditer(clause):
        pass
    return _names_in(clause[:verb.start()]) if verb else []


def honoured_people(text: str, triggers, level_of) -> list[Honoured]:
    """Names next to an honour in one sentence. `level_of(words)` turns 全国/陇原/金张掖 into a level."""
    found, taken = [], []
    for words, honour in triggers:
        for match in re.finditer(re.escape(words), text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            taken.append((match.start(), match.end()))
            resolved = _with_level(honour, text[max(0, match.start() - 6):match.start()], level_of)
            after = _names_after(text[match.end():])
            before = _names_before(text[:match.start()])
            for name in after or before:
                position = text.find(name, match.end() if after else 0)
                found.append(Honoured(name, resolved, role_before(text, position), position))
    return found


def _with_level(honour: str, before: str, level_of) -> str:
    if honour.startswith(("全国", "省级", "市级")) or "全国" in before:
        return honour
    level = level_of(before)
    return {"省级": "省级" + honour, "市级": "市级" + honour}.get(level, honour)


def role_before(text: str, position: int) -> str:
    clause = re.split(r"[，。；：、（(“]", text[:position])[-1]
    match = ROLE_TAIL.search(clause)
    return match[1] if match else ""


def private_mentions(text: str) -> list[tuple[str, str]]:
    """(name, why) for names written as pupils, patients, aid recipients or only quoted."""
    import jieba.posseg

    out, position = [], 0
    for token in jieba.posseg.lcut(text):
        start = text.find(token.word, position)
        position = start + len(token.word)
        if token.flag != "nr" or not NAME.match(token.word):
            continue
        before, after = text[max(0, start - 8):start], text[position:position + 6]
        if PUBLIC_ROLE.search(before.rstrip("“”")):
            continue
        private = PRIVATE.search(before)
        if private:
            out.append((token.word, private[0].strip("“”")))
        elif QUOTED_AFTER.match(after):
            out.append((token.word, "只被引用一句话"))
    return out


def masked(name: str) -> str:
    return name[0] + "某"
