"""Cross-sentence facts (round 8), each on new short articles: salience by grammatical role (a prepositional object,
a list after a preposition, a compared product or a maker's complement is not the next topic), descriptions that never
make another maker's product, object pronouns of a listing verb ("put it on the list", "将其列入"), 其 before a relation
noun, "customers include" with a possessive, chip nouns after articulated prepositions, "il costruttore", and
"mai" after a superlative (which asserts)."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples
from kg.model import NEGATIVE


@pytest.mark.parametrize("text, lang, fact", [
    # a firm in a list after a preposition does not take over the topic
    ("Nvidia sells the H200 to Chinese buyers. The White House said the same deal would apply to AMD and Intel. "
     "The H20, the cut-down model the Santa Clara company built, still sells.", "en", ("Nvidia", "develops", "Nvidia H20")),
    ("Cambricon designs AI chips in Beijing. Regulators said the rules would also apply to Hygon and Moore Threads. "
     "The company was added to the Entity List in 2022.", "en", ("Cambricon", "restrictedBy", "Entity List")),
    ("Huawei ha presentato un nuovo server. La città ha scommesso anche su NIO e su XPeng. "
     "Il gruppo è stato inserito nella Entity List nel 2019.", "it", ("Huawei", "restrictedBy", "Entity List")),
])
def test_prepositional_objects_do_not_take_the_topic(text, lang, fact):
    assert fact in claim_triples(text, lang)


@pytest.mark.parametrize("text, lang, fact", [
    ("Baidu ha presentato il Kunlun nel 2018. Secondo il gruppo supererebbe la T4 di Nvidia. "
     "Il chip supporta PaddlePaddle.", "it", ("Kunlun", "compatibleWith", "PaddlePaddle")),
    ("Moore Threads unveiled the MTT S4000 last year. The company says it rivals the A100 of Nvidia. "
     "The chip is made by SMIC.", "en", ("MTT S4000", "manufacturedBy", "SMIC")),
])
def test_a_compared_product_and_its_maker_do_not_take_the_topic(text, lang, fact):
    assert fact in claim_triples(text, lang)


def test_a_description_never_makes_a_product_named_after_another_maker():
    got = claim_triples("Intel and Nvidia are both based in California. Intel reported weak sales. "
                        "Buyers still prefer the H20, the model the Santa Clara company designed for China.", "en")
    assert ("Intel", "develops", "Nvidia H20") not in got


@pytest.mark.parametrize("text, lang, fact", [
    ("Washington has watched YMTC for years. In 2022 the Commerce Department put it on the Entity List.", "en",
     ("YMTC", "restrictedBy", "Entity List")),
    ("Sophgo designs RISC-V servers. Last year Washington added it to the Entity List.", "en",
     ("Sophgo", "restrictedBy", "Entity List")),
    ("摩尔线程成立于2020年。2023年10月，美国商务部将其列入实体清单。", "zh", ("Moore Threads", "restrictedBy", "Entity List")),
    ("壁仞科技总部位于上海。美国商务部随后将其一并列入实体清单。", "zh", ("Biren Technology", "restrictedBy", "Entity List")),
])
def test_the_object_pronoun_of_a_listing_verb(text, lang, fact):
    assert fact in claim_triples(text, lang)


@pytest.mark.parametrize("text, lang, facts", [
    ("华虹半导体去年营收下滑。其主要客户包括海思和兆易创新。", "zh", {("Hua Hong Semiconductor", "supplies", "HiSilicon")}),
    ("台积电第三季度营收创新高。英伟达和苹果均被认为是其最大客户。", "zh",
     {("TSMC", "supplies", "Nvidia"), ("TSMC", "supplies", "Apple")}),
    ("TSMC posted record profits. Its biggest customers are Apple and Nvidia.", "en",
     {("TSMC", "supplies", "Apple"), ("TSMC", "supplies", "Nvidia")}),
    ("Customers of SK Hynix include Nvidia and AMD.", "en", {("SK Hynix", "supplies", "Nvidia")}),
    ("Tra i clienti di Samsung figurano Nvidia e AMD.", "it", {("Samsung Electronics", "supplies", "Nvidia")}),
])
def test_customers_include_with_a_possessive(text, lang, facts):
    assert facts <= claim_triples(text, lang)


def test_qi_is_the_subject_it_opens_when_no_copula_precedes():
    got = claim_triples("总部位于合肥的长鑫存储成立于2016年，大基金是其重要股东之一。", "zh")
    assert ("Big Fund", "investsIn", "CXMT") in got


@pytest.mark.parametrize("text, lang, fact", [
    ("Alibaba ha presentato lo Yitian 710. La nuova CPU è prodotta da TSMC.", "it", ("Yitian 710", "manufacturedBy", "TSMC")),
    ("Baidu ha presentato il Kunlun. Samsung Foundry produce il chip. Sul nuovo chip Baidu ha investito molto, e Baidu AI "
     "Cloud lo usa.", "it", ("Baidu AI Cloud", "uses", "Kunlun")),
])
def test_italian_chip_descriptions_after_articulated_prepositions(text, lang, fact):
    assert fact in claim_triples(text, lang)


@pytest.mark.parametrize("text, fact", [
    ("Sul palco è stato presentato Qwen3-Max, il modello più potente mai sviluppato da Alibaba.",
     ("Alibaba", "develops", "Qwen3-Max")),
    ("Il Kunlun 2 è il primo chip mai progettato da Baidu a 7 nanometri.", ("Baidu", "develops", "Kunlun II")),
])
def test_mai_after_a_superlative_asserts(text, fact):
    assert fact in claim_triples(text, "it")
    assert fact not in claim_triples(text, "it", polarity=NEGATIVE)


def test_mai_with_non_still_denies():
    text = "Alibaba non ha mai sviluppato il Kunlun."
    assert ("Alibaba", "develops", "Kunlun") not in claim_triples(text, "it")
