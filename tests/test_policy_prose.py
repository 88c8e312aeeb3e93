"""Policies described in prose rather than by a registry label: rounds named by their month, licence requirements
introduced by a government's verb, rules named in quotes or "so-called", other countries' equipment controls."""

from __future__ import annotations

from pattern_helpers import claim_triples


# -- month/year rounds -> the registry round of that month ------------------------------------------------------------
def test_english_rounds_named_by_month():
    got = claim_triples("The A800 was also caught in the October 2023 round of chip curbs.", "en")
    assert ("Nvidia A800", "restrictedBy", "October 2023 export controls") in got
    got = claim_triples("The December 2024 package also hit Samsung and SK Hynix.", "en")
    assert ("Samsung Electronics", "restrictedBy", "December 2024 export controls") in got


def test_italian_and_chinese_rounds_named_by_month():
    got = claim_triples("La stretta di ottobre 2022 ha colpito l'A100 di Nvidia.", "it")
    assert ("Nvidia A100", "restrictedBy", "October 2022 export controls") in got
    got = claim_triples("Il pacchetto di dicembre ha colpito anche Samsung.", "it", date="2025-03-01")
    assert ("Samsung Electronics", "restrictedBy", "December 2024 export controls") in got
    got = claim_triples("去年10月出台的规定限制了英伟达A800。", "zh", date="2024-02-01")
    assert ("Nvidia A800", "restrictedBy", "October 2023 export controls") in got


def test_a_month_alone_or_a_funding_round_is_no_policy():
    assert not {f for f in claim_triples("Biren closed its October 2023 funding round with Tencent.", "en")
                if f[1] in ("restrictedBy", "imposedBy")}
    assert not {f for f in claim_triples("In October 2023 Moore Threads shipped the S4000.", "en")
                if f[1] in ("restrictedBy", "imposedBy")}


# -- licence requirements ----------------------------------------------------------------------------------------------
def test_government_that_tells_a_firm_a_licence_is_needed_imposes_it():
    got = claim_triples("In April the Commerce Department informed AMD that shipments of the MI308 to China would "
                        "require a licence.", "en", date="2025-06-01")
    assert ("AMD Instinct MI308", "restrictedBy", "April 2025 H20 licence requirement") in got
    assert ("April 2025 H20 licence requirement", "imposedBy", "US Department of Commerce") in got


def test_licence_requirements_on_products_such_as():
    got = claim_triples("The Commerce Department put licence requirements on accelerators such as the H100 in "
                        "October 2022.", "en")
    assert ("Nvidia H100", "restrictedBy", "October 2022 export controls") in got


def test_licence_requirement_introduced_by_a_foreign_government():
    got = claim_triples("The Japanese government began requiring export licences for Nikon's lithography tools.", "en")
    assert ("Nikon", "restrictedBy", "Japanese licence requirement") in got
    assert ("Japanese licence requirement", "imposedBy", "Japanese government") in got
    got = claim_triples("荷兰政府要求阿斯麦的光刻机出口须取得许可。", "zh")
    assert ("ASML", "restrictedBy", "Dutch licence requirement") in got
    assert ("Dutch licence requirement", "imposedBy", "Dutch government") in got


def test_a_licence_requirement_is_never_imposed_by_a_company():
    got = claim_triples("Nvidia told customers that the H20 would need a licence.", "en", date="2025-12-01")
    assert not {f for f in got if f[1] == "imposedBy"}
    assert not {f for f in got if f[1] == "restrictedBy" and "revenue" in f[2]}


# -- named rules in quotes or "so-called", national lists -----------------------------------------------------------
def test_so_called_and_quoted_rules():
    got = claim_triples("The Commerce Department unveiled the so-called Affiliates rule, which covers Nexperia.", "en")
    assert ("Nexperia", "restrictedBy", "Affiliates rule") in got
    assert ("Affiliates rule", "imposedBy", "US Department of Commerce") in got
    got = claim_triples("Il Bureau of Industry and Security ha varato la cosiddetta «Affiliates rule», che colpisce Nexperia.", "it")
    assert ("Nexperia", "restrictedBy", "Affiliates rule") in got
    got = claim_triples("美国商务部推出所谓的“50%规则”，限制了安世半导体。", "zh")
    assert ("Nexperia", "restrictedBy", "50%规则") in got


def test_quoted_national_list_is_the_registry_list():
    got = claim_triples("Il Mofcom ha inserito Micron nella lista delle «entità inaffidabili».", "it")
    assert ("Micron Technology", "restrictedBy", "Unreliable Entity List") in got
    assert ("Unreliable Entity List", "imposedBy", "Ministry of Commerce of China") in got


def test_a_quoted_phrase_is_no_rule():
    got = claim_triples("Huawei parla della cosiddetta «sovranità tecnologica» e usa l'Ascend 910C.", "it")
    assert not {f for f in got if f[1] in ("restrictedBy", "imposedBy")}


# -- other countries' and China's own controls ----------------------------------------------------------------------
def test_equipment_controls_of_other_countries():
    got = claim_triples("Japan's 23-item equipment controls restrict Tokyo Electron and Nikon.", "en")
    assert ("Tokyo Electron", "restrictedBy", "Japanese export controls") in got
    assert ("Japanese export controls", "imposedBy", "Japan") in got
    got = claim_triples("日本实施的23项设备出口管制，同样冲击东京电子的对华出货。", "zh")
    assert ("Tokyo Electron", "restrictedBy", "Japanese export controls") in got
    assert ("Japanese export controls", "imposedBy", "Japan") in got
