"""Unicode identity (issue 6, part 7): width, NFC/NFD, traditional/simplified, zero-width characters and
case resolve to the same registry entity; look-alike names of different entities are never merged.

Pairs live in tests/reliability/identity_pairs.tsv. Each form goes through the real path: it is put in a
one-sentence article, read by kg.ingest (normalisation) and extracted by the rule extractor; the registry
entities mentioned are compared.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

PAIRS_FILE = Path(__file__).with_name("identity_pairs.tsv")
_ESC = re.compile(r"\\u([0-9a-fA-F]{4})")
TEXTUAL_KINDS = {"width", "nf", "script", "zero-width", "case"}  # same string up to normalisation


def unescape(s: str) -> str:
    return _ESC.sub(lambda m: chr(int(m.group(1), 16)), s)


def load_pairs() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in PAIRS_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("form_a\t"):
            continue
        a, b, rel, kind = line.split("\t")
        assert rel in ("same", "different"), line
        rows.append((unescape(a), unescape(b), rel, kind))
    return rows


@lru_cache(maxsize=None)
def resolve(form: str) -> frozenset[str]:
    """Registry entities the extractor finds when `form` is the subject of a one-sentence article."""
    from kg.extract import extract
    from kg.ingest import read_text
    from kg.model import Article

    cjk = any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in form)
    text = f"{form}周一公布了新的财报。" if cjk else f"{form} announced new results on Monday."
    arts = [a for a in read_text(text, "pair.txt", ".txt") if isinstance(a, Article)]
    assert len(arts) == 1
    res = extract(arts[0])
    iris = {i for i in res.mentions if "/id/" in i and "/id/d/" not in i}
    # "Nvidia H20" names the chip; the maker it also names (a develops claim) is not a second reading of the form
    makers = {c.subject for c in res.claims if c.predicate == "develops" and c.object in iris}
    # "Huawei HiSilicon" names the unit; the parent it also names (a subsidiaryOf claim) is not a second reading
    parents = {c.object for c in res.claims if c.predicate == "subsidiaryOf" and c.subject in iris}
    return frozenset(iris - makers - parents or iris)


def short(iris: frozenset[str]) -> str:
    return ",".join(sorted(i.rsplit("/", 1)[1] for i in iris)) or "-"


def test_pairs_file_is_large_enough():
    pairs = load_pairs()
    assert len(pairs) >= 100
    assert sum(1 for p in pairs if p[2] == "different") >= 40
    assert len({(a, b) for a, b, _, _ in pairs}) == len(pairs)  # no duplicates


def test_identity_pairs(figures):
    pairs = load_pairs()
    correct_merges = missed = false_merges = kept_apart = 0
    problems = []
    for a, b, rel, kind in pairs:
        ra, rb = resolve(a), resolve(b)
        if rel == "same":
            if ra and ra == rb and len(ra) == 1:
                correct_merges += 1
            else:
                missed += 1
                problems.append(f"not merged [{kind}]: {a!r} -> {short(ra)}   {b!r} -> {short(rb)}")
        else:
            if ra and ra == rb:
                false_merges += 1
                problems.append(f"FALSE MERGE: {a!r} and {b!r} -> {short(ra)}")
            else:
                kept_apart += 1
    same = sum(1 for p in pairs if p[2] == "same")
    figures["unicode_identity"] = {
        "command": "pytest tests/reliability -q -k identity", "pairs": len(pairs),
        "same_pairs": same, "correct_merges": correct_merges, "missed_merges": missed,
        "different_pairs": len(pairs) - same, "kept_apart": kept_apart, "false_merges": false_merges,
        "failures": missed + false_merges}
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("a,b,kind", [(a, b, k) for a, b, rel, k in load_pairs()
                                      if rel == "same" and k in TEXTUAL_KINDS])
def test_normalize_label_agrees(a, b, kind):
    """kg.ontology.normalize_label (the form labels are compared in) folds the same variations."""
    from kg.ontology import normalize_label, slugify

    assert normalize_label(a) == normalize_label(b)
    assert slugify(a) == slugify(b)


def test_gazetteer_lookup_of_registry_labels():
    """Every registry label, written in full-width and with a zero-width space inside, still finds its entity."""
    from kg.extract.rules import _gazetteer
    from kg.ingest import normalize_text

    gaz = _gazetteer()
    checked = 0
    for iri, ent in sorted(gaz.entities.items()):
        for _lang, label in list(ent.labels) + list(ent.alt_labels):
            if gaz.lookup(label) != iri or not label.isascii() or len(label) < 3:
                continue  # ambiguous labels (shared by two entities) are not this test's business
            wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in label)
            zw = label[:1] + "\u200b" + label[1:]
            assert gaz.lookup(normalize_text(wide)) == iri, (label, wide)
            assert gaz.lookup(normalize_text(zw)) == iri, (label, zw)
            checked += 1
    assert checked > 300
