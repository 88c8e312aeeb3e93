"""English construction families found on the round-6 phrasebook; every sentence here is new (not from the phrasebook)."""

from __future__ import annotations

import pytest

from kg.model import NEGATIVE, POSITIVE
from pattern_helpers import claim_triples


def triples(text: str, date: str = "2025-01-01", polarity: str = POSITIVE) -> set[tuple]:
    return claim_triples(text, "en", date, polarity)


@pytest.mark.parametrize("text, fact", [
    # a verb's object named in an apposition
    ("Cambricon has launched a new training chip, the Siyuan 590, aimed at large language models.",
     ("Cambricon", "develops", "Siyuan 590")),
    ("Moore Threads unveiled its newest data-centre card: the MTT S4000.", ("Moore Threads", "develops", "MTT S4000")),
    # "responsible for", "the unit behind"
    ("Kunlunxin is responsible for designing the Kunlun P800.", ("Kunlunxin", "develops", "Kunlun P800")),
    ("T-Head, the team behind the Hanguang 800, also designs server CPUs.", ("T-Head", "develops", "Hanguang 800")),
    # "X, <parenthetical>, is the first chip Y has designed"
    ("The Hanguang 800, shown in Hangzhou in 2019, was the first AI chip Alibaba had developed.",
     ("Alibaba", "develops", "Hanguang 800")),
    # "its A100 and H100": later codes of the same list
    ("Nvidia said its A800 and H800 would ship in the spring.", ("Nvidia", "develops", "Nvidia H800")),
])
def test_develops_families(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    ("Analysts say the Kirin 9000S rolled off SMIC's production lines in Shanghai.", ("Kirin 9000S", "manufacturedBy", "SMIC")),
    ("The Ascend 910B comes off SMIC's assembly lines.", ("Ascend 910B", "manufacturedBy", "SMIC")),
])
def test_came_off_lines(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # "<firm>'s model was trained on <chip>"
    ("Zhipu's GLM models were trained largely on Ascend 910B processors.", ("Zhipu AI", "uses", "Ascend 910B")),
    # "switched on / brought online a cluster of N <chips>"
    ("Tencent brought online a cluster of 10,000 Nvidia H800 GPUs last year.", ("Tencent", "uses", "Nvidia H800")),
    ("ByteDance has deployed a supercomputer with 20,000 Ascend 910B chips.", ("ByteDance", "uses", "Ascend 910B")),
    # "launched <model> inference services", "services running on <chip>"
    ("Alibaba Cloud began offering DeepSeek-R1 hosting services within a week.", ("Alibaba Cloud", "uses", "DeepSeek-R1")),
    ("Baidu rolled out inference services running on Kunlun P800 chips.", ("Baidu", "uses", "Kunlun P800")),
])
def test_uses_families(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # "count X among their customers"
    ("ASML and Tokyo Electron count YMTC among their largest clients.", ("ASML", "supplies", "YMTC")),
    ("ASML and Tokyo Electron count YMTC among their largest clients.", ("Tokyo Electron", "supplies", "YMTC")),
    ("Naura counts SMIC as one of its biggest customers.", ("Naura Technology", "supplies", "SMIC")),
    # "trained on chips from X"
    ("ByteDance trains most of its models on processors from Nvidia.", ("Nvidia", "supplies", "ByteDance")),
    # "bought N of X's chips"
    ("Tencent purchased some 230,000 of Nvidia's chips in 2024.", ("Nvidia", "supplies", "Tencent")),
    # a closing dash after a list subject
    ("Three firms – Samsung, SK Hynix and Micron – sell HBM to Nvidia.", ("SK Hynix", "supplies", "Nvidia")),
])
def test_supplies_families(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    ("Huawei was added to the Entity List by the Commerce Department in May 2019.",
     ("Entity List", "imposedBy", "US Department of Commerce")),
    ("The rules barred AMD from exporting its MI250 to China.", None),
    ("China's commerce ministry put Skydio, the drone maker whose products are sold to Taiwan, on its Unreliable Entity List.",
     ("Skydio", "restrictedBy", "Unreliable Entity List")),
])
def test_restricted_families(text, fact):
    if fact is not None:
        assert fact in triples(text)


def test_policy_barred_from_selling_products():
    got = triples("The October 2023 export controls prohibited Nvidia from shipping its A800 and H800 to Chinese customers.")
    assert ("Nvidia A800", "restrictedBy", "October 2023 export controls") in got
    assert ("Nvidia H800", "restrictedBy", "October 2023 export controls") in got


@pytest.mark.parametrize("text, fact", [
    ("Alibaba, which holds a controlling stake in T-Head, plans to expand the unit.", ("T-Head", "subsidiaryOf", "Alibaba")),
    ("Tencent owns about 20% of Enflame.", ("Tencent", "investsIn", "Enflame")),
    ("The Big Fund holds stakes in SMIC and Hua Hong.", ("Big Fund", "investsIn", "Hua Hong Semiconductor")),
    ("Investors in Moore Threads include Tencent.", ("Tencent", "investsIn", "Moore Threads")),
    ("Alibaba joined several of Zhipu's funding rounds.", ("Alibaba", "investsIn", "Zhipu AI")),
    ("Tencent co-led a round worth $200 million in Enflame.", ("Tencent", "investsIn", "Enflame")),
    ("Nexperia says that its parent, Wingtech, will keep control.", ("Nexperia", "subsidiaryOf", "Wingtech")),
])
def test_ownership_families(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    ("The Ascend 910B delivers roughly 80% of the training performance of Nvidia's A100.",
     ("Nvidia A100", "outperforms", "Ascend 910B")),
    ("The H20 is about a third as fast as the H100.", ("Nvidia H100", "outperforms", "Nvidia H20")),
    ("Moore Threads says the MTT S4000 offers throughput higher than that of the Nvidia A100.",
     ("MTT S4000", "outperforms", "Nvidia A100")),
    ("The H20 is weaker than the H100 but much faster than the A800.", ("Nvidia H20", "outperforms", "Nvidia A800")),
    ("Biren's BR100 takes aim at the Nvidia H100.", ("BR100", "competesWith", "Nvidia H100")),
    ("YMTC is racing to catch up with Samsung and Micron.", ("YMTC", "competesWith", "Micron Technology")),
    ("Moonshot says Kimi K2 performs on a par with DeepSeek-R1.", ("Kimi K2", "comparableTo", "DeepSeek-R1")),
])
def test_comparison_families(text, fact):
    assert fact in triples(text)


def test_half_as_powerful_is_not_comparable():
    got = triples("The H20 is only half as powerful as the H100.")
    assert ("Nvidia H100", "outperforms", "Nvidia H20") in got
    assert ("Nvidia H20", "comparableTo", "Nvidia H100") not in got


def test_but_stronger_keeps_the_clause_subject():
    got = triples("The A800 is slower than the A100 but still stronger than the H20.")
    assert ("Nvidia A100", "outperforms", "Nvidia H20") not in got


@pytest.mark.parametrize("text, fact", [
    ("Samsung Electronics, headquartered in South Korea, and Micron, based in the United States, dominate the market.",
     ("Micron Technology", "headquarteredIn", "United States")),
    ("From its headquarters in Shenzhen, Huawei oversees a global business.", ("Huawei", "headquarteredIn", "Shenzhen")),
    ("MetaX has reportedly moved its head office to Shanghai.", ("MetaX", "headquarteredIn", "Shanghai")),
    ("CXMT's headquarters and fabs are located in Hefei.", ("CXMT", "headquarteredIn", "Hefei")),
])
def test_headquarters_families(text, fact):
    assert fact in triples(text)


def test_dubbed_the_nvidia_of_china_is_no_headquarters():
    got = triples("Cambricon, once dubbed the Nvidia of China, reported a profit.")
    assert ("Nvidia", "headquarteredIn", "China") not in got


@pytest.mark.parametrize("text, fact", [
    ("Correction: A previous version of this story said Moore Threads was based in Shenzhen.",
     ("Moore Threads", "headquarteredIn", "Shenzhen")),
    ("We wrongly reported that the Ascend 910B was made by TSMC.", ("Ascend 910B", "manufacturedBy", "TSMC")),
])
def test_corrections_deny(text, fact):
    assert fact not in triples(text)
    assert fact in triples(text, polarity=NEGATIVE)
