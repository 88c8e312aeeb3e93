"""Restrictions news states without naming a measure: bans and probes read from the act, list membership in any
wording, measures followed by their target, and listings that are only in prospect (never asserted)."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples
from kg.extract.rules import RuleExtractor
from kg.model import NEGATIVE, Article


def restricted(text: str, lang: str) -> dict[str, str]:
    """target -> English label of the measure restricting it (asserted claims only)."""
    return {s: o for s, p, o in claim_triples(text, lang) if p == "restrictedBy"}


def imposed(text: str, lang: str) -> dict[str, str]:
    return {s: o for s, p, o in claim_triples(text, lang) if p == "imposedBy"}


# ---------------------------------------------------------------- a measure minted from the act

@pytest.mark.parametrize("lang,text,target,issuer,kind", [
    ("en", "Taiwan's cabinet on Monday banned government agencies from using DeepSeek.", "DeepSeek", "Executive Yuan", "ban"),
    ("en", "The Australian government banned DeepSeek from all government devices on Tuesday.", "DeepSeek",
     "Australian government", "ban"),
    ("en", "SAMR launched a probe into Nvidia.", "Nvidia", "State Administration for Market Regulation", "investigation"),
    ("en", "Micron was banned by Beijing in May 2023.", "Micron Technology", "Chinese government", "ban"),
    ("it", "Pechino ha vietato i chip Micron nelle infrastrutture critiche.", "Micron Technology", "Chinese government",
     "ban"),
    ("zh", "行政院一律禁止公务机关使用DeepSeek。", "DeepSeek", "Executive Yuan", "ban"),
    ("zh", "市场监管总局对高通公司开展立案调查。", "Qualcomm", "State Administration for Market Regulation", "investigation"),
])
def test_an_act_mints_its_measure(lang, text, target, issuer, kind):
    """The measure is named after issuer, kind and target, so two articles on one ban share one node."""
    r = restricted(text, lang)
    assert target in r, r
    measure = r[target]
    assert kind in measure and issuer in measure
    assert imposed(text, lang).get(measure) == issuer


def test_the_minted_measure_is_provisional_and_labelled_in_the_article_language():
    res = RuleExtractor().extract(Article(text="市场监管总局对高通公司开展立案调查。", lang="zh", source_key="t",
                                          date="2025-10-10"))
    pol = next(e for e in res.entities.values() if e.cls == "Policy")
    assert pol.provisional
    assert dict(pol.labels)["zh"].endswith("的调查") and "高通" in dict(pol.labels)["zh"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The US has not banned DeepSeek."),
    ("en", "Beijing denied it had banned Micron chips."),
    ("it", "Il governo australiano non ha vietato DeepSeek."),
    ("zh", "行政院并未禁止公务机关使用DeepSeek。"),
])
def test_a_negated_or_denied_act_mints_nothing(lang, text):
    assert restricted(text, lang) == {} and imposed(text, lang) == {}


def test_washington_blacklisting_a_firm_is_the_entity_list_and_the_pentagon_is_not():
    assert restricted("US blacklists China's top chipmaker SMIC, drone maker DJI", "en")["SMIC"] == "Entity List"
    assert restricted("Biren, blacklisted by Washington in 2023, plans an IPO.", "en")["Biren Technology"] == "Entity List"
    r = restricted("The Pentagon blacklisted Xiaomi in January 2021.", "en")
    assert r["Xiaomi"] != "Entity List" and "Department of Defense" in r["Xiaomi"]


# ---------------------------------------------------------------- a measure followed by its target

@pytest.mark.parametrize("lang,text,target", [
    ("it", "La SAMR ha avviato un'indagine antitrust su Qualcomm.", "Qualcomm"),
    ("it", "L'indagine antitrust della SAMR su Qualcomm riguarda Autotalks.", "Qualcomm"),
    ("en", "The CAC's cybersecurity review of Micron started in March 2023.", "Micron Technology"),
])
def test_a_measure_restricts_the_firm_named_right_after_it(lang, text, target):
    assert target in restricted(text, lang)


# ---------------------------------------------------------------- list membership in any wording

@pytest.mark.parametrize("lang,text,firms", [
    ("en", "Sophgo goes on the Entity List.", {"Sophgo"}),
    ("en", "Moore Threads landed on the Entity List in October 2023.", {"Moore Threads"}),
    ("en", "Fujian Jinhua - a DRAM maker on the US Entity List since 2018 - aims to produce HBM.", {"Fujian Jinhua Integrated Circuit"}),
    ("en", "The Entity List now includes Biren and Moore Threads.", {"Biren Technology", "Moore Threads"}),
    ("en", "Sophgo, which was placed on the US trade blacklist in January, denied the report.", {"Sophgo"}),
    ("it", "Hygon, anch'essa nella lista nera di Washington dal 2019, ha scelto ROCm.", {"Hygon"}),
    ("zh", "已被列入实体清单的海光信息表示营收增长。", {"Hygon"}),
    ("zh", "同在实体清单上的寒武纪股价上涨。", {"Cambricon"}),
])
def test_a_firm_on_a_list(lang, text, firms):
    r = restricted(text, lang)
    assert {f for f in firms if r.get(f) == "Entity List"} == firms, r


def test_the_listed_firm_is_not_one_named_in_another_phrase():
    """"Huawei has been competing with Nvidia for orders despite being on the Entity List": Nvidia is not listed."""
    text = ("Huawei, whose Ascend processors have become the main home-grown alternative to the H20, has been competing "
            "with Nvidia for orders from Chinese cloud providers despite having been on the US Entity List since 2019.")
    assert "Nvidia" not in restricted(text, "en")


@pytest.mark.parametrize("lang,text", [
    ("en", "CXMT could be added to the Entity List soon."),
    ("en", "Washington is considering adding CXMT to the Entity List."),
    ("en", "The US may add CXMT to the Entity List."),
    ("it", "CXMT potrebbe presto essere inserita nella Entity List."),
    ("zh", "长鑫存储或将被列入实体清单。"),
])
def test_a_listing_in_prospect_is_not_asserted(lang, text):
    assert restricted(text, lang) == {}


def test_a_firm_already_listed_stays_listed_beside_a_modal_about_something_else():
    assert restricted("Huawei, on the Entity List since 2019, may launch a new chip.", "en") == {"Huawei": "Entity List"}
    assert restricted("早在2019年6月，中科曙光、海光以及无锡江南计算技术研究所等五家实体就已被美方纳入实体清单。", "zh")


def test_an_italian_report_called_false_states_no_known_stake():
    """"Tencent ha definito «false» le notizie di un suo ingresso nel capitale di Moore Threads": the known stake
    (ontology/investors.tsv) is not asserted from a sentence that calls a report false."""
    text = ("Tencent ha definito «false» le notizie di un suo ingresso nel capitale di Moore Threads, pur confermando "
            "la partecipazione in Enflame.")
    res = RuleExtractor().extract(Article(text=text, lang="it", source_key="t", date="2025-06-01"))
    asserted = {(c.subject.rsplit("/", 1)[-1], c.predicate, str(c.object).rsplit("/", 1)[-1])
                for c in res.claims if c.polarity != NEGATIVE}
    assert ("tencent", "investsIn", "moore-threads") not in asserted


# ---------------------------------------------------------------- known listings (ontology/listings.tsv)

def test_a_known_listing_is_stated_when_the_firm_and_the_list_share_a_sentence():
    assert restricted("Huawei has learned to live with the Entity List.", "en") == {"Huawei": "Entity List"}
    assert restricted("华为早已适应了实体清单带来的压力。", "zh") == {"Huawei": "Entity List"}


def test_a_known_listing_is_not_stated_before_its_year_or_in_a_sentence_that_denies():
    from kg.extract.rules import RuleExtractor as RE
    res = RE().extract(Article(text="Biren has so far learned to live with the Entity List.", lang="en",
                               source_key="t", date="2022-05-01"))  # Biren was added in October 2023
    assert not [c for c in res.claims if c.predicate == "restrictedBy" and c.polarity != NEGATIVE]
    assert "Cambricon" not in restricted("Cambricon denied that the Entity List had hurt its sales.", "en")


# ---------------------------------------------------------------- the issuer of a policy of known jurisdiction

def test_a_policy_of_known_jurisdiction_is_imposed_by_the_body_of_that_jurisdiction_named_with_it():
    assert imposed("Washington's October 2023 rules shut the H800 out of China.", "en") == {
        "October 2023 export controls": "US government"}
    # the unit, not its parent, when both are named; a Chinese body is no issuer of a US list
    got = imposed("Il Bureau of Industry and Security, l'ufficio del Dipartimento del Commercio statunitense, "
                  "aggiorna la Entity List.", "it")
    assert got.get("Entity List") == "Bureau of Industry and Security"
    assert "Entity List" not in imposed("China's Ministry of Commerce criticised the Entity List.", "en")


def test_a_law_is_not_imposed_by_whichever_body_is_named():
    assert "Anti-Foreign Sanctions Law" not in imposed(
        "China's Ministry of Commerce said the Anti-Foreign Sanctions Law applies to the guidance.", "en")


def test_a_chip_named_with_the_round_that_barred_it_is_excluded_by_it():
    got = claim_triples("DeepSeek trained V3 on H800s, which the October 2023 rules later cut off.", "en")
    assert ("Nvidia H800", "excludedBy", "October 2023 export controls") in got
    # a licence requirement restricts; before the year it began, nothing
    assert ("Nvidia H20", "restrictedBy", "April 2025 H20 licence requirement") in claim_triples(
        "The April 2025 licence requirement hit H20 shipments to Tencent.", "en", date="2025-06-01")


def test_a_known_listing_from_a_nearby_sentence_needs_a_listing_word_in_the_firms_own():
    text = ("BIS published its latest Entity List additions on Wednesday. Also listed: Zhipu, the Beijing model maker. "
            "Cambricon shares rose 5% on the news.")
    got = claim_triples(text, "en", date="2025-01-16")
    assert ("Zhipu AI", "restrictedBy", "Entity List") in got
    assert ("Cambricon", "restrictedBy", "Entity List") not in got  # named nearby, but nothing about a listing


def test_a_known_stake_from_a_nearby_sentence_needs_a_funding_word_in_the_investees_own():
    assert ("Tencent", "investsIn", "Enflame") in claim_triples(
        "Enflame raised a new funding round in 2024. Tencent joined, as it has since 2018.", "en")
    assert ("Tencent", "investsIn", "Enflame") not in claim_triples(
        "Enflame launched a new chip. Tencent shares rose.", "en")
