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
    assert ("STATS ChipPAC", "subsidiaryOf", "JCET") in t


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
    assert ("SanDisk China Limited", "investsIn", "SanDisk Semiconductor (Shanghai)") in t  # a registry unit since 0.15
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


# ---------------------------------------------------------------- revoked licences, denied values, new referents

@pytest.mark.parametrize("lang, text, firms", [
    ("en", "The U.S. Commerce Department has revoked licences that allowed Intel (INTC.O) and Qualcomm (QCOM.O) to sell "
           "chips to Huawei.", ("Intel", "Qualcomm")),
    ("it", "A maggio Washington ha revocato la licenza che consentiva a Intel di vendere a Huawei.", ("Intel",)),
])
def test_what_a_revoked_licence_allowed_is_not_asserted_and_the_revocation_restricts(lang, text, firms):
    t = triples(text, lang)
    assert not any(p == "supplies" for _s, p, _o in t)
    neg = triples(text, lang, polarity="negative")
    assert {(f, "supplies", "Huawei") for f in firms} <= neg
    revocations = {o for s, p, o in t if p == "restrictedBy" and "licence revocation" in o}
    assert len(revocations) == 1
    assert {f for f in firms} <= {s for s, p, o in t if p == "restrictedBy" and o in revocations}


def test_a_lifted_ban_restricts_no_more():
    assert not any(p == "restrictedBy" for _s, p, _o in triples("Washington lifted the ban on Huawei.", "en"))
    assert ("Huawei", "restrictedBy", "US ban") in triples("Washington imposed a ban on Huawei.", "en")


@pytest.mark.parametrize("lang, text", [
    ("it", "Non è così: il Kirin X90 non è un chip a 5 nanometri."),
    ("en", "The Kirin X90 is not a 5nm chip."),
    ("zh", "麒麟X90并非5纳米芯片。"),
])
def test_a_denied_value_is_negative(lang, text):
    assert ("Kirin X90", "processNodeNm", 5) in triples(text, lang, polarity="negative")
    assert ("Kirin X90", "processNodeNm", 5) not in triples(text, lang)


def test_a_new_referent_with_a_relative_clause_takes_the_listing():
    t = triples("It showed the department was still letting Intel supply a company that has been on the Commerce "
                "Department's Entity List since 2019.", "en")
    assert ("Intel", "restrictedBy", "Entity List") not in t
    assert ("Fujian Jinhua Integrated Circuit", "restrictedBy", "Entity List") in triples(
        "Fujian Jinhua, a DRAM maker on the US Entity List, sued Micron.", "en")


def test_hardware_is_not_compared_with_software():
    t = triples("Nvidia launched the Drive Orin. \"Orin has years of CUDA tooling behind it,\" said an engineer.", "en")
    assert not any(p == "outperforms" for _s, p, _o in t)


# ---------------------------------------------------------------- names as the press writes them

def test_a_registry_firm_named_again_by_its_first_word():
    t = triples("Horizon Robotics unveiled the Journey 6. Horizon, which is headquartered in Beijing, now competes "
                "head-on with Nvidia.", "en")
    assert ("Horizon Robotics", "headquarteredIn", "Beijing") in t
    assert ("Horizon Robotics", "competesWith", "Nvidia") in t


@pytest.mark.parametrize("text, fact", [
    ("Il Kirin 9000S è prodotto da Smic.", ("Kirin 9000S", "manufacturedBy", "SMIC")),
    ("La Nudt ha sede a Changsha.", ("National University of Defense Technology", "headquarteredIn", "Changsha")),
    ("Amd produce l'Mi308.", ("AMD", "develops", "AMD Instinct MI308")),
])
def test_acronyms_in_title_case_as_the_italian_press_writes_them(text, fact):
    assert fact in triples(text, "it")


def test_a_title_case_word_that_is_an_acronym_elsewhere_is_not_matched():
    assert not triples("Il modello è vivo e la Moda cambia.", "it")


@pytest.mark.parametrize("text", [
    "SMIC -- China's biggest foundry -- makes the Ascend 910C.",
    "SMIC — China's biggest foundry — makes the Ascend 910C.",
    "SMIC—China’s biggest foundry—makes the Ascend 910C.",
])
def test_a_dash_apposition_leaves_the_subject_its_verb(text):
    assert ("Ascend 910C", "manufacturedBy", "SMIC") in triples(text, "en")


def test_a_market_move_then_the_firms_own_words():
    assert ("Cambricon", "supplies", "Baidu") in triples("Shares of Cambricon rose after it said it would supply Baidu.", "en")


# ---------------------------------------------------------------- stakes, builds, comparisons, customers

def test_percent_owners_each_hold_a_stake():
    t = triples("Geely is 60% owned by Volkswagen and 40% by Horizon Robotics.", "en")
    assert {("Volkswagen", "investsIn", "Geely"), ("Horizon Robotics", "investsIn", "Geely")} <= t
    t = triples("Geely è controllata al 60% da Volkswagen e al 40% da Horizon Robotics.", "it")
    assert ("Horizon Robotics", "investsIn", "Geely") in t
    assert ("Big Fund", "investsIn", "JCET") in triples("长电科技由大基金持股20%。", "zh")


@pytest.mark.parametrize("lang, text", [
    ("en", "Bosch said it would build its next driver-assistance platform on the Journey 6."),
    ("it", "Bosch costruirà la sua prossima piattaforma sul Journey 6."),
    ("zh", "博世将基于征程6打造下一代平台。"),
])
def test_what_a_firm_builds_on_it_uses(lang, text):
    t = triples(text, lang)
    assert ("Bosch", "uses", "Journey 6") in t
    assert ("Bosch", "develops", "Journey 6") not in t


def test_developers_building_on_a_chip_are_not_its_maker_using_it():
    t = triples("寒武纪表示，开发者此前基于思元270开发的应用可以较为平滑地迁移到新平台上。", "zh")
    assert ("Cambricon", "uses", "Siyuan 270") not in t


@pytest.mark.parametrize("text, fact", [
    ("Nvidia's successor part, Drive Thor, is rated well above the Journey 6.", ("Nvidia Drive Thor", "outperforms", "Journey 6")),
    ("The Journey 6 matches the 128 TOPS of Journey 5.", ("Journey 6", "comparableTo", "Journey 5")),
    ("The Journey 6's 560 TOPS is more than double the 254 TOPS of Nvidia's Orin-X.", ("Journey 6", "outperforms", "Nvidia Drive Orin")),
])
def test_comparisons_by_rating_and_by_figure(text, fact):
    assert fact in triples(text, "en")


def test_italian_clients_counted_and_chinese_suppliers_described():
    t = triples("STMicroelectronics conta tra i propri clienti Tesla e Geely.", "it")
    assert {("STMicroelectronics", "supplies", "Tesla"), ("STMicroelectronics", "supplies", "Geely")} <= t
    t = triples("昆仑芯8月21日声明称，将向中国移动一级供应商新华三、中兴通讯提供与英伟达CUDA生态兼容的芯片。", "zh")
    assert {("Kunlunxin", "supplies", "H3C"), ("Kunlunxin", "supplies", "ZTE"), ("H3C", "supplies", "China Mobile"),
            ("ZTE", "supplies", "China Mobile")} <= t
    assert ("Kunlunxin", "supplies", "China Mobile") not in t


@pytest.mark.parametrize("lang, text", [
    ("en", "GigaDevice launched the GD32 microcontroller."),
    ("it", "GigaDevice ha lanciato il microcontrollore GD32."),
    ("zh", "兆易创新推出GD32系列微控制器。"),
])
def test_microcontrollers_are_chips(lang, text):
    assert ("GigaDevice", "develops", "GD32") in triples(text, lang)


# ---------------------------------------------------------------- places

def test_a_province_before_its_city_places_the_city_and_is_no_headquarters():
    t = triples("总部位于山东济南的浪潮集团。", "zh")
    assert ("Jinan", "locatedIn", "Shandong") in t
    assert ("Inspur Group", "headquarteredIn", "Jinan") in t
    assert ("Inspur Group", "headquarteredIn", "Shandong") not in t


def test_a_units_seat_in_brackets_is_where_it_is():
    assert ("SK Hynix Semiconductor (Wuxi)", "locatedIn", "Wuxi") in triples("SK Hynix Semiconductor (Wuxi) runs a DRAM plant.", "en")


# ---------------------------------------------------------------- products inside products, negations elsewhere

def test_a_product_named_inside_another_is_not_the_subject_and_is_its_component():
    t = triples("The Kirin 9000S in the Atlas 900 is made by SMIC.", "en")
    assert ("Kirin 9000S", "manufacturedBy", "SMIC") in t
    assert ("Atlas 900", "manufacturedBy", "SMIC") not in t
    assert ("Atlas 900", "hasComponent", "Kirin 9000S") in t


@pytest.mark.parametrize("lang, text", [
    ("it", "L'Atlas 900 monta il Kirin 9000S."),
    ("zh", "搭载麒麟9000S的Atlas 900已经交付。"),
])
def test_a_system_carrying_a_chip(lang, text):
    assert ("Atlas 900", "hasComponent", "Kirin 9000S") in triples(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Nvidia had not shipped any H20 under them."),
    ("zh", "英伟达尚未出货任何H20。"),
])
def test_a_denied_sale_does_not_deny_the_maker(lang, text):
    assert ("Nvidia", "develops", "Nvidia H20") not in triples(text, lang, polarity="negative")


def test_a_denied_relation_stays_denied():
    assert ("Nvidia", "develops", "Nvidia H20") in triples("Nvidia did not develop the H20.", "en", polarity="negative")
    assert ("TSMC", "supplies", "Huawei") in triples("TSMC has not shipped any chips to Huawei since 2020.", "en",
                                                   polarity="negative")


# ---------------------------------------------------------------- capitals for governments, measures on a target

@pytest.mark.parametrize("lang, text", [
    ("en", "The Hague imposed export controls on ASML."),
    ("zh", "荷兰政府对阿斯麦实施出口管制。"),
])
def test_the_hague_imposes_and_the_target_is_restricted(lang, text):
    t = triples(text, lang)
    assert ("Dutch export controls", "imposedBy", "Dutch government") in t
    assert ("ASML", "restrictedBy", "Dutch export controls") in t


def test_a_capital_is_a_government_only_where_a_government_acts():
    assert ("Japanese export controls", "imposedBy", "Japanese government") in triples(
        "Tokyo added 23 items to its export controls.", "en")
    assert not any(p == "imposedBy" for _s, p, _o in triples("Samsung opened a plant in Seoul.", "en"))


@pytest.mark.parametrize("lang, text", [
    ("it", "Washington ha imposto restrizioni a Huawei."),
    ("zh", "美国对华为实施出口管制。"),
])
def test_a_measure_imposed_on_a_named_firm_restricts_it(lang, text):
    assert any(s == "Huawei" and p == "restrictedBy" for s, p, _o in triples(text, lang))


def test_taiwanese_and_short_chinese_names():
    assert ("Nexchip", "competesWith", "Vanguard International Semiconductor") in triples(
        "法人認為，晶合集成在驅動IC代工市場也將與世界先進正面競爭。", "zh")
    from pattern_helpers import recognised
    names = recognised("中微与应材、广达、南亚科和晶合都在列。", "zh")
    assert {"AMEC", "Applied Materials", "Quanta Computer", "Nanya Technology", "Nexchip"} <= set(names)


@pytest.mark.parametrize("text, fact", [
    ("Huawei's Ascend-910B is made by SMIC.", ("Ascend 910B", "manufacturedBy", "SMIC")),
    ("Nvidia's H-20 was banned.", ("Nvidia", "develops", "Nvidia H20")),
    ("The MI-308 from AMD is restricted.", ("AMD", "develops", "AMD Instinct MI308")),
])
def test_a_model_number_written_with_a_hyphen_is_the_registry_product(text, fact):
    assert fact in triples(text, "en")


def test_figures_written_out_or_hyphenated_and_bandwidth_is_no_memory():
    assert ("Nvidia H20", "memoryGB", 96) in triples("The H20 carries 96 gigabytes of HBM3.", "en")
    assert ("Nvidia H20", "powerWatts", 400) in triples("The H20 is rated at 400-watt.", "en")
    assert not any(p == "memoryGB" for _s, p, _o in triples("The A800 interconnect runs at 400 gigabytes per second.", "en"))
