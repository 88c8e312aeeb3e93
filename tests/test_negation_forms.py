"""Negation forms beyond "not": bare 不, rumours declared false after a comma, counterfactuals (本会), "nemmeno",
rejections ("respinto come infondate"), and double negations that assert ("non ha smentito", "并非没有", "不可否认").
The sentences are new (not copies of the negation phrasebook items the forms were found in)."""

from __future__ import annotations

import pytest

from kg.model import NEGATIVE
from pattern_helpers import claim_triples

DENIED = [
    ("壁仞的BR100不兼容CUDA。", "zh", ("BR100", "compatibleWith", "CUDA")),
    ("英伟达A800不受2022年10月出口管制规则的限制。", "zh", ("Nvidia A800", "restrictedBy", "October 2022 export controls")),
    ("网传百度已入股壁仞一事，经记者核实，纯属谣言。", "zh", ("Baidu", "investsIn", "Biren Technology")),
    ("针对“腾讯向壁仞采购BR100”的市场传闻，壁仞今日发布声明辟谣。", "zh", ("Tencent", "uses", "BR100")),
    ("若不是商务部出台了新规，阿里巴巴本会大量采购英伟达H20。", "zh", ("Alibaba", "uses", "Nvidia H20")),
    ("Nemmeno il nuovo MTT S4000 di Moore Threads riesce a superare l'H100 di Nvidia.", "it",
     ("MTT S4000", "outperforms", "Nvidia H100")),
    ("Biren ha respinto come infondate le voci secondo cui il BR100 sarebbe prodotto da SMIC.", "it",
     ("BR100", "manufacturedBy", "SMIC")),
]


@pytest.mark.parametrize("text, lang, fact", DENIED)
def test_denied_forms_are_never_asserted(text, lang, fact):
    assert fact not in claim_triples(text, lang)
    assert fact in claim_triples(text, lang, polarity=NEGATIVE)


ASSERTED = [
    ("腾讯并非没有采购过英伟达H20。", "zh", ("Tencent", "uses", "Nvidia H20")),
    ("不可否认，壁仞的BR100与英伟达A100旗鼓相当。", "zh", ("BR100", "comparableTo", "Nvidia A100")),
    ("摩尔线程的MTT S4000性能不及H100。", "zh", ("Nvidia H100", "outperforms", "MTT S4000")),
    ("Baidu non ha smentito le notizie secondo cui avrebbe acquistato chip Ascend 910B da Huawei.", "it",
     ("Huawei", "supplies", "Baidu")),
    ("Nemmeno il nuovo MTT S4000 di Moore Threads riesce a superare l'H100 di Nvidia.", "it",
     ("Moore Threads", "develops", "MTT S4000")),
]


@pytest.mark.parametrize("text, lang, fact", ASSERTED)
def test_negative_looking_forms_still_assert(text, lang, fact):
    assert fact in claim_triples(text, lang)


def test_words_that_open_with_bu_are_no_negation():
    assert ("Nvidia", "supplies", "Alibaba") in claim_triples("不久前，英伟达向阿里巴巴供应了H20芯片。", "zh")


def test_a_listed_product_named_with_its_own_maker_is_not_the_possessor_s():
    got = claim_triples("壁仞的BR100与英伟达A100旗鼓相当。", "zh")
    assert ("Biren Technology", "develops", "BR100") in got
    assert ("Biren Technology", "develops", "Nvidia A100") not in got
    got = claim_triples("华为的昇腾910B和昇腾910C都由中芯国际代工。", "zh")
    assert {("Huawei", "develops", "Ascend 910B"), ("Huawei", "develops", "Ascend 910C")} <= got


def test_a_negated_copula_after_a_subject_clause():
    """Folded "non è" reads "non e": the copula is not "and", and its negation holds for the shared subject."""
    text = "xFusion, nata nel 2021 dalla cessione del business dei server x86 di Huawei, non è una controllata del gruppo di Shenzhen."
    assert ("xFusion", "subsidiaryOf", "Huawei") not in claim_triples(text, "it")
    assert ("xFusion", "subsidiaryOf", "Huawei") in claim_triples(text, "it", polarity=NEGATIVE)
    got = claim_triples("Il Tiangai 100 non esce dalle linee di SMIC, la maggiore fonderia cinese: è realizzato da TSMC.", "it")
    assert ("Tiangai 100", "manufacturedBy", "TSMC") in got
