"""ontology/homes.tsv: where registry firms are at home, used to check what a description can name
("the Taiwanese chipmaker" after Huawei and TSMC is TSMC; "the Veldhoven company" is ASML) and never
written to the graph as a claim."""

from __future__ import annotations


import pytest

from kg import ontology
from pattern_helpers import claim_triples


def _label(iri: str) -> str:
    return ontology.load_registry()[iri].label("en")


def test_every_row_names_a_registry_firm_and_place():
    homes = ontology.firm_homes()
    reg = ontology.load_registry()
    assert len(homes) >= 200
    for firm, (country, city) in homes.items():
        assert reg[firm].cls in ("Company", "Foundry"), _label(firm)
        assert reg[country].cls == "Country", (_label(firm), _label(country))
        assert city is None or reg[city].cls == "City", (_label(firm), _label(city))


def test_well_known_homes():
    got = {_label(f): (_label(c), _label(t) if t else None) for f, (c, t) in ontology.firm_homes().items()}
    assert got["TSMC"] == ("Taiwan", "Hsinchu")
    assert got["ASML"] == ("Netherlands", "Veldhoven")
    assert got["Huawei"][0] == "China"
    assert got["Nvidia"][0] == "United States"


@pytest.mark.parametrize("text, lang", [
    ("Huawei designed the Ascend 910 and TSMC made it. The Taiwanese chipmaker also builds the Kirin 9000.", "en"),
])
def test_a_national_description_names_the_firm_of_that_nation(text, lang):
    got = claim_triples(text, lang)
    assert ("Kirin 9000", "manufacturedBy", "TSMC") in got
    assert ("Kirin 9000", "manufacturedBy", "Huawei") not in got
    assert not {t for t in got if t[1] == "headquarteredIn"}  # a nationality is no stated headquarters


def test_a_national_description_with_no_firm_of_that_nation_names_none():
    got = claim_triples("Huawei designed the Ascend 910. The Taiwanese chipmaker stopped shipments in 2020.", "en")
    assert not {t for t in got if t[1] == "headquarteredIn"}


def test_a_city_description_names_the_firm_at_home_there():
    got = claim_triples("ASML sold machines to SMIC. SMIC made the Kirin 9000S. "
                        "The Veldhoven company has never shipped EUV tools to China.", "en")
    assert ("ASML", "headquarteredIn", "Veldhoven") in got
    assert ("SMIC", "headquarteredIn", "Veldhoven") not in got


def test_an_apposition_against_the_known_home_is_not_asserted():
    got = claim_triples("Huawei, the Taiwanese company, ships phones.", "en")
    assert ("Huawei", "headquarteredIn", "Taiwan") not in got


@pytest.mark.parametrize("text, lang, fact", [
    ("Nvidia domina l'addestramento dei modelli, un campo in cui il gruppo di Santa Clara non ha rivali.", "it",
     ("Nvidia", "headquarteredIn", "Santa Clara")),
    ("Il contrabbando riguardava GPU di Nvidia, fra cui le H100, i chip più potenti del gruppo di Santa Clara.", "it",
     ("Nvidia", "headquarteredIn", "Santa Clara")),
    ("Google offre le sue TPU, gli acceleratori che il colosso di Mountain View progetta in casa.", "it",
     ("Google", "headquarteredIn", "Mountain View")),
])
def test_a_city_description_after_its_firm_in_the_same_sentence(text, lang, fact):
    assert fact in claim_triples(text, lang)
