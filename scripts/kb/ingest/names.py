"""Named things in a sentence: 《policy》 titles and bare law names, ships named after a city,
and named bases. Each finder returns plain candidates; extract.py turns them into drafts."""
from __future__ import annotations

import re

POLICY_END = ("法|条例|办法|意见|方案|规定|通知|细则|标准|规划|措施|制度|规则|决定|决议|清单|目录|指引|指南|纲要|要点|"
              "职责|协议|协议书|责任书|承诺书|公约|准则|规范|守则|计划|机制|台账|分解表|责任分解表|实施方案|若干措施|工作规则")
QUOTED = re.compile(r"《([^《》\n]{2,60})》")
POLICY_TITLE = re.compile(rf"(?:{POLICY_END})(?:[（(][^（）()]{{1,12}}[）)])?$")
LAW_TOKEN = re.compile(r"(?:中华人民共和国)?[\u4e00-\u9fa5]{2,12}(?:法|条例)$")
NOT_LAW = re.compile(r"(?:工作法|释法|做法|方法|办法|想法|看法|说法|用法|依法|合法|非法|执法|普法|守法|司法|立法|违法|手法|写法|技法|兵法|书法|算法|宪法学)$")
LEAD_VERBS = re.compile(r"^(?:深入|认真|广泛|全面|大力|扎实|积极|持续|组织|开展|学习|宣传|宣讲|贯彻|落实|执行|实施|依据|根据|按照|"
                        r"对照|围绕|颁布|施行|新修订的|修订|新|的|和|及|与|以及|对|将|把|以|在|为|是)+")
SHIP = re.compile(r"([\u4e00-\u9fa5]{2,5})舰(?![艇船队长员载只上])")
NOT_SHIP_TAIL = ("军", "城", "舰", "各", "该", "此", "海军", "战", "驱逐", "护卫", "登陆", "潜", "航母")
BASE_SUFFIX = ("国防教育基地|爱国主义教育基地|红色教育基地|教育基地|实践基地|培训基地|训练基地|孵化基地|就业创业基地|创业基地|基地|"
               "纪念馆|博物馆|展览馆|陈列馆|党史馆|拥军馆|展馆|烈士陵园|陵园|烈士墓|纪念碑|纪念园|纪念广场|主题公园|国防公园|公园|"
               "服务中心|教育中心|服务站|驿站|军供站|兵站|旧址|故居|旧居|会址|少年军校|爱民学校|学校|干部学院|学院|军休大学|孵化园|军创园|"
               "国防园|军博园|示范街|风情街|双拥街|广场|敬老院|征兵大厅|荣誉厅|科教馆|拥军馆|工作室|双拥社区|医院|民兵连|"
               "有限公司|馆")
BASE = re.compile(rf"((?:“[^”]{{1,12}}”)?[\u4e00-\u9fa5A-Za-z0-9“”·]{{1,20}}?)({BASE_SUFFIX})")
BASE_TYPES = [("烈士陵园", "烈士陵园"), ("陵园", "烈士陵园"), ("烈士墓", "纪念设施"), ("纪念碑", "纪念设施"),
              ("纪念广场", "纪念设施"), ("纪念园", "纪念设施"), ("旧址", "纪念设施"), ("会址", "纪念设施"), ("故居", "纪念设施"),
              ("国防教育", "国防教育基地"), ("国防公园", "国防教育基地"), ("爱国主义", "爱国主义教育基地"), ("红色教育", "红色教育基地"),
              ("纪念馆", "纪念馆"), ("党史馆", "纪念馆"), ("博物馆", "博物馆"), ("展览馆", "博物馆"), ("陈列馆", "博物馆"),
              ("主题公园", "主题公园"), ("公园", "主题公园"), ("培训", "培训基地"), ("训练", "培训基地"), ("学院", "培训基地"),
              ("军校", "实践基地"), ("实践", "实践基地"), ("孵化", "就业创业基地"), ("创业", "就业创业基地"), ("军创园", "就业创业基地"),
              ("服务中心", "服务阵地"), ("服务站", "服务阵地"), ("驿站", "服务阵地"), ("军供站", "服务阵地"), ("兵站", "服务阵地"),
              ("大学", "培训基地"), ("医院", "医疗机构"), ("敬老院", "服务阵地"), ("工作室", "服务阵地"),
              ("中心", "服务阵地"), ("国防园", "国防教育基地"), ("科教馆", "国防教育基地"), ("馆", "纪念馆"),
              ("旧居", "纪念设施"), ("学校", "实践基地"), ("民兵连", "实践基地"), ("公司", "就业创业基地")]
BASE_STOP = re.compile(r"建成了?|建立|新建|改建|修建|打造|依托|改造|投资|利用|命名|参观|组织|走进|前往|开展|成立|设立|挂牌|升级|"
                       r"提升|创建|授予|评为|被|共建|全市|全县|全区|发扬|完成|推进|建设|加强|实施|深化|推动|举办|设置|落实|"
                       r"形成|拥有|位于|成为|作为|包括|涌现|坚守|联合|一批|一座|一处|"
                       r"\d+[条个座处家所批项多余万人次]*|[在到赴和与及、的对把将为是了于从向由同让使以等]")


def policy_titles(text: str) -> list[tuple[str, bool]]:
    """(title without 《》, whether it was quoted) for policy-like titles in a sentence."""
    found = [(m[1].strip(), True) for m in QUOTED.finditer(text) if POLICY_TITLE.search(m[1].strip())]
    bare = QUOTED.sub("、", text)
    for token in re.split(r"[、，,。；;：:“”\s（）()等]+", bare):
        token = LEAD_VERBS.sub("", token)
        if LAW_TOKEN.match(token) and not NOT_LAW.search(token) and 3 <= len(token) <= 16:
            found.append((token, False))
    return found


def guess_level(title: str, region_level: str) -> tuple[str, str]:
    """(level, issuer guess) from the title; a guess the curator confirms."""
    if title.startswith("中华人民共和国") or re.search(r"(?<!办)法$|条例$", title) \
            and not re.match(r"^[\u4e00-\u9fa5]{2,8}[省市县区]", title):
        return "国家", "全国人民代表大会或国务院（据名称推测）" if title.endswith(("法", "条例")) else ""
    if re.match(r"^(?:中央军委|军委|军队|解放军|全军)", title):
        return "军队", ""
    place = re.match(r"^([\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|州|县|区|旗))", title)
    if place:
        level = {"省": "省", "区": "县", "县": "县", "旗": "县"}.get(place[1][-1], "市")
        if place[1].endswith("自治区"):
            level = "省"
        return level, place[1]
    return {"省级": "省", "地级": "市", "县级": "县"}.get(region_level, "市"), ""


def ships(text: str, is_place) -> list[tuple[str, str]]:
    """(ship name, the place it is named after) for …舰 whose name is a city or county."""
    found = []
    for match in SHIP.finditer(text):
        words = match[1]
        for size in (4, 3, 2):
            stem = words[-size:]
            if len(stem) < size or stem.endswith(NOT_SHIP_TAIL) or stem in NOT_SHIP_TAIL:
                continue
            if is_place(stem):
                found.append((stem + "舰", stem))
                break
    return found


def bases(text: str, is_named) -> list[tuple[str, str]]:
    """(base name, base_type) for named bases: the name must carry a place, a person or a quoted name."""
    found = []
    for match in BASE.finditer(text):
        prefix, suffix = match[1], match[2]
        name = (BASE_STOP.split(prefix)[-1] + suffix).strip("“”、·")
        if prefix.count("“") != prefix.count("”"):
            name = name.lstrip("”")
        if len(name) - len(suffix) < 2 or not is_named(name[: len(name) - len(suffix)]):
            continue
        base_type = next((t for key, t in BASE_TYPES if key in name), "双拥阵地")
        found.append((name, base_type))
    return found
