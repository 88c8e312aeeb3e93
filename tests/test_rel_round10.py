"""Extractor 0.10: lists named again ("the same list", "a trade blacklist", "were also added"), funding in more
wordings, chip-design units, datelines, the firm a business article is about, and denials after the object."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples
from kg.model import NEGATIVE, POSITIVE


def triples(text: str, lang: str, title: str | None = None, date: str = "2025-01-01", polarity: str = POSITIVE) -> set:
    return claim_triples(text, lang, date=date, polarity=polarity, title=title)


# ---------------------------------------------------------------- lists named again

WIRE = ("The U.S. Commerce Department has put 28 Chinese agencies and companies on a trade blacklist over Xinjiang. "
        "The companies named on Monday include Hangzhou-based Hikvision and the start-ups SenseTime and Megvii. "
        "Yixin Science and Technology was also added. "
        "Huawei Technologies, which Washington added to the same list in May, was not part of Monday's action.")


def test_a_trade_blacklist_of_the_commerce_department_is_the_entity_list():
    t = triples(WIRE, "en", date="2019-10-08")
    assert ("Entity List", "imposedBy", "US Department of Commerce") in t


def test_firms_named_after_the_blacklist_are_on_it():
    t = triples(WIRE, "en", date="2019-10-08")
    for firm in ("Hikvision", "SenseTime", "Megvii", "Yixin Science and Technology"):
        assert (firm, "restrictedBy", "Entity List") in t, firm


def test_the_same_list_is_the_last_list_named_not_the_last_measure():
    text = ("Huawei was added to the Entity List in May. A defence law already bars federal agencies from buying "
            "Hikvision cameras. ZTE, which Washington added to the same list in 2016, was not part of the action.")
    t = triples(text, "en", date="2019-10-08")
    assert ("ZTE", "restrictedBy", "Entity List") in t
    assert not any(s == "ZTE" and p == "restrictedBy" and o != "Entity List" for s, p, o in t)


def test_washington_named_with_a_blacklist_does_not_become_its_issuer():
    t = triples("Huawei launched the Ascend 910, three months after Washington put the company on a trade blacklist.",
                "en", date="2019-08-23")
    assert ("Entity List", "imposedBy", "US government") not in t


def test_a_blacklist_with_no_us_issuer_is_not_the_entity_list():
    t = triples("Beijing put Skydio on a trade blacklist last year.", "en")
    assert not any(o == "Entity List" for _s, _p, o in t)


def test_a_package_of_rules_after_the_entity_list_is_not_the_list():
    text = ("In October 2023 the US Commerce Department added Moore Threads and fellow GPU designer Biren Technology "
            "to the Entity List, in the same package of rules that stopped Nvidia from selling its A800 and H800 to China.")
    t = triples(text, "en")
    assert ("Moore Threads", "restrictedBy", "Entity List") in t and ("Biren Technology", "restrictedBy", "Entity List") in t
    assert ("Nvidia A800", "restrictedBy", "Entity List") not in t


def test_rules_that_stopped_a_sale_restrict_it():
    t = triples("The October 2022 rules stopped Nvidia from selling its A100 to China.", "en")
    assert ("Nvidia A100", "restrictedBy", "October 2022 export controls") in t


def test_caught_too_in_an_update_restricts():
    t = triples("The U.S. Commerce Department then caught the H800 too in its October 2023 update of those rules.", "en")
    assert ("Nvidia H800", "restrictedBy", "October 2023 export controls") in t


# ---------------------------------------------------------------- funding

@pytest.mark.parametrize("lang,text,facts", [
    ("en", "SenseTime has raised money from SoftBank's Vision Fund, Alibaba and U.S. chipmaker Qualcomm.",
     {("SoftBank Vision Fund", "SenseTime"), ("Alibaba", "SenseTime"), ("Qualcomm", "SenseTime")}),
    ("en", "Enflame raised $300 million from Tencent and Citic.", {("Tencent", "Enflame"), ("CITIC Group", "Enflame")}),
    ("en", "Megvii, which counts Alibaba Group among its backers, filed for a listing.", {("Alibaba", "Megvii")}),
    ("it", "Seres e Avatr, la casa partecipata da Changan, hanno firmato.", {("Changan Automobile", "Avatr")}),
    ("it", "Huawei ha aperto il capitale a Seres e ad Avatr.", {("Seres", "Huawei"), ("Avatr", "Huawei")}),
    ("zh", "软银愿景基金仍为商汤最大外部股东。", {("SoftBank Vision Fund", "SenseTime")}),
])
def test_funding_wordings(lang, text, facts):
    got = {(s, o) for s, p, o in triples(text, lang) if p == "investsIn"}
    assert facts <= got, got


def test_an_apposition_describes_one_member_not_the_list():
    got = {(s, o) for s, p, o in triples("Seres e Avatr, la casa partecipata da Changan, hanno firmato.", "it")
           if p == "investsIn"}
    assert ("Changan Automobile", "Seres") not in got


def test_a_raise_that_did_not_happen_is_not_a_stake():
    assert not any(p == "investsIn" for _s, p, _o in triples("Enflame did not raise money from Tencent.", "en"))


# ---------------------------------------------------------------- who designs, who is meant

def test_a_chip_design_unit_named_with_the_chip_designs_it():
    text = ("Huawei ha pubblicato il rapporto annuale. Una parte rilevante va ai semiconduttori progettati dalla "
            "controllata HiSilicon, dai processori Kirin agli acceleratori Ascend.")
    t = triples(text, "it")
    assert ("HiSilicon", "develops", "Kirin") in t and ("HiSilicon", "develops", "Ascend") in t


def test_a_cloud_unit_is_not_a_chip_designer():
    t = triples("Huawei Cloud rents out Ascend 910B servers.", "en")
    assert ("Huawei Cloud", "develops", "Ascend 910B") not in t


def test_the_longest_firm_name_in_a_product_name_is_its_maker():
    t = triples("Alibaba Cloud Model Studio hosts the Qwen models.", "en")
    assert ("Alibaba Cloud", "develops", "Alibaba Cloud Model Studio") in t
    assert ("Alibaba", "develops", "Alibaba Cloud Model Studio") not in t


def test_a_mixed_case_dateline_places_no_firm():
    text = "Hangzhou, October 20, 2025 — Alibaba Cloud, the backbone of Alibaba Group, presented a paper in Seoul."
    assert ("Alibaba", "headquarteredIn", "Hangzhou") not in triples(text, "en")


def test_bare_company_in_chinese_business_news_is_the_firm_of_the_title():
    text = "澜起科技发布年报。主要竞争对手为美国的Astera Labs。公司总部位于上海，为Fabless模式。"
    t = triples(text, "zh", title="澜起科技2024年报点评")
    assert ("Montage Technology", "headquarteredIn", "Shanghai") in t
    assert ("Astera Labs", "headquarteredIn", "Shanghai") not in t


def test_il_gruppo_is_the_group_the_article_is_about():
    text = ("La controllata Avatr ha firmato un accordo. Sul mercato degli smartphone il gruppo torna a sfidare Apple.")
    t = triples(text, "it", title="Huawei, il bilancio 2024 in breve")
    assert ("Huawei", "competesWith", "Apple") in t
    assert ("Avatr", "competesWith", "Apple") not in t


def test_a_unit_named_after_its_owner_is_not_owned_by_the_previous_investor():
    t = triples("徐汇资本认购1.5亿美元，上汽集团旗下的上汽香港认购3000万美元。", "zh")
    assert not any(p == "subsidiaryOf" and s == "SAIC Motor" for s, p, _o in t)


def test_italian_monta_is_use():
    assert ("Huawei", "uses", "Kirin") in triples("Huawei, che ormai monta quasi solo Kirin sui modelli di punta.", "it")


# ---------------------------------------------------------------- denials after the object

def test_a_rivalry_denied_after_the_object_is_negative():
    text = "总部在上海的概伦电子以器件建模见长，两家公司与华大九天形成互补，而非直接竞争。"
    assert not any(p == "competesWith" for _s, p, _o in triples(text, "zh"))
    assert any(p == "competesWith" for _s, p, _o in triples(text, "zh", polarity=NEGATIVE))


# ---------------------------------------------------------------- rivals of one another, co-developers, lists after the verb

@pytest.mark.parametrize("lang,text", [
    ("en", "Zhipu, MiniMax and Moonshot AI compete with each other for developers."),
    ("it", "Zhipu, MiniMax e Moonshot AI si fanno concorrenza da anni."),
    ("zh", "智谱与MiniMax、月之暗面等同属所谓AI六小虎，彼此在模型能力及人才上竞争激烈。"),
])
def test_a_list_of_mutual_rivals_compete_pairwise(lang, text):
    pairs = {frozenset((s, o)) for s, p, o in triples(text, lang) if p == "competesWith"}
    assert {frozenset(("Zhipu AI", "MiniMax")), frozenset(("Zhipu AI", "Moonshot AI")),
            frozenset(("MiniMax", "Moonshot AI"))} <= pairs, pairs


def test_mutual_rivalry_denied_is_not_asserted():
    assert not any(p == "competesWith" for _s, p, _o in triples("Zhipu e MiniMax non si fanno concorrenza.", "it"))


@pytest.mark.parametrize("lang,text,facts", [
    ("en", "The BR100 chip was developed by Biren together with Alibaba.", {("Biren Technology", "BR100"), ("Alibaba", "BR100")}),
    ("en", "The BR100 chip was jointly researched by Biren and Alibaba.", {("Biren Technology", "BR100"), ("Alibaba", "BR100")}),
    ("it", "Il BR100 è stato sviluppato da Biren insieme ad Alibaba.", {("Biren Technology", "BR100"), ("Alibaba", "BR100")}),
    ("it", "Tutto gira su PyTorch, il framework nato in casa Meta.", {("Meta", "PyTorch")}),
])
def test_co_developers_and_in_house_origins(lang, text, facts):
    got = {(s, o) for s, p, o in triples(text, lang) if p == "develops"}
    assert facts <= got, got


def test_italian_list_after_the_verb_and_the_list():
    text = "Il Dipartimento del Commercio ha aggiunto alla Entity List Sophgo e Biren."
    t = triples(text, "it")
    assert ("Sophgo", "restrictedBy", "Entity List") in t and ("Biren Technology", "restrictedBy", "Entity List") in t
    assert not any(p == "restrictedBy" for _s, p, _o in triples("Washington non ha aggiunto alla Entity List Sophgo.", "it"))


# ---------------------------------------------------------------- precision: who acts, and what a relation may join

@pytest.mark.parametrize("lang,text,wrong", [
    ("en", "Within days, SiliconFlow and Huawei Cloud launched DeepSeek-R1 inference services running on Ascend chips.",
     {("SiliconFlow", "develops", "DeepSeek-R1"), ("SiliconFlow", "develops", "Ascend")}),
    ("en", "Neither SK Hynix nor Samsung has shipped HBM to Huawei since the controls took effect.",
     {("Huawei", "uses", "HBM")}),
    ("en", "Tencent did not buy a single accelerator from Nvidia, AMD or Intel for the cluster it switched on last month, "
           "sourcing them instead from Enflame, a start-up.", {("Enflame", "supplies", "Nvidia")}),
    ("en", "The absence of the Nvidia H20 from ByteDance's 2026 capital-spending plan is telling.",
     {("ByteDance", "develops", "Nvidia H20")}),
    ("zh", "大基金三期未参与沐曦本轮融资，领投方为上海国盛集团。", {("Big Fund", "investsIn", "Shanghai Guosheng Group")}),
    ("zh", "百度旗下的昆仑芯未来将独立上市，并继续为百度智能云供应P800芯片。",
     {("Baidu", "supplies", "Baidu AI Cloud"), ("Baidu AI Cloud", "supplies", "Kunlun P800")}),
])
def test_no_relation_from_a_modifier_or_a_prepositional_object(lang, text, wrong):
    got = triples(text, lang)
    assert not wrong & got, wrong & got


def test_the_unit_after_its_owner_is_the_clause_subject():
    assert ("Kunlunxin", "supplies", "Baidu AI Cloud") in triples(
        "百度旗下的昆仑芯未来将独立上市，并继续为百度智能云供应P800芯片。", "zh")


def test_supplies_joins_organisations_only():
    for s, p, o in triples("百度旗下的昆仑芯未来将独立上市，并继续为百度智能云供应P800芯片。", "zh"):
        if p in ("supplies", "investsIn", "subsidiaryOf"):
            assert o != "Kunlun P800"


def test_the_two_companies_are_the_two_firms_of_the_title():
    text = "市场人士指出，两家公司与月之暗面、百川智能等同属所谓AI六小虎，彼此在模型能力及人才上竞争激烈。"
    t = triples(text, "zh", title="智谱、MiniMax两日内相继挂牌")
    assert ("Zhipu AI", "competesWith", "Moonshot AI") in t or ("Moonshot AI", "competesWith", "Zhipu AI") in t


def test_a_line_of_business_under_a_firm_is_no_subsidiary():
    t = triples("商汤正在上海临港兴建AI计算基础设施，为旗下视觉及大模型业务提供算力。", "zh")
    assert not any(p == "subsidiaryOf" for _s, p, _o in t)


def test_an_investor_leading_a_round_invests_in_the_firm_the_text_is_about():
    text = ("Moonshot AI was founded in 2023. Alibaba led a roughly $1 billion funding round in early 2024, "
            "and Tencent joined a later round that year.")
    t = triples(text, "en")
    assert ("Alibaba", "investsIn", "Moonshot AI") in t and ("Tencent", "investsIn", "Moonshot AI") in t
    assert not any(p == "investsIn" for _s, p, _o in triples("Moonshot AI was founded in 2023. Alibaba did not join the "
                                                              "round.", "en"))


def test_it_is_a_model_keeps_the_model_as_the_topic():
    text = ("What is Kimi K2 Thinking? It is a reasoning model released by Moonshot AI, the Beijing-based company behind "
            "the Kimi chatbot. It is built on Kimi K2, a mixture-of-experts model.")
    t = triples(text, "en")
    assert ("Kimi K2 Thinking", "uses", "Kimi K2") in t
    assert ("Kimi", "uses", "Kimi K2") not in t
