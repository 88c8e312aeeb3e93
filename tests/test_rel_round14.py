"""Extractor 0.14: supply wording of wire copy ("resumed shipping", "sales of X to", "采购自", "对华为的出货"), halted
supplies, Chinese short names ("通富" after "通富微电"), Taiwan's spacing ("昇騰 910B"), rivals named as examples,
"A与B被视为C的对手", counted chips a model used, comparatives of percentages and memory, hyphenated joint ventures
("TF-AMD"), a capital that acts is no place, unit names that are adverbs."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples, recognised
from kg.extract.rules import RuleExtractor
from kg.model import NEGATIVE, POSITIVE, Article


def triples(text: str, lang: str, polarity: str = POSITIVE) -> set:
    return claim_triples(text, lang, polarity=polarity)


# ---------------------------------------------------------------- supplies

@pytest.mark.parametrize("text, fact", [
    ("Micron Technology said it had resumed shipping some memory chips to Huawei.", ("Micron Technology", "supplies", "Huawei")),
    ("Qualcomm had restarted sales of certain components to Huawei.", ("Qualcomm", "supplies", "Huawei")),
    ("GlobalFoundries made 74 unlicensed shipments of silicon wafers to SJ Semiconductor.",
     ("GlobalFoundries", "supplies", "SJ Semiconductor")),
    ("Cerebras counts G42 as by far its biggest customer.", ("Cerebras Systems", "supplies", "G42")),
    ("ByteDance rented Nvidia chips from Oracle.", ("Oracle", "supplies", "ByteDance")),
])
def test_english_supply_wording(text, fact):
    assert fact in triples(text, "en")


@pytest.mark.parametrize("text, lang, fact", [
    ("Micron had suspended all shipments to Huawei.", "en", ("Micron Technology", "supplies", "Huawei")),
    ("Qualcomm stopped sales of modems to Huawei.", "en", ("Qualcomm", "supplies", "Huawei")),
    ("英特爾在另行通知前暫停對華為供貨。", "zh", ("Intel", "supplies", "Huawei")),
])
def test_a_halted_supply_is_denied(text, lang, fact):
    assert fact in triples(text, lang, NEGATIVE)
    assert fact not in triples(text, lang)


def test_suspending_production_does_not_deny_who_makes_the_chip():
    assert ("Nvidia", "develops", "Nvidia H20") in triples("英伟达据报暂停H20生产。", "zh")


def test_a_firm_bought_from_another_is_no_supply():
    t = triples("Nvidia has agreed to buy Arm from SoftBank for $40bn in cash and stock.", "en")
    assert not any(p == "supplies" for _s, p, _o in t)


@pytest.mark.parametrize("text, facts", [
    ("ASML fornisce scanner Duv a Smic, a Hua Hong e al produttore di Dram Cxmt.",
     {("ASML", "supplies", x) for x in ("SMIC", "Hua Hong Semiconductor", "CXMT")}),
    ("Tsmc produce per Apple, per Amd e per Nvidia.", {("TSMC", "supplies", x) for x in ("Apple", "AMD", "Nvidia")}),
])
def test_italian_lists_that_repeat_the_preposition(text, facts):
    assert facts <= triples(text, "it")


@pytest.mark.parametrize("text, facts", [
    ("OPPO旗舰机的主芯片始终采购自高通和联发科。", {("Qualcomm", "supplies", "OPPO"), ("MediaTek", "supplies", "OPPO")}),
    ("华虹公司关键设备主要采购自阿斯麦、应用材料、泛林等境外厂商。",
     {("ASML", "supplies", "Hua Hong Semiconductor"), ("Lam Research", "supplies", "Hua Hong Semiconductor")}),
    ("台积电表示，公司对华为的出货不受美方禁令限制。", {("TSMC", "supplies", "Huawei")}),
    ("通富微電是超微（AMD）最主要的封測夥伴。", {("Tongfu Microelectronics", "supplies", "AMD")}),
])
def test_chinese_supply_wording(text, facts):
    assert facts <= triples(text, "zh")


# ---------------------------------------------------------------- Chinese names and spacing

def test_a_firm_is_shortened_to_the_words_before_its_trade_word():
    t = triples("通富微电今天发布公告。通富是AMD最大的封测供应商。", "zh")
    assert ("Tongfu Microelectronics", "supplies", "AMD") in t


def test_a_short_name_that_is_an_ordinary_word_is_not_the_firm():
    assert "Applied Materials" not in recognised("应用材料表示。AI应用需求大增，新应用不断出现。", "zh") or \
        len([c for c in RuleExtractor().extract(Article(text="AI应用需求大增。", lang="zh", source_key="t")).claims]) == 0


def test_taiwan_spacing_between_chinese_and_codes():
    text = "華為昇騰 910B 是輝達 H20 的主要競爭對手。"
    res = RuleExtractor().extract(Article(text=text, lang="zh", source_key="t"))
    t = triples(text, "zh")
    assert ("Ascend 910B", "competesWith", "Nvidia H20") in t
    for c in res.claims:  # evidence offsets point into the article as written, spaces included
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end].strip()
    assert any(text[c.start:c.end].startswith("華為昇騰 910B") or "910B" in text[c.start:c.end] for c in res.claims)


def test_the_maker_before_a_product_does_not_hide_it():
    assert ("Ascend 910B", "competesWith", "Nvidia H20") in triples("华为昇腾910B是辉达H20的主要竞争对手。", "zh")


@pytest.mark.parametrize("text", ["招股书明确，华虹公司及其子公司均未被列入美国商务部实体清单。",
                                  "亞翔表示，中國子公司負責室內裝修與機電管線。"])
def test_adverbs_and_verbs_after_subsidiary_are_no_unit_name(text):
    names = recognised(text, "zh")
    assert not any(n.startswith(("均", "負責", "负责")) for n in names)


def test_a_hyphenated_joint_venture_is_not_its_partner():
    t = triples("TF-AMD, controllata da Tongfu, assembla i chip.", "it")
    assert ("TF-AMD", "subsidiaryOf", "Tongfu Microelectronics") in t
    assert ("AMD", "subsidiaryOf", "Tongfu Microelectronics") not in t
    assert ("SK Hynix", "supplies", "Nvidia") in triples("SK-Hynix fornisce Hbm a Nvidia.", "it")


# ---------------------------------------------------------------- rivals

@pytest.mark.parametrize("text, lang, facts", [
    ("In Cina si fanno strada concorrenti locali di Xilinx come la shanghaiese Anlogic, Gowin e Pango Micro.", "it",
     {("Xilinx", "competesWith", x) for x in ("Anlogic", "Gowin Semiconductor", "Pango Microsystems")}),
    ("Innosilicon dovrà vedersela con Jingjia Micro e con le start-up Moore Threads.", "it",
     {("Innosilicon", "competesWith", "Jingjia Micro"), ("Innosilicon", "competesWith", "Moore Threads")}),
    ("Rivals of Xilinx such as Anlogic and Gowin are growing.", "en",
     {("Xilinx", "competesWith", "Anlogic"), ("Xilinx", "competesWith", "Gowin Semiconductor")}),
    ("Nvidia's Chinese competitors, including Huawei and Cambricon, gained share.", "en",
     {("Nvidia", "competesWith", "Huawei"), ("Nvidia", "competesWith", "Cambricon")}),
    ("龙芯的直接对手是采x86架构的兆芯与飞腾。", "zh", {("Loongson", "competesWith", "Zhaoxin")}),
])
def test_rivals_named_as_examples(text, lang, facts):
    assert facts <= triples(text, lang)


def test_two_chips_seen_as_a_third_ones_rivals_are_not_each_others():
    t = triples("思元590与昇腾910B被视为H20的主要竞争对手。", "zh")
    assert {("Siyuan 590", "competesWith", "Nvidia H20"), ("Ascend 910B", "competesWith", "Nvidia H20")} <= t
    assert ("Siyuan 590", "competesWith", "Ascend 910B") not in t


# ---------------------------------------------------------------- uses, comparatives, investments

@pytest.mark.parametrize("text, lang, fact", [
    ("MiniMax-M1仅使用了512块英伟达H800 GPU。", "zh", ("MiniMax-M1", "uses", "Nvidia H800")),
    ("麒麟 970 的 NPU 即採用寒武紀 1A 處理器 IP。", "zh", ("Kirin 970", "uses", "Cambricon-1A")),
    ("H20采用HBM3显存。", "zh", ("Nvidia H20", "uses", "HBM3")),
    ("ByteDance has tested Huawei's Ascend 910B.", "en", ("ByteDance", "uses", "Ascend 910B")),
    ("ByteDance and Tencent have instead filled their data centres with the H20.", "en", ("Tencent", "uses", "Nvidia H20")),
    ("ByteDance had access to more than 1,500 H100 processors through Oracle's cloud.", "en",
     ("ByteDance", "uses", "Nvidia H100")),
    ("DeepSeek researchers put the Ascend 910C at roughly 60% of an Nvidia H100 on inference.", "en",
     ("Nvidia H100", "outperforms", "Ascend 910C")),
    ("The MI300X packs 192GB of memory, more than twice as much as the H100.", "en",
     ("AMD Instinct MI300X", "hasMoreMemoryThan", "Nvidia H100")),
    ("The H20 carries 96 gigabytes of memory, more than the 80 gigabytes on an H100.", "en",
     ("Nvidia H20", "hasMoreMemoryThan", "Nvidia H100")),
    ("L'H200 ha quindi il doppio della memoria dell'H100.", "it", ("Nvidia H200", "hasMoreMemoryThan", "Nvidia H100")),
    ("L'Ascend 910B andava nettamente meglio del Kunlun P800.", "it", ("Ascend 910B", "outperforms", "Kunlun P800")),
    ("打响第一枪的是由量化私募幻方量化孵化的深度求索（DeepSeek）。", "zh", ("High-Flyer", "investsIn", "DeepSeek")),
    ("Beijing took more than a year to clear Nvidia's $6.9bn takeover of Mellanox.", "en",
     ("Mellanox Technologies", "subsidiaryOf", "Nvidia")),
])
def test_uses_comparatives_and_stakes(text, lang, fact):
    assert fact in triples(text, lang)


def test_a_chip_made_on_a_process_does_not_use_it():
    assert not any(p == "uses" for _s, p, _o in triples("昇腾910B采用7nm工艺。", "zh"))


# ---------------------------------------------------------------- places and hedges

def test_a_capital_that_acts_is_no_home_of_the_firms_in_the_sentence():
    t = triples("The FT reported that Beijing has asked tech companies to justify their orders of Nvidia's H20, a move "
                "that lifted Cambricon.", "en")
    assert ("Cambricon", "headquarteredIn", "Beijing") not in t


def test_italian_ordinal_secondo_is_no_hedge():
    res = RuleExtractor().extract(Article(text="Innoscience ha sede a Suzhou e un secondo polo produttivo a Zhuhai.",
                                          lang="it", source_key="t"))
    hq = [c for c in res.claims if c.predicate == "headquarteredIn"]
    assert hq and all(c.modality != "hedged" for c in hq)
    res = RuleExtractor().extract(Article(text="Secondo Reuters, Innoscience ha sede a Suzhou.", lang="it", source_key="t"))
    assert any(c.modality == "hedged" for c in res.claims if c.predicate == "headquarteredIn")


def test_a_based_prefix_is_not_part_of_a_discovered_name():
    names = recognised("Hangzhou-based Maxio Technology supplies the controller.", "en")
    assert "Maxio Technology" in names and not any(n.startswith("Hangzhou-based") for n in names)


@pytest.mark.parametrize("text, name", [
    ("Sensiva, startup torinese, usa chip Ascend.", "Sensiva"),
    ("Il fondo ha investito nella bavarese Ers Electronic.", "Ers Electronic"),
])
def test_italian_cues_of_unknown_firms(text, name):
    assert recognised(text, "it").get(name) == "Company"


@pytest.mark.parametrize("text", ["腾讯云上线了基于英伟达H20的云服务器。", "阿里云当天宣布降价。"])
def test_a_cloud_units_name_alone_states_no_ownership(text):
    assert not any(p == "subsidiaryOf" for _s, p, _o in triples(text, "zh"))


def test_a_unit_named_after_its_parent_is_its_unit():
    assert ("HiSilicon", "subsidiaryOf", "Huawei") in triples("华为海思发布了新芯片。", "zh")


def test_italian_causative_has_made_by_a_foundry():
    t = triples("Huawei fa produrre da Smic il suo Ascend 910C.", "it")
    assert {("Ascend 910C", "manufacturedBy", "SMIC"), ("SMIC", "supplies", "Huawei"), ("Huawei", "develops", "Ascend 910C")} <= t


def test_wire_copy_legal_suffix_and_weekday_before_the_verb():
    t = triples("Micron Technology Inc said on Tuesday it had resumed shipping some memory chips to China's Huawei "
                "Technologies Co Ltd.", "en")
    assert ("Micron Technology", "supplies", "Huawei") in t


@pytest.mark.parametrize("text, fact", [
    ("深圳市政府旗下的深圳重大产业投资集团签订协议。", ("Shenzhen Major Industry Investment Group", "subsidiaryOf",
                                                  "Shenzhen municipal government")),
    ("中科院计算所旗下的中科算源为寒武纪主要股东之一。", ("Zhongke Suanyuan", "subsidiaryOf", "Institute of Computing Technology")),
])
def test_a_government_or_institute_owns_the_unit_after_qixia(text, fact):
    assert fact in triples(text, "zh")


def test_the_shareholder_of_its_owner_is_not_its_investee():
    t = triples("寒武纪总部位于北京，中科院计算所旗下的中科算源为其主要股东之一。", "zh")
    assert ("Zhongke Suanyuan", "investsIn", "Cambricon") in t
    assert ("Zhongke Suanyuan", "investsIn", "Institute of Computing Technology") not in t


@pytest.mark.parametrize("text, fact", [
    ("Il governo ha vietato la vendita alla svedese Silex Microsystems, controllata dal gruppo cinese Sai Microelectronics.",
     ("Silex Microsystems", "subsidiaryOf", "Sai Microelectronics")),
    ("La Newport Wafer Fab, la più grande fabbrica di chip britannica, rilevata nel 2021 da Nexperia, è ferma.",
     ("Newport Wafer Fab", "subsidiaryOf", "Nexperia")),
    ("Nel 2021 il governo Draghi usò il golden power per impedire la cessione di Lpe.",
     ("golden power", "imposedBy", "Italian government")),
])
def test_italian_owners_and_governments_named_after_their_head(text, fact):
    assert fact in triples(text, "it")


def test_an_ambiguous_model_code_is_the_product_of_the_firm_before_it():
    t = triples("DeepSeek trained its V3 model on 2,048 H800 chips.", "en")
    assert ("DeepSeek", "develops", "DeepSeek-V3") in t


def test_a_romanised_unknown_name_is_no_misspelt_town():
    from pattern_helpers import recognised as rec
    assert "Taicang" not in rec("Tencent monterà i suoi chip Taihang nei propri data center.", "it")
