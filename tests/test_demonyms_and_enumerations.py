"""Home from a demonym in any position (US states included, checked against the firm's known country), and a
Chinese enumeration with one "旗下" item in it."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples


def homes(text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in claim_triples(text, lang) if p == "headquarteredIn"}


@pytest.mark.parametrize("lang,text,fact", [
    ("it", "Il colosso californiano Nvidia ha annunciato nuovi chip.", ("Nvidia", "California")),
    ("it", "L'SG2380, annunciato nel 2023 con sedici core P670 della californiana SiFive, sembra perso.", ("SiFive", "California")),
    ("it", "Samr ha indagato Nvidia per l'acquisto dell'israeliana Mellanox.", ("Mellanox Technologies", "Israel")),
    ("it", "La società israeliana Autotalks produce chip.", ("Autotalks", "Israel")),
    ("en", "The Californian chipmaker Nvidia announced new chips.", ("Nvidia", "California")),
    ("en", "TechInsights, the Canadian research firm, published a teardown.", ("TechInsights", "Canada")),
])
def test_a_demonym_is_a_nationality_not_a_headquarters(lang, text, fact):
    # (0.16: independent annotators never read "the Californian chipmaker" as a stated headquarters)
    assert fact not in homes(text, lang)


def test_a_state_demonym_never_places_a_firm_known_elsewhere():
    """TSMC's known home is Taiwan: "the Californian chipmaker TSMC" is no Californian headquarters."""
    assert ("TSMC", "California") not in homes("The Californian chipmaker TSMC announced new chips.", "en")


def test_one_qixia_item_in_a_chinese_enumeration():
    """"中科曙光、紫光股份旗下的新华三以及超聚变": only H3C belongs to Unisplendour, and Sugon owns nothing here."""
    subs = {(s, o) for s, p, o in claim_triples(
        "国内AI服务器市场的主要参与者还包括中科曙光、紫光股份旗下的新华三以及超聚变等厂商。", "zh") if p == "subsidiaryOf"}
    assert subs == {("H3C", "Unisplendour")}


# ---------------------------------------------------------------- a firm and its known home city in one sentence

@pytest.mark.parametrize("lang,text,fact", [
    ("en", "Huawei's Shenzhen campus now hosts most of its chip engineers.", ("Huawei", "Shenzhen")),
    ("it", "A Hefei, CXMT e iFlytek stanno costruendo un polo dell'intelligenza artificiale.", ("CXMT", "Hefei")),
    ("zh", "寒武纪在北京举行新品发布会。", ("Cambricon", "Beijing")),
])
def test_a_firm_named_with_its_known_home_city(lang, text, fact):
    assert fact in homes(text, lang)


@pytest.mark.parametrize("lang,text,firm", [
    ("en", "BEIJING, Nov 8 (Reuters) - Baidu placed an order for AI chips with Huawei.", "Baidu"),  # a dateline
    ("en", "Sophgo, the Beijing-based designer that grew out of Bitmain, was listed.", "Bitmain"),  # the city is Sophgo's
    ("en", "Huawei denied it would move its research out of Shenzhen.", "Huawei"),  # a denial
])
def test_no_home_from_a_city_that_is_not_the_firm(lang, text, firm):
    assert not {f for f, _c in homes(text, lang) if f == firm}


# ---------------------------------------------------------------- questions

def test_a_yes_no_question_states_nothing_but_a_rhetorical_or_wh_question_does():
    assert claim_triples("Does Huawei make the Ascend 910C?", "en") == set()
    assert claim_triples("是否采购了英伟达H20？", "zh") == set()
    assert ("Nvidia", "develops", "Nvidia H20") in claim_triples("Why did Nvidia design the H20 for China?", "en")
    assert ("Nvidia H20", "manufacturedBy", "TSMC") in claim_triples("Isn't the H20 made by TSMC too?", "en")
    assert ("Nvidia H20", "manufacturedBy", "TSMC") in claim_triples("英伟达H20难道不也是由台积电代工的吗？", "zh")


def test_a_bare_model_code_is_the_model_of_the_maker_the_article_names():
    assert ("DeepSeek", "develops", "DeepSeek-R1") in claim_triples("中国大陆AI新创深度求索推出的推理模型R1爆红。", "zh")
    assert ("Moonshot AI", "develops", "Kimi K2") in claim_triples("Moonshot released K2 in July.", "en")
    # with no maker named, "M1" stays unread (Apple's M1 and MiniMax-M1 share the code)
    assert not any(o == "MiniMax-M1" for _s, _p, o in claim_triples("The M1 was fast.", "en"))
