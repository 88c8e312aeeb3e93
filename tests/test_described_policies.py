"""Policies named only by a description ("the foundry rule", "Japan's new export controls", "7纳米禁令"):
one node per described policy in an article, labelled with the article's wording, tied to its issuer."""

from __future__ import annotations

from kg.extract.rules import RuleExtractor
from kg.model import Article
from pattern_helpers import claim_triples


def _policies(text: str, lang: str) -> dict[str, set[str]]:
    res = RuleExtractor().extract(Article(text=text, lang=lang, source_key="t", date="2025-01-01"))
    return {e.label("en"): {x for _l, x in e.labels + e.alt_labels} for e in res.entities.values() if e.cls == "Policy"}


def test_possessive_country_is_the_issuer():
    got = claim_triples("Japan's new export controls restrict Tokyo Electron and Screen Holdings.", "en")
    assert ("Tokyo Electron", "restrictedBy", "Japanese export controls") in got
    assert ("Screen Holdings", "restrictedBy", "Japanese export controls") in got
    assert ("Japanese export controls", "imposedBy", "Japan") in got


def test_the_article_wording_is_a_label():
    labels = _policies("The Netherlands announced the Dutch export rules that affect ASML.", "en")
    assert "Dutch export rules" in labels["Dutch export controls"]


def test_modifier_makes_a_node_without_an_issuer():
    got = claim_triples("TSMC was hit by the foundry rule, which took effect in January.", "en")
    assert ("TSMC", "restrictedBy", "foundry rule") in got


def test_generic_words_stay_no_node():
    assert not _policies("The rules are complicated, and the new measures will take time.", "en")
    assert not _policies("Washington's rules are strict.", "en")


def test_later_descriptions_of_the_same_issuer_are_one_policy():
    text = ("Japan's revised export control took effect in July and restricts Nikon. "
            "The Netherlands announced the Dutch export rules that affect ASML. "
            "Beijing criticised Japan's measures as discriminatory.")
    pols = _policies(text, "en")
    assert set(pols) == {"Japanese export controls", "Dutch export controls"}
    assert "Japan's measures" in pols["Japanese export controls"]


def test_chinese_modifier_policy_takes_the_issuer_of_the_earlier_description():
    text = "美国商务部致函台积电，要求对大陆客户实施出口限制。这项7纳米禁令限制了寒武纪。"
    pols = _policies(text, "zh")
    assert len(pols) == 1
    (labels,) = pols.values()
    assert "7纳米禁令" in labels


def test_italian_investigation_with_modifier():
    text = "Micron è stata colpita dalla revisione di cybersicurezza della Cyberspace Administration of China."
    labels = _policies(text, "it")
    assert any("revisione di cybersicurezza" in x for x in labels.values())
    assert ("Micron Technology", "restrictedBy", "revisione di cybersicurezza") in claim_triples(text, "it")


def test_a_policy_is_never_imposed_by_another_jurisdiction():
    got = claim_triples("Huawei was added to the Entity List imposed by the Chinese government.", "en")
    assert ("Huawei", "restrictedBy", "Entity List") in got
    assert not {f for f in got if f[1] == "imposedBy"}
    assert not {f for f in claim_triples("Il ministero cinese ha bollato le misure americane; la Entity List è stata "
                                         "imposta dal governo cinese.", "it") if f[1] == "imposedBy"}
    # the same wording with the policy's own government stays
    assert ("Entity List", "imposedBy", "US government") in claim_triples(
        "Huawei was added to the Entity List imposed by the US government.", "en")


def test_jurisdiction_table_names_registry_policies_and_issuers():
    from kg import ontology
    from kg.extract import lexicon as lx
    reg = ontology.load_registry().values()
    policies = {e.label("en") for e in reg if e.cls == "Policy"}
    assert set(lx.POLICY_JURISDICTION) <= policies
    govs = [e.label("en") for e in reg if e.cls == "GovernmentBody"]
    for j, name in (("US", "Bureau of Industry and Security"), ("US", "US government"), ("CN", "Chinese government"),
                    ("CN", "Ministry of Commerce of China"), ("CN", "Cyberspace Administration of China")):
        assert name in govs
        assert next(k for k, rx in lx.ISSUER_JURISDICTION if rx.match(name)) == j
