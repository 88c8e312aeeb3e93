"""Discovery of entities the registry lacks, by family of construction, on sentences written for these tests.

Each family is checked on two or three phrasings (synonym verbs, word order, with and without articles), in the
three languages; the last tests check that capitalised words without a cue stay out of the graph.
"""

from __future__ import annotations

import pytest

from kg.extract.rules import RuleExtractor
from kg.model import Article
from pattern_helpers import claim_triples, recognised


def discovered(text: str, lang: str) -> dict[str, str]:
    """label -> class of the entities discovered in the text (registry entities left out)."""
    res = RuleExtractor().extract(Article(text=text, lang=lang, source_key="t", date="2025-01-01"))
    out = {}
    for ent in res.entities.values():
        if ent.provisional:
            for _lang, label in ent.labels:
                out[label] = ent.cls
    return out


# -- products introduced by a product noun or a naming construction ------------------------------------
@pytest.mark.parametrize("lang, text, label, cls", [
    ("en", "Biren showed a new accelerator called Nebula X1 at the fair.", "Nebula X1", "Chip"),
    ("en", "The start-up has taped out an inference chip dubbed Quasar.", "Quasar", "Chip"),
    ("en", "Cambricon is building a training cluster named Polaris for a state lab.", "Polaris", "System"),
    ("en", "Baidu's Taihang accelerators will go into its own data centres.", "Taihang", "Chip"),
    ("en", "Sugon ships the Kestrel servers to provincial governments.", "Kestrel", "System"),
    ("en", "Zhipu trained its Lumen model on domestic hardware.", "Lumen", "SoftwarePlatform"),
    ("it", "Il gruppo ha presentato un nuovo acceleratore, battezzato Quasar, per l'inferenza.", "Quasar", "Chip"),
    ("it", "Tencent monterà i suoi chip Taihang nei propri data center.", "Taihang", "Chip"),
    ("it", "La piattaforma si chiama Orione ed è stata sviluppata con Huawei.", "Orione", "SoftwarePlatform"),
    ("it", "I server Kestrel saranno venduti anche all'estero.", "Kestrel", "System"),
    ("zh", "腾讯发布了名为“星河”的AI训练芯片。", "星河", "Chip"),
    ("zh", "该公司推出视频转码芯片“云帆”以及智能网卡芯片“玄鸟”。", "玄鸟", "Chip"),
    ("zh", "北京一家研究院发布了大模型「天工3.0」。", "天工3.0", "SoftwarePlatform"),
    ("zh", "搭载国产处理器的Kestrel服务器随后推向市场。", "Kestrel", "System"),
    ("zh", "华为开源了操作系统openHarbor，开发者可以免费使用。", "openHarbor", "SoftwarePlatform"),
])
def test_named_products(lang, text, label, cls):
    assert discovered(text, lang).get(label) == cls


@pytest.mark.parametrize("lang, text, fact", [
    ("en", "Biren unveiled a new accelerator called Nebula X1, which is made by SMIC.", ("Biren Technology", "develops", "Nebula X1")),
    ("en", "Biren unveiled a new accelerator called Nebula X1, which is made by SMIC.", ("Nebula X1", "manufacturedBy", "SMIC")),
    ("en", "Baidu's Taihang accelerators power its search engine.", ("Baidu", "develops", "Taihang")),
    ("it", "Anche Alibaba sta sviluppando un proprio processore, chiamato Quasar.", ("Alibaba", "develops", "Quasar")),
    ("zh", "北京启明人工智能研究院发布了大模型“天工3.0”。", ("北京启明人工智能研究院", "develops", "天工3.0")),
])
def test_named_products_take_part_in_facts(lang, text, fact):
    assert fact in claim_triples(text, lang)


def test_named_product_description_is_the_product():
    """"un proprio processore, chiamato X": the description is X, not a second (unnamed) product."""
    found = discovered("Anche Baidu sta sviluppando un proprio processore, chiamato Quasar.", "it")
    assert found == {"Quasar": "Chip"}


# -- model codes in more shapes -------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, label", [
    ("en", "Phytium's FX-2600 processor is made by TSMC.", "FX-2600"),
    ("en", "Loongson said the 3C5000 chip would ship in spring.", "3C5000"),
    ("en", "The benchmark put it level with Intel's i5-12400 processor.", "i5-12400"),
    ("en", "Sunway's SW39010 processor powers the new machine.", "SW39010"),
    ("zh", "龙芯中科推出龙芯3C5000处理器。", "龙芯3C5000"),
    ("zh", "其多核成绩与英特尔酷睿i5-12400大致持平。", "英特尔酷睿i5-12400"),
])
def test_model_code_shapes(lang, text, label):
    assert label in recognised(text, lang)


def test_year_is_not_a_model_code():
    assert not discovered("The FT-2024 deadline passed and chips were shipped in 2024.", "en")


def test_generation_of_a_product_line():
    assert discovered("Baidu's Taihang accelerators sold well. The Taihang 2 chip doubles their speed.", "en") \
        .get("Taihang 2") == "Chip"
    assert discovered("L'acceleratore Quasar II sarà prodotto a 7 nanometri.", "it").get("Quasar II") == "Chip"


# -- organisations --------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, label, cls", [
    ("en", "Shenzhen Yuanhang Semiconductor Co., Ltd. said it would list in Shanghai.",
     "Shenzhen Yuanhang Semiconductor Co., Ltd.", "Company"),
    ("en", "Researchers at Xiling University trained the model on Ascend chips.", "Xiling University", "Organization"),
    ("en", "The Hangzhou Institute of Advanced Computing uses Ascend chips.", "Hangzhou Institute of Advanced Computing",
     "Organization"),
    ("en", "The fund's backers include the Bank of Guizhou and Bank of Gansu.", "Bank of Guizhou", "Company"),
    ("en", "The fund's backers include the Bank of Guizhou and Bank of Gansu.", "Bank of Gansu", "Company"),
    ("en", "Vietnam's Ministry of Industry, Trade and Energy issued the permit.", "Ministry of Industry, Trade and Energy",
     "GovernmentBody"),
    ("en", "Chengdu Haiguang Design Co., Ltd. was added to the list.", "Chengdu Haiguang Design Co., Ltd.", "Company"),
    ("it", "L'Istituto di Calcolo Avanzato di Hangzhou usa chip Huawei.", "Istituto di Calcolo Avanzato", "Organization"),
    ("it", "Hanno investito la Banca di Jiangsu e il Ministero delle Finanze.", "Ministero delle Finanze", "GovernmentBody"),
    ("zh", "北京启明人工智能研究院被列入实体清单。", "北京启明人工智能研究院", "Organization"),
    ("zh", "贵州银行和南京大学参与了投资。", "贵州银行", "Company"),
    ("zh", "星河计算研究所投资了中科曙光。", "星河计算研究所", "Organization"),
])
def test_organisation_names(lang, text, label, cls):
    assert discovered(text, lang).get(label) == cls


@pytest.mark.parametrize("lang, text, labels", [
    ("en", "The company sells its boards to the server makers Kestrel Data and Orbitek.", {"Kestrel Data", "Orbitek"}),
    ("en", "Huawei opened its boards to partners Orbitek, Harbor Data and Lumen Starlink.",
     {"Orbitek", "Harbor Data", "Lumen Starlink"}),
    ("en", "Six lenders, Bank of Gansu, Bank of Qinghai and Bank of Guizhou, committed funds.",
     {"Bank of Gansu", "Bank of Qinghai", "Bank of Guizhou"}),
    ("it", "La società fornisce le schede ai produttori di server Kestrel e Orbitek.", {"Kestrel", "Orbitek"}),
    ("zh", "华为向合作伙伴星环、云帆计算等厂商开放主板。", {"星环", "云帆计算"}),
    ("zh", "伺服器廠天穹資訊與中科星河亦遭列名。", {"天穹資訊", "中科星河"}),
    ("zh", "星环、云帆计算和湘江星河等厂商纷纷推出整机。", {"星环", "云帆计算", "湘江星河"}),
])
def test_cue_nouns_and_lists(lang, text, labels):
    assert labels <= set(discovered(text, lang))


@pytest.mark.parametrize("lang, text, label, cls", [
    ("en", "Lumina, a Beijing-based lab, uses Nvidia H800 chips.", "Lumina", "Organization"),
    ("en", "StarCore, a Hangzhou chip designer, said its new part was made by SMIC.", "StarCore", "Company"),
    ("en", "Orbit Micro, its joint venture in Chengdu, builds the boards.", "Orbit Micro", "Company"),
    ("it", "Lumina, un laboratorio di Pechino, usa chip Nvidia.", "Lumina", "Organization"),
    ("it", "StarCore, una startup di Hangzhou, ha presentato il suo primo chip.", "StarCore", "Company"),
    ("it", "I produttori di server Kestrel e Orbitek usano chip Huawei.", "Orbitek", "Company"),
    ("zh", "合作伙伴星环科技推出了基于昇腾的一体机。", "星环科技", "Company"),
])
def test_appositions_and_cues(lang, text, label, cls):
    assert discovered(text, lang).get(label) == cls


@pytest.mark.parametrize("text, label", [
    ("其芯片已用于云帆系列加速卡。", "云帆"),
    ("公司同时推出星河系列服务器。", "星河"),
])
def test_chinese_series_of_a_product_line(text, label):
    assert label in discovered(text, "zh")


def test_city_and_known_brand_name_a_local_company():
    """"Chengdu Haiguang Integrated Circuit" like "成都海光集成电路": a place, a known firm's name and an industry word."""
    found = discovered("The list names Hefei Biren Integrated Circuit and Hefei Biren Microelectronics "
                       "Technology.", "en")
    assert {"Hefei Biren Integrated Circuit", "Hefei Biren Microelectronics Technology"} <= set(found)


def test_head_noun_description_refers_to_the_named_organisation():
    text = ("The list names Sugon and the Suzhou Taihu Institute of Microsystem Technology. Sugon relies on Intel chips. "
            "The Suzhou institute is better known by the chips it designs. Its TH3000 processor powers a supercomputer.")
    assert ("Suzhou Taihu Institute of Microsystem Technology", "develops", "TH3000") in claim_triples(text, "en")


# -- no duplicates of registry entities, no noise -------------------------------------------------------
def test_registry_product_is_not_rediscovered():
    # "its V3 model" is DeepSeek-V3; "Hygon's Dhyana processors" are the registry's "Hygon processors"
    assert "V3" not in discovered("DeepSeek trained its V3 model on 2,048 H800 chips.", "en")
    assert "Dhyana" not in discovered("Hygon's Dhyana processors run x86 software.", "en")


@pytest.mark.parametrize("lang, text", [
    ("en", "On Monday, the company said sales rose. The Chinese chip was faster than the GPU market expected."),
    ("en", "The AI chip uses HBM memory and PCIe cards; the Arm processor and the RISC-V cores are licensed."),
    ("en", "AMD agreed to license its Zen server design to a Chinese consortium."),
    ("en", "Shanghai-based AI start-up Enflame restarted its IPO preparations."),
    ("it", "Il chip per l'IA usa la memoria HBM e la scheda PCIe; il processore Arm è a 7 nanometri."),
    ("it", "La memoria ad alta larghezza di banda arriva in due versioni."),
    ("zh", "国内多家银行和知名大学纷纷采购国产芯片。"),
    ("zh", "此次名单中还包括多家企业，相比之下数量较少。"),
    ("zh", "龙芯3A6000集成4个LA664处理器核，采用整体BF16算力评估。"),
    ("zh", "该系列芯片与旗舰系列服务器均已量产。"),
    ("en", "In a note to clients, Jefferies analyst Edison Lee said supply was short."),
    ("en", "Speaking at the World Artificial Intelligence Conference, the premier praised local models."),
])
def test_capitalised_words_without_a_cue_are_not_entities(lang, text):
    assert not discovered(text, lang)


@pytest.mark.parametrize("lang, text, label", [
    ("zh", "寒武纪同时推出MLU370-S4与MLU370-X8两款加速卡。", "MLU370-S4"),
    ("zh", "寒武纪同时推出MLU370-S4与MLU370-X8两款加速卡。", "MLU370-X8"),
    ("en", "Cambricon shipped the MLU370-S4 card to cloud customers.", "MLU370-S4"),
])
def test_variant_code_after_a_known_model_is_another_product(lang, text, label):
    assert recognised(text, lang).get(label) == "Chip"


@pytest.mark.parametrize("lang, text, absent", [
    ("en", "Nvidia sold the H100-80GB and H20-based servers.", "H100-80GB"),
    ("zh", "思元370基于MLUarch03架构。", "Siyuan arch03"),
])
def test_sizes_and_architectures_are_not_variants(lang, text, absent):
    assert absent not in discovered(text, lang)


@pytest.mark.parametrize("lang, text, label", [
    ("en", "The Yitian 710 beats Intel's Xeon Platinum 8362 in the benchmark.", "Xeon Platinum 8362"),
    ("en", "AMD's EPYC 9654 went on sale.", "EPYC 9654"),
    ("it", "Il chip supera due Xeon Gold 6348 di Intel.", "Xeon Gold 6348"),
])
def test_model_number_after_a_known_product_line(lang, text, label):
    assert recognised(text, lang).get(label) == "Chip"


@pytest.mark.parametrize("text", ["Intel sold Xeon 2023 models.", "Intel shipped Xeon 400 units last year.",
                                  "Intel priced the Xeon 20% lower."])
def test_years_and_quantities_after_a_product_line_are_not_models(text):
    assert not [x for x in discovered(text, "en") if x.startswith("Xeon")]


@pytest.mark.parametrize("lang, text, label", [
    ("it", "Il BIS ha aggiunto 12 entità, tra cui Zorvat Semitech e Huawei, alla lista.", "Zorvat Semitech"),
    ("en", "Tencent, Qelvo Systems and Alibaba placed orders.", "Qelvo Systems"),
    ("en", "Analog chipmakers such as Brintle Micro and 4Crest could gain share.", "Brintle Micro"),
    ("en", "Analog chipmakers such as Brintle Micro and 4Crest could gain share.", "4Crest"),
    ("it", "Tra i produttori come Brintle Micro e Tencent c'è fermento.", "Brintle Micro"),
])
def test_names_in_a_list_with_a_firm_are_firms(lang, text, label):
    assert discovered(text, lang).get(label) == "Company"


@pytest.mark.parametrize("lang, text", [
    ("en", "Nvidia and Jensen Huang's team said so."),
    ("en", "In May, Huawei and The Information reported it."),
    ("en", "Huawei and Chinese officials met."),
    ("it", "Huawei e Secondo le fonti, nulla."),
])
def test_coordination_keeps_out_people_and_words(lang, text):
    assert not discovered(text, lang)


# -- versions and tiers of a known model -----------------------------------------------------------------
@pytest.mark.parametrize("lang, text, label", [
    # versions the registry does not list (invented)
    ("en", "Alibaba released Qwen3-Ultra in September.", "Qwen3-Ultra"),
    ("en", "Zhipu said GLM-5.3 runs on domestic chips.", "GLM-5.3"),
    ("it", "DeepSeek ha aggiornato il modello, ora DeepSeek-V3-1207.", "DeepSeek-V3-1207"),
    ("zh", "腾讯发布了Hunyuan-T7推理模型。", "Hunyuan-T7"),
])
def test_a_version_of_a_known_model_is_a_model_of_its_own(lang, text, label):
    assert discovered(text, lang).get(label) == "SoftwarePlatform"


def test_a_version_the_registry_spells_another_way_is_the_registry_entity():
    assert discovered("Moonshot trained Kimi-K2 on Nvidia chips, and Qwen 3 on its own.", "en") == {}


def test_years_and_amounts_after_a_model_are_no_version():
    assert discovered("Qwen 2025 roadmaps were shown; Qwen 40 percent share.", "en") == {}
