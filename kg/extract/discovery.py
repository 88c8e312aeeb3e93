"""Discovery of entities the registry lacks: organisations and product codes named in context.

Only names with a cue are taken ("Shanghai startup X", "X Technology", "X, a chip designer",
"燧原科技", model codes next to a maker or a product word), so capitalised words are not
entities by default.
"""

from __future__ import annotations

import re

_ORG_SUFFIX = (r"Technologies|Technology|Tech|Semiconductors?|Microelectronics|Electronics|Intelligence|Computing|"
               r"Labs?|Systems|Robotics|Capital|Ventures|Partners|Holdings|Group|Inc\.?|Corp\.?|Corporation|Ltd\.?|"
               r"Limited|Fund|Investments?|Industries|Integrated Circuits?|Microsystems|S\.p\.A\.|AI")
_CAP = r"[A-Z][\w&-]*"
_FUND_WORDS = {"fund", "capital", "ventures", "partners", "investments", "investment", "fondo", "基金", "资本", "投资"}
_STOP_FIRST = {"The", "This", "That", "These", "A", "An", "In", "On", "At", "For", "And", "But", "With", "From",
               "Il", "La", "Le", "Lo", "Gli", "Una", "Un", "Per", "Con", "Secondo", "Ma", "Anche", "Nel", "US", "U.S.",
               "Chinese", "American", "China", "However", "Meanwhile", "While", "After", "Its", "Their", "His", "Her",
               "Mr", "Ms", "CEO", "AI", "GPU", "Beijing", "Shanghai", "Shenzhen", "Washington", "Inoltre", "Intanto"}

EN_ORG = [
    (re.compile(rf"\b((?:{_CAP}\s+){{0,3}}{_CAP})\s+({_ORG_SUFFIX})(?![\w])"), "suffix"),
    (re.compile(rf"\b(?:startup|start-up|chipmaker|chip designer|chip firm|chip startup|GPU maker|GPU designer|"
                rf"rival|fund|investor|unicorn|foundry|supplier|maker|giant|operator|provider|manufacturer)\s+"
                rf"({_CAP}(?:\s+{_CAP}){{0,2}})"), "cue"),
    (re.compile(rf"\b({_CAP}(?:\s+{_CAP}){{0,2}}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(startup|start-up|company|firm|"
                rf"chipmaker|chip designer|designer|maker|supplier|fund|foundry|investor|developer)\b"), "apposition"),
]
IT_ORG = [
    (re.compile(rf"\b((?:{_CAP}\s+){{0,3}}{_CAP})\s+({_ORG_SUFFIX})(?![\w])"), "suffix"),
    (re.compile(rf"\b(?:la startup|la start-up|l'azienda|il produttore|il fondo|la fonderia|della startup|"
                rf"dalla startup|alla startup|del fondo|dal fondo|la societ[aà])\s+({_CAP}(?:\s+{_CAP}){{0,2}})"), "cue"),
    # "il costruttore di auto elettriche BYD", "il fondo quantitativo High-Flyer": a described organisation
    (re.compile(rf"\b(?:il|lo|la|l'|del|dello|della|dell'|dal|dalla|al|alla)\s*(?:costruttore|produttore|fondo|colosso|gigante|"
                rf"operatore|fornitore|gruppo|societ[aà]|azienda|startup|start-up|fonderia)\s+(?:(?:di|del|della|dell'|dei|degli|"
                rf"delle|d')\s*[a-zà-ù]+\s+(?:[a-zà-ù]+[ei]\s+)?|(?!(?:ha|hanno|[eè]|era|sar[aà]|aveva|non|che|ne|si|lo|la|gli|le|"
                rf"per|con|in|a|da|su)\s)[a-zà-ù]{{4,}}(?<!at[oaie])(?<!ut[oaie])(?<!it[oaie])\s+){{1,3}}"
                rf"({_CAP}(?:[\s-]{_CAP}){{0,2}})(?![\w])"), "cue"),
    (re.compile(rf"\b({_CAP}(?:\s+{_CAP}){{0,2}}),\s+(?:una|la|un|il)\s+(?:\S+\s+){{0,3}}?(startup|start-up|societ[aà]|"
                rf"azienda|produttore|fondo|fonderia|progettista)\b"), "apposition"),
]
_ZH_STOP = set("的了和与及在是为由将被其该这那等、，。；：“”‘’（）()《》「」 \n也已并而对向从于以把给让年月日个家款颗与曾还都就又")
ZH_ORG = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:(科技|半导体|微电子|集成电路|基金|资本|创投)(股份)?(有限公司|公司|集团)?|"
                    r"(智能|电子|计算|信息|技术)(股份)?(有限公司|公司|集团))(?!大会|会议|论坛|产业|行业|领域|时代|战略|计划|市场|板块|概念)")
_ZH_PREFIX_CUES = ("初创公司", "初创企业", "芯片公司", "芯片企业", "国产", "中国", "美国", "本土", "企业", "公司", "创企")

CODE = re.compile(r"(?<![\w-])([A-Z]{1,4}[- ]?\d{2,4}[A-Z]{0,2}|\d{3,4}[A-Z]{1,2})(?![\w-])")
ZH_CODE = re.compile(r"([\u4e00-\u9fff]{2})([A-Z]{1,3}\d{2,4}[A-Z]?)(?![\w])")
_PRODUCT_CUE = re.compile(r"(?i)\b(?:chips?|gpus?|accelerators?|processors?|cards?|models?|npus?|asics?|processore|"
                          r"acceleratore|scheda)\b|芯片|加速卡|处理器|显卡")
_SYSTEM_CUE = re.compile(r"(?i)\b(?:system|cluster|supernode|server|rack|sistema|supercomputer)\b|系统|集群|超节点|服务器")


def _org_class(name: str, default: str = "Company") -> str:
    low = name.lower()
    if any(w in low for w in _FUND_WORDS):
        return "Organization"
    if "foundry" in low or "fonderia" in low:
        return "Foundry"
    return default


def find_orgs(text: str, lang: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, class) of organisations named with a cue."""
    out: list[tuple[int, int, str, str]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken) and not any(s < oe and os_ < e for os_, oe, _, _ in out)

    if lang == "zh":
        for m in ZH_ORG.finditer(text):
            s, e = m.start(), m.end()
            name = m.group(1)
            while name and name[0] in _ZH_STOP:
                name, s = name[1:], s + 1
            for cue in _ZH_PREFIX_CUES:
                if name.startswith(cue) and len(name) > len(cue) + 1:
                    name, s = name[len(cue):], s + len(cue)
            if len(name) < 2 or any(c in _ZH_STOP for c in name):
                continue
            # the name must not start inside a registry mention
            if not free(s, e):
                continue
            full = text[s:e]
            out.append((s, e, full, _org_class(m.group(2) or m.group(5) or "")))
        return out
    for rx, how in (EN_ORG if lang != "it" else IT_ORG):
        for m in rx.finditer(text):
            if how == "suffix":
                s, e = m.start(1), m.end(2)
                name = text[s:e]
            else:
                s, e = m.start(1), m.end(1)
                name = m.group(1)
            first = name.split()[0]
            if first in _STOP_FIRST:
                parts = name.split(None, 1)
                if len(parts) < 2 or how != "suffix":
                    continue
                s += len(first) + 1
                name = parts[1]
                if name.split()[0] in _STOP_FIRST:
                    continue
            if len(name) < 3 or not free(s, e):
                continue
            cls = _org_class(name + " " + (m.group(2) if how != "cue" and m.lastindex and m.lastindex >= 2 else ""))
            if how == "cue" and m.group(0).lower().startswith(("foundry", "la fonderia")):
                cls = "Foundry"
            out.append((s, e, name, cls))
    return out


def find_codes(text: str, taken: list[tuple[int, int]], org_spans: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Product model codes ("MI308", "L600", "曦云C600") next to a maker or a product word."""
    out = []
    for rx, grp in ((ZH_CODE, 0), (CODE, 1)):
        for m in rx.finditer(text):
            s, e = m.start(grp), m.end(grp)
            if any(s < te and ts < e for ts, te in taken) or any(s < oe and os_ < e for os_, oe, _, _ in out):
                continue
            code = m.group(grp)
            if re.fullmatch(r"[A-Z]+-?\d{4}", code) and code[-4:].startswith(("19", "20")):
                continue  # a year
            if re.fullmatch(r"(?:FP|BF|TF|INT|UINT|MXFP)\d{1,2}", code):
                continue  # a number format ("147 teraflops FP16"), not a product
            if code.upper().startswith(("GB", "TB", "MB", "KB", "HBM", "DDR", "PCIE", "USB", "COVID", "FY", "Q")) and grp == 1:
                if not code.upper().startswith("GB2"):
                    continue
            before = text[max(0, s - 30):s]
            after = text[e:e + 25]
            near_org = any(0 <= s - oe <= 12 for _, oe in org_spans)
            if not (near_org or _PRODUCT_CUE.search(before[-20:]) or _PRODUCT_CUE.search(after)
                    or _SYSTEM_CUE.search(after) or grp == 0):
                continue
            cls = "System" if _SYSTEM_CUE.match(after.strip()) else "Chip"
            out.append((s, e, code, cls))
    return out
