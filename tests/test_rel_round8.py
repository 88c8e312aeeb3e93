"""Round 8: supply, use and rivalry families (EN, IT, ZH), with denials. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples

POS = [
    # customers and orders
    ("Huawei won an order from Baidu for its servers.", "en", ("Huawei", "supplies", "Baidu")),
    ("Kunlunxin has secured several contracts worth $1bn from China Mobile.", "en", ("Kunlunxin", "supplies", "China Mobile")),
    ("Huawei received orders from Baidu for 1,600 Ascend 910B chips.", "en", ("Huawei", "supplies", "Baidu")),
    ("Tencent sources most of its memory from Samsung.", "en", ("Samsung Electronics", "supplies", "Tencent")),
    ("Nvidia's biggest customer in China, ByteDance, kept ordering.", "en", ("Nvidia", "supplies", "ByteDance")),
    ("Among Huawei's customers are iFlytek and Baidu.", "en", ("Huawei", "supplies", "iFlytek")),
    ("The customers of Cambricon include Alibaba.", "en", ("Cambricon", "supplies", "Alibaba")),
    ("Alibaba hoarded Nvidia chips before the rules took effect.", "en", ("Nvidia", "supplies", "Alibaba")),
    ("Baidu è cliente di Kunlunxin da anni.", "it", ("Kunlunxin", "supplies", "Baidu")),
    ("Tra i clienti di Cambricon figura anche Alibaba.", "it", ("Cambricon", "supplies", "Alibaba")),
    ("I clienti di Huawei comprendono iFlytek e Baidu.", "it", ("Huawei", "supplies", "Baidu")),
    ("ByteDance avrebbe fatto incetta di GPU Nvidia.", "it", ("Nvidia", "supplies", "ByteDance")),
    ("阿里巴巴大量采购英伟达的GPU。", "zh", ("Nvidia", "supplies", "Alibaba")),
    ("寒武纪的主要客户包括阿里巴巴和百度。", "zh", ("Cambricon", "supplies", "Baidu")),
    # deployment and training
    ("Baidu's data centres now run on Kunlun P800 chips.", "en", ("Baidu", "uses", "Kunlun P800")),
    ("Xiaomi's new phones will keep using the Snapdragon 8 series.", "en", ("Xiaomi", "uses", "Snapdragon 8")),
    ("DeepSeek-R1 was fine-tuned entirely on Ascend 910B processors.", "en", ("DeepSeek-R1", "uses", "Ascend 910B")),
    ("Moonshot trained its Kimi K2 model on 4,000 of Nvidia's H800 chips.", "en", ("Kimi K2", "uses", "Nvidia H800")),
    ("iFlytek's Spark model was built entirely on Huawei Ascend 910B chips.", "en", ("iFlytek", "uses", "Ascend 910B")),
    ("Secondo la società, DeepSeek-V3 è stato addestrato interamente su 2.048 GPU H800.", "it", ("DeepSeek-V3", "uses", "Nvidia H800")),
    ("Baidu continuerà a usare i Kunlun P800 nei propri data center.", "it", ("Baidu", "uses", "Kunlun P800")),
    ("DeepSeek-V3的预训练仅用了2048块英伟达H800。", "zh", ("DeepSeek-V3", "uses", "Nvidia H800")),
    ("昇腾910B已用于Atlas 800服务器。", "zh", ("Atlas 800", "uses", "Ascend 910B")),
    # rivalry and positioning
    ("Biren now competes with Nvidia as well as with Huawei in data centres.", "en", ("Biren Technology", "competesWith", "Huawei")),
    ("Enflame, one of the many would-be Nvidia challengers, raised new money.", "en", ("Enflame", "competesWith", "Nvidia")),
    ("Investors regard Cambricon as Nvidia's most credible rival in China.", "en", ("Cambricon", "competesWith", "Nvidia")),
    ("Hygon is often called China's answer to Intel.", "en", ("Hygon", "competesWith", "Intel")),
    ("MetaX faces growing competition from Moore Threads.", "en", ("MetaX", "competesWith", "Moore Threads")),
    ("The rivalry between Cambricon and Huawei has intensified.", "en", ("Cambricon", "competesWith", "Huawei")),
    ("Il duello tra Cambricon e Nvidia si sposta sull'inferenza.", "it", ("Cambricon", "competesWith", "Nvidia")),
    ("Moore Threads se la deve vedere con Nvidia anche in Cina.", "it", ("Moore Threads", "competesWith", "Nvidia")),
    ("Il Siyuan 590 è la risposta di Cambricon a Nvidia.", "it", ("Cambricon", "competesWith", "Nvidia")),
    ("短期内，寒武纪仍难以撼动英伟达在训练市场的地位。", "zh", ("Cambricon", "competesWith", "Nvidia")),
    ("摩尔线程剑指英伟达。", "zh", ("Moore Threads", "competesWith", "Nvidia")),
]

NEG = [
    ("Tencent is no longer a customer of Nvidia.", "en", ("Nvidia", "supplies", "Tencent")),
    ("ByteDance does not buy accelerators from Cambricon.", "en", ("Cambricon", "supplies", "ByteDance")),
    ("Alibaba non è più cliente di Nvidia.", "it", ("Nvidia", "supplies", "Alibaba")),
    ("百度并非寒武纪的客户。", "zh", ("Cambricon", "supplies", "Baidu")),
    ("腾讯已停止采购英伟达的芯片。", "zh", ("Nvidia", "supplies", "Tencent")),
]


@pytest.mark.parametrize("text,lang,fact", POS)
def test_round8_families(text, lang, fact):
    assert fact in claim_triples(text, lang)


@pytest.mark.parametrize("text,lang,fact", NEG)
def test_round8_denials(text, lang, fact):
    assert fact in claim_triples(text, lang, polarity="negative")
    assert fact not in claim_triples(text, lang)


@pytest.mark.parametrize("text,lang,fact", [
    # an order received is not an order placed: the receiver supplies
    ("Huawei received orders from Baidu.", "en", ("Baidu", "supplies", "Huawei")),
    # a list "X e Y" is no copula: two products listed together are not rivals
    ("Il vero avversario delle HL-328 e HL-388 sarebbe l'H20.", "it", ("Intel Gaudi HL-388", "competesWith", "Intel Gaudi HL-328")),
    # a suspended plan to buy is no supply
    ("苹果已暂停在iPhone中采用长江存储闪存芯片的计划。", "zh", ("YMTC", "supplies", "Apple")),
    # a service built on the chips, not the model it serves
    ("硅基流动推出基于华为昇腾芯片的DeepSeek-R1推理服务。", "zh", ("DeepSeek-R1", "uses", "Ascend")),
])
def test_round8_precision(text, lang, fact):
    assert fact not in claim_triples(text, lang)
