"""English constructions added in round 6, on sentences written for these tests (not corpus sentences)."""

from __future__ import annotations

import pytest

from kg.model import POSITIVE
from pattern_helpers import claim_triples


def triples(text: str, date: str = "2025-01-01", polarity: str = POSITIVE) -> set[tuple]:
    return claim_triples(text, "en", date, polarity)


@pytest.mark.parametrize("text, fact", [
    # "<City>-based" / "<City>-headquartered" descriptions, also in an article's first sentence
    ("Shares of Cambricon jumped on Friday after the Beijing-based chip designer reported a profit.",
     ("Cambricon", "headquarteredIn", "Beijing")),
    ("Biren, the Shanghai-headquartered graphics chip start-up, cut a third of its staff.",
     ("Biren Technology", "headquarteredIn", "Shanghai")),
    ("Hygon, the Tianjin-based x86 processor licensee, was added to the Entity List.",
     ("Hygon", "headquarteredIn", "Tianjin")),
    ("Analysts expect Shenzhen-headquartered Huawei to ship more Ascend chips.", ("Huawei", "headquarteredIn", "Shenzhen")),
    # "<City>'s <firm>"
    ("Hangzhou's Alibaba said it would spend more on cloud computing.", ("Alibaba", "headquarteredIn", "Hangzhou")),
    ("Investors piled into Shanghai's MetaX on its first trading day.", ("MetaX", "headquarteredIn", "Shanghai")),
    # a list whose second member carries its own "<City>-based"
    ("Beijing-based Kunlunxin and Shanghai-based Enflame, which compete with Nvidia, raised money.",
     ("Kunlunxin", "competesWith", "Nvidia")),
    ("Beijing-based Kunlunxin and Shanghai-based Enflame, which compete with Nvidia, raised money.",
     ("Enflame", "headquarteredIn", "Shanghai")),
])
def test_home_city(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # "<parent>'s <unit name> unit": the unit is the subsidiary and, after "by", the maker
    ("The Yitian 710 was designed by Alibaba's T-Head chip unit.", ("T-Head", "develops", "Yitian 710")),
    ("The Yitian 710 was designed by Alibaba's T-Head chip unit.", ("T-Head", "subsidiaryOf", "Alibaba")),
    ("Sales of Baidu's Kunlunxin subsidiary doubled last year.", ("Kunlunxin", "subsidiaryOf", "Baidu")),
    ("The phone runs on the Kirin 9010, a processor from Huawei's HiSilicon division.", ("HiSilicon", "develops", "Kirin 9010")),
    # "<firm>'s <year/price> purchase|acquisition|takeover of <firm>" (not a deal that failed)
    ("The probe concerns Nvidia's 2020 acquisition of Mellanox.", ("Mellanox Technologies", "subsidiaryOf", "Nvidia")),
    ("Investors welcomed Nvidia's $7 billion takeover of Mellanox Technologies.", ("Mellanox Technologies", "subsidiaryOf", "Nvidia")),
])
def test_units_and_acquisitions(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    ("Regulators blocked Nvidia's purchase of Mellanox.", ("Mellanox Technologies", "subsidiaryOf", "Nvidia")),
    ("Nvidia's takeover of Mellanox collapsed in the end.", ("Mellanox Technologies", "subsidiaryOf", "Nvidia")),
    # "for its part" is an idiom, not a product of the firm
    ("Nvidia launched the H20 in 2024. SMEE, for its part, was added to the Entity List.", ("Nvidia H20", "restrictedBy", "Entity List")),
    # a prepositional object is not the subject of the coordinated clause
    ("The new rules restricted sales of HBM to China and put 140 firms on the Entity List.",
     ("Entity List", "imposedBy", "China")),
    # an acronym is misspelt in capitals: "Macau" is not the MACA platform
    ("Exports of the H20 to Hong Kong and Macau need a licence under the April 2025 H20 licence requirement.",
     ("MXMACA", "restrictedBy", "April 2025 H20 licence requirement")),
    # "built on" is a passive participle: the topic firm does not develop the architecture
    ("Nvidia sells the H20 in China. Built on the Hopper architecture, it carries 96 GB of memory.",
     ("Nvidia", "develops", "Nvidia Hopper")),
])
def test_precision(text, fact):
    assert fact not in triples(text)


@pytest.mark.parametrize("text, fact", [
    # parenthetical filler between subject and verb
    ("SMEE, for its part, was itself added to the Entity List in 2022.", ("SMEE", "restrictedBy", "Entity List")),
    ("Sophgo, for their part, were later placed on the Entity List.", ("Sophgo", "restrictedBy", "Entity List")),
    # orders as use: "placed <product> orders"
    ("Alibaba and Baidu placed large H20 orders worth $12 billion.", ("Baidu", "uses", "Nvidia H20")),
    ("Alibaba and Baidu placed large H20 orders worth $12 billion.", ("Alibaba", "uses", "Nvidia H20")),
    ("Tencent has booked Ascend 910C orders for next year.", ("Tencent", "uses", "Ascend 910C")),
    ("iFlytek stepped up its Ascend 910B purchases.", ("iFlytek", "uses", "Ascend 910B")),
    # possessive + generic noun + "from|including|such as" list
    ("The rule catches AMD's data-centre accelerators, from the MI250 to the newer MI300X.", ("AMD", "develops", "AMD Instinct MI300X")),
    ("The rule catches AMD's data-centre accelerators, from the MI250 to the newer MI300X.", ("AMD", "develops", "AMD Instinct MI250")),
    ("Huawei's AI processors, including the Ascend 910B, are scarce.", ("Huawei", "develops", "Ascend 910B")),
    ("Cambricon's cloud chips, such as the Siyuan 590, sell well.", ("Cambricon", "develops", "Siyuan 590")),
    # "<firm>, whose <product> ..."
    ("Baidu, whose Kunlun P800 powers its cloud, raised prices.", ("Baidu", "develops", "Kunlun P800")),
    ("Cambricon, whose latest Siyuan 590 targets training, reported a profit.", ("Cambricon", "develops", "Siyuan 590")),
    # "<firm>, another challenger to <firm>"
    ("Biren, another challenger to Nvidia, raised new funds.", ("Biren Technology", "competesWith", "Nvidia")),
    ("MetaX, one of the fastest-growing rivals of Nvidia, listed in Shanghai.", ("MetaX", "competesWith", "Nvidia")),
    # "the <foundry> that made ..., including <product>"
    ("It lost access to TSMC, the foundry that had made its mobile chips, including the Kirin 9000.",
     ("Kirin 9000", "manufacturedBy", "TSMC")),
    ("SMIC makes chips for several designers, such as the Ascend 910B.", ("Ascend 910B", "manufacturedBy", "SMIC")),
    # a description of a foundry already placed elsewhere is an earlier foundry
    ("SMIC makes the Kirin 9000S. TSMC, the Taiwanese foundry, once made the Kirin 9000. "
     "Analysts say the Shanghai foundry used its N+2 process.", ("SMIC", "headquarteredIn", "Shanghai")),
    # a leading participle clause describes the main clause's subject
    ("Built on the Hopper architecture and packing 141 GB of HBM3e, the H200 is faster than the H100.",
     ("Nvidia H200", "memoryGB", 141)),
    ("Nvidia designed the H20 for China. Built on the Hopper architecture and carrying 96 GB of memory, it sold well.",
     ("Nvidia H20", "memoryGB", 96)),
])
def test_round6_relations(text, fact):
    assert fact in triples(text)


def test_outlet_apposition_and_titles_name_no_other_firm():
    text = ("When Huawei Technologies put the Mate 60 Pro on sale during a visit by Commerce Secretary Gina Raimondo, "
            "the company published nothing. Within a week, TechInsights, the Ottawa-based reverse-engineering firm, "
            "had taken the handset apart.")
    got = triples(text)
    assert ("TechInsights", "headquarteredIn", "Ottawa") in got
    assert not {f for f in got if f[1] == "headquarteredIn" and f[0] != "TechInsights"}
