"""Offline, deterministic language guess for en / it / zh (and 'und' when unsure).

No model, no download: Chinese is recognised by CJK ideographs (script Hans/Hant by counting characters that
OpenCC would change t2s vs s2t); Italian vs English by weighted function words, elisions, accented word endings,
and a few character n-gram cues.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_LETTERS = 20  # fewer Latin letters than this (and no Chinese) -> 'und'
MIN_IDEOGRAPHS = 4  # fewer CJK ideographs than this -> not enough to call it Chinese

_IDEOGRAPH = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff]")
_LATIN_LETTER = re.compile(r"[^\W\d_]", re.ASCII)  # ASCII letters
_ACCENTED = re.compile("[À-ÖØ-öø-ÿ]")
_WORD = re.compile(r"[a-zà-öø-ÿ]+")

# Function words and very frequent words; weight 1 unless listed in *_STRONG (weight 2).
IT_WORDS = frozenset(
    """il lo la gli le un uno una di del dello della dei degli delle da dal dallo dalla dai dagli dalle
    al allo alla ai agli alle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle con per tra fra
    che chi cui non è e ed o ma anche più sono sarebbe sarebbero sia siano era erano essere stato stata stati
    state ha hanno aveva avevano avere questo questa questi queste quello quella come dove quando perché
    mentre secondo ancora dopo molto poi già tutto tutti tutta ogni nuovo nuova nuovi nuove suo sua suoi sue
    loro ci si ne se può possono deve devono stesso così quale quali invece oltre circa verso contro senza
    sotto solo però quindi su sui sull cina cinese cinesi pechino stati uniti governo azienda aziende mercato prodotto""".split()
)
IT_STRONG = frozenset(
    "il della delle degli dei che è più sono sarebbe anche non una per con nel nella alla gli perché già".split()
)
EN_WORDS = frozenset(
    """the of and to is are was were be been being that this these those with for has have had it its
    by on from at as an which who whom whose will would can could should may might must not but or
    their they them he she his her we our you your than then into over after before about also more
    most new said says such only other there here what when where while how up out all any some
    china chinese beijing us government company companies market its amid against under says""".split()
)
EN_STRONG = frozenset("the of and is that with has was were which would their this from".split())

_ELISION = re.compile(r"\b(?:l|dell|nell|all|dall|sull|un|quest|quell|d|c|s|sant|tutt|anch|nessun)['’][a-zà-ÿ]", re.I)
_EN_APOS = re.compile(r"[a-z]['’](?:s|t|re|ve|ll|d|m)\b", re.I)
_IT_FINAL_ACCENT = re.compile(r"[a-z][àèéìòù]\b|\bè\b", re.I)
_IT_NGRAMS = re.compile(r"zion[ei]|gli|zz|cch|ggi|gn[aeio]|ità\b|ment[ei]\b|[aei]re\b|ato\b|ata\b|ati\b|ti\b|ssi", re.I)
_EN_NGRAMS = re.compile(r"th|wh|sh|ing\b|tion\b|ed\b|ly\b|ck|ee|oo|ou|ea|[kwy]", re.I)


def _latin_scores(text: str) -> tuple[float, float, float, float]:
    """(it, en, it_strong, en_strong): total scores and the part of them from words/elisions/accents."""
    lower = text.lower()
    it = en = 0.0
    weak_it = weak_en = 0.0
    for w in _WORD.findall(lower):
        if w in IT_WORDS:
            it += 2.0 if w in IT_STRONG else 1.0
        if w in EN_WORDS:
            en += 2.0 if w in EN_STRONG else 1.0
        if len(w) >= 4 and w not in IT_WORDS and w not in EN_WORDS:
            # Italian words end in a vowel; English content words mostly in a consonant ('e' says nothing).
            if w[-1] in "aioàèéìòù":
                weak_it += 0.3
            elif w[-1] != "e":
                weak_en += 0.3
    it += 2.0 * len(_ELISION.findall(text)) + 2.0 * len(_IT_FINAL_ACCENT.findall(text))
    en += 1.0 * len(_EN_APOS.findall(text))
    # Character n-grams: weak cues (0.25 each); with the word endings they decide headlines.
    weak_it += 0.25 * len(_IT_NGRAMS.findall(lower))
    weak_en += 0.25 * len(_EN_NGRAMS.findall(lower))
    return it + weak_it, en + weak_en, it, en


@lru_cache(maxsize=1)
def _converters():
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


@lru_cache(maxsize=65536)
def _char_votes(ch: str) -> tuple[int, int]:
    """(is traditional-only, is simplified-only) for one ideograph."""
    t2s, s2t = _converters()
    return int(t2s.convert(ch) != ch), int(s2t.convert(ch) != ch)


def detect_script(text: str) -> str | None:
    """'Hant' if more characters change under OpenCC t2s than under s2t, 'Hans' if the reverse,
    None if the text has no distinguishing character (or a tie)."""
    trad = simp = 0
    for ch in _IDEOGRAPH.findall(text):
        t, s = _char_votes(ch)
        trad += t
        simp += s
    if trad > simp:
        return "Hant"
    if simp > trad:
        return "Hans"
    return None


def detect_language(text: str) -> tuple[str, str | None]:
    """(lang, script): lang in {'en', 'it', 'zh', 'und'}; script 'Hans'/'Hant' for Chinese, else None.

    Only the first 20,000 characters are looked at (enough, and keeps big files fast).
    """
    sample = text[:20000]
    ideographs = len(_IDEOGRAPH.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample)) + len(_ACCENTED.findall(sample))
    kana = len(_KANA.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    if kana + hangul > max(MIN_IDEOGRAPHS, 0.1 * ideographs):
        return "und", None  # Japanese or Korean: not a language we extract from
    # One ideograph carries about as much as a short Latin word: weigh it x3 against Latin letters.
    if ideographs >= MIN_IDEOGRAPHS and ideographs * 3 >= latin:
        return "zh", detect_script(sample)
    if latin < MIN_LETTERS:
        return "und", None
    it, en, it_strong, en_strong = _latin_scores(sample)
    # The winner needs a clear margin, and either one function word / elision / accent or plenty of weak cues
    # (so that a list of company names stays 'und').
    if it > 1.3 * en and (it_strong >= 1.0 and it >= 1.5 or it >= 2.5):
        return "it", None
    if en > 1.3 * it and (en_strong >= 1.0 and en >= 1.5 or en >= 2.5):
        return "en", None
    return "und", None


def normalize_lang(value: object) -> str | None:
    """A declared language tag ('it', 'IT', 'it-IT', 'zh-Hant', 'zh_TW', 'English') -> (lang) or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip().lower().replace("_", "-")
    names = {"english": "en", "italian": "it", "italiano": "it", "chinese": "zh", "中文": "zh", "inglese": "en"}
    if v in names:
        return names[v]
    primary = v.split("-", 1)[0]
    if primary in ("en", "it", "zh", "und"):
        return primary
    if re.fullmatch(r"[a-z]{2,3}", primary):
        return primary  # another language: keep the declared tag, extractors will skip it
    return None


def script_from_tag(value: object) -> str | None:
    """'zh-Hant', 'zh-TW', 'zh-HK' -> 'Hant'; 'zh-Hans', 'zh-CN', 'zh-SG' -> 'Hans'; else None."""
    if not isinstance(value, str):
        return None
    parts = value.strip().lower().replace("_", "-").split("-")[1:]
    for p in parts:
        if p in ("hant", "tw", "hk", "mo"):
            return "Hant"
        if p in ("hans", "cn", "sg"):
            return "Hans"
    return None
