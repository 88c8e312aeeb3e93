"""Length-preserving normalisation for matching: width, case, traditional→simplified, zero-width.

`fold(text)` returns a string of the same length as `text`, so a match found at [i, j)
in the folded text is the span [i, j) of the original. Characters whose normal form would
change length are kept as they are (lower-cased when that keeps the length).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_PUNCT = {"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"',
          "–": "-", "—": "-", "‐": "-", "‑": "-", "、": ",", "。": ".", "，": ",", "：": ":", "；": ";",
          "（": "(", "）": ")", "「": '"', "」": '"', "『": '"', "』": '"', "　": " ", "\u00a0": " "}


@lru_cache(maxsize=1)
def _t2s() -> dict[str, str]:
    """Traditional→simplified single-character table from OpenCC's dictionary."""
    import opencc  # opencc-python-reimplemented ships the dictionaries

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            simp = parts[1].split(" ")[0]
            if len(simp) == 1 and simp != parts[0]:
                table[parts[0]] = simp
    return table


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """One character, folded for matching; always exactly one character."""
    if ch in _ZERO_WIDTH:
        return " "
    if ch in _PUNCT:
        return _PUNCT[ch]
    n = unicodedata.normalize("NFKC", ch)
    if len(n) != 1:
        n = ch
    low = n.lower()
    if len(low) == 1:
        n = low
    if "\u3400" <= n <= "\u9fff" or "\uf900" <= n <= "\ufaff":
        n = _t2s().get(n, n)
    elif not n.isascii():
        base = unicodedata.normalize("NFD", n)[0]  # drop accents: è -> e
        if base.isascii():
            n = base
    return n


# Taiwan/Hong Kong usage -> mainland usage, same length so offsets are kept.
_ZH_VARIANTS = {"晶片": "芯片", "软体": "软件", "伺服器": "服务器", "人工智慧": "人工智能"}
_ZH_VARIANTS = {k: v for k, v in _ZH_VARIANTS.items() if len(k) == len(v)}


def fold(text: str) -> str:
    """Fold a whole text; len(fold(t)) == len(t)."""
    if text.isascii():
        return _dashes(text, text.lower().replace("`", "'"))
    out = text.translate({ord(c): fold_char(c) for c in set(text)})
    if any("\u4e00" <= c <= "\u9fff" for c in out[:2000]):
        for k, v in _ZH_VARIANTS.items():
            out = out.replace(k, v)
        return out
    return _dashes(text, out)


def _dashes(text: str, out: str) -> str:
    """Latin-script prose: an unspaced em dash reads as a comma ("SMIC—China's biggest foundry—makes …"); a typed
    double hyphen as a dash (" -- " -> " -  "). Hyphens and spaced dashes stay "-" (patterns read " - … - " asides)."""
    if " -- " in out:
        out = out.replace(" -- ", " -  ")  # same length
    if "—" in text:
        out = "".join("," if c == "—" and text[i - 1:i].strip() and text[i + 1:i + 2].strip() else o
                      for i, (c, o) in enumerate(zip(text, out)))
    return out


def fold_label(label: str) -> str:
    """Fold a label for dictionary keys: fold + collapse spaces + strip."""
    return " ".join(fold(unicodedata.normalize("NFC", label)).split())


def to_simplified(text: str) -> str:
    """Traditional→simplified, character by character (length-preserving)."""
    t = _t2s()
    return "".join(t.get(c, c) for c in text)


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
