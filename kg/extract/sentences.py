"""Sentence splitting that keeps offsets: (start, end) spans of the article text."""

from __future__ import annotations

import re

_ABBR = re.compile(r"(?:\b(?:U\.S|U\.K|E\.U|Inc|Corp|Co|Ltd|Mr|Ms|Dr|No|vs|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
                   r"Nov|Dec|approx|ca|cfr|pag|ecc|S\.p\.A|p\.es)|(?<!\d\s)\b[A-Z])\.$")  # an initial, not a unit ("400 W.")
MAX_SENTENCE = 600  # characters: a longer run (a table dump, a list of hundreds of names) is cut at commas or spaces
_SOFT_CUT = re.compile(r"[,，、;:：]\s*|\s+")
_END = re.compile(r"[.!?]+[\"'”’»)]*(?=\s)|[。！？；]+[”’」』）]*|\n\s*\n|\n(?=\s*[-*•·]\s)|\n(?=[^\n]{0,80}\n)")


def split_sentences(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """Split into sentence spans; headlines and bullet lines are sentences of their own."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        piece = text[start:m.start() + 1] if m.group(0).startswith(".") else ""
        if piece and _ABBR.search(piece.rstrip()):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    # a bare newline also ends a sentence (headlines, list items)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        pos = s
        for nl in re.finditer(r"\n", text[s:e]):
            cut = s + nl.start()
            if text[pos:cut].strip():
                out.append((pos, cut))
            pos = cut + 1
        if text[pos:e].strip():
            out.append((pos, e))
    return [piece for s, e in out for piece in _bounded(text, s, e)]


def _bounded(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SENTENCE after its last comma or space within the limit (hard cut if none), so the
    relation patterns, which compare mentions pairwise within a sentence, stay linear in the article's length."""
    out = []
    while e - s > MAX_SENTENCE:
        cut = None
        for m in _SOFT_CUT.finditer(text, s + MAX_SENTENCE // 2, s + MAX_SENTENCE):
            cut = m.end()
        cut = cut or s + MAX_SENTENCE
        if text[s:cut].strip():
            out.append((s, cut))
        s = cut
    if text[s:e].strip():
        out.append((s, e))
    return out
