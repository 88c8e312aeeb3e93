"""Extractor 0.16: a nationality is no stated headquarters, a city named with its region is the finer place, lists
skip a member's short form and nationality, more wording of rivalry, supply, purchase and joint ventures, and the
discovery of bought firms."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples, recognised


def triples(text: str, lang: str) -> set:
    return claim_triples(text, lang)


def homes(text: str, lang: str) -> set:
    return {(s, o) for s, p, o in triples(text, lang) if p == "headquarteredIn"}


# ---------------------------------------------------------------- headquarters

@pytest.mark.parametrize("text, lang, fact", [
    ("Applied competes with Japan's Tokyo Electron.", "en", ("Tokyo Electron", "Japan")),
    ("ASML, the Dutch lithography group, reported orders.", "en", ("ASML", "Netherlands")),
    ("Il gruppo olandese ASML ha pubblicato i conti.", "it", ("ASML", "Netherlands")),
    ("公司的主要竞争对手为日本迪恩士。", "zh", ("Screen Holdings", "Japan")),
    ("美商科磊的出货受影响。", "zh", ("KLA", "United States")),
])
def test_a_nationality_is_no_stated_headquarters(text, lang, fact):
    assert fact not in homes(text, lang)


@pytest.mark.parametrize("text, lang, fact", [
    ("Tokyo Electron is headquartered in Japan.", "en", ("Tokyo Electron", "Japan")),
    ("ASML, based in the Netherlands, reported orders.", "en", ("ASML", "Netherlands")),
    ("ASML, con sede nei Paesi Bassi, ha pubblicato i conti.", "it", ("ASML", "Netherlands")),
    ("总部位于日本的东京电子发布财报。", "zh", ("Tokyo Electron", "Japan")),
])
def test_a_country_stated_as_the_headquarters_still_is_one(text, lang, fact):
    assert fact in homes(text, lang)


@pytest.mark.parametrize("text, lang, city, region", [
    ("Synopsys cut its forecast. The Sunnyvale, California-based group reported revenue.", "en",
     ("Synopsys", "Sunnyvale"), ("Synopsys", "California")),
    ("Sunnyvale, California-based Synopsys reported revenue.", "en", ("Synopsys", "Sunnyvale"), ("Synopsys", "California")),
    ("总部位于加州圣克拉拉的应用材料将公布业绩。", "zh", ("Applied Materials", "Santa Clara"),
     ("Applied Materials", "California")),
])
def test_a_city_named_with_its_region_is_the_headquarters(text, lang, city, region):
    got = homes(text, lang)
    assert city in got and region not in got


def test_a_city_and_its_country_still_places_the_city():
    got = triples("Shenzhen, China-based Huawei said it would ship more chips.", "en")
    assert ("Huawei", "headquarteredIn", "Shenzhen") in got and ("Shenzhen", "locatedIn", "China") in got
    assert ("Huawei", "headquarteredIn", "China") not in got


def test_a_research_firm_has_a_seat_too():
    text = "Lo rivela un'analisi di TechInsights, società canadese di reverse engineering con sede a Ottawa."
    got = homes(text, "it")
    assert ("TechInsights", "Ottawa") in got and ("TechInsights", "Canada") not in got


def test_a_subsidiary_located_somewhere_does_not_place_the_firm_named_earlier():
    text = "公司是台积电的客户；子公司通富通科位于南通市北高新区的Memory二期项目去年投产。"
    assert ("TSMC", "Nantong") not in homes(text, "zh")


def test_bought_factories_are_no_bought_firm():
    text = "2016年，通富微电收购AMD苏州及槟城两座封测厂各85%股权。"
    assert ("AMD", "subsidiaryOf", "Tongfu Microelectronics") not in triples(text, "zh")


# ---------------------------------------------------------------- lists

def test_a_members_short_form_in_brackets_does_not_end_the_list():
    got = triples("JSR competes with Tokyo Ohka Kogyo (TOK), Shin-Etsu Chemical, Sumitomo Chemical and Fujifilm.", "en")
    for rival in ("Tokyo Ohka Kogyo", "Shin-Etsu Chemical", "Sumitomo Chemical", "Fujifilm"):
        assert ("JSR", "competesWith", rival) in got


def test_chinese_members_with_latin_names_and_nationalities_stay_in_the_list():
    text = ("盛美上海发布公告。公司的主要竞争对手为日本迪恩士（SCREEN）、东京电子（TEL）、美国泛林半导体（Lam Research）"
            "以及韩国细美事（SEMES）等国际巨头。")
    got = triples(text, "zh")
    for rival in ("Screen Holdings", "Tokyo Electron", "Lam Research", "SEMES"):
        assert ("ACM Research (Shanghai)", "competesWith", rival) in got, rival


def test_a_described_member_then_and_closes_the_list_unless_a_clause_follows():
    assert ("Tokyo Electron", "supplies", "Hua Hong Semiconductor") in triples(
        "Tokyo Electron supplies SMIC, a Shanghai foundry, and Hua Hong.", "en")
    got = triples("Nvidia said it would supply its GB300 chips to Humain, a new AI company owned by a fund, and AMD "
                  "agreed separately to sell chips.", "en")
    assert ("Nvidia", "supplies", "AMD") not in got


def test_a_repeated_preposition_keeps_the_list_without_taking_a_possessor():
    got = triples("Hygon as a whole goes head to head with Cambricon and with Baidu's chip unit Kunlunxin.", "en")
    assert ("Hygon", "competesWith", "Cambricon") in got
    assert ("Kunlunxin", "subsidiaryOf", "Cambricon") not in got


# ---------------------------------------------------------------- rivals

@pytest.mark.parametrize("text, lang, fact", [
    ("Biren goes head-to-head with Nvidia.", "en", ("Biren Technology", "competesWith", "Nvidia")),
    ("Tencent is locked in a three-way scrap with Alibaba and Baidu.", "en", ("Tencent", "competesWith", "Baidu")),
    ("Gli analisti stimano che Sicc e TanKeBlue tallonino ormai Wolfspeed sul mercato dei substrati.", "it",
     ("TankeBlue Semiconductor", "competesWith", "Wolfspeed")),
    ("Amec, con sede a Shanghai, contende a Lam Research il mercato dell'incisione.", "it",
     ("AMEC", "competesWith", "Lam Research")),
    ("Primo produttore cinese di DRAM, CXMT si confronta con Samsung, SK hynix e Micron.", "it",
     ("CXMT", "competesWith", "Micron Technology")),
    ("總部位於高雄的日月光投控為全球最大委外封測廠，主要對手包括美商艾克爾（Amkor）。", "zh",
     ("ASE Technology", "competesWith", "Amkor Technology")),
    ("竞争格局方面，通富微电与长电科技、华天科技同台竞技。", "zh", ("Tongfu Microelectronics", "competesWith", "Huatian Technology")),
])
def test_rivalry_wording(text, lang, fact):
    assert fact in triples(text, lang)


def test_customers_listed_before_the_rivals_are_no_rivals():
    text = "東京威力科創最大客戶包括三星電子、台積電與英特爾，主要競爭對手則為美國的應用材料。"
    assert ("Intel", "competesWith", "Applied Materials") not in triples(text, "zh")


# ---------------------------------------------------------------- supply, purchase, joint ventures

@pytest.mark.parametrize("text, lang, fact", [
    ("Applied Materials, whose customers also include Taiwan Semiconductor Manufacturing Co and Samsung Electronics, "
     "fell 3%.", "en", ("Applied Materials", "supplies", "TSMC")),
    ("Reuters reported that Applied Materials sent equipment worth hundreds of millions of dollars to SMIC.", "en",
     ("Applied Materials", "supplies", "SMIC")),
    ("YMTC has leaned on domestic suppliers such as Naura and AMEC to keep expanding.", "en",
     ("AMEC", "supplies", "YMTC")),
    ("Asml, il gruppo di Veldhoven, che tra i suoi clienti cinesi conta proprio Smic e Hua Hong.", "it",
     ("ASML", "supplies", "Hua Hong Semiconductor")),
    ("Infineon si rifornisce dal 2018 dalla statunitense Wolfspeed.", "it", ("Wolfspeed", "supplies", "Infineon")),
    ("上海微电子的双工件台由北京华卓精科提供。", "zh", ("U-Precision Tech", "supplies", "SMEE")),
    ("SJ Semiconductor began life in 2014 as a joint venture between SMIC and JCET Group.", "en",
     ("JCET", "investsIn", "SJ Semiconductor")),
    ("Con Xilinx, Amd si mette alla pari con Intel, che nel 2015 aveva comprato Altera.", "it",
     ("Altera", "subsidiaryOf", "Intel")),
])
def test_supply_and_ownership_wording(text, lang, fact):
    assert fact in triples(text, lang)


def test_engineers_sent_to_a_plant_are_no_supply():
    got = triples("In early 2019 Huawei sent about 20 engineers to the plant of JCET.", "en")
    assert not any(p == "supplies" for _s, p, _o in got)


def test_a_joint_venture_named_by_a_pronoun_names_no_member_of_another_firm():
    text = ("GlobalFoundries was fined for shipments to SJ Semiconductor. It was set up in 2014 as a joint venture "
            "between SMIC and JCET.")
    assert ("SMIC", "investsIn", "GlobalFoundries") not in triples(text, "en")


@pytest.mark.parametrize("text, lang, name", [
    ("In 2021 JSR acquired Inpria for an undisclosed sum.", "en", "Inpria"),
    ("Nel 2007 ASML ha comprato Brion, specialista della litografia computazionale.", "it", "Brion"),
])
def test_a_bought_firm_is_discovered(text, lang, name):
    assert recognised(text, lang).get(name) == "Company"
    assert any(s == name and p == "subsidiaryOf" for s, p, _o in triples(text, lang))


def test_a_bought_product_is_no_firm():
    assert "Nvidia chips" not in recognised("The group bought Nvidia chips in 2023.", "en")


# ---------------------------------------------------------------- develops

def test_a_newer_possessed_product_survives_a_denial_elsewhere_in_the_sentence():
    text = ("Li Auto and Xiaomi both fit Nvidia's newer Drive Thor to their latest SUVs, and Nvidia did not comment on "
            "Xpeng's plans.")
    assert ("Nvidia", "develops", "Nvidia Drive Thor") in triples(text, "en")


def test_ernie_spelt_as_a_word_is_baidus_model():
    got = triples("Skylark was pitched head-on against Baidu's Ernie and Alibaba's Tongyi Qianwen.", "en")
    assert ("Baidu", "develops", "ERNIE") in got
    assert not any(s == "Ernie" for s, _p, _o in got)


# ---------------------------------------------------------------- discovery and relatives

@pytest.mark.parametrize("text, lang, name, cls", [
    ("The two chips are Huashan, an accelerator for AI training, and Lushan, a graphics processor for gaming.", "en",
     "Lushan", "Chip"),
    ("ByteDance trained the model on MegaScale, its in-house training system, using 12,288 GPUs.", "en",
     "MegaScale", "System"),
    ("Moore Threads ha presentato Lushan, una GPU per i videogiochi, e Huagang, la nuova architettura.", "it",
     "Lushan", "Chip"),
])
def test_a_product_named_in_an_apposition_is_discovered(text, lang, name, cls):
    assert recognised(text, lang).get(name) == cls


@pytest.mark.parametrize("text, lang", [
    ("Lisa Su, a chip industry veteran, spoke.", "en"),
    ("Jensen Huang, a founder of the chip firm, spoke.", "en"),
])
def test_a_person_described_by_an_industry_is_no_entity(text, lang):
    assert not recognised(text, lang)


def test_a_name_ending_in_an_is_not_taken_for_a_demonym():
    from kg.extract.discovery import _bad_name
    assert not _bad_name("Lushan") and _bad_name("American") and _bad_name("Korean") and _bad_name("Chinese")


@pytest.mark.parametrize("text, lang, fact", [
    ("What Nvidia can still sell China is the H20, which ByteDance is reportedly lining up to buy.", "en",
     ("ByteDance", "uses", "Nvidia H20")),
    ("Nvidia sells the H20, the chip that Tencent bought in bulk.", "en", ("Tencent", "uses", "Nvidia H20")),
    ("Sopra ci gira HyperOS, il sistema operativo che Xiaomi usa su telefoni, elettrodomestici e auto.", "it",
     ("Xiaomi", "uses", "HyperOS")),
    ("Tencent Cloud claims it is the first cloud in China to offer the H800.", "en", ("Tencent Cloud", "uses", "Nvidia H800")),
    ("Li Auto and Xiaomi both fit Nvidia's newer Drive Thor to their latest SUVs.", "en",
     ("Li Auto", "uses", "Nvidia Drive Thor")),
    ("Xiaomi depends on Qualcomm's Snapdragon chips.", "en", ("Xiaomi", "uses", "Snapdragon")),
    ("The MI308 is AMD's counterpart to the H20.", "en", ("AMD Instinct MI308", "comparableTo", "Nvidia H20")),
])
def test_use_wording(text, lang, fact):
    assert fact in triples(text, lang)


def test_a_maker_offering_its_own_chip_does_not_use_it():
    assert ("Nvidia", "uses", "Nvidia H20") not in triples("Nvidia offers the H20 in China.", "en")


# ---------------------------------------------------------------- Chinese filings and brackets

@pytest.mark.parametrize("text, fact", [
    ("上海微电子的第一大股东则为上海电气控股集团。", ("Shanghai Electric", "investsIn", "SMEE")),
    ("長鑫存儲的主要股東包括合肥產投和大基金二期。", ("Big Fund II", "investsIn", "CXMT")),
    ("華為當時宣稱，昇騰910的算力超越輝達（NVIDIA）的V100。", ("Ascend 910", "outperforms", "Nvidia V100")),
    ("沐曦发布招股书。发行人在境内市场的主要竞争对手包括英伟达，以及华为（昇腾系列）等境内厂商。",
     ("MetaX", "competesWith", "Nvidia")),
])
def test_chinese_shareholders_brackets_and_the_issuer(text, fact):
    assert fact in triples(text, "zh")


def test_a_controlling_shareholder_is_a_parent_not_an_investor():
    got = triples("通富微电的控股股东为南通华达微电子集团。", "zh")
    assert not any(p == "investsIn" for _s, p, _o in got)
    assert any(s == "Tongfu Microelectronics" and p == "subsidiaryOf" for s, p, _o in got)


def test_a_ticker_in_brackets_does_not_break_the_subject_list():
    got = triples("Local vendors such as Beijing-based Empyrean Technology (301269 CH) and Shanghai's Primarius "
                  "Technologies (688206 CH), which compete with the U.S. giants Synopsys and Cadence, have grown.", "en")
    assert ("Empyrean Technology", "competesWith", "Synopsys") in got
    assert ("Primarius Technologies", "competesWith", "Cadence Design Systems") in got


# ---------------------------------------------------------------- Italian appositions

def test_the_head_of_an_italian_apposition_is_the_subject_of_the_verb_after_it():
    got = triples("Ymtc, il campione nazionale delle Nand con sede a Wuhan e rivale diretto di Western Digital, è nella "
                  "Entity List.", "it")
    assert ("YMTC", "restrictedBy", "Entity List") in got
    assert ("Western Digital", "restrictedBy", "Entity List") not in got
    assert ("YMTC", "competesWith", "Western Digital") in got


def test_a_participle_after_the_apposition_still_belongs_to_its_last_name():
    got = triples("Il governo olandese ha preso il controllo di Nexperia, il produttore di chip controllato dalla cinese "
                  "Wingtech, già finita nell'Entity List.", "it")
    assert ("Wingtech", "restrictedBy", "Entity List") in got
    assert ("Nexperia", "restrictedBy", "Entity List") not in got


@pytest.mark.parametrize("text, fact", [
    ("阿里云也上架了DeepSeek-R1。", ("Alibaba Cloud", "uses", "DeepSeek-R1")),
    ("DeepSeek-V3的线上服务全部运行在H800上。", ("DeepSeek-V3", "uses", "Nvidia H800")),
    ("DeepSeek称，其线上推理服务全部跑在英伟达H800上。", ("DeepSeek", "uses", "Nvidia H800")),
])
def test_chinese_runs_on_and_cloud_listings(text, fact):
    assert fact in triples(text, "zh")


def test_a_memory_spec_is_no_use_of_the_memory():
    got = triples("The H20 carries 96GB of HBM3.", "en")
    assert ("Nvidia H20", "memoryGB", 96) in got
    assert not any(p == "uses" for _s, p, _o in got)


# ---------------------------------------------------------------- compatibility

@pytest.mark.parametrize("text, lang, fact", [
    ("The Hygon DCU runs code written for CUDA.", "en", ("Hygon DCU", "compatibleWith", "CUDA")),
    ("Journey 5 is supported by the Tiangong Kaiwu platform.", "en", ("Journey 5", "compatibleWith", "Tiangong Kaiwu")),
    ("FeiTeng processors, paired with the Kylin operating system, sit in government offices.", "en",
     ("Phytium CPU", "compatibleWith", "Kylin OS")),
    ("HarmonyOS gira in modo nativo su Honghu 818.", "it", ("HarmonyOS", "compatibleWith", "Honghu 818")),
    ("I GD32 sono compatibili pin a pin con gli STM32.", "it", ("GD32", "compatibleWith", "STM32")),
    ("Il KX-6000 è in grado di far girare Windows 10 senza emulazioni.", "it", ("KX-6000", "compatibleWith", "Microsoft Windows")),
    ("蓝心大模型可以直接在天玑9400的NPU上运行。", "zh", ("BlueLM", "compatibleWith", "Dimensity 9400")),
])
def test_compatibility_wording(text, lang, fact):
    assert fact in triples(text, lang)


def test_a_core_a_family_is_based_on_is_not_what_it_is_compatible_with():
    got = triples("GigaDevice vende la famiglia GD32, microcontrollori basati su core Arm Cortex-M e compatibili pin a pin "
                  "con gli STM32.", "it")
    assert ("GD32", "compatibleWith", "STM32") in got
    assert not any(s.startswith("Arm Cortex") and p == "compatibleWith" for s, p, _o in got)


def test_a_firm_named_again_by_a_first_word_that_is_also_a_common_word():
    got = triples("Applied Materials sold tools. Applied competes with Lam Research and KLA.", "en")
    assert ("Applied Materials", "competesWith", "KLA") in got
    assert triples("Applied Materials sold tools. Applied research is important.", "en") == set()


def test_a_firm_naming_a_noun_inside_an_apposition_is_not_the_object_of_the_clause():
    got = triples("Applied Materials sold tools. In December the Commerce Department put SMIC, China's largest foundry and "
                  "a longtime Applied customer, on its Entity List.", "en")
    assert ("SMIC", "restrictedBy", "Entity List") in got
    assert ("Applied Materials", "supplies", "SMIC") in got
    assert ("Applied Materials", "restrictedBy", "Entity List") not in got


@pytest.mark.parametrize("text, fact", [
    ("Veldhoven-based ASML supplies the deep-ultraviolet scanners that fill SMIC's fabs.", ("ASML", "supplies", "SMIC")),
    ("ASML already supplies the EUV tools SK Hynix runs at home in Icheon.", ("ASML", "supplies", "SK Hynix")),
    ("Equipment from Applied Materials, Lam Research and KLA fills much of YMTC's production lines in Wuhan.",
     ("Lam Research", "supplies", "YMTC")),
])
def test_goods_a_firm_supplies_to_anothers_fabs(text, fact):
    assert fact in triples(text, "en")


def test_goods_filling_a_market_name_no_customer():
    got = triples("Chips from Nvidia fill much of the Chinese market.", "en")
    assert not any(p == "supplies" for _s, p, _o in got)


def test_a_university_before_a_firms_second_word_is_no_parent():
    got = triples("The former boss of Tsinghua Unigroup, a sprawling state-linked conglomerate, was taken away.", "en")
    assert not any(p == "subsidiaryOf" for _s, p, _o in got)
    assert ("HiSilicon", "subsidiaryOf", "Huawei") in triples("Huawei HiSilicon makes chips.", "en")


def test_majority_owned_is_a_parent_and_a_percentage_a_stake():
    got = triples("New H3C is majority-owned by Unisplendour.", "en")
    assert ("H3C", "subsidiaryOf", "Unisplendour") in got
    assert ("Unisplendour", "investsIn", "H3C") not in got
    assert ("CARIAD", "investsIn", "Carizon") in triples("CARIZON is 60% owned by CARIAD and 40% by Horizon Robotics.", "en")


def test_a_coordinated_clause_after_mentre_keeps_its_own_subject():
    got = triples("Smic vi è stata inserita a dicembre 2020, mentre Inspur non vi figura e continua a comprare da Intel i "
                  "processori per i suoi server.", "it")
    assert ("Intel", "supplies", "Inspur") in got
    assert ("Intel", "supplies", "SMIC") not in got


@pytest.mark.parametrize("text, fact", [
    ("Tencent reckons the H800 offers about three times the performance of the A800.",
     ("Nvidia H800", "outperforms", "Nvidia A800")),
    ("The H800 is essentially a cut-down H100.", ("Nvidia H100", "outperforms", "Nvidia H800")),
])
def test_performance_multiples_and_cut_down_parts(text, fact):
    assert fact in triples(text, "en")


def test_a_part_cut_down_from_a_generation_is_not_outperformed_by_the_generation():
    got = triples("ByteDance filled its data centres with the H20, a cut-down Hopper that Nvidia designed for China.", "en")
    assert not any(p == "outperforms" for _s, p, _o in got)


@pytest.mark.parametrize("text, fact", [
    ("德國世創總部位於慕尼黑，SK Siltron則為南韓SK集團旗下企業。", ("SK Siltron", "subsidiaryOf", "SK Group")),
    ("台塑集團與SUMCO合資的台勝科亦量產12吋產品。", ("SUMCO", "investsIn", "Formosa Sumco Technology")),
])
def test_chinese_units_and_joint_ventures(text, fact):
    assert fact in triples(text, "zh")


def test_the_kind_a_list_names_is_not_its_issuer():
    got = triples("The Pentagon added Tencent to its list of Chinese military companies.", "en")
    assert ("Tencent", "restrictedBy", "Chinese Military Companies list") in got
    assert not any(p == "imposedBy" and o == "People's Liberation Army" for _s, p, o in got)
