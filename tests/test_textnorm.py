"""Folding a whole text equals folding it character by character (the fast paths keep offsets and results)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from kg.extract import textnorm
from kg.extract.textnorm import fold, fold_char


def _slow(text: str) -> str:
    out = "".join(fold_char(c) for c in text)
    if any("\u4e00" <= c <= "\u9fff" for c in out[:2000]):
        for k, v in textnorm._ZH_VARIANTS.items():
            out = out.replace(k, v)
        return out
    return textnorm._dashes(text, out)  # Latin prose: an unspaced em dash reads as a comma ("0—0" -> "0,0")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fold_equals_per_character_fold(text):
    assert fold(text) == _slow(text)
    assert len(fold(text)) == len(text)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_ascii_fast_path(text):
    assert fold(text) == _slow(text)


def test_examples():
    assert fold("Nvidia’s `H20`") == "nvidia's 'h20'"
    assert fold("臺積電的晶片") == "台积电的芯片"
    assert fold("È\u200bX") == "e x"
