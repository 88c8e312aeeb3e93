"""Text that made the extractor run away: run-on "sentences" of hundreds of names, and lists that a nested
regex quantifier would backtrack over exponentially. Each case runs in a child process, so a hang fails the
test (after a generous bound) instead of blocking the suite; the bound guards against hangs, not for speed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg.extract.sentences import MAX_SENTENCE, split_sentences

RUNAWAY = [
    ("zh", "宝德和" * 800 + "等厂商主导"),  # a list of 800 names closed by 等…主导 (nested quantifier in a post regex)
    ("zh", "全球市场由" + "华为与腾讯、" * 300 + "等公司主导"),
    ("zh", "华为" * 3000),
    ("en", "Huawei and Tencent and " * 400),
    ("it", "Huawei e Tencent e " * 400),
]


@pytest.mark.parametrize("lang, text", RUNAWAY, ids=[f"{lang}-{i}" for i, (lang, _t) in enumerate(RUNAWAY)])
def test_runaway_text_is_extracted(lang, text):
    code = ("import sys; from kg.model import Article; from kg.extract.rules import RuleExtractor; "
            "r = RuleExtractor().extract(Article(text=sys.stdin.read(), lang=sys.argv[1], source_key='t', "
            "date='2025-01-01')); print(len(r.claims))")
    out = subprocess.run([sys.executable, "-c", code, lang], input=text, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().isdigit()


@pytest.mark.parametrize("text", [
    "a, " * 2000,
    "x" * 5000,
    "华为，" * 1500 + "。短句。",
    "Short one. " + "word " * 900 + ". Another.",
])
def test_sentences_are_bounded_and_keep_offsets(text):
    spans = split_sentences(text)
    assert spans and all(0 <= s < e <= len(text) for s, e in spans)
    assert all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:]))  # in order, no overlap
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())  # no text is lost


def test_ordinary_sentences_are_not_cut():
    text = "Huawei unveiled the Ascend 910C, which SMIC makes on its 7nm process. 华为发布了昇腾910C芯片。"
    assert [text[s:e].strip() for s, e in split_sentences(text)] == [
        "Huawei unveiled the Ascend 910C, which SMIC makes on its 7nm process.", "华为发布了昇腾910C芯片。"]
