"""The registry's geography (countries, Chinese and world cities) and how the extractor uses it."""

from __future__ import annotations

import pytest

from kg import ontology as o
from kg.extract.gazetteer import Gazetteer
from kg.extract.textnorm import fold
from pattern_helpers import claim_triples


@pytest.fixture(scope="module")
def reg():
    return o.load_registry()


@pytest.fixture(scope="module")
def gaz(reg):
    return Gazetteer(reg)


def _labels(reg) -> dict[str, str]:
    return {o.normalize_label(t): iri for iri, e in reg.items() for _, t in e.labels + e.alt_labels}


def test_every_country_and_many_cities(reg):
    by_cls: dict[str, int] = {}
    for e in reg.values():
        by_cls[e.cls] = by_cls.get(e.cls, 0) + 1
    assert by_cls["Country"] >= 190 and by_cls["City"] >= 300
    get = lambda slug: reg[o.ENTITY_NS + slug]  # noqa: E731
    assert dict(get("munich").labels) == {"en": "Munich", "it": "Monaco di Baviera", "zh": "慕尼黑"}
    assert get("macau").cls == get("hong-kong").cls == "City" and get("taiwan").cls == "Country"
    assert dict(get("mexico").labels)["it"] == "Messico" and get("shenyang").label("zh") == "沈阳"


@pytest.mark.parametrize("label", [
    # common words, people's names, products of this domain, ambiguous names
    "Chad", "Jordan", "Georgia", "Guinea", "Monaco", "Congo", "DRC", "Taishan", "Kunlun", "Reading", "Nice",
    "Genoa", "Milan", "Rome", "Turin", "Naples", "Venice",  # AMD EPYC code names
    # Chinese short forms that occur inside common words
    "加纳", "海地", "苏丹", "马里", "加蓬", "台中", "滑铁卢", "海口", "大同", "北海", "日照", "汉堡", "中山", "南通", "里加",
])
def test_ambiguous_place_names_are_not_place_labels(reg, label):
    iri = _labels(reg).get(o.normalize_label(label))
    assert iri is None or reg[iri].cls not in ("Place", "Country", "City")


@pytest.mark.parametrize("text", ["美国商务部将12家企业追加纳入实体清单。", "沿海地区的数据中心", "在平台中部署模型",
                                  "该公司的业绩遭遇滑铁卢。", "他曾夸下海口。"])
def test_no_place_inside_common_chinese_words(gaz, text):
    assert not [m for m in gaz.find(text, fold(text)) if m.cls in ("Place", "Country", "City")]


def test_short_places_are_not_fuzzy_matches(gaz):
    text = "Nvida said Susan Chen will lead the Turing team."
    assert {m.iri.rsplit("/", 1)[-1] for m in gaz.fuzzy(text, [])} == {"nvidia"}


@pytest.mark.parametrize("text, lang, fact", [
    ("Micron, based in Boise, Idaho, reported record sales.", "en", ("Micron Technology", "headquarteredIn", "Boise")),
    ("Qualcomm, the San Diego chipmaker, sells modems to Xiaomi.", "en", ("Qualcomm", "headquarteredIn", "San Diego")),
    ("GlobalFoundries opened a fab in Dresden, Germany.", "en", ("Dresden", "locatedIn", "Germany")),
    ("Qualcomm, con sede a San Diego, vende modem a Xiaomi.", "it", ("Qualcomm", "headquarteredIn", "San Diego")),
    ("Micron, che ha sede a Boise, nell'Idaho, ha chiuso un trimestre record.", "it", ("Micron Technology", "headquarteredIn", "Boise")),
    ("美光总部位于博伊西，并在广岛设有工厂。", "zh", ("Micron Technology", "headquarteredIn", "Boise")),
    ("芯源微总部位于沈阳，主营涂胶显影设备。", "zh", ("Kingsemi", "headquarteredIn", "Shenyang")),
])
def test_headquarters_in_new_places(text, lang, fact):
    assert fact in claim_triples(text, lang)


@pytest.mark.parametrize("text", [
    "Nvidia sells the H20 in China. STMicroelectronics, headquartered in Geneva, makes power chips.",
    "Nvidia sells the H20 in China. Infineon Technologies, based in Munich, makes power chips.",
    "Nvidia vende l'H20 in Cina. STMicroelectronics, con sede a Ginevra, produce chip di potenza.",
])
def test_an_unknown_named_subject_is_not_the_topic(text):
    lang = "it" if " vende " in text else "en"
    got = claim_triples(text, lang)
    assert not {f for f in got if f[0] == "Nvidia" and f[1] == "headquarteredIn"}
