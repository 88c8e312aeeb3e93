"""Chinese discovery of organisations and products the registry lacks, by family of construction.

Every sentence here is written for these tests (none comes from the corpus): listed companies named with a stock
code or a company's way of speaking, legal names and their short names, units named after a parent, and product
brands introduced with quotes, a launch verb, a maker or a product noun; the last tests keep descriptions out.
"""

from __future__ import annotations

import pytest

from kg.extract.rules import RuleExtractor
from kg.model import Article
from pattern_helpers import claim_triples


def discovered(text: str) -> dict[str, str]:
    res = RuleExtractor().extract(Article(text=text, lang="zh", source_key="t", date="2025-01-01"))
    out = {}
    for ent in res.entities.values():
        if ent.provisional:
            for _lang, label in ent.labels + ent.alt_labels:
                out[label] = ent.cls
    return out


@pytest.mark.parametrize("text, label", [
    ("受算力需求带动，星环算力（002931）今日涨停。", "星环算力"),
    ("公告显示，澜峰智联（688712.SH）拟募资10亿元扩产。", "澜峰智联"),
    ("概念股方舟微芯（股票代码：300819）盘中大涨。", "方舟微芯"),
    ("云栖数科（02981.HK）昨日在港交所挂牌。", "云栖数科"),
])
def test_stock_code_names_a_listed_company(text, label):
    assert discovered(text).get(label) == "Company"


@pytest.mark.parametrize("text, label", [
    ("翰林信息在互动平台表示，公司服务器产品已适配国产芯片。", "翰林信息"),
    ("记者注意到，青岚电子近日公告称将回购股份。", "青岚电子"),
    ("对此，沐光股份董秘回复称，订单情况以定期报告为准。", "沐光股份"),
])
def test_listed_company_speaking(text, label):
    assert discovered(text).get(label) == "Company"


@pytest.mark.parametrize("text", [
    "业内人士表示，国产芯片的生态仍需完善。",
    "外交部发言人表示，中方坚决反对。",
    "为保证公平信息披露，公司股票停牌。",
])
def test_speakers_that_are_not_companies(text):
    assert not any(cls == "Company" for cls in discovered(text).values())


@pytest.mark.parametrize("text, long, short", [
    ("湖南星澜信息系统股份有限公司（以下简称“星澜信息”）发布年报。星澜信息营收增长。", "湖南星澜信息系统股份有限公司", "星澜信息"),
    ("杭州云岫计算技术有限公司（简称：云岫计算）完成新一轮融资。", "杭州云岫计算技术有限公司", "云岫计算"),
])
def test_legal_name_and_its_short_name_are_one_company(text, long, short):
    res = RuleExtractor().extract(Article(text=text, lang="zh", source_key="t", date="2025-01-01"))
    ents = [e for e in res.entities.values() if e.provisional and e.cls == "Company"]
    assert len(ents) == 1
    assert {lab for _l, lab in ents[0].labels + ents[0].alt_labels} >= {long, short}


def test_legal_name_of_a_registry_firm_is_that_firm():
    text = "深圳华为技术股份有限公司（以下简称“华为”）今日宣布，推出新一代服务器。"
    assert not any(lab.endswith("有限公司") for lab in discovered(text))


@pytest.mark.parametrize("text, label", [
    ("中国联通人工智能研究院发布了新一代语义大模型。", "中国联通人工智能研究院"),
    ("腾讯未来计算实验室与高校共建联合中心。", "腾讯未来计算实验室"),
])
def test_unit_named_after_its_parent(text, label):
    d = discovered(text)
    assert d.get(label) == "Organization"


def test_unit_is_a_subsidiary_of_its_parent():
    assert ("中国联通人工智能研究院", "subsidiaryOf", "China Unicom") in claim_triples(
        "中国联通人工智能研究院完成了万亿参数大模型的训练。", "zh")


@pytest.mark.parametrize("text, label", [
    ("答：您好，岳麓智联为公司全资子公司，主要从事边缘计算业务。", "岳麓智联"),
    ("公司通过控股子公司芯域科创布局先进封装。", "芯域科创"),
    ("集团旗下的星汉智算将负责项目运营。", "星汉智算"),
])
def test_subsidiaries(text, label):
    assert discovered(text).get(label) == "Company"


@pytest.mark.parametrize("text, label, cls", [
    ("模型训练依托该公司自研的“云梯一体化智算平台”。", "云梯一体化智算平台", "SoftwarePlatform"),
    ("“鸿途OS”是该公司基于开源鸿蒙打造的行业发行版。", "鸿途OS", "SoftwarePlatform"),
    ("该公司推出“天衡”系列服务器，面向金融客户。", "天衡", "System"),
    ("公司自主品牌“麓山”系列产品包括AI服务器及推理一体机。", "麓山", "System"),
    ("研究所近日发布紫霞大模型，参数规模达千亿。", "紫霞", "SoftwarePlatform"),
])
def test_brand_products(text, label, cls):
    assert discovered(text).get(label) == cls


def test_brand_with_a_latin_word_is_a_product_of_its_own():
    d = discovered("公司自主品牌“麓山”系列产品包括服务器。公司已推出基于昇腾的麓山DeepSeek一体机。")
    assert d.get("麓山DeepSeek一体机") == "System" and d.get("麓山") == "System"


@pytest.mark.parametrize("text, label", [
    ("台灣的星曜科技（6789）表示，將推出「雲雀」系列伺服器。", "星曜科技"),
    ("總部位於新竹的晶研微電子股份有限公司（以下簡稱「晶研」）今日掛牌。", "晶研微電子股份有限公司"),
])
def test_traditional_characters_keep_their_spelling(text, label):
    assert label in discovered(text)


@pytest.mark.parametrize("text", [
    "多家厂商推出国产AI芯片和推理一体机，发布多模态大模型。",
    "公司主要从事12英寸集成电路晶圆代工业务。",
    "全球半导体设备销售额创新高，其他大陆半导体业者跟进。",
    "感谢收看本期科技新闻。",
    "该公司推出“下一代国产芯片”计划。",
])
def test_descriptions_are_not_names(text):
    assert discovered(text) == {}


def test_a_description_before_a_latin_name_is_no_name():
    d = discovered("该公司股东包括沙特阿美旗下的风投基金Prosperity7，另有多个地方国资基金。")
    assert not any(lab.endswith("基金") for lab in d)
