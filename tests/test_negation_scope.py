"""The scope of a clause's negation: a modifier inside the negated noun phrase ("Houston-based", "Nvidia's") is
presupposed, not denied, while "not even"/"neither" before a possessed subject still denies the clause's fact.
The sentences are new."""

from __future__ import annotations

import pytest

from kg.model import NEGATIVE
from pattern_helpers import claim_triples

PRESUPPOSED = [
    ("Neither Austin-based Cerebras nor Shanghai-based Biren was named in the indictment.", "en",
     ("Biren Technology", "headquarteredIn", "Shanghai")),
    ("Neither Nvidia's H20 nor the MI308 was cleared for export last month.", "en",
     ("Nvidia", "develops", "Nvidia H20")),
    ("No Beijing-based Zhipu AI model was trained on the cluster, the company said.", "en",
     ("Zhipu AI", "headquarteredIn", "Beijing")),
]


@pytest.mark.parametrize("text, lang, fact", PRESUPPOSED)
def test_a_modifier_in_a_negated_phrase_is_asserted(text, lang, fact):
    assert fact in claim_triples(text, lang)
    assert fact not in claim_triples(text, lang, polarity=NEGATIVE)


DENIED = [
    ("Not even Shanghai's MetaX manufactures HBM memory.", "en", ("MetaX", "develops", "HBM")),
    ("Not even Huawei's Ascend 910C is fabricated by TSMC any more, the analysts said.", "en",
     ("Ascend 910C", "manufacturedBy", "TSMC")),
]


@pytest.mark.parametrize("text, lang, fact", DENIED)
def test_not_even_before_a_possessed_subject_denies(text, lang, fact):
    assert fact not in claim_triples(text, lang)
