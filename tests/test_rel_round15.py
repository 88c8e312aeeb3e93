"""Extractor 0.15: lists after a description ("sostenuto da investitori come A, B e il fondo sovrano di Abu Dhabi C"),
"counts X and Y among its shareholders", specs before a possessed product ("Amazon's 16-core Graviton"), relatives
and choices that mean use, servers built on a chip, China versions as alternatives, software that supports a chip,
Chinese rivals named in lists and filings, contract partners, incubators, plants named before the firm, and the
discovery of fewer time words and verbs as names."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples
from kg.extract.rules import RuleExtractor
from kg.model import Article, POSITIVE


def triples(text: str, lang: str, polarity: str = POSITIVE) -> set:
    return claim_triples(text, lang, polarity=polarity)


# ---------------------------------------------------------------- lists

def test_a_description_of_the_left_name_still_lets_the_right_list_share_the_relation():
    text = ("Colpita anche 4Paradigm, unicorno pechinese sostenuto da investitori come Sequoia Capital, Goldman Sachs "
            "e il fondo sovrano di Abu Dhabi Mubadala.")
    got = triples(text, "it")
    for investor in ("Sequoia Capital", "Goldman Sachs", "Mubadala"):
        assert (investor, "investsIn", "4Paradigm") in got
    assert ("Abu Dhabi", "investsIn", "4Paradigm") not in got


def test_counts_among_its_shareholders_without_a_relative():
    got = triples("YMTC counts the Big Fund and Tsinghua Unigroup among its shareholders.", "en")
    assert ("Tsinghua Unigroup", "investsIn", "YMTC") in got


# ---------------------------------------------------------------- develops, uses, supplies

@pytest.mark.parametrize("text, lang, fact", [
    ("In our tests it leaves Amazon's 16-core Graviton far behind.", "en", ("Amazon", "develops", "AWS Graviton")),
    ("TSMC, for its part, said it would keep shipping to HiSilicon.", "en", ("TSMC", "supplies", "HiSilicon")),
    ("Inspur and H3C will offer servers based on Gaudi2.", "en", ("H3C", "uses", "Intel Gaudi 2")),
    ("Vivo e Oppo hanno scelto il Dimensity 9400 di MediaTek.", "it", ("OPPO", "uses", "Dimensity 9400")),
    ("SMIC ha prodotto il Kirin 9000S che Huawei ha montato sui suoi smartphone.", "it",
     ("Huawei", "uses", "Kirin 9000S")),
    ("Intel ha detto che Inspur, H3C e xFusion dovrebbero offrire server basati su Gaudi 2.", "it",
     ("xFusion", "uses", "Intel Gaudi 2")),
    ("中微公司的CCP蝕刻機早已打進台積電的5奈米產線。", "zh", ("AMEC", "supplies", "TSMC")),
    ("帆宣則長年為艾司摩爾組裝模組。", "zh", ("Marketech International", "supplies", "ASML")),
])
def test_use_and_supply_wording(text, lang, fact):
    assert fact in triples(text, lang)


def test_a_plant_before_the_firm_places_it():
    assert ("Micron Technology", "locatedIn", "Taichung") in triples("就連在台中市設有大型DRAM廠的美光，也在中國市場與長鑫短兵相接。", "zh")


@pytest.mark.parametrize("short, iri", [("台南", "tainan"), ("臺南", "tainan"), ("桃園", "taoyuan"), ("太仓", "taicang")])
def test_a_city_without_its_shi_is_still_a_city(short, iri):
    from kg.extract.rules import _gazetteer
    assert _gazetteer().lookup(short).rsplit("/", 1)[-1] == iri


# ---------------------------------------------------------------- rivals, alternatives, compatibility

@pytest.mark.parametrize("text, lang, facts", [
    ("Empyrean (Huada Jiutian), il principale rivale domestico di Synopsys e Cadence, è salita in Borsa.", "it",
     {("Empyrean Technology", "competesWith", "Synopsys"), ("Empyrean Technology", "competesWith", "Cadence Design Systems")}),
    ("澜起科技与瑞萨电子、Rambus形成三足鼎立格局。", "zh",
     {("Montage Technology", "competesWith", "Renesas Electronics"), ("Montage Technology", "competesWith", "Rambus")}),
    ("华大九天招股书将新思科技、楷登电子列为主要竞争对手。", "zh",
     {("Empyrean Technology", "competesWith", "Synopsys"), ("Empyrean Technology", "competesWith", "Cadence Design Systems")}),
    ("聯電則與中芯在28奈米以上成熟製程市場短兵相接。", "zh", {("UMC", "competesWith", "SMIC")}),
])
def test_rivals(text, lang, facts):
    assert facts <= triples(text, lang)


@pytest.mark.parametrize("text, lang, fact", [
    ("Nvidia answered the same rules with the A800, a China version of its A100 with a slower link.", "en",
     ("Nvidia A800", "alternativeTo", "Nvidia A100")),
    ("Il RDK S100 è un'alternativa ai Jetson Orin.", "it", ("RDK S100", "alternativeTo", "Nvidia Jetson")),
    ("The B20 would be a cut-down relative of the B200, the flagship GPU.", "en", ("Nvidia B200", "outperforms", "Nvidia B20")),
    ("聯發科宣稱，天璣9500的CPU單核效能較前代天璣9400提升32%。", "zh", ("Dimensity 9500", "outperforms", "Dimensity 9400")),
    ("同時推出的AI運算框架MindSpore支援昇騰系列處理器。", "zh", ("MindSpore", "compatibleWith", "Ascend")),
    ("EulerOS supports the Kunpeng 920.", "en", ("EulerOS", "compatibleWith", "Kunpeng 920")),
])
def test_alternatives_comparisons_and_compatibility(text, lang, fact):
    assert fact in triples(text, lang)


def test_memory_a_chip_supports_is_no_compatibility():
    got = triples("3A5000採12奈米製程，支援雙通道DDR4-3200記憶體。", "zh")
    assert not any(p == "compatibleWith" for _s, p, _o in got)


# ---------------------------------------------------------------- investors

def test_incubated_by_a_fund():
    assert ("High-Flyer", "investsIn", "DeepSeek") in triples("總部位於浙江杭州的DeepSeek由量化基金幻方量化出資孵化。", "zh")


# ---------------------------------------------------------------- discovery

@pytest.mark.parametrize("text, lang, bad", [
    ("Late Monday, the Jinan-based server maker told investors it had not sold any chips.", "en", "Late Monday"),
    ("反過來，中國設備商崛起，也可能吃掉台廠的生意。", "zh", "崛起"),
    ("晶合與同屬力晶集團的力積電形成直接競爭。", "zh", "同屬力晶集團"),
])
def test_time_words_and_verbs_are_no_names(text, lang, bad):
    r = RuleExtractor().extract(Article(text=text, lang=lang, source_key="t", date="2025-01-01", title=None))
    names = {e.label("en") for e in r.entities.values()} | {e.label("zh") for e in r.entities.values()}
    assert bad not in names


# ---------------------------------------------------------------- registry units with a seat

def test_a_registry_unit_with_a_seat_belongs_to_the_firm_it_is_named_after():
    got = triples("SK Hynix produce a Dalian tramite SK Hynix Semiconductor (Dalian).", "it")
    assert {("SK hynix Semiconductor (Dalian)", "subsidiaryOf", "SK Hynix"),
            ("SK hynix Semiconductor (Dalian)", "locatedIn", "Dalian")} <= got


def test_a_stock_code_in_brackets_is_no_seat():
    got = triples("浪潮信息（000977）发布公告。", "zh")
    assert not any(p in ("subsidiaryOf", "locatedIn") for _s, p, _o in got)


def test_a_unit_sold_is_not_taken_for_its_old_parents():
    text = ("La società compare ancora nell'elenco come Intel Semiconductor (Dalian). Quest'ultima, in realtà, non "
            "appartiene più a Intel: lo stabilimento è passato a SK Hynix nel 2021.")
    assert not any(p == "subsidiaryOf" and o == "Intel" for _s, p, o in triples(text, "it"))


# ---------------------------------------------------------------- investors, qualifications, policies

@pytest.mark.parametrize("text, facts", [
    ("SiEngine, set up in September 2018 as a joint venture between ECARX and Arm China, showed the chip.",
     {("ECARX", "investsIn", "SiEngine"), ("Arm China", "investsIn", "SiEngine")}),
    ("Tsinghua Unigroup, a major shareholder of Yangtze Memory Technologies, defaulted.", {("Tsinghua Unigroup", "investsIn", "YMTC")}),
    ("AMD retained a 15% equity interest in TF-AMD.", {("AMD", "investsIn", "TF-AMD")}),
    ("Hygon, in which AMD holds a minority interest, makes CPUs.", {("AMD", "investsIn", "Hygon")}),
])
def test_english_stakes_and_joint_ventures(text, facts):
    assert facts <= triples(text, "en")


def test_the_owner_of_a_firm_is_no_mere_shareholder():
    assert ("ByteDance", "investsIn", "TikTok") not in triples("ByteDance, the Beijing-based owner of TikTok, bought chips.", "en")


@pytest.mark.parametrize("text, lang", [
    ("Samsung's HBM3 was cleared by Nvidia last month.", "en"),
    ("Nvidia has qualified Samsung's HBM3E chips.", "en"),
    ("三星的HBM3E终于通过英伟达认证。", "zh"),
])
def test_a_part_qualified_by_a_buyer_is_supplied_to_it(text, lang):
    assert ("Samsung Electronics", "supplies", "Nvidia") in triples(text, lang)


def test_a_policy_named_with_its_issuer():
    got = triples("Huawei è nella Entity List, la lista nera del dipartimento del Commercio statunitense.", "it")
    assert ("Entity List", "imposedBy", "US Department of Commerce") in got


def test_a_rule_that_cut_a_firm_off_restricts_it():
    got = triples("TSMC has not built a Kirin chip since the US foreign direct product rule cut Huawei off in 2020.", "en")
    assert ("Huawei", "excludedBy", "Foreign Direct Product Rule") in got  # barred outright (a kind of restrictedBy)


def test_rivals_listed_as_firms_and_products():
    got = triples("分析人士认为，海光DCU与英伟达、华为昇腾之间的竞争不会因此改变。", "zh")
    assert {("Hygon", "competesWith", "Nvidia"), ("Hygon DCU", "competesWith", "Ascend")} <= got


# ---------------------------------------------------------------- Chinese joint ventures, holdings, filings

@pytest.mark.parametrize("text, facts", [
    ("CARIAD去年與地平線成立合資公司酷睿程（Carizon），CARIAD持股六成、地平線持股四成。",
     {("CARIAD", "investsIn", "Carizon"), ("Horizon Robotics", "investsIn", "Carizon")}),
    ("紫光集团由清华控股持股51%、北京健坤投资集团持股49%。",
     {("Tsinghua Holdings", "investsIn", "Tsinghua Unigroup"), ("Beijing Jiankun Group", "investsIn", "Tsinghua Unigroup")}),
])
def test_chinese_joint_ventures_and_holders(text, facts):
    got = triples(text, "zh")
    assert facts <= got, got


def test_the_filer_supplies_with_its_product_named_first():
    got = triples("澜起科技发布年报。公司内存接口芯片及配套芯片批量供应三星、SK海力士、美光等主流内存模组厂商。", "zh")
    assert {("Montage Technology", "supplies", x) for x in ("Samsung Electronics", "SK Hynix", "Micron Technology")} <= got


def test_a_pronoun_before_a_product_is_not_the_topic_firm():
    got = triples("对阿里巴巴来说，平头哥早已不再只是一个内部芯片部门，其研发的PPU已开始供应中国联通。", "zh")
    assert ("Alibaba", "supplies", "China Unicom") not in got


@pytest.mark.parametrize("text, lang", [("中微公司发布年报。公司CCP设备已进入台积电产线。", "zh"),
                                        ("AMEC's CCP etchers are used by TSMC.", "en")])
def test_an_acronym_before_a_tool_is_no_government_body(text, lang):
    r = RuleExtractor().extract(Article(text=text, lang=lang, source_key="t", date="2025-01-01", title=None))
    assert not any(c.subject.endswith("/ccp") or str(c.object).endswith("/ccp") for c in r.claims)
    if lang == "zh":
        assert ("AMEC", "supplies", "TSMC") in triples(text, lang)


# ---------------------------------------------------------------- names and speakers

def test_a_firm_named_after_a_place_is_named_again_by_its_last_word():
    got = triples("Fujian Jinhua was added to the list. Jinhua competes with Micron.", "en")
    assert ("Fujian Jinhua Integrated Circuit", "competesWith", "Micron Technology") in got
    assert not any(s == "Jinhua" for s, _p, _o in got)


def test_we_in_a_filing_is_the_filer_and_in_an_opinion_piece_nobody():
    filing = ("AMD annual report on Form 10-K, risk factors. We compete in the data center market with NVIDIA "
              "Corporation and Intel Corporation.")
    r = RuleExtractor().extract(Article(text=filing, lang="en", source_key="f", date="2024-01-01",
                                        title="AMD 10-K excerpt: China risk factors"))
    got = {(c.subject.rsplit("/", 1)[-1], c.predicate, str(c.object).rsplit("/", 1)[-1]) for c in r.claims}
    assert {("amd", "competesWith", "nvidia"), ("amd", "competesWith", "intel")} <= got
    op = "Opinion. We compete with Nvidia for attention, and Huawei competes with Nvidia."
    r = RuleExtractor().extract(Article(text=op, lang="en", source_key="o", date="2024-01-01", title="Why Nvidia should worry"))
    assert {c.subject.rsplit("/", 1)[-1] for c in r.claims if c.predicate == "competesWith"} == {"huawei"}


@pytest.mark.parametrize("text, facts", [
    ("Its CloudMatrix 384 system ties 384 Ascend 910C processors together with optical links.",
     {("CloudMatrix 384", "hasComponent", "Ascend 910C"), ("CloudMatrix 384", "componentCount", 384)}),
    ("The DGX H100 server packs eight H100 GPUs.",
     {("Nvidia DGX H100", "hasComponent", "Nvidia H100"), ("Nvidia DGX H100", "componentCount", 8)}),
    ("Huawei's Atlas 900 cluster carries thousands of Ascend 910 chips.", {("Atlas 900", "hasComponent", "Ascend 910")}),
])
def test_systems_that_carry_tie_or_pack_chips(text, facts):
    assert facts <= triples(text, "en")


@pytest.mark.parametrize("text, facts, absent", [
    ("Sul mercato cinese il gruppo torna a sfidare Apple, mentre in quello di massa Huawei si scontra con Xiaomi e Vivo.",
     {("Huawei", "competesWith", "Xiaomi"), ("Huawei", "competesWith", "Vivo")}, {("Apple", "competesWith", "Vivo")}),
    ("Ymtc è un'azienda che si contende il mercato con Samsung e Kioxia.",
     {("YMTC", "competesWith", "Samsung Electronics"), ("YMTC", "competesWith", "Kioxia")}, set()),
    ("STMicroelectronics conta tra i propri clienti Tesla e Geely.",
     {("STMicroelectronics", "supplies", "Tesla"), ("STMicroelectronics", "supplies", "Geely")}, set()),
    ("Il gruppo Hua Hong, che di Huali è azionista di controllo, vende.", {("Hua Hong Semiconductor", "investsIn", "Shanghai Huali Microelectronics")}, set()),
    ("Il Dipartimento ha inserito Sugon e Hygon, l'azienda che produce CPU x86 grazie a una joint venture con AMD.",
     {("AMD", "investsIn", "Hygon")}, {("AMD", "investsIn", "Sugon")}),
])
def test_italian_rivals_clients_and_holders(text, facts, absent):
    got = triples(text, "it")
    assert facts <= got, got
    assert not absent & got


@pytest.mark.parametrize("text, lang, facts", [
    ("The chips are made by SMIC, which, like Huawei, sits on the Entity List.", "en",
     {("SMIC", "restrictedBy", "Entity List"), ("Huawei", "restrictedBy", "Entity List")}),
    ("Baidu, like Tencent and Alibaba, remains a long-standing customer of Nvidia.", "en",
     {("Nvidia", "supplies", x) for x in ("Baidu", "Tencent", "Alibaba")}),
    ("Baidu, come Tencent e Alibaba, resta cliente di Nvidia.", "it", {("Nvidia", "supplies", x) for x in ("Baidu", "Tencent", "Alibaba")}),
])
def test_firms_named_as_alike_share_the_statement(text, lang, facts):
    assert facts <= triples(text, lang)


def test_unlike_is_no_likeness():
    got = triples("SMIC, unlike Huawei, sits on a different list than the Entity List.", "en")
    assert ("Huawei", "restrictedBy", "Entity List") not in got


@pytest.mark.parametrize("text, fact", [
    ("與被列入美國實體清單的中芯國際不同，華虹並未遭美方列入。", ("SMIC", "restrictedBy", "Entity List")),
    ("自今年9月15日起，美国商务部专门针对华为的“外国直接产品规则”正式生效。", ("Huawei", "restrictedBy", "Foreign Direct Product Rule")),
])
def test_chinese_listed_firms_and_measures_aimed_at_them(text, fact):
    assert fact in triples(text, "zh")


def test_chinese_orders_placed_by_a_list_of_firms():
    got = triples("据报道，今年一季度字节跳动、阿里巴巴和腾讯合计向英伟达下了至少160亿美元的H20订单。", "zh")
    assert {(x, "uses", "Nvidia H20") for x in ("ByteDance", "Alibaba", "Tencent")} <= got


def test_a_completed_adaptation_is_compatibility():
    got = triples("海光信息称，海光DCU已完成千问3全部8款模型的适配与优化。", "zh")
    assert ("Hygon DCU", "compatibleWith", "Qwen") in got
