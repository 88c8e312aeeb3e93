"""Dates of policies and product launches in prose: "the rule takes effect on 29 September", "dal 14 luglio",
"商务部10月9日宣布", "announced by METI on 31st March".

All regexes run on folded text (lower case, no accents, simplified Chinese; see textnorm.fold). A date is a calendar
day: a month alone ("from October 2022") is no xsd:date and is never read. Partial dates (day and month, a weekday,
"yesterday") are resolved against the article's date (see `resolve`).

A date becomes a fact only through a CUE next to it:
- an entry-into-force cue -> effectiveDate: a verb phrase ("takes effect on", "comes into force", "entrerà in vigore il",
  "scatta il", "起生效", "起实施") or a starting preposition ("from", "as of", "dal", "a partire dal", "自…起");
- an announcement cue -> announcedDate: a verb of issuing or unveiling ("announced by METI on", "aveva varato il",
  "商务部10月9日宣布", "On Oct. 7, 2022, the BIS issued").
The cue's policy (or product) is found by rules._Run._policy_dates.
"""

from __future__ import annotations

import datetime as _dt
import re

_EN_MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
              "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
              "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
_IT_MONTHS = {"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
              "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4, "sabato": 5, "domenica": 6,
            "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1, "oggi": 0, "ieri": -1, "domani": 1, "l'altroieri": -2, "今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1}


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_Y = r"(?P<y>(?:19|20)\d\d)"
DATE = {
    "en": re.compile(
        r"\b(?P<mon>" + _alt(_EN_MONTHS) + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|\s*(?:%|percent|per cent|bn\b|"
        r"billion|million|nm\b|gb\b))(?:,?\s+" + _Y + r")?\b"
        r"|\b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>" + _alt(_EN_MONTHS) + r")\b\.?(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
        r"|\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"
        r"|\b(?P<wmod>last\s+|this\s+|next\s+|this\s+past\s+|past\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday)\b(?!\s+(?:night|evening|morning|afternoon)?\s*'s)"
        r"|\b(?P<rel>today|yesterday|tomorrow)\b"),
    "it": re.compile(
        r"\b(?P<d>[0-3]?\d|primo|1\s*°|1o)\s*(?P<mon>" + _alt(_IT_MONTHS) + r")\b(?:\s+(?:del\s+|dello\s+)?" + _Y + r")?"
        r"|\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"
        r"|\b(?P<wmod>scors[oa]\s+|prossim[oa]\s+)?(?P<wd>lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b"
        r"(?:\s+(?:scors[oa]|prossim[oa]))?(?!\s+(?:[0-3]?\d))"
        r"|(?P<rel>\boggi\b|\bieri\b|\bdomani\b|\bl'altro\s*ieri\b)"),
    "zh": re.compile(
        r"(?:(?P<y>(?:19|20)\d\d)年|(?P<ly>去年|前年|今年|明年))?(?P<m>[01]?\d)月(?P<d>[0-3]?\d)(?:日|号)"
        r"|(?P<wmod>上|本|下|这)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
        r"|(?P<rel>今天|今日|昨天|昨日|前天|明天|明日)"),
}


def find_dates(lang: str, seg: str):
    """(start, end, parts) for each calendar day in `seg`; parts: ('ymd', y|None, m, d, year_offset|None),
    ('wd', weekday, 'last'|'next'|None), ('rel', days)."""
    rx = DATE.get(lang)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(seg):
        g = m.groupdict()
        if g.get("rel"):
            out.append((m.start(), m.end(), ("rel", RELATIVE.get(re.sub(r"\s+", "", g["rel"]), -2))))
            continue
        if g.get("wd"):
            mod = (g.get("wmod") or "").strip()
            tail = m.group(0)
            way = "last" if re.search(r"last|past|scors|上", mod + tail) else "next" if re.search(r"next|prossim|下", mod + tail) \
                else None
            out.append((m.start(), m.end(), ("wd", WEEKDAYS[g["wd"]], way)))
            continue
        if g.get("iy"):
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
            off = None
        elif lang == "zh":
            y = int(g["y"]) if g.get("y") else None
            mo, d = int(g["m"]), int(g["d"])
            off = {"去年": -1, "前年": -2, "今年": 0, "明年": 1}.get(g.get("ly") or "")
        else:
            mon = g.get("mon") or g.get("mon2")
            day = g.get("d") or g.get("d2")
            yy = g.get("y") or g.get("y2")
            months = _EN_MONTHS if lang == "en" else _IT_MONTHS
            mo = months[mon]
            d = 1 if not day[0].isdigit() or re.fullmatch(r"1\s*°|1o", day) else int(day)
            y, off = (int(yy) if yy else None), None
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        out.append((m.start(), m.end(), ("ymd", y, mo, d, off)))
    return out


def resolve(parts, article_date: str | None, tense: str) -> str | None:
    """The ISO date of `parts` (see find_dates). A date without its year, a weekday or "yesterday" needs the article's
    date: `tense` 'past' takes the most recent such day not after the article's date, 'future' the next one not before
    it, 'present' the nearer of the two."""
    try:
        art = _dt.date.fromisoformat(article_date[:10]) if article_date else None
    except ValueError:
        art = None
    kind = parts[0]
    if kind == "ymd":
        _, y, mo, d, off = parts
        try:
            if y is not None:
                return _dt.date(y, mo, d).isoformat()
            if art is None:
                return None
            if off is not None:
                return _dt.date(art.year + off, mo, d).isoformat()
            cands = []
            for yy in (art.year - 1, art.year, art.year + 1):
                try:
                    cands.append(_dt.date(yy, mo, d))
                except ValueError:
                    pass
        except ValueError:
            return None
        past = max((c for c in cands if c <= art), default=None)
        fut = min((c for c in cands if c >= art), default=None)
        return _pick(past, fut, art, tense)
    if art is None:
        return None
    if kind == "rel":
        return (art + _dt.timedelta(days=parts[1])).isoformat()
    _, wd, way = parts
    back = (art.weekday() - wd) % 7
    fwd = (wd - art.weekday()) % 7
    if way == "last":
        return (art - _dt.timedelta(days=back or 7)).isoformat()
    if way == "next":
        return (art + _dt.timedelta(days=fwd or 7)).isoformat()
    return _pick(art - _dt.timedelta(days=back), art + _dt.timedelta(days=fwd), art, tense)


def _pick(past, fut, art, tense):
    if tense == "future":
        c = fut or past
    elif tense == "present" and past is not None and fut is not None:
        c = past if (art - past) <= (fut - art) else fut
    else:
        c = past or fut
    return c.isoformat() if c else None


# -- cues --------------------------------------------------------------------------------------------------------------
# Mentions of organisations and places are masked as runs of "Q" before these run (so "the Ministry of Economy, Trade and
# Industry" is one word and its comma no clause break); the date itself is cut out.
_ADV_EN = r"(?:(?:first|firstly|formally|officially|initially|originally|publicly|quietly|just|also|already|now|finally|late|early)\s+)*"
_ADV_IT = r"(?:(?:gia|formalmente|ufficialmente|inizialmente|per la prima volta|appena|anche|poi|infine|quindi)\s+)*"
_ANN_EN = (r"(?:announc(?:ed|es|e|ing)|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|issu(?:ed|es|ing)|publish(?:ed|es|ing)|"
           r"releas(?:ed|es|ing)|impos(?:ed|es|ing)|adopt(?:ed|s|ing)|launch(?:ed|es|ing)|open(?:ed|s|ing)|"
           r"initiat(?:ed|es|ing)|roll(?:ed|s|ing)\s+out|enact(?:ed|s|ing)|promulgat(?:ed|es|ing)|debut(?:ed|s|ing)|"
           r"unveil|announce|issue|introduce)")
_ANN_IT = (r"(?:annunciat[oaie]|annunci(?:a|ano|ato)|varat[oaie]|var(?:a|ano)|presentat[oaie]|present(?:a|ano)|"
           r"pubblicat[oaie]|pubblic(?:a|ano)|emanat[oaie]|eman(?:a|ano)|adottat[oaie]|adott(?:a|ano)|introdott[oaie]|"
           r"introduc(?:e|ono)|avviat[oaie]|avvi(?:a|ano)|apert[oaie]|apr(?:e|ono)|lanciat[oaie]|lanci(?:a|ano)|"
           r"svelat[oaie]|svel(?:a|ano)|imposto|impost[aie]|impon(?:e|gono)|approvat[oaie]|approv(?:a|ano)|"
           r"ufficializzat[oaie]|ufficializz(?:a|ano))")
_ANN_ZH = r"(?:宣布|发布|公布|出台|推出|印发|颁布|发起|启动|发出|公告|推行|亮相)"
_AUX_EN = r"(?:(?:has|have|had|was|were|is|are|been|being|be|will|would)\s+)*"
_AUX_IT = (r"(?:(?:e|sono|era|erano|e stata|e stato|sono state|sono stati|era stata|era stato|erano state|erano stati|fu|"
           r"furono|ha|hanno|aveva|avevano|viene|vengono|venne|vennero|stata|stato|state|stati|sara|saranno|si)\s+)*")

# cue words right before the date: (regex searched at the END of the text before the date, predicate, preposition-only)
BEFORE = {
    "en": [
        (re.compile(r"(?:\b(?:take|takes|took|taken|taking)\s+effect|\b(?:come|comes|came|coming)\s+into\s+(?:force|effect)|"
                    r"\b(?:go|goes|went|gone|going)\s+into\s+(?:effect|force)|\b(?:enter|enters|entered|entering)\s+into\s+force|"
                    r"\b(?:becomes?|became|become)\s+effective|\beffective|\bwith\s+(?:immediate\s+)?effect|"
                    r"\bin\s+(?:force|effect)|\b(?:apply|applies|applied|applying)|\bapplicable|\b(?:enforced|implemented)|"
                    r"\bkick(?:s|ed)?\s+in|\b(?:start|starts|started|begin|begins|began)\s+to\s+apply)\s+"
                    r"(?:(?:on|from|as\s+of|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?|since)\s+)?(?:the\s+)?$"),
         "effectiveDate", False),
        (re.compile(r"(?:^|[\s,(])(?:from|as\s+of|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?)\s+(?:the\s+)?$"),
         "effectiveDate", True),
        (re.compile(r"\b" + _ANN_EN + r"\s+" + _ADV_EN + r"(?:by\s+(?:the\s+)?Q+\s+(?:\(Q*[^()]{0,12}\)\s+)?)?"
                    r"(?:(?:on|in|last|earlier\s+on)\s+)?(?:the\s+)?$"), "announcedDate", False),
    ],
    "it": [
        (re.compile(r"(?:\b(?:entr\w*|e\s+entrat[oaie]|sono\s+entrat[oaie])\s+in\s+vigore|\bin\s+vigore|\bcon\s+effetto|"
                    r"\befficac[ei]|\bscatt\w*|\bsi\s+applic\w*|\bapplicat[oaie]|\bapplicabil[ei]|\bdecorr\w*|\boperativ[oaie])"
                    r"\s+(?:(?:dal|dall'|dalla\s+data\s+del|a\s+partire\s+dal|a\s+partire\s+da|a\s+decorrere\s+dal|da|il|l'|lo)\s*)?$"),
         "effectiveDate", False),
        (re.compile(r"(?:^|[\s,(])(?:dal|dall'|a\s+partire\s+dal|a\s+partire\s+dall'|a\s+partire\s+da|a\s+decorrere\s+dal|"
                    r"a\s+far\s+data\s+dal|da)\s*$"), "effectiveDate", True),
        (re.compile(r"\b" + _ANN_IT + r"\s+" + _ADV_IT + r"(?:(?:da|dal|dalla|dall'|dai|dagli)\s*Q+\s+(?:\(Q*[^()]{0,12}\)\s+)?)?"
                    r"(?:(?:il|l'|lo|in\s+data|nella\s+giornata\s+di)\s*)?$"), "announcedDate", False),
    ],
    "zh": [],  # Chinese puts the verb after the date (see AFTER): "自9月29日起实施", "商务部10月9日宣布"
}
# cue words right after the date (regex matched at the START of the text after the date)
AFTER = {
    "en": [
        (re.compile(r"^\s*,?\s*(?:the\s+|a\s+|an\s+|its\s+)?(?:Q+\s+|(?:[a-z][\w'-]*\s+){1,5}?)?(?:\(Q*[^()]{0,12}\)\s+)?"
                    + _AUX_EN + r"(?:(?:formally|officially|finally)\s+)?(?:took|takes|take|will\s+take)\s+effect|"
                    r"^\s*,?\s*(?:the\s+|a\s+|an\s+|its\s+)?(?:[a-z][\w'-]*\s+){1,5}?(?:came|comes|come|will\s+come)\s+into\s+(?:force|effect)|"
                    r"^\s*,?\s*(?:the\s+|a\s+|an\s+|its\s+)?(?:[a-z][\w'-]*\s+){1,5}?(?:went|goes|will\s+go)\s+into\s+effect"),
         "effectiveDate", False),
        (re.compile(r"^\s*,?\s*(?:(?:the\s+)?Q+\s+(?:\(Q*[^()]{0,12}\)\s+)?)?" + _AUX_EN + _ADV_EN + _ANN_EN + r"\b"),
         "announcedDate", False),
    ],
    "it": [
        (re.compile(r"^\s*,?\s*(?:(?:e|sono|sara|saranno)\s+)?(?:entrat[oaie]|entra|entrano|entrera|entreranno)\s+in\s+vigore|"
                    r"^\s*,?\s*(?:e\s+)?(?:scatta|scattano|scattera|scatteranno|e\s+scattat[oaie]|sono\s+scattat[oaie])\b"),
         "effectiveDate", False),
        (re.compile(r"^\s*,?\s*(?:(?:(?:il|lo|la|l'|i|gli|le)\s*)?Q+\s+(?:\(Q*[^()]{0,12}\)\s+)?)?" + _AUX_IT + _ADV_IT + _ANN_IT + r"\b"),
         "announcedDate", False),
    ],
    "zh": [
        (re.compile(r"^(?:起|开始)?(?:将|已|已经)?(?:正式)?(?:生效|实施|施行|执行|实行|落地)"), "effectiveDate", False),
        (re.compile(r"^起"), "effectiveDate", True),
        (re.compile(r"^(?:正式|再次|又|联合|共同|首次)?" + _ANN_ZH), "announcedDate", False),
    ],
}
FUTURE = {
    "en": re.compile(r"\b(?:will|shall|is to|are to|is set to|are set to|is due to|are due to|would|from now|next)\b"),
    "it": re.compile(r"\b\w+(?:era|eranno|ira|iranno|ara|aranno)\b|\bdovr\w+\b|\bprossim\w*"),
    "zh": re.compile(r"将|即将|拟|明年|下月|下周|起将"),
}
PRESENT = {
    "en": re.compile(r"\b(?:takes|comes|goes|applies|enters|becomes|kicks|begins|starts|effective|from|as of|starting|beginning)\b"),
    "it": re.compile(r"\b(?:entra|entrano|scatta|scattano|si applica|si applicano|decorre|in vigore|a partire|con effetto|dal|dall')\b"),
    "zh": re.compile(r"起|生效|实施|施行"),
}
# a modal or hedge between the policy and its date: "could take effect", "potrebbe entrare in vigore", "或将于…生效"
MODAL = {
    "en": re.compile(r"\b(?:may|might|could|can|expected|likely|plans?|planning|proposed|proposes|consider\w*|reportedly|"
                     r"allegedly|rumou?r\w*|if|unless|should)\b"),
    "it": re.compile(r"\b(?:\w+(?:rebbe|rebbero)|potr\w+|previst[oaie]|ipotizz\w*|potrebbe|forse|se|qualora|"
                     r"propost[oaie]|allo studio|valuta\w*)\b"),
    "zh": re.compile(r"可能|或将|或于|拟|有望|预计|计划|考虑|传闻|据报道|如果|若"),
}
# a list's entries are added at many dates: "on the Entity List since May 2019" dates the entry, not the list
LIST_LABEL = re.compile(r"(?i)\blist\b|\blista\b|\belenco\b|名单|清单")
# the words between the announcement verb (or its date) and the policy or product it announced
OBJECT_GAP = {
    "en": re.compile(r"\s*,?\s*(?:(?:a|an|the|its|their|his|her|new|fresh|sweeping|tighter|broad|broader|further|first|"
                     r"long-awaited|additional|updated|revised|expanded|latest|own|next-generation|flagship|"
                     r"(?:series|set|package|round|raft|slew|batch|wave|number)\s+of|(?:general\s+|commercial\s+)?availability\s+of|"
                     r"launch\s+of|release\s+of|debut\s+of|introduction\s+of|rollout\s+of|details\s+of)\s+)*"),
    "it": re.compile(r"\s*,?\s*(?:(?:un|una|uno|un'|il|lo|la|l'|i|gli|le|nuov[oaie]|ulteriori|propri[oaie]|suo|sua|suoi|sue|"
                     r"loro|atteso|attesa|(?:pacchetto|serie|insieme|round|tornata|ondata|giro)\s+di|stretta\s+su(?:i|gli|lle|l|lla)?|"
                     r"lancio\s+del(?:la|l')?|debutto\s+del(?:la|l')?)\s*)*"),
    "zh": re.compile(r"(?:了)?(?:的)?(?:(?:将|对)(?:(?!列入|纳入|加入|移出|添加|增列)[^,;.:]){0,16}?(?:实施|实行|采取|加征|发起|开展|施加|启动))?"
                     r"(?:了)?(?:一项|一批|一系列|一份|新一轮|一轮|新的|新|最新|其|对华|相关)*"),
}
# the words between the policy or product and its announcement verb: "the rules, which BIS first announced on",
# "the measures were firstly announced by METI on", "il pacchetto … che il Mofcom aveva varato il 9 ottobre"
SUBJECT_GAP = {
    "en": re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:which|that)\s+(?:is|are|was|were)\s+(?:called|known)\s[^,;]{0,60},\s*)?"
                     r",?\s*(?:(?:which|that)\s+(?:(?:the\s+)?Q+\s+(?:\(Q*[^()]{0,12}\)\s+)?)?)?" + _AUX_EN + _ADV_EN),
    "it": re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:[^,;.]{0,50}?\s)?,?\s*(?:(?:che|la quale|il quale|le quali|i quali)\s+"
                     r"(?:(?:il|lo|la|l'|i|gli|le)\s*)?(?:Q+\s*(?:\(Q*[^()]{0,12}\)\s*)?)?)?" + _AUX_IT + _ADV_IT),
    "zh": re.compile(r"(?:已|已经|正式|于|在|是在|将于|由\s*Q+\s*(?:于|在)?)*"),
}
