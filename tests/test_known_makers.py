"""Known makers: a registry product and the firm that develops it (read from the product's labels, "Nvidia H20", or
from ontology/makers.tsv), both named in one sentence that denies nothing, give "maker develops product" — world
knowledge that carries over to wordings no pattern covers. The sentences are new."""

from __future__ import annotations


import pytest

from kg import ontology
from kg.extract.rules import _registry_makers
from pattern_helpers import claim_triples


def _label(iri: str) -> str:
    return ontology.load_registry()[iri].label("en")


def test_makers_come_from_labels():
    got = {_label(p): _label(m) for p, m in _registry_makers().items()}
    assert got["Nvidia H20"] == "Nvidia"
    assert got["MTT S4000"] == "Moore Threads"


def test_every_tsv_row_names_a_product_and_an_organisation():
    reg = ontology.load_registry()
    for product, maker in ontology.product_makers().items():
        assert reg[product].cls in ("Chip", "System", "SoftwarePlatform"), _label(product)
        assert reg[maker].cls in ("Company", "Foundry", "Organization"), (_label(product), _label(maker))


@pytest.mark.parametrize("text, lang, fact", [
    ("Analysts at Bernstein expect Nvidia to ship about a million H20 units to Chinese buyers this year.", "en",
     ("Nvidia", "develops", "Nvidia H20")),
    ("Secondo Morgan Stanley, Moore Threads venderà quest'anno 20.000 MTT S4000 ai centri dati statali.", "it",
     ("Moore Threads", "develops", "MTT S4000")),
    ("券商预计，寒武纪今年思元590的出货量将超过十万片。", "zh", ("Cambricon", "develops", "Siyuan 590")),
])
def test_a_product_named_with_its_maker(text, lang, fact):
    assert fact in claim_triples(text, lang)


@pytest.mark.parametrize("text, lang, fact", [
    # the maker is not named in the sentence
    ("Analysts expect about a million H20 units to reach Chinese buyers this year.", "en",
     ("Nvidia", "develops", "Nvidia H20")),
    # a sentence that denies something states no knowledge of its own
    ("Nvidia has not shipped a single H20 since April, the filing shows.", "en", ("Nvidia", "develops", "Nvidia H20")),
    ("寒武纪否认思元590由台积电代工。", "zh", ("Cambricon", "develops", "Siyuan 590")),
])
def test_no_maker_without_both_names_or_under_a_denial(text, lang, fact):
    assert fact not in claim_triples(text, lang)


def test_a_product_near_its_maker_in_the_article():
    text = ("Nvidia reported record revenue on Wednesday. Analysts expect the H20 to sell well in China this year, "
            "despite the new rules.")
    assert ("Nvidia", "develops", "Nvidia H20") in claim_triples(text, "en")


def test_a_maker_named_far_from_the_product_is_not_enough():
    text = ("Nvidia reported record revenue on Wednesday. Its shares rose 4% in late trading. "
            "The company also raised its forecast. Investors cheered the figures. "
            "Analysts expect the H20 to sell well in China this year.")
    assert ("Nvidia", "develops", "Nvidia H20") not in claim_triples(text, "en")


def test_a_product_in_a_denying_sentence_gets_no_maker_from_the_article():
    text = "Nvidia reported record revenue on Wednesday. No H20 was shipped to China in the quarter."
    assert ("Nvidia", "develops", "Nvidia H20") not in claim_triples(text, "en")


def test_a_quoted_chinese_line_is_the_registry_line():
    got = claim_triples("地平线主力产品为「征程」（Journey）系列车载AI芯片。", "zh")
    assert ("Horizon Robotics", "develops", "Horizon Journey") in got


def test_parent_and_foundry_rows_name_the_right_kinds():
    reg = ontology.load_registry()
    for unit, parent in ontology.unit_parents().items():
        assert reg[unit].cls in ("Company", "Foundry", "Organization", "GovernmentBody", "MediaOutlet"), _label(unit)
        assert reg[parent].cls in ("Company", "Foundry", "Organization", "GovernmentBody"), _label(parent)
    for chip, fab in ontology.product_foundries().items():
        assert reg[chip].cls == "Chip", _label(chip)
        assert reg[fab].cls in ("Company", "Foundry"), (_label(chip), _label(fab))


@pytest.mark.parametrize("text, lang, fact", [
    ("Shares of SMIC jumped after teardown photos of the Kirin 9000S circulated online.", "en",
     ("Kirin 9000S", "manufacturedBy", "SMIC")),
    ("Baidu e Kunlunxin hanno presentato insieme il nuovo cluster a Pechino.", "it", ("Kunlunxin", "subsidiaryOf", "Baidu")),
    ("阿里巴巴与平头哥今天在杭州联合举办了发布会。", "zh", ("T-Head", "subsidiaryOf", "Alibaba")),
])
def test_a_unit_with_its_parent_or_a_chip_with_its_foundry(text, lang, fact):
    assert fact in claim_triples(text, lang)


def test_a_denied_foundry_is_never_stated_from_knowledge():
    got = claim_triples("SMIC has never confirmed any role in the Kirin 9000S.", "en")
    assert ("Kirin 9000S", "manufacturedBy", "SMIC") not in got


def test_a_unit_near_its_parent_in_the_article():
    text = "Baidu reported higher cloud revenue. Kunlunxin, meanwhile, is preparing a listing in Hong Kong."
    assert ("Kunlunxin", "subsidiaryOf", "Baidu") in claim_triples(text, "en")


def test_a_discovered_model_of_a_known_line_has_the_line_s_maker():
    got = claim_triples("Cambricon said the MLU370-X8 card is selling well.", "en")
    assert any(s == "Cambricon" and p == "develops" and o.startswith("MLU370-X8") for s, p, o in got), got


def test_a_yardstick_gets_no_maker_from_the_article():
    text = "Nvidia shares fell on Monday. Moore Threads said its MTT S4000 outperforms the A100 in inference."
    got = claim_triples(text, "en")
    assert ("MTT S4000", "outperforms", "Nvidia A100") in got
    assert ("Nvidia", "develops", "Nvidia A100") not in got


@pytest.mark.parametrize("text, lang, fact, present", [
    ("Tencent's stake in Enflame has not been disclosed, but the two work closely together.", "en",
     ("Tencent", "investsIn", "Enflame"), False),
    ("Enflame has yet to ship a card to Tencent.", "en", ("Tencent", "investsIn", "Enflame"), False),
    ("Tencent e Enflame hanno presentato un nuovo cluster di calcolo a Shenzhen.", "it",
     ("Tencent", "investsIn", "Enflame"), True),
])
def test_known_stakes(text, lang, fact, present):
    assert (fact in claim_triples(text, lang)) is present
