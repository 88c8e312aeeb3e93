"""Extractor 0.11: legal names with a seat in brackets, stock tickers, a discovered firm named again by its core
words, investors of a round, listed firms after a list, a sentence-level verb of use, "its rivals, X and Y", US-state
demonyms in descriptions, and framework ports ("vLLM-MLU")."""

from __future__ import annotations

from pattern_helpers import claim_triples
from kg.model import POSITIVE


def triples(text: str, lang: str, title: str | None = None, date: str = "2025-01-01", polarity: str = POSITIVE) -> set:
    return claim_triples(text, lang, date=date, polarity=polarity, title=title)


# ---------------------------------------------------------------- legal names, seats and tickers

def test_a_known_firm_with_legal_words_and_a_seat_is_a_unit_of_it():
    t = triples("The rules also cover SK Hynix Semiconductor (China), which runs a DRAM plant in Wuxi.", "en")
    assert ("SK Hynix Semiconductor (China)", "subsidiaryOf", "SK Hynix") in t


def test_a_unit_named_after_a_firm_it_no_longer_belongs_to_is_not_its_unit():
    t = triples("The plant still appears on the list as Intel Semiconductor (Dalian). In fact it no longer belongs to "
                "Intel.", "en")
    assert not any(p == "subsidiaryOf" and o == "Intel" for _s, p, o in t)


def test_a_seat_that_is_the_firms_home_names_the_firm_itself():
    t = triples("沐曦集成电路（上海）股份有限公司今日发布公告。", "zh")
    assert ("MetaX", "headquarteredIn", "Shanghai") in t
    assert not any(p == "subsidiaryOf" for _s, p, _o in t)


def test_a_seat_other_than_home_in_a_chinese_legal_name_makes_a_unit():
    t = triples("被指为中芯国际集成电路制造（北京）有限公司采购美国设备。", "zh")
    assert ("SMIC Beijing", "subsidiaryOf", "SMIC") in t  # the registry's unit, named by its legal name


def test_a_latin_legal_name_in_chinese_text_is_discovered():
    t = triples("美国商务部将Jicun Semiconductor Technology列入实体清单。", "zh")
    assert ("Jicun Semiconductor Technology", "restrictedBy", "Entity List") in t


def test_a_name_with_a_ticker_and_its_core_words_name_one_firm():
    t = triples("Shares of Zeta Photonics (Hefei) Technology (688123.SH) rose. Zeta Photonics said it would supply "
                "Huawei.", "en")
    assert ("Zeta Photonics (Hefei) Technology", "supplies", "Huawei") in t


def test_a_ticker_between_a_firm_and_its_apposition_is_skipped():
    t = triples("Wolfspeed (WOLF.N), the main rival of Infineon, fell 5%.", "en")
    assert ("Wolfspeed", "competesWith", "Infineon") in t


def test_a_known_firm_in_brackets_after_a_discovered_name_is_that_firm():
    t = triples("Wuhan Xinxin Semiconductor (XMC), a state-backed memory maker, supplies Huawei.", "en")
    assert ("XMC", "supplies", "Huawei") in t
    assert not any("Wuhan Xinxin Semiconductor" in (s, o) for s, _p, o in t)


def test_a_common_word_is_no_core_name():
    t = triples("General Technology said profits rose. General demand for chips was weak, Huawei said.", "en")
    assert not any(s == "General Technology" and o == "Huawei" for s, _p, o in t)


def test_llc_and_seat_in_the_area_of_a_city():
    t = triples("Apex Trading LLC, con sede nell'area di Miami, si è dichiarata colpevole.", "it")
    assert ("Apex Trading LLC", "headquarteredIn", "Miami") in t


# ---------------------------------------------------------------- suppliers, investors and listed firms

def test_firms_added_as_suppliers_supply_the_buyer():
    t = triples("Nvidia's partner page also added Analog Devices (ADI.O) and Renesas Electronics (6723.T) as "
                "silicon providers.", "en")
    assert ("Analog Devices", "supplies", "Nvidia") in t and ("Renesas Electronics", "supplies", "Nvidia") in t
    t = triples("Nvidia has chosen Samsung as a supplier.", "en")
    assert ("Samsung Electronics", "supplies", "Nvidia") in t


def test_investors_of_this_round_invest_in_the_firm_the_article_is_about():
    text = ("阶跃星辰宣布完成新一轮融资。本轮投资方包括华勤技术和徐汇资本；腾讯、启明创投等老股东继续加码。")
    t = triples(text, "zh", title="阶跃星辰完成新一轮融资")
    for inv in ("Huaqin Technology", "徐汇资本", "Tencent", "Qiming Venture Partners"):
        assert (inv, "investsIn", "StepFun") in t, inv


def test_investors_in_an_english_round():
    t = triples("Moonshot AI closed a new round. Investors in the round included Tencent and Alibaba.", "en",
                title="Moonshot AI raises $500m")
    assert ("Tencent", "investsIn", "Moonshot AI") in t and ("Alibaba", "investsIn", "Moonshot AI") in t


def test_listed_firms_after_a_list_was_named():
    text = "美国商务部将32个实体列入实体清单。外媒报道，此次被列入的企业包括复旦微电子。"
    assert ("Fudan Microelectronics", "restrictedBy", "Entity List") in triples(text, "zh")
    text = "The US put 23 Chinese entities on the Entity List on Friday. The companies added include Sugon and Hygon."
    t = triples(text, "en")
    assert ("Sugon", "restrictedBy", "Entity List") in t and ("Hygon", "restrictedBy", "Entity List") in t


# ---------------------------------------------------------------- a verb of use in the sentence

def test_a_firm_whose_model_ran_on_a_chip_uses_it():
    t = triples("MiniMax, the Shanghai start-up backed by Alibaba and Tencent, said the training phase of its newest "
                "model had run on 512 of Nvidia's H800 chips.", "en")
    assert ("MiniMax", "uses", "Nvidia H800") in t
    assert ("Alibaba", "uses", "Nvidia H800") not in t and ("Nvidia", "uses", "Nvidia H800") not in t


def test_training_on_a_chip_after_a_possessive_firm():
    t = triples("DeepSeek's next model was delayed after persistent problems training on Ascend chips.", "en")
    assert ("DeepSeek", "uses", "Ascend") in t


def test_no_use_when_ruled_out_or_unlike():
    t = triples("Alibaba has ruled out buying Nvidia's RTX Pro 6000D for its data centres.", "en")
    assert not any(p == "uses" for _s, p, _o in t)
    t = triples("A differenza di ByteDance, DeepSeek usa già gli Ascend 910C di Huawei per l'inferenza.", "it")
    assert ("ByteDance", "uses", "Ascend 910C") not in t


# ---------------------------------------------------------------- rivals, descriptions, ports

def test_its_rivals_and_a_list():
    t = triples("YMTC is now ahead of its far larger rivals, Micron, Samsung and SK Hynix.", "en")
    for r in ("Micron Technology", "Samsung Electronics", "SK Hynix"):
        assert ("YMTC", "competesWith", r) in t, r
    t = triples("Hua Hong sfida i suoi principali concorrenti, SMIC e TSMC.", "it")
    assert ("Hua Hong Semiconductor", "competesWith", "SMIC") in t and ("Hua Hong Semiconductor", "competesWith", "TSMC") in t


def test_the_chinese_company_is_not_an_american_firm_named_before():
    text = ("YMTC sued Micron Technology in 2023. A teardown put the Chinese company ahead of its far larger rivals, "
            "Samsung and SK Hynix among them.")
    t = triples(text, "en")
    assert ("YMTC", "competesWith", "Samsung Electronics") in t
    assert not any(s == "Micron" and p == "competesWith" for s, p, _o in t)


def test_a_us_state_demonym_in_a_description_places_the_firm():
    t = triples("Nvidia ha presentato i conti. Secondo gli analisti, la società californiana resta leader.", "it")
    assert ("Nvidia", "headquarteredIn", "California") not in t  # (0.16) a demonym is no stated headquarters
    assert ("Nvidia", "headquarteredIn", "Huawei") not in t


def test_that_chip_is_the_chip_just_named():
    t = triples("The H20 is a processor Nvidia cut down for Chinese customers. Tencent was one of the biggest buyers "
                "of that chip last year.", "en")
    assert ("Tencent", "uses", "Nvidia H20") in t


def test_a_port_of_a_known_framework_is_a_platform_of_its_own():
    t = triples("寒武纪表示，其自研的vLLM-MLU框架已完成适配。", "zh")
    assert ("Cambricon", "develops", "vLLM-MLU") in t
    assert ("Cambricon", "develops", "vLLM") not in t


def test_self_developed_software_of_the_clauses_firm():
    t = triples("海光信息也没闲着，称旗下DCU通过自研的DTK软件栈实现了适配。", "zh")
    assert ("Hygon", "develops", "Hygon DTK") in t
    t = triples("腾讯发布了紫霄芯片。业内人士认为，自研芯片并不意味着腾讯会停止采购英伟达产品。", "zh")
    assert not any(p == "develops" and "unnamed" in o for _s, p, o in t)


# ---------------------------------------------------------------- measures described, not named

def test_an_investigation_of_a_named_kind_with_no_target_is_its_issuers_measure():
    t = triples("China's Ministry of Commerce launched an anti-dumping investigation into analog chips from the "
                "United States on Saturday.", "en")
    assert any(p == "imposedBy" and o == "Ministry of Commerce of China" and "anti-dumping" in s for s, p, o in t)
    t = triples("商务部同日宣布对美国在集成电路领域对华采取的相关歧视性措施发起反歧视调查。", "zh")
    assert any(p == "imposedBy" and o == "Ministry of Commerce of China" and "anti-discrimination" in s for s, p, o in t)
    assert not any(p == "imposedBy" and o == "United States" for _s, p, o in t)


def test_the_commerce_ministry_is_a_ministry_of_commerce_not_the_last_body_named():
    t = triples("The Cyberspace Administration of China summoned Nvidia. And on Saturday the Commerce Ministry opened an "
                "anti-dumping investigation into certain analog chips imported from the United States.", "en")
    assert any(p == "imposedBy" and o == "Ministry of Commerce of China" for _s, p, o in t)
    assert not any(p == "imposedBy" and o == "Cyberspace Administration of China" for _s, p, o in t)


def test_a_licence_needed_to_ship_a_chip_is_a_licence_requirement_of_its_issuer():
    t = triples("The H100 and H200 cannot be shipped to China without a licence from the US Commerce Department.", "en")
    pol = "US Department of Commerce licence requirement"
    assert (pol, "imposedBy", "US Department of Commerce") in t
    assert ("Nvidia H100", "restrictedBy", pol) in t and ("Nvidia H200", "restrictedBy", pol) in t
    t = triples("向中国出口H20需要获得美国商务部的许可证。", "zh")
    assert ("Nvidia H20", "restrictedBy", pol) in t
    assert not any(o == "China" for _s, _p, o in t)


def test_no_licence_requirement_when_none_is_needed_or_no_chip_is_traded():
    assert not any(p == "restrictedBy" for _s, p, _o in triples("Nvidia no longer needs a licence to sell the H20.", "en"))
    t = triples("Built on Hopper and carrying HBM3, the H20 needs a licence from the Commerce Department.", "en")
    assert ("HBM3", "restrictedBy", "US Department of Commerce licence requirement") not in t


def test_respectively_pairs_firms_and_seats_in_order():
    t = triples("壁仞科技和摩尔线程被列入实体清单。两家公司的总部分别位于上海和北京。", "zh")
    assert ("Biren Technology", "headquarteredIn", "Shanghai") in t and ("Moore Threads", "headquarteredIn", "Beijing") in t
    assert ("Biren Technology", "headquarteredIn", "Beijing") not in t


def test_a_country_and_a_firm_noun_before_a_chinese_name():
    # (0.16) a country before the name is the firm's nationality, not a stated headquarters
    assert ("Nvidia", "headquarteredIn", "United States") not in triples("据报道，美国芯片巨头英伟达发布财报。", "zh")
    assert ("Tokyo Electron", "headquarteredIn", "Japan") not in triples("日本设备商东京电子表示。", "zh")
    assert ("Tokyo Electron", "headquarteredIn", "Japan") in triples("总部位于日本的东京电子表示。", "zh")
    assert not any(p == "headquarteredIn" for _s, p, _o in triples("美国芯片在中国市场受限，英伟达表示。", "zh"))
