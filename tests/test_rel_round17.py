"""Extractor 0.17: lists that go on after an apposition or an added member, more wording of rivalry, supply, use,
compatibility and joint ventures, spec sheets read line by line, and measures that are not a product's own."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples


def triples(text: str, lang: str) -> set:
    return claim_triples(text, lang)


# ---------------------------------------------------------------- lists

@pytest.mark.parametrize("text, lang, facts", [
    ("In questo segmento Piotech si scontra con Applied Materials e Lam Research, oltre che con la connazionale Naura.", "it",
     {("Piotech", "competesWith", "Applied Materials"), ("Piotech", "competesWith", "Lam Research"),
      ("Piotech", "competesWith", "Naura Technology")}),
    ("Sul mercato domestico Rockchip si contende i clienti con Amlogic (晶晨), con sede a Shanghai, e con Allwinner (全志) di "
     "Zhuhai.", "it",
     {("Rockchip", "competesWith", "Amlogic"), ("Rockchip", "competesWith", "Allwinner Technology"),
      ("Amlogic", "headquarteredIn", "Shanghai")}),
    ("Sul mercato interno Ruijie se la vede con Huawei, con H3C, controllata da Unisplendour, e con la shenzhenese ZTE, che "
     "spinge sui server.", "it",
     {("Ruijie Networks", "competesWith", "Huawei"), ("Ruijie Networks", "competesWith", "H3C"),
      ("Ruijie Networks", "competesWith", "ZTE"), ("H3C", "subsidiaryOf", "Unisplendour")}),
    ("Sul mercato dei PC il Phytium D2000 se la vedrà con il Loongson 3A4000 e con il KX-6000 di Zhaoxin.", "it",
     {("Phytium D2000", "competesWith", "Loongson 3A4000"), ("Phytium D2000", "competesWith", "KX-6000")}),
    ("Hua Hong competes for mature-node orders with larger rival Semiconductor Manufacturing International Corp (SMIC), which "
     "was due to report its own results later on Thursday, and with Hefei-based Nexchip.", "en",
     {("Hua Hong Semiconductor", "competesWith", "SMIC"), ("Hua Hong Semiconductor", "competesWith", "Nexchip")}),
    ("FlagGems already runs on Huawei's Ascend NPUs, Kunlunxin's P800, Moore Threads' MTT S4000 and MetaX's Xiyun C500.", "en",
     {("FlagGems", "compatibleWith", "Ascend"), ("FlagGems", "compatibleWith", "Kunlun P800"),
      ("FlagGems", "compatibleWith", "MTT S4000"), ("FlagGems", "compatibleWith", "MetaX C500"),
      ("Kunlunxin", "develops", "Kunlun P800"), ("Moore Threads", "develops", "MTT S4000")}),
    ("Horizon Robotics already supplies BYD, SAIC and Volkswagen's own Audi brand.", "en",
     {("Horizon Robotics", "supplies", "BYD"), ("Horizon Robotics", "supplies", "SAIC Motor")}),
    ("大陸封測廠長電科技、通富微電、華天科技近年在中低階市場急起直追，與日月光正面競爭。", "zh",
     {("JCET", "competesWith", "ASE Technology"), ("Tongfu Microelectronics", "competesWith", "ASE Technology"),
      ("Huatian Technology", "competesWith", "ASE Technology")}),
    ("總部位於新竹的晶心科技（Andes）與平頭哥、美國SiFive三強鼎立。", "zh",
     {("Andes Technology", "competesWith", "T-Head"), ("Andes Technology", "competesWith", "SiFive")}),
])
def test_a_list_goes_on_after_an_apposition_or_an_added_member(text, lang, facts):
    assert facts <= triples(text, lang)


@pytest.mark.parametrize("text, lang, wrong", [
    ("FlagGems already runs on Huawei's Ascend NPUs, Kunlunxin's P800, Moore Threads' MTT S4000 and MetaX's Xiyun C500.", "en",
     {("Huawei", "develops", "Kunlun P800"), ("Huawei", "develops", "MTT S4000"), ("Kunlunxin", "develops", "MTT S4000")}),
    ("Horizon Robotics already supplies BYD, SAIC and Volkswagen's own Audi brand.", "en",
     {("Horizon Robotics", "supplies", "Volkswagen")}),
])
def test_a_member_named_with_its_own_maker_or_owner_is_not_the_first_ones(text, lang, wrong):
    assert not wrong & triples(text, lang)


# ---------------------------------------------------------------- rivals, suppliers, users

@pytest.mark.parametrize("text, lang, fact", [
    ("Zhaoxin's main domestic rival on x86 is Hygon, which builds server chips.", "en", ("Zhaoxin", "competesWith", "Hygon")),
    ("But Horizon Robotics, like most Chinese chip designers, depends on TSMC for manufacturing.", "en",
     ("TSMC", "supplies", "Horizon Robotics")),
    ("Huawei is said to count Baidu and iFlytek among its largest customers.", "en", ("Huawei", "supplies", "iFlytek")),
    ("Innolight and Eoptolink, which are widely believed to supply most of Nvidia's 800G pluggables, did not reply.", "en",
     ("Eoptolink", "supplies", "Nvidia")),
    ("Reports that Marvell supplies the bulk of Innolight's 800G DSPs were not addressed.", "en",
     ("Marvell Technology", "supplies", "Zhongji Innolight")),
    ("The chip is fabricated by GlobalFoundries, Enflame's foundry partner since its first chip.", "en",
     ("GlobalFoundries", "supplies", "Enflame")),
    ("市场普遍猜测，字节跳动是寒武纪云端智能芯片的最大买家。", "zh", ("Cambricon", "supplies", "ByteDance")),
    ("報導指出，字節跳動打算向輝達（Nvidia）試單採購2萬顆H200。", "zh", ("Nvidia", "supplies", "ByteDance")),
    ("寒武纪早年曾向华为海思授权寒武纪1A处理器IP。", "zh", ("Cambricon", "supplies", "HiSilicon")),
    ("Jcet iniziò a lavorare per conto di SanDisk, poi assorbita da Western Digital nel 2016.", "it", ("JCET", "supplies", "SanDisk")),
    ("Jcet iniziò a lavorare per conto di SanDisk, poi assorbita da Western Digital nel 2016.", "it",
     ("SanDisk", "subsidiaryOf", "Western Digital")),
    ("Hours earlier DeepSeek had released R1, an open-weight reasoning model built on its DeepSeek-V3 base.", "en",
     ("DeepSeek-R1", "uses", "DeepSeek-V3")),
    ("The model, GLM-Image, was trained from data processing through pre-training, fine-tuning and reinforcement learning on "
     "Huawei's Atlas 800T A2 servers.", "en", ("GLM-Image", "uses", "Atlas 800T A2")),
    ("Lenovo's Kaitian business desktops, for example, have shipped with Zhaoxin KX-6000 processors.", "en",
     ("Lenovo", "uses", "KX-6000")),
    ("Secondo gli analisti, i data center di Alibaba Cloud poggiano ancora in larga parte su A100 e H800.", "it",
     ("Alibaba Cloud", "uses", "Nvidia H800")),
    ("Secondo indiscrezioni di stampa, ByteDance, Alibaba e Tencent avrebbero moltiplicato gli ordini di H20.", "it",
     ("Tencent", "uses", "Nvidia H20")),
    ("Il 1° febbraio SiliconFlow e Huawei Cloud hanno lanciato un servizio di inferenza di R1 sui chip Ascend.", "it",
     ("SiliconFlow", "uses", "Ascend")),
    ("Volkswagen is reached through CARIZON, Horizon Robotics's joint venture with the German group's software unit CARIAD.",
     "en", ("Horizon Robotics", "investsIn", "Carizon")),
    ("Volkswagen is reached through CARIZON, Horizon Robotics's joint venture with the German group's software unit CARIAD.",
     "en", ("CARIAD", "investsIn", "Carizon")),
])
def test_more_wording_of_rivalry_supply_use_and_ownership(text, lang, fact):
    assert fact in triples(text, lang)


@pytest.mark.parametrize("text, lang, wrong", [
    ("報導指出，字節跳動打算向輝達（Nvidia）試單採購2萬顆H200。", "zh", ("Nvidia", "uses", "Nvidia H200")),
    ("Il 1° febbraio SiliconFlow e Huawei Cloud hanno lanciato un servizio di inferenza di R1 sui chip Ascend.", "it",
     ("SiliconFlow", "develops", "Ascend")),
    ("HSMC aveva comprato da ASML una litografia a immersione.", "it",
     ("Wuhan Hongxin Semiconductor Manufacturing", "subsidiaryOf", "ASML")),
    ("MiniMax says the model is on par with OpenAI's GPT-4o. The team wrote its own CUDA kernels for lightning attention.", "en",
     ("OpenAI", "develops", "CUDA")),
    ("L'Orange Pi AIpro è progettato da Xunlong ed è costruito attorno a un SoC Ascend 310B di Huawei.", "it",
     ("Xunlong", "develops", "Ascend 310B")),
    ("Già nel 2023 il gruppo aveva investito in Zhipu AI, lo spin-off dell'Università Tsinghua che sviluppa ChatGLM.", "it",
     ("Tsinghua University", "develops", "GLM")),
])
def test_no_fact_from_a_bracketed_name_an_active_verb_or_a_modifier(text, lang, wrong):
    assert wrong not in triples(text, lang)


def test_the_relative_after_an_apposition_belongs_to_its_head():
    got = triples("Già nel 2023 il gruppo aveva investito in Zhipu AI, lo spin-off dell'Università Tsinghua che sviluppa "
                  "ChatGLM.", "it")
    assert ("Zhipu AI", "develops", "GLM") in got


# ---------------------------------------------------------------- compatibility and comparisons

@pytest.mark.parametrize("text, lang, fact", [
    ("思元290由寒武纪自研的Neuware软件栈支持，该软件栈兼容TensorFlow、PyTorch等主流框架。", "zh",
     ("Siyuan 290", "compatibleWith", "NeuWare")),
    ("思元290由寒武纪自研的Neuware软件栈支持，该软件栈兼容TensorFlow、PyTorch等主流框架。", "zh",
     ("NeuWare", "compatibleWith", "PyTorch")),
    ("vivo的蓝心大模型与OPPO的安第斯大模型（AndesGPT），均已在天玑9300上实现端侧运行。", "zh",
     ("AndesGPT", "compatibleWith", "Dimensity 9300")),
    ("聯發科與阿里雲攜手，在聯發科旗艦行動晶片天璣9300上成功部署通義千問大模型。", "zh", ("Qwen", "compatibleWith", "Dimensity 9300")),
    ("纸面上看，MLU290-M5的显存容量不及A100，功耗则比A100低50W。", "zh", ("Nvidia A100", "hasMoreMemoryThan", "MLU290-M5")),
    ("纸面上看，MLU290-M5的显存容量不及A100，功耗则比A100低50W。", "zh", ("MLU290-M5", "consumesLessPowerThan", "Nvidia A100")),
    ("与上一代16nm工艺的思元270相比，思元290峰值性能提升4倍。", "zh", ("Siyuan 290", "outperforms", "Siyuan 270")),
    ("同样的并发，K100_AI单卡吞吐大约只有A800的六成。", "zh", ("Nvidia A800", "outperforms", "Hygon DCU K100-AI")),
    ("In compenso il 910B, sulla carta, offre più potenza di calcolo FP16 dell'H20.", "it",
     ("Ascend 910B", "outperforms", "Nvidia H20")),
    ("L'H20 ha molta meno potenza di calcolo di un H100, ma nell'inferenza conta la memoria.", "it",
     ("Nvidia H100", "outperforms", "Nvidia H20")),
])
def test_compatibility_and_comparisons(text, lang, fact):
    assert fact in triples(text, lang)


def test_memory_below_anothers_is_no_performance_claim_and_a_difference_no_power():
    got = triples("纸面上看，MLU290-M5的显存容量不及A100，功耗则比A100低50W。", "zh")
    assert ("Nvidia A100", "outperforms", "MLU290-M5") not in got
    assert not {f for f in got if f[1] == "powerWatts"}


# ---------------------------------------------------------------- makers, foundries, restrictions

@pytest.mark.parametrize("text, lang, fact", [
    ("Il modello di punta RK3588 è prodotto da Samsung con un processo a 8 nanometri.", "it",
     ("RK3588", "manufacturedBy", "Samsung Electronics")),
    ("L'RK3588, prodotto a 8 nanometri (da Samsung, secondo gli analisti), ha una NPU da 6 TOPS.", "it",
     ("RK3588", "manufacturedBy", "Samsung Electronics")),
    ("L'FT-2000/4 viene prodotto, stando alle ricostruzioni della stampa di settore, da TSMC a 16 nanometri.", "it",
     ("Phytium FT-2000/4", "manufacturedBy", "TSMC")),
    ("据外媒报道，海光一号当时由格芯（GlobalFoundries）用14nm工艺代工。", "zh", ("Haiguang No. 1", "manufacturedBy", "GlobalFoundries")),
    ("华为今年推出的CloudMatrix 384超节点由384颗自研的昇腾910C芯片组成。", "zh", ("CloudMatrix 384", "hasComponent", "Ascend 910C")),
    ("华为今年推出的CloudMatrix 384超节点由384颗自研的昇腾910C芯片组成。", "zh", ("CloudMatrix 384", "componentCount", 384)),
    ("Yangtze Memory Technologies (YMTC), the Wuhan-based maker of 3D NAND, was one of 31 Chinese entities added to BIS's "
     "Unverified List.", "en", ("YMTC", "restrictedBy", "Unverified List")),
    ("Huawei è stata colpita nel 2020 anche dalla regola sul prodotto diretto estero di Washington.", "it",
     ("Huawei", "restrictedBy", "Foreign Direct Product Rule")),
    ("YMTC, which counts the first phase of the National Integrated Circuit Industry Investment Fund — the Big Fund — among "
     "its shareholders, has been on the Entity List since December 2022.", "en", ("YMTC", "restrictedBy", "Entity List")),
    ("In January 2025 Washington added Sophgo, the Bitmain-linked designer whose TSMC-made die turned up inside a Huawei "
     "processor, to the Entity List.", "en", ("Sophgo", "restrictedBy", "Entity List")),
])
def test_makers_foundries_components_and_restrictions(text, lang, fact):
    assert fact in triples(text, lang)


@pytest.mark.parametrize("text, lang, wrong", [
    ("Il modello di punta RK3588 è prodotto da Samsung con un processo a 8 nanometri.", "it",
     ("Samsung Electronics", "develops", "RK3588")),
    ("When a teardown found SK hynix memory inside Huawei's Mate 60 Pro - a phone powered by the 7-nanometre Kirin 9000S, "
     "designed by Huawei's HiSilicon unit and made by SMIC - SK hynix said it no longer did business with Huawei.", "en",
     ("SK Hynix", "develops", "Kirin 9000S")),
    ("背景：华为于2019年5月被美国商务部列入实体清单，2020年又受到美国商务部修订后的外国直接产品规则限制，旗下海思设计的高端芯片一度找不到代工厂。", "zh",
     ("HiSilicon", "subsidiaryOf", "US Department of Commerce")),
    ("YMTC, which counts the first phase of the National Integrated Circuit Industry Investment Fund — the Big Fund — among "
     "its shareholders, has been on the Entity List since December 2022.", "en", ("Big Fund", "restrictedBy", "Entity List")),
    ("In January 2025 Washington added Sophgo, the Bitmain-linked designer whose TSMC-made die turned up inside a Huawei "
     "processor, to the Entity List.", "en", ("Bitmain", "restrictedBy", "Entity List")),
    ("On Jan. 15 the U.S. Commerce Department added Zhipu AI, the Tsinghua spin-off behind the GLM models and the ChatGLM "
     "app, to its Entity List.", "en", ("GLM", "restrictedBy", "Entity List")),
])
def test_no_maker_restriction_or_owner_from_a_neighbour(text, lang, wrong):
    assert wrong not in triples(text, lang)


def test_a_clause_opening_with_qixia_belongs_to_the_sentences_firm():
    got = triples("背景：华为于2019年5月被美国商务部列入实体清单，2020年又受到美国商务部修订后的外国直接产品规则限制，旗下海思设计的高端芯片"
                  "一度找不到代工厂。", "zh")
    assert ("HiSilicon", "subsidiaryOf", "Huawei") in got


# ---------------------------------------------------------------- measures

@pytest.mark.parametrize("text, lang, fact", [
    ("L'RK1820 di Rockchip è un coprocessore con 2,5 GB di DRAM impilata.", "it", ("RK1820", "memoryGB", 2.5)),
    ("JM9271：核心時脈1.8GHz以上、PCIe 4.0 x16、16GB HBM、TDP 200W。", "zh", ("JM9271", "memoryGB", 16)),
    ("H200搭載141GB的HBM3e高頻寬記憶體，由台積電以4奈米製程生產。", "zh", ("Nvidia H200", "memoryGB", 141)),
    ("Un checkpoint da 600 GB entra in un solo server con otto H20, che hanno 96 GB di memoria ciascuna.", "it",
     ("Nvidia H20", "memoryGB", 96)),
    ("They move the GPU to a custom PCB fitted with 24 2GB modules; the RTX 4090 has 24GB.", "en",
     ("Nvidia RTX 4090", "memoryGB", 24)),
])
def test_a_products_memory(text, lang, fact):
    got = triples(text, lang)
    assert fact in got
    assert {f for f in got if f[1] == "memoryGB"} == {fact}  # not 1616, 600, 2 or 5


def test_a_compound_measure_belongs_to_the_product_after_it():
    assert ("Nvidia H100", "powerWatts", 72) not in triples("Nvidia showed the 72-watt L4 card and the H100.", "en")
    assert ("Kirin 9000S", "processNodeNm", 7) in triples("Huawei's Kirin 9000S is a 7-nanometre chip.", "en")


def test_a_link_speed_or_a_size_is_no_product():
    got = triples("Reports that Marvell supplies the bulk of Innolight's 800G DSPs were not addressed. "
                  "H200搭載141GB的HBM3e。", "en")
    assert not {f for f in got if f[1] == "develops"}


# ---------------------------------------------------------------- spec sheets

_SHEET = """Huawei ha presentato la scheda.

**Atlas 300I Pro**
- Processore: 1 × Ascend 310P
- Memoria: 24 GB LPDDR4X, 204,8 GB/s
- Consumo massimo: 72 W
- Software: CANN, lo stack di Huawei, e il framework MindSpore

**Nvidia T4 (per confronto)**
- Processore: GPU Turing, prodotta da TSMC a 12 nm
- Memoria: 16 GB GDDR6, 320 GB/s
- Consumo: 70 W

**Come si confrontano**
Le due schede giocano nello stesso campionato: 24 GB contro 16.
"""


def test_a_spec_sheet_is_read_line_by_line_under_its_heading():
    got = triples(_SHEET, "it")
    assert {("Atlas 300I Pro", "hasComponent", "Ascend 310P"), ("Atlas 300I Pro", "componentCount", 1),
            ("Atlas 300I Pro", "memoryGB", 24), ("Atlas 300I Pro", "powerWatts", 72),
            ("Atlas 300I Pro", "compatibleWith", "CANN"), ("Atlas 300I Pro", "compatibleWith", "MindSpore"),
            ("Nvidia T4", "manufacturedBy", "TSMC"), ("Nvidia T4", "processNodeNm", 12),
            ("Nvidia T4", "memoryGB", 16), ("Nvidia T4", "powerWatts", 70)} <= got
    assert ("Nvidia T4", "memoryGB", 24) not in got and ("LPDDR4X", "memoryGB", 24) not in got


def test_a_heading_that_only_mentions_a_product_opens_no_spec_sheet():
    got = triples("**The silicon behind the Enflame T20**\n- Process: 12nm FinFET, fabricated by GlobalFoundries\n", "en")
    assert not {f for f in got if f[0].endswith("T20") and f[1] in ("manufacturedBy", "processNodeNm")}


# ---------------------------------------------------------------- places and relatives

@pytest.mark.parametrize("text, fact", [
    ("Micron investirà 4,3 miliardi di yuan nel suo stabilimento di Xi'an, nella provincia cinese dello Shaanxi.",
     ("Xi'an", "locatedIn", "Shaanxi")),
    ("Huatian, con sede a Tianshui, nel Gansu, è cinese.", ("Tianshui", "locatedIn", "Gansu")),
    ("È la fabbrica che GlobalFoundries doveva costruire a Chengdu, capoluogo del Sichuan.", ("Chengdu", "locatedIn", "Sichuan")),
    ("Boise, nell'Idaho, è la sede.", ("Boise", "locatedIn", "Idaho")),
])
def test_an_italian_place_within_a_larger_one(text, fact):
    assert fact in triples(text, "it")


def test_a_district_after_its_city_does_not_contain_the_city():
    assert not {f for f in triples("La sede è a Pechino, nel distretto di Haidian.", "it") if f[0] == "Beijing"}


def test_a_relative_after_a_modified_noun_belongs_to_the_apposition_head():
    got = triples("We ran Huawei's EulerOS, a CentOS-derived Linux distribution, which supports the Kunpeng 920 out of the box.",
                  "en")
    assert ("EulerOS", "compatibleWith", "Kunpeng 920") in got
    assert not {f for f in got if f[0] in ("CentOS", "Linux")}


def test_a_relative_after_a_product_and_its_kind_is_the_products():
    got = triples("Huawei, meanwhile, is offering its CloudMatrix 384 system, which links 384 Ascend 910C chips.", "en")
    assert ("CloudMatrix 384", "hasComponent", "Ascend 910C") in got

