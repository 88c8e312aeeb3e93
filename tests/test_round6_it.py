"""Italian constructions of round 6 (families seen on unseen articles), on sentences written for these tests."""

from __future__ import annotations

from kg.model import NEGATIVE, POSITIVE
from pattern_helpers import claim_triples


def facts(text: str, date: str = "2025-01-01", negative: bool = False) -> set[tuple]:
    return claim_triples(text, "it", date, NEGATIVE if negative else POSITIVE)


def test_firm_city_after_parenthesis_comma_or_base():
    f = facts("Tra i fornitori c'è Semiconductor Manufacturing International Corporation (SMIC) di Shanghai.")
    assert ("SMIC", "headquarteredIn", "Shanghai") in f
    f = facts("Ne approfitterebbero Cambricon, di Pechino, e Enflame, con base a Shanghai.")
    assert ("Cambricon", "headquarteredIn", "Beijing") in f
    assert ("Enflame", "headquarteredIn", "Shanghai") in f


def test_clitic_vi_for_the_list_just_named():
    f = facts("Huawei figura nella Entity List dal 2019; anche SMIC vi è entrata nel 2020.")
    assert ("SMIC", "restrictedBy", "Entity List") in f
    f = facts("La Entity List si è allungata di nuovo e ora Sugon vi compare insieme ad altre società.")
    assert ("Sugon", "restrictedBy", "Entity List") in f


def test_long_possessive_before_the_product():
    f = facts("Cambricon ha raddoppiato le consegne del suo acceleratore per l'intelligenza artificiale più avanzato, "
              "il Siyuan 590, ai clienti cloud.")
    assert ("Cambricon", "develops", "Siyuan 590") in f
    f = facts("Baidu ha aggiornato il suo modello ERNIE con nuove funzioni.")
    assert ("Baidu", "develops", "ERNIE") in f


def test_unveiled_and_noun_apposition():
    f = facts("Moore Threads ha tolto il velo sulla MTT S4000 durante una conferenza a Pechino.")
    assert ("Moore Threads", "develops", "MTT S4000") in f
    f = facts("Cambricon ha presentato anche una versione per l'inferenza, il Siyuan 370, destinata ai data center.")
    assert ("Cambricon", "develops", "Siyuan 370") in f
    f = facts("Il Siyuan 370, il suo primo chip con chiplet, è stato presentato da Cambricon nel 2021.")
    assert ("Cambricon", "develops", "Siyuan 370") in f


def test_product_apposition_after_product():
    f = facts("Enflame ha mostrato ieri la CloudBlazer T20, la sua nuova scheda per l'addestramento.")
    assert ("Enflame", "develops", "Enflame T20") in f


def test_products_of_firm_starting_with():
    f = facts("Nel catalogo compaiono i chip di Nvidia, a cominciare dall'H20, e quelli di AMD.")
    assert ("Nvidia", "develops", "Nvidia H20") in f
    f = facts("Gli acquirenti preferiscono i processori di Huawei, come l'Ascend 910B.")
    assert ("Huawei", "develops", "Ascend 910B") in f


def test_with_which_compatible():
    f = facts("Moore Threads ha creato la piattaforma MUSA, con cui la MTT S4000 è pienamente compatibile.")
    assert ("MTT S4000", "compatibleWith", "MUSA") in f


def test_customers_counted_and_of_which_customer():
    f = facts("TSMC annovera da anni Nvidia tra i suoi principali clienti.")
    assert ("TSMC", "supplies", "Nvidia") in f
    f = facts("Il piano servirebbe a Tencent per dipendere meno da Nvidia, di cui Tencent è uno dei maggiori clienti.")
    assert ("Nvidia", "supplies", "Tencent") in f


def test_relative_controls_is_parent():
    f = facts("Baidu, il motore di ricerca che controlla Kunlunxin, ha ordinato nuovi server.")
    assert ("Kunlunxin", "subsidiaryOf", "Baidu") in f
    f = facts("Huawei, che possiede HiSilicon, ha chiuso l'anno in crescita.")
    assert ("HiSilicon", "subsidiaryOf", "Huawei") in f


def test_joint_venture_between():
    f = facts("Hygon è nata come joint venture tra AMD e Sugon.")
    assert ("AMD", "investsIn", "Hygon") in f
    assert ("Sugon", "investsIn", "Hygon") in f


def test_whose_shareholders_after_a_parenthetical_and_adjective_apposition():
    f = facts("Moore Threads, con sede a Pechino e tra i cui investitori figura il colosso tecnologico Tencent, "
              "prepara la quotazione.")
    assert ("Tencent", "investsIn", "Moore Threads") in f
    assert ("Moore Threads", "investsIn", "Moore Threads") not in f


def test_government_opens_an_investigation():
    f = facts("La SAMR ha avviato un'indagine antimonopolio su Nvidia.")
    assert any(p == "imposedBy" and o == "State Administration for Market Regulation" for _s, p, o in f)
    f = facts("Il ministero del Commercio cinese ha aperto un'indagine antidumping sui chip americani.")
    assert any(p == "imposedBy" and o == "Ministry of Commerce of China" for _s, p, o in f)


def test_share_of_performance_is_trailing():
    f = facts("Secondo i test, l'Ascend 910B offre circa l'80% delle prestazioni dell'A100.")
    assert ("Nvidia A100", "outperforms", "Ascend 910B") in f
    f = facts("Il Kunlun P800 raggiungerebbe il 70 per cento della potenza di calcolo dell'H100.")
    assert ("Nvidia H100", "outperforms", "Kunlun P800") in f


def test_plural_nationality_before_a_list():
    # (0.16) a plural nationality is no stated headquarters
    f = facts("Ne beneficerebbero i produttori giapponesi, Tokyo Electron e Nikon.")
    assert ("Tokyo Electron", "headquarteredIn", "Japan") not in f
    f = facts("A guadagnare quote sarebbero i rivali sudcoreani, Samsung Electronics e SK Hynix.")
    assert ("SK Hynix", "headquarteredIn", "South Korea") not in f


def test_a_sua_volta_in_the_list():
    f = facts("Sugon è a sua volta nella Entity List dal 2019.")
    assert ("Sugon", "restrictedBy", "Entity List") in f


def test_parent_of_firm_is_not_the_subject():
    f = facts("La casa madre di TikTok starebbe progettando un nuovo chip per l'intelligenza artificiale.")
    assert not any(s == "TikTok" and p == "develops" for s, p, _o in f)
    f = facts("I clienti di Nvidia usano l'H20 nei propri data center.")
    assert ("Nvidia", "uses", "Nvidia H20") not in f


def test_city_of_a_firm_is_not_the_government():
    f = facts("Zhipu, la società di Pechino che ha sviluppato i modelli GLM, è stata aggiunta alla Entity List.")
    assert ("Zhipu AI", "restrictedBy", "Entity List") in f or any(p == "restrictedBy" for _s, p, _o in f)
    assert not any(p == "imposedBy" and o == "Chinese government" for _s, p, o in f)


def test_product_apposition_after_a_verb_of_use_is_not_develops():
    f = facts("Tencent usa ormai l'Ascend 910B, il suo chip preferito per l'inferenza.")
    assert ("Tencent", "develops", "Ascend 910B") not in f
