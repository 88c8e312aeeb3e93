"""English constructions of the rule extractor, on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.model import NEGATIVE, POSITIVE
from pattern_helpers import claim_triples


def triples(text: str, date: str = "2025-01-01", polarity: str = POSITIVE) -> set[tuple]:
    """(subject, predicate, object) of the claims with that polarity, entities by English label."""
    return claim_triples(text, "en", date, polarity)


@pytest.mark.parametrize("text, fact", [
    # "the X of <maker>"
    ("Chinese labs still prefer the H100 of Nvidia for training.", ("Nvidia", "develops", "Nvidia H100")),
    # "<firm> is (best) known for <product>"
    ("Cambricon is best known for the Siyuan 590.", ("Cambricon", "develops", "Siyuan 590")),
    # possessive pronoun with a comma apposition
    ("Moore Threads listed in Shanghai. Its flagship gaming card, the MTT S80, sold well.",
     ("Moore Threads", "develops", "MTT S80")),
    # relative clause with a pronoun subject
    ("SMIC is China's largest foundry. Last year the company made chips for Huawei's chip unit HiSilicon, "
     "including the Kirin 9000S, which it produced on its 7nm process.", ("Kirin 9000S", "manufacturedBy", "SMIC")),
    ("SMIC is China's largest foundry. Last year the company made chips for Huawei's chip unit HiSilicon, "
     "including the Kirin 9000S, which it produced on its 7nm process.", ("SMIC", "supplies", "HiSilicon")),
    ("Alibaba did not reveal the price of the Hanguang 800, which it will use in its data centres.",
     ("Alibaba", "uses", "Hanguang 800")),
    ("Nvidia sells the H20, which ByteDance uses for inference.", ("ByteDance", "uses", "Nvidia H20")),
    # passive voice with a noun after the product
    ("Most Kirin 9000S output is thought to be made by SMIC.", ("Kirin 9000S", "manufacturedBy", "SMIC")),
])
def test_develops_and_makes(text, fact):
    assert fact in triples(text)


def test_policy_description_bound_in_the_same_sentence():
    text = ("The Commerce Department issued updated rules in October 2023, and the new thresholds also catch "
            "the H20 and the H800.")
    got = triples(text, date="2023-11-01")
    assert ("Nvidia H20", "restrictedBy", "October 2023 export controls") in got
    assert ("Nvidia H800", "restrictedBy", "October 2023 export controls") in got


def test_on_the_list_since():
    got = triples("Inspur was added to the Entity List in 2023. Sugon has been on the list since 2019.")
    assert ("Sugon", "restrictedBy", "Entity List") in got


def test_including_between_subject_and_object():
    got = triples("The Commerce Department added Inspur to the Entity List, along with several Chinese server makers "
                  "including Sugon, a step that follows the listing of Huawei.")
    assert {("Inspur", "restrictedBy", "Entity List"), ("Sugon", "restrictedBy", "Entity List"),
            ("Huawei", "restrictedBy", "Entity List")} <= got


def test_policy_that_agency_unveiled():
    got = triples("The export controls that the US Bureau of Industry and Security unveiled on October 7 target "
                  "advanced chips.", date="2022-11-10")
    assert ("October 2022 export controls", "imposedBy", "Bureau of Industry and Security") in got


def test_informed_it_on_a_date_is_not_a_listing():
    got = triples("In a filing, Nvidia said the government informed it on April 9 that the H20 licence requirement "
                  "would stay.", date="2025-04-16")
    assert not any(s == "Nvidia" and p == "restrictedBy" for s, p, _ in got)


@pytest.mark.parametrize("text, fact", [
    ("ByteDance has more than 100,000 H20s in its data centres.", ("ByteDance", "uses", "Nvidia H20")),
    ("Tencent reportedly owns some 20,000 Nvidia H800 GPUs.", ("Tencent", "uses", "Nvidia H800")),
    ("Since March, Baidu and the Shanghai start-up Infinigence have been hosting open models on Huawei's Ascend chips.",
     ("Baidu", "uses", "Ascend")),
    ("Alibaba and Tencent had bought billions of dollars of Nvidia chips, mostly H20s, before the ban.",
     ("Tencent", "uses", "Nvidia H20")),
    ("Alibaba and Tencent had bought billions of dollars of Nvidia chips, mostly H20s, before the ban.",
     ("Alibaba", "uses", "Nvidia H20")),
])
def test_uses(text, fact):
    assert fact in triples(text)


def test_has_without_a_count_is_not_use():
    got = triples("Nvidia has 3 H20 variants. Nvidia offers discounts on the H20.")
    assert not any(p == "uses" for _, p, _ in got)


@pytest.mark.parametrize("text, fact", [
    ("Alibaba is the largest customer of Hygon this year.", ("Hygon", "supplies", "Alibaba")),
    ("Cambricon and Hygon are competing for the same data-centre orders.", ("Cambricon", "competesWith", "Hygon")),
    ("Enflame, Biren's closest rival, raised new money.", ("Enflame", "competesWith", "Biren Technology")),
    ("For AMD, Nvidia remains its fiercest rival.", ("Nvidia", "competesWith", "AMD")),
    ("The deal puts Alibaba in direct competition with Tencent, whose cloud is larger, and with Baidu, which "
     "makes its own chips.", ("Alibaba", "competesWith", "Baidu")),
])
def test_customers_and_rivals(text, fact):
    assert fact in triples(text)


def test_compete_with_a_third_party_is_not_a_pair():
    got = triples("Cambricon and Hygon compete with Nvidia in China.")
    assert ("Cambricon", "competesWith", "Hygon") not in got
    assert ("Cambricon", "competesWith", "Nvidia") in got


def test_rival_followed_by_a_name_is_not_an_apposition():
    got = triples("Tencent, Alibaba's rival ByteDance and Baidu bought H20 chips.")
    assert ("Tencent", "competesWith", "Alibaba") not in got


def test_not_a_customer_is_negative():
    neg = triples("Alibaba is not a customer of Hygon.", polarity=NEGATIVE)
    assert ("Hygon", "supplies", "Alibaba") in neg
    assert ("Hygon", "supplies", "Alibaba") not in triples("Alibaba is not a customer of Hygon.")


def test_rack_of_n_chips():
    got = triples("Huawei's design beats Nvidia's GB200 NVL72, a rack of 72 B200 GPUs.")
    assert ("Nvidia GB200 NVL72", "hasComponent", "Nvidia B200") in got
    assert ("Nvidia GB200 NVL72", "componentCount", 72) in got


def test_capital_of_and_backed_by_after_apposition():
    got = triples("Zhipu, based in Hefei, the provincial capital of Anhui, and backed by Alibaba, is growing. "
                  "Hangzhou, the capital of Zhejiang province, hosts Alibaba.")
    assert ("Hefei", "locatedIn", "Anhui") in got
    assert ("Hangzhou", "locatedIn", "Zhejiang") in got


def test_backed_by_after_based_in():
    got = triples("DeepSeek, based in Hangzhou, and backed by the hedge fund High-Flyer, trains large models.")
    assert ("High-Flyer", "investsIn", "DeepSeek") in got


def test_nationality_of_a_research_firm_is_no_headquarters():
    got = triples("TechInsights, the Canadian research firm, took the phone apart.")
    assert ("TechInsights", "headquarteredIn", "Canada") not in got
    assert ("TechInsights", "headquarteredIn", "Ottawa") in triples("TechInsights, the Ottawa-based research firm, took it apart.")


def test_topic_chip_not_taken_from_a_subordinate_clause():
    text = ("Cambricon sells the Siyuan 590. Because the H20 of Nvidia is scarce, buyers consider the Siyuan 590 "
            "as an alternative to the H20. The chip is made by SMIC.")
    got = triples(text)
    assert ("Siyuan 590", "manufacturedBy", "SMIC") in got
    assert ("Nvidia H20", "manufacturedBy", "SMIC") not in got


def test_firm_subject_blocks_the_topic_chip():
    text = "Moore Threads sells the MTT S80. Analysts ask whether Nvidia will bring out new parts to replace the H20."
    got = triples(text)
    assert ("MTT S80", "alternativeTo", "Nvidia H20") not in got


def test_list_with_apposition_and_city_descriptor():
    got = triples("Since Monday, Huawei Cloud, the cloud unit of Huawei, and the Beijing start-up SiliconFlow have been "
                  "hosting open models on Huawei's Ascend chips.")
    assert {("Huawei Cloud", "uses", "Ascend"), ("SiliconFlow", "uses", "Ascend")} <= got
    assert ("Huawei", "uses", "Ascend") not in got


# --- constructions learnt from blind-written articles (customers, owners, investors, agencies, policies) -------------
@pytest.mark.parametrize("text, fact", [
    # "<customer> is (also / reported to be) <supplier>'s customer"
    ("Alibaba has become one of Nvidia's largest customers in China.", ("Nvidia", "supplies", "Alibaba")),
    ("ByteDance is said to be Microsoft's biggest client in Asia.", ("Microsoft", "supplies", "ByteDance")),
    # "<firm> remains the biggest buyer of <product>"
    ("Tencent remains the largest buyer of the H20 in China.", ("Tencent", "uses", "Nvidia H20")),
    ("Baidu is now a major user of Huawei's Ascend 910B.", ("Baidu", "uses", "Ascend 910B")),
    # "spent $N on <maker> chips"
    ("Last year ByteDance spent about $2 billion on Nvidia chips.", ("Nvidia", "supplies", "ByteDance")),
    ("Alibaba has spent heavily on Huawei hardware.", ("Huawei", "supplies", "Alibaba")),
    # shareholders and funding rounds
    ("Tencent is now Enflame's largest institutional shareholder.", ("Tencent", "investsIn", "Enflame")),
    ("Alibaba, Zhipu's biggest backer, declined to comment.", ("Alibaba", "investsIn", "Zhipu AI")),
    ("The Big Fund is the largest shareholder in SMIC.", ("Big Fund", "investsIn", "SMIC")),
    ("Moore Threads raised 2 billion yuan in a Series B round led by Tencent.", ("Tencent", "investsIn", "Moore Threads")),
    ("Biren closed a funding round that was led by Alibaba.", ("Alibaba", "investsIn", "Biren Technology")),
    # owners and parents
    ("ByteDance, the owner of TikTok, trains models.", ("TikTok", "subsidiaryOf", "ByteDance")),
    ("Alibaba is the parent of T-Head.", ("T-Head", "subsidiaryOf", "Alibaba")),
    ("Kunlunxin's parent company, Baidu, reported results.", ("Kunlunxin", "subsidiaryOf", "Baidu")),
    ("Baidu, which owns Kunlunxin, reported results.", ("Kunlunxin", "subsidiaryOf", "Baidu")),
    ("Kunlunxin, a chip designer majority-owned by Baidu, filed for an IPO.", ("Kunlunxin", "subsidiaryOf", "Baidu")),
    # an agency of a ministry
    ("BIS, part of the Commerce Department, issued the rules.",
     ("Bureau of Industry and Security", "subsidiaryOf", "US Department of Commerce")),
    ("The Commerce Department's Bureau of Industry and Security published the list.",
     ("Bureau of Industry and Security", "subsidiaryOf", "US Department of Commerce")),
    # a policy described by an apposition or a zero relative
    ("Chip stocks rose after the Entity List, the blacklist that the Commerce Department maintains, grew again.",
     ("Entity List", "imposedBy", "US Department of Commerce")),
    ("The Entity List the Commerce Department introduced in 1997 now names hundreds of Chinese firms.",
     ("Entity List", "imposedBy", "US Department of Commerce")),
    ("Sophgo, which Washington put on its Entity List last year, sells chips.", ("Sophgo", "restrictedBy", "Entity List")),
    # supplying a product to a buyer
    ("Huawei sold 10,000 Ascend 910B chips to Baidu.", ("Baidu", "uses", "Ascend 910B")),
    ("AMD will ship its MI308 accelerators to Alibaba.", ("Alibaba", "uses", "AMD Instinct MI308")),
    ("AMD said that it will sell 10,000 MI308 chips to Alibaba.", ("AMD", "supplies", "Alibaba")),
    ("Huawei has provided iFlytek with Ascend servers.", ("Huawei", "supplies", "iFlytek")),
    # contrast: "Unlike X, Y has not ..." / "Like X, Y ..."
    ("Unlike Huawei, ByteDance has not been placed on the US Entity List.", ("Huawei", "restrictedBy", "Entity List")),
    ("Like SMIC, YMTC was added to the Entity List.", ("SMIC", "restrictedBy", "Entity List")),
    # "both built at 7nm": every product of the list
    ("Nvidia sells two chips, the A800 and the H800, both built at 7nm.", ("Nvidia A800", "processNodeNm", 7)),
    ("Nvidia sells two chips, the A800 and the H800, both built at 7nm.", ("Nvidia H800", "processNodeNm", 7)),
])
def test_blind_article_constructions(text, fact):
    assert fact in triples(text)


def test_policy_saying_that_using_products_breaches_it():
    got = triples("Last week BIS published guidance warning that buying Huawei's Ascend 910C or Ascend 910B may violate "
                  "US rules.", date="2025-05-22")
    assert ("Ascend 910C", "restrictedBy", "May 2025 BIS guidance on Huawei Ascend chips") in got
    assert ("Ascend 910B", "restrictedBy", "May 2025 BIS guidance on Huawei Ascend chips") in got
    assert ("Huawei", "restrictedBy", "May 2025 BIS guidance on Huawei Ascend chips") not in got


def test_mentions_inside_a_parenthetical_are_not_the_subject():
    assert ("Nvidia", "headquarteredIn", "Beijing") not in triples(
        "Moore Threads, founded by former Nvidia executive James Zhang, is headquartered in Beijing.")
    got = triples("Baidu, the parent company of Kunlunxin, uses the P800.")
    assert ("Baidu", "uses", "Kunlun P800") in got and ("Kunlunxin", "uses", "Kunlun P800") not in got
    got = triples("Moore Threads, founded by former Nvidia executives, is backed by Tencent.")
    assert ("Tencent", "investsIn", "Nvidia") not in got


def test_no_supply_when_the_sale_is_barred_or_unclear():
    assert ("Tencent", "uses", "Nvidia H20") not in triples("Nvidia stopped selling the H20 to Tencent.")
    assert ("Tencent", "uses", "Nvidia H20") not in triples("Nvidia is barred from selling the H20 to Tencent.")
    assert ("Alibaba", "subsidiaryOf", "Nvidia") not in triples("Alibaba bought Nvidia chips last year.")
    # "the company": which one is unclear, so no supplier is named
    got = triples("Nvidia will supply GB300 chips to Humain, a new AI company owned by the Public Investment Fund, "
                  "and AMD agreed separately to provide the company with its own accelerators.")
    assert ("AMD", "supplies", "Nvidia") not in got
    assert ("Humain", "subsidiaryOf", "AMD") not in got


def test_relative_pronoun_subject_is_the_head_noun():
    got = triples("Enflame sells the T20. The company also writes its own software stack, TopsRider, which it offers "
                  "to customers as a substitute for Nvidia's CUDA.")
    assert ("TopsRider", "alternativeTo", "CUDA") in got
    assert ("Enflame T20", "alternativeTo", "CUDA") not in got


def test_model_numbers_are_not_fuzzy_matched():
    got = triples("Nvidia said it would supply 18,000 of its GB300 chips to Tencent.")
    assert ("Nvidia", "develops", "Nvidia GB300") in got and ("Nvidia", "develops", "Nvidia GB200") not in got
    assert ("Nvidia", "supplies", "Tencent") in got


def test_a_firm_named_only_as_an_agent_is_not_the_next_topic():
    got = triples("Enflame's first chip is the Suisi DTU. The chip was fabricated not by TSMC but by GlobalFoundries. "
                  "The company also writes its own software, TopsRider.")
    assert ("Suisi DTU", "manufacturedBy", "GlobalFoundries") in got
    assert ("Enflame", "develops", "TopsRider") in got
    assert ("TSMC", "develops", "TopsRider") not in got


# -- round 3: negated supply, national descriptions, possessor pronouns, lists, memory, fractions ---------------------

def test_no_longer_supply_the_national_description_is_negative():
    # the foundry named as "the world's biggest chipmaker" stops supplying "the Chinese firm" (another firm)
    for text in ("Huawei relied on TSMC for years. Next month the world's biggest contract chipmaker will no longer "
                 "supply the Chinese firm.",
                 "Huawei relied on TSMC for years. From October the world's largest foundry will stop supplying "
                 "the Chinese company."):
        assert ("TSMC", "supplies", "Huawei") not in triples(text)
    neg = triples("Huawei relied on TSMC for years. Next month the world's biggest contract chipmaker will no longer "
                  "supply the Chinese firm.", polarity=NEGATIVE)
    assert ("TSMC", "supplies", "Huawei") in neg


def test_chips_made_to_a_firms_designs_are_not_shipped_to_it():
    assert ("TSMC", "supplies", "Huawei") not in triples("TSMC kept shipping wafers built to Huawei's specifications.")
    assert ("TSMC", "supplies", "Huawei") not in triples("Friday is the final day on which TSMC may deliver chips "
                                                         "made to Huawei's designs.")
    assert ("TSMC", "supplies", "Huawei") in triples("TSMC shipped the last wafers to Huawei in September.")


@pytest.mark.parametrize("text, fact", [
    # an apposition with a city description names the firm before it, not the article's topic
    ("Nvidia sells the H20. The rules hit Alibaba Group, the Hangzhou-based e-commerce group, last year.",
     ("Alibaba", "headquarteredIn", "Hangzhou")),
    # "put X, ..., and N affiliates on the Entity List": the government issues the list
    ("The Commerce Department placed Huawei, the telecoms giant, and dozens of its affiliates on the Entity List.",
     ("Entity List", "imposedBy", "US Department of Commerce")),
    ("The Commerce Department added Sophgo and a handful of other chip designers to the Entity List.",
     ("Sophgo", "restrictedBy", "Entity List")),
    # "a 7nm chip fabricated by <foundry>": an apposition with a foundry is manufacture
    ("The phone uses the Kirin 9000S, a 7nm processor produced by SMIC.", ("Kirin 9000S", "manufacturedBy", "SMIC")),
    # a foundry that opens the sentence stays the topic for "it"
    ("SMIC already makes the Kirin 710A for HiSilicon. It also produces the Ascend 910B.",
     ("Ascend 910B", "manufacturedBy", "SMIC")),
    ("SMIC, the Shanghai foundry, already fabricates the mid-range Kirin 710A for HiSilicon on its 14nm node.",
     ("SMIC", "supplies", "HiSilicon")),
    ("TSMC had produced chips for Sophgo, and the dies later turned up in Huawei hardware.", ("TSMC", "supplies", "Sophgo")),
    # "the same rule named X"
    ("The Commerce Department added Zhipu to the Entity List. The same rule named Sophgo.",
     ("Sophgo", "restrictedBy", "Entity List")),
])
def test_round3_constructions(text, fact):
    assert fact in triples(text)


def test_possessor_pronoun_is_the_topic_firm_not_a_named_one():
    for text in ("Moore Threads listed in Shanghai on Friday. Tencent and ByteDance are among its early investors.",
                 "Moore Threads listed in Shanghai on Friday. Tencent, one of its biggest shareholders, declined to comment."):
        got = triples(text)
        assert ("Tencent", "investsIn", "Moore Threads") in got


def test_opening_participle_clause_is_not_an_apposition():
    got = triples("Zhipu AI was added to the list. Set up in 2019 by engineers from Tsinghua University, the Beijing-based "
                  "startup builds large language models.")
    assert ("Tsinghua University", "headquarteredIn", "Beijing") not in got
    assert ("Zhipu AI", "headquarteredIn", "Beijing") in got


def test_a_chip_designer_is_not_an_unnamed_chip():
    got = triples("The list named Sophgo, a chip designer linked to Bitmain.")
    assert not any("unnamed" in str(o) or "unnamed" in str(s) for s, _p, o in got)


def test_a_firm_noun_before_rule_is_not_the_firm():
    got = triples("TSMC makes the Ascend 910B. The foundry rule applies to SMIC as well.")
    assert ("TSMC", "restrictedBy", "Entity List") not in got and not any(s == "TSMC" and p == "restrictedBy" for s, p, _o in got)


@pytest.mark.parametrize("text, fact", [
    # compound modifier in a possessive
    ("Nvidia's China-bound H20 went on sale.", ("Nvidia", "develops", "Nvidia H20")),
    ("Nvidia has quietly prepared the L20 for Chinese buyers.", ("Nvidia", "develops", "Nvidia L20")),
    ("The rules caught the A800 and H800, the chips Nvidia had created for China.", ("Nvidia", "develops", "Nvidia H800")),
    # "are all reported to have bought", "was said last year to have ordered ... from"
    ("Tencent and Baidu are all reported to have bought the H20.", ("Baidu", "uses", "Nvidia H20")),
    ("Baidu was said last month to have ordered Ascend 910B chips from Huawei.", ("Huawei", "supplies", "Baidu")),
    # memory: "N GB, more than the M GB of X's Y"
    ("The H20 packs 96 GB of memory, more than the 80 GB of Nvidia's own H100.", ("Nvidia H20", "hasMoreMemoryThan",
                                                                               "Nvidia H100")),
    # "delivers only a fraction of what Y does"
    ("The H20 delivers only a fraction of what the H100 does.", ("Nvidia H100", "outperforms", "Nvidia H20")),
    ("The H20 offers roughly a third of the performance of the H100.", ("Nvidia H100", "outperforms", "Nvidia H20")),
])
def test_round3_products(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # a foundry producing a firm's designs supplies that firm
    ("SMIC fabricates most of Huawei's AI chips.", ("SMIC", "supplies", "Huawei")),
    ("TSMC kept making HiSilicon's processors until September.", ("TSMC", "supplies", "HiSilicon")),
    # a buyer of chips designed/made by a firm is that firm's customer
    ("Tencent has switched to accelerators made by Enflame.", ("Enflame", "supplies", "Tencent")),
    ("ByteDance will train the model mostly on processors designed by Huawei.", ("Huawei", "supplies", "ByteDance")),
    # memory of a possessed product: "the 64 GB of Huawei's Ascend 910B"
    ("The H20 has 96 GB, while the 64 GB of Huawei's Ascend 910B is far less.", ("Ascend 910B", "memoryGB", 64)),
])
def test_round3_supply_and_memory(text, fact):
    assert fact in triples(text)


def test_not_buying_chips_designed_by_a_firm_is_negative():
    assert ("Nvidia", "supplies", "Baidu") in triples("Baidu does not buy chips designed by Nvidia.", polarity=NEGATIVE)
    assert ("Nvidia", "supplies", "Baidu") not in triples("Baidu does not buy chips designed by Nvidia.")


# --- round 4: constructions from the third blind set (possessed objects, asides, orders, versions) -----------------

@pytest.mark.parametrize("text, fact, absent", [
    # a policy verb's object is the possessed product, not its maker
    ("The new licence requirement also hit AMD's MI308 accelerator.",
     ("AMD Instinct MI308", "restrictedBy", "April 2025 H20 licence requirement"),
     ("AMD", "restrictedBy", "April 2025 H20 licence requirement")),
    ("The October 2023 rules caught Nvidia's H800 as well.",
     ("Nvidia H800", "restrictedBy", "October 2023 export controls"),
     ("Nvidia", "restrictedBy", "October 2023 export controls")),
])
def test_policy_object_is_the_possessed_product(text, fact, absent):
    got = triples(text, date="2025-04-20")
    assert fact in got and absent not in got


@pytest.mark.parametrize("text", [
    "Tencent bought thousands of Nvidia's H800 processors, a chip that was cleared for sale at first but was banned by "
    "the October 2023 rules.",
    "ByteDance stockpiled the H800, a part which China could buy in 2022 and was later restricted by the October 2023 "
    "rules.",
])
def test_coordinated_clause_of_an_apposition_relative(text):
    got = triples(text, date="2024-01-10")
    assert ("Nvidia H800", "restrictedBy", "October 2023 export controls") in got
    assert not {t for t in got if t[0] in ("Tencent", "ByteDance") and t[1] == "restrictedBy"}


@pytest.mark.parametrize("text", [
    "The goods included the H100, which cannot be shipped to China without a licence under the October 2022 rules.",
    "Since then the H100 can no longer be sold to Chinese buyers without a US licence under the October 2022 rules.",
    "Nvidia's H100 could not be exported to China without an export licence under the October 2022 rules.",
])
def test_cannot_without_a_licence_is_a_restriction(text):
    assert ("Nvidia H100", "restrictedBy", "October 2022 export controls") in triples(text, date="2023-01-10")
    assert ("Nvidia H100", "restrictedBy", "October 2022 export controls") not in triples(
        text, date="2023-01-10", polarity=NEGATIVE)


def test_aside_with_like_shares_the_fact_and_unlike_does_not():
    got = triples("Alibaba, like ByteDance and Tencent, remains a big customer of Nvidia.")
    assert {("Nvidia", "supplies", "Alibaba"), ("Nvidia", "supplies", "ByteDance"),
            ("Nvidia", "supplies", "Tencent")} <= got
    got = triples("Baidu, unlike Alibaba, is a customer of Huawei.")
    assert ("Huawei", "supplies", "Baidu") in got and ("Huawei", "supplies", "Alibaba") not in got


@pytest.mark.parametrize("text, fact", [
    ("Tencent placed a large order for AI servers with Inspur last month.", ("Inspur", "supplies", "Tencent")),
    ("ByteDance has signed orders worth $1 billion with Huawei.", ("Huawei", "supplies", "ByteDance")),
    ("Alibaba reportedly requested 5,000 of Nvidia's H20 chips.", ("Alibaba", "uses", "Nvidia H20")),
    ("Tencent, which runs its own cloud, asked for thousands of H20 chips.", ("Tencent", "uses", "Nvidia H20")),
])
def test_orders_and_requests(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    ("Huawei sells its chips through HiSilicon, its semiconductor unit, and other partners.",
     ("HiSilicon", "subsidiaryOf", "Huawei")),
    ("Alibaba invests heavily in T-Head, its chip design subsidiary.", ("T-Head", "subsidiaryOf", "Alibaba")),
])
def test_firm_its_unit(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, facts", [
    ("The H20 is a detuned version of Nvidia's H100.",
     {("Nvidia", "develops", "Nvidia H20"), ("Nvidia H100", "outperforms", "Nvidia H20")}),
    ("Nvidia designed the A800, a watered-down variant of the A100, for Chinese buyers.",
     {("Nvidia A100", "outperforms", "Nvidia A800")}),
])
def test_weaker_version_of(text, facts):
    assert facts <= triples(text)


def test_abbreviated_month_with_day_dates_the_policy():
    got = triples("On Oct. 17 the Commerce Department tightened its export controls, extending the ban to the H800.",
                  date="2023-11-08")
    assert ("Nvidia H800", "restrictedBy", "October 2023 export controls") in got


@pytest.mark.parametrize("text, fact", [
    # a pronoun subject of a passive clause inside the sentence ("analysts believe it is made by SMIC")
    ("Huawei unveiled the Ascend 910C last year. Engineers suspect it is made by SMIC.",
     ("Ascend 910C", "manufacturedBy", "SMIC")),
    ("Kunlunxin showed the P800 in Beijing. Insiders say it was fabricated by GlobalFoundries.",
     ("Kunlun P800", "manufacturedBy", "GlobalFoundries")),
    ("Cambricon launched the Siyuan 590 in 2023. Two analysts think it is probably produced by TSMC.",
     ("Siyuan 590", "manufacturedBy", "TSMC")),
])
def test_pronoun_subject_of_a_reported_passive(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # a policy named by a description: "the same package", "the export-control package"
    ("On Oct. 17 the Commerce Department tightened its export controls. The same package covers the H800.",
     ("Nvidia H800", "restrictedBy", "October 2023 export controls")),
    ("On Oct. 17 the Commerce Department tightened its export controls. The export-control package also caught "
     "the A800.", ("Nvidia A800", "restrictedBy", "October 2023 export controls")),
])
def test_package_names_the_policy(text, fact):
    assert fact in triples(text, date="2023-11-08")


@pytest.mark.parametrize("text, fact", [
    # legislation: "passed by Congress", "Congress passed the act"
    ("The CHIPS Act, approved by Congress two years ago, funds new fabs.", ("CHIPS and Science Act", "imposedBy", "US Congress")),
    ("The CHIPS and Science Act was passed by Congress in July 2022.", ("CHIPS and Science Act", "imposedBy", "US Congress")),
    ("Congress passed the CHIPS Act with bipartisan support.", ("CHIPS and Science Act", "imposedBy", "US Congress")),
])
def test_legislation_passed_by(text, fact):
    assert fact in triples(text)


def test_implicit_subject_is_the_latest_topic():
    text = ("Nvidia sells gaming cards in China. Why can buyers no longer get the RTX 4090? "
            "Because of the export controls the Commerce Department announced on Oct. 17.")
    got = triples(text, date="2023-11-20")
    assert ("Nvidia RTX 4090", "restrictedBy", "October 2023 export controls") in got
    assert ("Nvidia", "restrictedBy", "October 2023 export controls") not in got


def test_numbers_of_a_pronoun_subject():
    text = ("Nvidia has launched the RTX 4090D in China. It has 24GB of memory and draws 425 watts, "
            "against 450 watts for the RTX 4090.")
    got = triples(text)
    assert {("Nvidia RTX 4090D", "memoryGB", 24), ("Nvidia RTX 4090D", "powerWatts", 425),
            ("Nvidia RTX 4090", "powerWatts", 450)} <= got
    assert ("Nvidia RTX 4090", "powerWatts", 425) not in got


@pytest.mark.parametrize("text, facts", [
    # an apposition that makes the firm a buyer of another firm's products
    ("Lenovo, a big buyer of AMD processors, reported higher sales.", {("AMD", "supplies", "Lenovo")}),
    ("Alibaba, the largest cloud provider in China and a major customer of Nvidia's chips, declined to comment.",
     {("Nvidia", "supplies", "Alibaba")}),
    ("Tencent, one of the biggest customers of Intel and AMD hardware, is testing new servers.",
     {("Intel", "supplies", "Tencent"), ("AMD", "supplies", "Tencent")}),
])
def test_apposition_buyer_of(text, facts):
    assert facts <= triples(text)




def test_architecture_is_not_the_subject_of_a_figure():
    got = triples("Nvidia launched the L20 last year. Built on the Ada architecture and carrying 48 GB of GDDR6 "
                  "memory, it sells for far less than the flagship H100.")
    assert ("Nvidia L20", "memoryGB", 48) in got
    assert not {f for f in got if f[1] == "memoryGB" and f[0] != "Nvidia L20"}
