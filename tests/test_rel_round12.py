"""Extractor 0.12: the passive of "outperform" in every language, acquisitions and stakes bought in Chinese, a list
that does not run into the next clause, a yardstick's maker that is not the topic, "the firm's" coreference, the
chip that uses a core, the manufactured chip's node, "涉华为" as a reason, rivals and units named in apposition."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples
from kg.model import POSITIVE


def triples(text: str, lang: str, title: str | None = None, polarity: str = POSITIVE) -> set:
    return claim_triples(text, lang, polarity=polarity, title=title)


# ---------------------------------------------------------------- comparisons in the passive

@pytest.mark.parametrize("lang, text", [
    ("en", "The Ascend 910B was outperformed by the H100 in every test."),
    ("en", "In our suite the Ascend 910B was beaten by the H100 in every game we ran."),
    ("it", "L'Ascend 910B è stato battuto dall'H100 in tutti i test."),
    ("it", "L'Ascend 910B viene superato dall'H100."),
    ("zh", "昇腾910B在测试中被H100击败。"),
    ("zh", "昇腾910B被H100超越。"),
])
def test_the_passive_of_outperform_makes_the_agent_the_better_chip(lang, text):
    t = triples(text, lang)
    assert ("Nvidia H100", "outperforms", "Ascend 910B") in t
    assert ("Ascend 910B", "outperforms", "Nvidia H100") not in t


@pytest.mark.parametrize("lang, text", [
    ("en", "The Ascend 910B beats the H100."),
    ("it", "L'Ascend 910B supera l'H100."),
    ("zh", "昇腾910B超越H100。"),
])
def test_the_active_voice_still_reads_left_to_right(lang, text):
    assert ("Ascend 910B", "outperforms", "Nvidia H100") in triples(text, lang)


# ---------------------------------------------------------------- acquisitions and stakes (Chinese)

def test_an_acquired_firm_becomes_the_buyers_subsidiary():
    assert ("SMIC", "subsidiaryOf", "JCET") in triples("中芯国际被长电科技收购。", "zh")
    t = triples("2015年，长电科技以约7.8亿美元收购新加坡封测厂星科金朋（STATS ChipPAC）。", "zh")
    assert ("星科金朋", "subsidiaryOf", "JCET") in t


def test_a_stake_bought_is_an_investment_and_no_takeover():
    t = triples("长电科技拟收购中芯国际的股权。", "zh")
    assert ("JCET", "investsIn", "SMIC") in t
    assert not any(p == "subsidiaryOf" for _s, p, _o in t)


def test_the_stake_a_seller_holds_is_the_sellers_and_the_buyer_buys_into_the_held_firm():
    t = triples("长电科技收购中芯国际持有的华虹半导体30%股权。", "zh")
    assert ("JCET", "investsIn", "Hua Hong Semiconductor") in t
    assert ("SMIC", "investsIn", "Hua Hong Semiconductor") in t
    assert ("JCET", "investsIn", "SMIC") not in t


def test_an_abandoned_acquisition_states_nothing():
    assert not triples("长电科技放弃收购中芯国际。", "zh")


def test_a_planned_deal_is_hedged():
    from kg.extract.rules import RuleExtractor
    from kg.model import HEDGED, Article

    res = RuleExtractor().extract(Article(text="长电科技拟收购中芯国际的股权。", lang="zh", source_key="t", date="2025-01-01"))
    assert res.claims and all(c.modality == HEDGED for c in res.claims)
    res = RuleExtractor().extract(Article(text="美国对中国模拟芯片发起调查，涉及德州仪器。", lang="zh", source_key="t"))
    assert all(c.modality != HEDGED for c in res.claims)  # "模拟" (analog) is no plan


def test_a_wholly_owned_unit_without_de_and_a_shareholder_word_before_a_legal_name():
    t = triples("长电科技公告，公司股东芯电半导体（上海）有限公司（简称“芯电半导体”）拟转让股份。芯电半导体系中芯国际全资子公司。", "zh")
    assert ("芯电半导体（上海）有限公司", "subsidiaryOf", "SMIC") in t


def test_a_generic_facility_after_qixia_is_no_firm():
    t = triples("晟碟半导体为西部数据旗下闪存封测工厂。", "zh")
    assert not any("工厂" in s for s, _p, _o in t)


def test_a_latin_legal_name_starting_with_a_known_firm_in_chinese_text_is_its_unit():
    t = triples("长电科技收购SanDisk China Limited持有的晟碟半导体（上海）有限公司80%股权。", "zh")
    assert ("SanDisk China Limited", "investsIn", "晟碟半导体（上海）有限公司") in t
    assert ("SanDisk", "subsidiaryOf", "JCET") not in t


# ---------------------------------------------------------------- lists, topics and coreference (English)

def test_a_possessive_does_not_run_into_the_next_clause():
    t = triples("Moore Threads launched the MTT S80. The 14.4 TFLOPS figure sits above Nvidia's GeForce RTX 3060, and "
                "the S80 carries 16 GB of memory.", "en")
    assert ("Nvidia", "develops", "MTT S80") not in t
    assert ("Moore Threads", "develops", "MTT S80") in t


def test_the_maker_of_a_yardstick_is_not_what_the_firm_of_the_next_sentence_means():
    t = triples("When Moore Threads put the MTT S80 on sale, the Beijing start-up billed it as a gaming GPU. The 14.4 "
                "TFLOPS figure sits above Nvidia's GeForce RTX 3060. The firm's MUSA software stack comes with a tool.", "en")
    assert ("Moore Threads", "develops", "MUSA") in t
    assert ("Nvidia", "develops", "MUSA") not in t


def test_a_persons_former_post_at_a_firms_business_is_no_subsidiary():
    t = triples("Moore Threads makes GPUs. Founded in 2020 by Zhang Jianzhong, a former head of Nvidia's China business, "
                "the company has since shifted.", "en")
    assert not any(p == "subsidiaryOf" for _s, p, _o in t)
    assert ("Kunlunxin", "subsidiaryOf", "Baidu") in triples("Kunlunxin, Baidu's chip unit, makes the P800.", "en")


# ---------------------------------------------------------------- chips, nodes and reasons (Chinese)

def test_the_chip_before_a_verb_of_use_is_the_user_and_the_node_is_the_manufactured_chips():
    t = triples("算能推出的64核服务器芯片SG2042，采用的正是平头哥的玄铁C920核心，据报道由台积电以12纳米工艺代工。", "zh")
    assert ("SG2042", "uses", "XuanTie C920") in t
    assert ("SG2042", "processNodeNm", 12) in t
    assert ("Sophgo", "uses", "XuanTie C920") not in t
    assert ("XuanTie C920", "processNodeNm", 12) not in t


def test_a_firm_named_as_the_reason_for_a_listing_is_not_listed():
    t = triples("今年1月，美国商务部以所谓“涉华为”为由，将算能列入实体清单。", "zh")
    assert ("Sophgo", "restrictedBy", "Entity List") in t
    assert ("Huawei", "restrictedBy", "Entity List") not in t


# ---------------------------------------------------------------- rivals and units in apposition

def test_a_named_rival_in_apposition_competes_and_the_list_after_it_does_not():
    t = triples("Washington aveva imposto a Cadence, alla concorrente Synopsys e a Siemens di sospendere le vendite.", "it")
    assert ("Cadence Design Systems", "competesWith", "Synopsys") in t
    assert ("Cadence Design Systems", "competesWith", "Siemens") not in t


def test_its_unit_in_italian_apposition():
    assert ("HiSilicon", "subsidiaryOf", "Huawei") in triples("Huawei e la sua controllata HiSilicon producono chip.", "it")


def test_cadence_is_the_firm_only_when_capitalised():
    assert ("Cadence Design Systems", "supplies", "Huawei") in triples("Cadence sold tools to Huawei.", "en")
    t = triples("Nvidia moved to a one-year cadence for its chips, the H100 and Blackwell.", "en")
    assert not any("Cadence" in s or "Cadence" in str(o) for s, _p, o in t)
