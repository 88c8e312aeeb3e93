"""Italian relation patterns: general constructions of the language, on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.model import NEGATIVE, POSITIVE
from pattern_helpers import claim_triples


def facts(text: str, date: str = "2025-01-01", negative: bool = False) -> set[tuple]:
    """(subject, predicate, object) of the claims (the negative ones with `negative`), by English label."""
    return claim_triples(text, "it", date, NEGATIVE if negative else POSITIVE)


def test_passive_and_conditional_passive():
    f = facts("Il Kunlun P800 è realizzato da TSMC. Secondo la stampa il Kirin 9010 sarebbe stato prodotto da SMIC.")
    assert ("Kunlun P800", "manufacturedBy", "TSMC") in f
    assert ("Kirin 9010", "manufacturedBy", "SMIC") in f


def test_reporting_adjunct_before_passive():
    f = facts("Il Kirin 9000S è il processore dei nuovi smartphone. Secondo gli osservatori viene fabbricato da SMIC.")
    assert ("Kirin 9000S", "manufacturedBy", "SMIC") in f


def test_participial_apposition_after_comma():
    f = facts("Moore Threads, sostenuta da Tencent, ha presentato la MTT S3000.")
    assert ("Tencent", "investsIn", "Moore Threads") in f
    # a finite verb after the comma belongs to the main clause, not to the mention before the comma
    f = facts("L'H20, che per i clienti cinesi prende il posto dell'H100, viene acquistato da Tencent.")
    assert ("Tencent", "uses", "Nvidia H20") in f
    assert ("Tencent", "uses", "Nvidia H100") not in f


def test_quantity_before_product():
    f = facts("ByteDance ha addestrato i suoi modelli su 10.000 GPU H800.")
    assert ("ByteDance", "uses", "Nvidia H800") in f


def test_clitic_ne_and_lo():
    f = facts("L'Ascend 910C la produce SMIC su linee a 7 nanometri.")
    assert ("Ascend 910C", "manufacturedBy", "SMIC") in f


def test_partitive_clitic_ne():
    f = facts("L'H20 resta molto richiesto e Tencent ne ha ordinati altri 100.000 esemplari.")
    assert ("Tencent", "uses", "Nvidia H20") in f


def test_part_of_product_made_by_foundry():
    f = facts("Aprendo un Kirin 9000S, i tecnici avrebbero trovato un die prodotto da SMIC.")
    assert ("Kirin 9000S", "manufacturedBy", "SMIC") in f


def test_list_member_after_apposition():
    f = facts("Nella Entity List entrano Enflame, la startup di Shanghai che ha sviluppato il chip i20, e Iluvatar CoreX, "
              "società di Pechino.")
    assert ("Enflame", "restrictedBy", "Entity List") in f
    assert ("Iluvatar CoreX", "restrictedBy", "Entity List") in f


def test_maker_of_product():
    assert ("Nvidia", "develops", "Nvidia H20") in facts("Tencent ha sospeso gli ordini, ma l'H20 di Nvidia resta richiesto.")


def test_plural_verb_after_apposition_binds_the_list():
    f = facts("Con le regole di ottobre 2023 anche l'A800 e l'H800 di Nvidia, varianti ridotte dell'A100 e dell'H100 "
              "studiate per il mercato cinese, rientrano nell'obbligo di licenza.", date="2023-10-20")
    assert ("Nvidia A800", "restrictedBy", "October 2023 export controls") in f
    assert ("Nvidia H800", "restrictedBy", "October 2023 export controls") in f
    assert ("Nvidia A100", "restrictedBy", "October 2023 export controls") not in f
    assert ("Nvidia H100", "restrictedBy", "October 2023 export controls") not in f


def test_new_subject_after_coordination_is_not_the_first_one():
    f = facts("Nvidia non potrà più vendere i suoi chip ridotti, e tre produttori cinesi di GPU finiscono nella Entity List.")
    assert ("Nvidia", "restrictedBy", "Entity List") not in f


def test_list_relative_in_cui_figura():
    f = facts("Il mese scorso Sophgo è stata aggiunta alla Entity List. È la stessa lista in cui Inspur figura dal 2019.")
    assert ("Inspur", "restrictedBy", "Entity List") in f


def test_singular_list_verbs_and_package():
    f = facts("Washington ha aggiunto Inspur alla Entity List. Nello stesso pacchetto compare anche Sugon.")
    assert ("Sugon", "restrictedBy", "Entity List") in f


def test_clitic_inserted_into_list_and_government():
    f = facts("Inspur ha respinto le accuse che avevano spinto il Pentagono a inserirla nel suo elenco delle aziende "
              "militari cinesi.")
    assert ("Inspur", "restrictedBy", "Chinese Military Companies list") in f
    assert ("Chinese Military Companies list", "imposedBy", "US Department of Defense") in f


def test_government_publishes_and_sets_limits():
    f = facts("Il Dipartimento del Commercio ha pubblicato le nuove restrizioni sui chip.", date="2023-10-18")
    assert ("October 2023 export controls", "imposedBy", "US Department of Commerce") in f
    f = facts("Il B30A dovrà rispettare i limiti fissati dall'amministrazione Trump con i controlli di ottobre 2023.")
    assert ("October 2023 export controls", "imposedBy", "US government") in f


def test_policy_of_the_department():
    f = facts("Il Dipartimento del Commercio ha aggiornato le regole. Nella Entity List del Dipartimento entra anche Sugon.")
    assert ("Entity List", "imposedBy", "US Department of Commerce") in f


def test_apposition_after_preposition_is_still_the_subject():
    f = facts("Huawei è stata esclusa dalla Foreign Direct Product Rule, norma introdotta da Washington nel 2020.")
    assert ("Foreign Direct Product Rule", "imposedBy", "US government") in f


def test_own_infrastructure_based_on_chips():
    f = facts("Da ieri China Mobile e la startup SiliconFlow offrono DeepSeek-R1 sulla propria piattaforma basata su "
              "chip Ascend.")
    assert ("SiliconFlow", "uses", "Ascend series") in f or ("SiliconFlow", "uses", "Ascend") in f
    assert not any(s == "DeepSeek-R1" for s, _p, _o in f)


def test_ordered_from_supplier():
    f = facts("Secondo le indagini i wafer sarebbero stati ordinati a TSMC da Sophgo.")
    assert ("TSMC", "supplies", "Sophgo") in f
    f = facts("L'anno scorso Sophgo ha ordinato migliaia di wafer a TSMC.")
    assert ("TSMC", "supplies", "Sophgo") in f


def test_trails_and_dangling_memory():
    f = facts("L'H20 ha prestazioni nettamente inferiori a quelle dell'H200, ma dispone di più memoria.")
    assert ("Nvidia H200", "outperforms", "Nvidia H20") in f
    assert ("Nvidia H20", "hasMoreMemoryThan", "Nvidia H200") in f
    assert ("Nvidia H200", "hasMoreMemoryThan", "Nvidia H20") not in f


def test_known_for_apposition():
    f = facts("Tra i nuovi iscritti c'è Moore Threads (in cinese Moer Xiancheng), fondata da un ex manager di Nvidia e "
              "nota soprattutto per la scheda grafica MTT S80.")
    assert ("Moore Threads", "develops", "MTT S80") in f
    assert ("Nvidia", "develops", "MTT S80") not in f


def test_flagship_is():
    f = facts("Cambricon ha chiuso il trimestre in utile. Il prodotto di punta per i data center è il Siyuan 590.")
    assert ("Cambricon", "develops", "Siyuan 590") in f
    f = facts("Il chip principale di Hygon è il DCU K100.")
    assert any(s == "Hygon" and p == "develops" for s, p, _o in f)


def test_code_ported_to_platform_and_possessive():
    f = facts("Moore Threads punta sul software. Secondo l'azienda il codice scritto per CUDA può essere portato sulla sua "
              "piattaforma MUSA.")
    assert ("MUSA", "compatibleWith", "CUDA") in f
    assert ("Moore Threads", "develops", "MUSA") in f


def test_unit_after_number_does_not_hide_a_sentence_end():
    f = facts("Il Kunlun P800 consuma 400 W. Le prestazioni sarebbero alla pari con quelle dell'H20.")
    assert ("Kunlun P800", "comparableTo", "Nvidia H20") in f


@pytest.mark.parametrize("text", [
    "Né l'A800 né l'H800 rientrano sotto l'obbligo di licenza previsto dalle norme di ottobre 2022.",
])
def test_negation_is_kept(text):
    pos = facts(text, date="2022-11-01")
    assert not any(p == "restrictedBy" for _s, p, _o in pos)


def test_component_based_on_is_used_not_developed():
    f = facts("Baidu e la startup Zhipu AI hanno annunciato che la loro piattaforma basata su chip Kunlun P800 sarà pronta "
              "a marzo.")
    assert ("Zhipu AI", "uses", "Kunlun P800") in f
    assert ("Baidu", "uses", "Kunlun P800") in f
    assert not any(p == "develops" for _s, p, _o in f)


def test_order_someone_to_do_is_not_a_purchase():
    f = facts("Il governo ha ordinato a Tencent di sospendere gli acquisti, e ByteDance ha ordinato migliaia di chip da Nvidia.")
    assert ("Nvidia", "supplies", "ByteDance") in f
    assert not any(o == "Tencent" and p == "supplies" for _s, p, o in f)


# --- constructions from the blind-written articles (it-16..18), each with new variants ----------------------------


def test_located_description_before_bare_coreference():
    # "il colosso di Shenzhen" names the article's firm and its city, even after another firm opens the sentence
    f = facts("Huawei ha presentato nuovi server. Dal 2020 TSMC non rifornisce il colosso di Shenzhen.")
    assert ("Huawei", "headquarteredIn", "Shenzhen") in f
    f = facts("Cambricon ha chiuso il bilancio. Il gruppo di Pechino, del resto, è nella Entity List dal 2022.")
    assert ("Cambricon", "headquarteredIn", "Beijing") in f
    assert ("Cambricon", "restrictedBy", "Entity List") in f


def test_city_adjective_description():
    f = facts("Baidu ha annunciato nuovi modelli. Secondo il gruppo pechinese la domanda di chip resta alta.")
    assert ("Baidu", "headquarteredIn", "Beijing") in f


@pytest.mark.parametrize("text", [
    "I modelli girano su CANN, la piattaforma software di Huawei.",
    "Molti sviluppatori restano legati a CANN, l'ambiente di sviluppo di Huawei, anche in Cina.",
])
def test_apposition_product_of_firm(text):
    assert ("Huawei", "develops", "CANN") in facts(text)


def test_apposition_accelerator_for_ai_of_firm():
    f = facts("Le scorte riguardano soprattutto l'Ascend 910B, l'acceleratore per l'intelligenza artificiale di Huawei.")
    assert ("Huawei", "develops", "Ascend 910B") in f


@pytest.mark.parametrize("text", [
    "Il Kirin 9000S, presentato in estate, è stato identificato dagli analisti come un chip a 7 nm fabbricato da SMIC.",
    "TechInsights ha classificato il Kirin 9000S come un processore prodotto da SMIC con il processo N+2.",
])
def test_described_as_a_chip_made_by(text):
    assert ("Kirin 9000S", "manufacturedBy", "SMIC") in facts(text)


@pytest.mark.parametrize("text", [
    "Secondo gli analisti il Kirin 9000S non è stato prodotto da TSMC, ma da SMIC.",
    "Il Kirin 9000S sarebbe stato fabbricato non da TSMC bensì da SMIC.",
])
def test_not_by_a_but_by_b(text):
    assert ("Kirin 9000S", "manufacturedBy", "SMIC") in facts(text)
    assert ("Kirin 9000S", "manufacturedBy", "TSMC") not in facts(text)


def test_anch_esso_participle():
    f = facts("Il nuovo Kirin 9010 deriva dal Kirin 9000, anch'esso prodotto da TSMC.")
    assert ("Kirin 9000", "manufacturedBy", "TSMC") in f


@pytest.mark.parametrize("text", [
    "SMIC cresce. Secondo il Financial Times, la fonderia cinese produrrebbe in volume processori progettati da HiSilicon.",
    "SMIC fabbrica ormai i chip per conto di HiSilicon.",
])
def test_foundry_makes_chips_for_a_designer(text):
    f = facts(text)
    assert ("SMIC", "supplies", "HiSilicon") in f
    assert ("Financial Times", "headquarteredIn", "China") not in f


def test_foundry_description_with_nationality():
    f = facts("Il chip non è stato fabbricato da SMIC, ma da TSMC, prima che le sanzioni tagliassero fuori Huawei "
              "dalla fonderia taiwanese.")
    assert ("TSMC", "headquarteredIn", "Taiwan") not in f  # a nationality, not a stated headquarters
    assert ("Huawei", "headquarteredIn", "Taiwan") not in f


@pytest.mark.parametrize("text", [
    "SMIC, del resto, è nella Entity List dal dicembre 2020.",
    "Huawei resta ancora nella Entity List.",
])
def test_is_in_the_list(text):
    f = facts(text)
    assert any(p == "restrictedBy" and o == "Entity List" for _s, p, o in f)


def test_national_export_rules_impose_a_licence():
    f = facts("Da settembre le regole olandesi sull'export impongono ad ASML una licenza per le spedizioni in Cina.")
    assert ("ASML", "restrictedBy", "Dutch export controls") in f
    assert ("Dutch export controls", "imposedBy", "Netherlands") in f


def test_government_restricts_with_dated_controls():
    f = facts("Washington ne ha bloccato la vendita alla Cina con i controlli del dicembre 2024.", date="2025-03-01")
    assert not facts("Washington ne ha bloccato la vendita alla Cina con i controlli del dicembre 2024.", date="2025-03-01",
                     negative=True)
    assert ("December 2024 export controls", "imposedBy", "US government") in f


@pytest.mark.parametrize("text", [
    "Tencent ha spiegato che Enflame, la controllata che progetta i chip, resterà indipendente.",
    "Anche dopo la quotazione, ha detto Tencent, Enflame rimarrà una sua controllata.",
])
def test_owner_then_subsidiary(text):
    assert ("Enflame", "subsidiaryOf", "Tencent") in facts(text)


@pytest.mark.parametrize("text", [
    "Enflame resta indipendente, ma Tencent ne possiede circa il 20%.",
    "Tencent detiene una quota di Enflame dal 2018.",
])
def test_holds_a_stake(text):
    assert ("Tencent", "investsIn", "Enflame") in facts(text)


def test_has_as_flagship_with_dash_parenthetical():
    text = "Moore Threads – da non confondere con Biren, con cui non ha legami – ha come prodotto di punta la MTT S4000."
    assert ("Moore Threads", "develops", "MTT S4000") in facts(text)
    assert not any(p == "develops" for _s, p, _o in facts(text, negative=True))


@pytest.mark.parametrize("text", [
    "Il Kunlun P800 è il chip di punta. Baidu lo utilizza nei suoi data center.",
    "Il Kunlun P800 è il chip di punta. Baidu ormai lo impiega per l'inferenza.",
])
def test_firm_clitic_uses_topic_product(text):
    f = facts(text)
    assert ("Baidu", "uses", "Kunlun P800") in f
    assert ("Baidu", "develops", "Kunlun P800") not in f


@pytest.mark.parametrize("text", [
    "Nel 2024 ByteDance ha attivato un cluster da 10.000 Ascend 910B.",
    "Secondo un analista, l'azienda cinese ByteDance disporrebbe di circa 20.000 GPU H100.",
])
def test_uses_cluster_and_disposes_of(text):
    f = facts(text)
    assert any(s == "ByteDance" and p == "uses" for s, p, _o in f)


def test_developer_of_city_apposition():
    f = facts("Ieri si è quotata Enflame, lo sviluppatore di acceleratori di Shanghai.")
    assert ("Enflame", "headquarteredIn", "Shanghai") in f


@pytest.mark.parametrize("text, system, n", [
    ("Il CloudMatrix 384, con 384 schede collegate, è pronto.", "CloudMatrix 384", 384),
    ("L'Atlas 960 SuperPoD arriverà a 15.488 Ascend 960.", "Atlas 960 SuperPoD", 15488),
    ("Il CloudMatrix 384 unisce 384 Ascend 910C.", "CloudMatrix 384", 384),
])
def test_system_size(text, system, n):
    assert (system, "componentCount", n) in facts(text)


def test_supernode_is_not_outperforms():
    f = facts("L'M300 sarà pronto nel 2027. Il supernodo Tianchi 256, formato da 256 chip P800, arriverà prima.")
    assert not any(p == "outperforms" for _s, p, _o in f)
    assert ("Tianchi 256", "hasComponent", "Kunlun P800") in f


def test_memory_by_clause():
    f = facts("Il Kunlun P800 avrà 64 GB; il Kunlun M300, invece, salirà a 96 GB di memoria.")
    assert ("Kunlun P800", "memoryGB", 64) in f
    assert ("Kunlun M300", "memoryGB", 96) in f


def test_short_model_code_and_variant():
    f = facts("Huawei ha presentato il Kirin 9006C. In sostanza il 9006C sarebbe una variante del Kirin 9000.")
    assert ("Kirin 9006C", "comparableTo", "Kirin 9000") in f


def test_described_firm_is_discovered():
    f = facts("Tra gli acquirenti figura il costruttore di auto elettriche Leapmotor, che usa chip Ascend 910B.")
    assert ("Leapmotor", "uses", "Ascend 910B") in f


def test_relative_clause_attaches_to_nearest_noun():
    f = facts("L'Atlas 950 offrirebbe più potenza rispetto all'NVL144 che Nvidia lancerà l'anno prossimo.")
    assert ("Nvidia", "develops", "Atlas 950 SuperPoD") not in f


def test_parenthetical_after_subject():
    f = facts("Biren Technology (in cinese Bìrèn Kējì) ha svelato la BR104.")
    assert ("Biren Technology", "develops", "BR104") in f
    f = facts("Moore Threads (fondata nel 2020) ha lanciato la MTT S4000.")
    assert ("Moore Threads", "develops", "MTT S4000") in f


def test_maker_in_alias_after_di():
    f = facts("Molti laboratori cinesi restano legati a CUDA, la piattaforma di Nvidia.")
    assert ("Nvidia", "develops", "CUDA") in f


def test_coordinated_clause_keeps_relative_antecedent():
    f = facts("Il concorrente più temuto da Biren è Huawei, che oggi vende l'Ascend 910B e l'anno prossimo ha lanciato "
              "l'Ascend 950.")
    assert ("Huawei", "develops", "Ascend 950") in f
    assert ("Biren Technology", "develops", "Ascend 950") not in f


@pytest.mark.parametrize("text", [
    "Moltissimi sviluppatori usano PaddlePaddle, la piattaforma creata da Baidu.",
    "Il gruppo punta su PaddlePaddle, il framework di sviluppo progettato da Baidu.",
])
def test_apposition_participle_by(text):
    assert ("Baidu", "develops", "PaddlePaddle") in facts(text)


@pytest.mark.parametrize("text", [
    "Baidu ha mostrato il Kunlun P800. A svilupparlo è stata Kunlunxin.",
    "Baidu ha mostrato il Kunlun P800. A progettarlo sarebbe stata proprio Kunlunxin.",
])
def test_cleft_clitic_object(text):
    assert ("Kunlunxin", "develops", "Kunlun P800") in facts(text)


@pytest.mark.parametrize("text", [
    "Per ora Moore Threads può ancora rifornirsi da TSMC.",
    "Moore Threads si rifornisce presso TSMC per i suoi wafer.",
])
def test_buys_from(text):
    assert ("TSMC", "supplies", "Moore Threads") in facts(text)


def test_apposition_clients_of_with_range_list():
    f = facts("Le commesse arrivano da Tencent a ByteDance, entrambe clienti di Nvidia.")
    assert ("Nvidia", "supplies", "Tencent") in f
    assert ("Nvidia", "supplies", "ByteDance") in f
    f = facts("Il contratto riguarda Tencent, tra i maggiori clienti di AMD.")
    assert ("AMD", "supplies", "Tencent") in f


def test_supplied_by_passive():
    f = facts("Gran parte delle GPU installate nei server di ByteDance sono fornite da Nvidia.")
    assert ("Nvidia", "supplies", "ByteDance") in f


@pytest.mark.parametrize("text", [
    "Per gli analisti Huawei resta il principale rivale di Cambricon.",
    "Il concorrente più diretto di Cambricon nel mercato cinese è ormai Huawei.",
])
def test_rival_of(text):
    f = facts(text)
    assert ("Huawei", "competesWith", "Cambricon") in f or ("Cambricon", "competesWith", "Huawei") in f


@pytest.mark.parametrize("text", [
    "La MTT S4000 supporta i framework più diffusi, come PyTorch e PaddlePaddle.",
    "La MTT S4000 è compatibile con le principali librerie di deep learning, da PyTorch fino a PaddlePaddle.",
])
def test_supports_framework_list(text):
    f = facts(text)
    assert ("MTT S4000", "compatibleWith", "PyTorch") in f
    assert ("MTT S4000", "compatibleWith", "PaddlePaddle") in f


def test_foundry_makes_at_node():
    f = facts("Secondo la stampa SMIC fabbricherebbe a 5 nanometri i nuovi Kirin 9010 di Huawei.")
    assert ("Kirin 9010", "manufacturedBy", "SMIC") in f


def test_number_format_is_not_a_product():
    f = facts("La BR100 ha 64 GB di memoria HBM2e e arriva a 1000 teraflops in FP16.")
    assert not any(s == "FP16" or o == "FP16" for s, _p, o in f)
    assert ("BR100", "memoryGB", 64) in f


def test_city_description_skips_firm_located_elsewhere():
    f = facts("Il colosso di Hangzhou ha presentato l'Hanguang 800. Per gli analisti, il chip non batterà le GPU di Nvidia, "
              "un campo in cui il gruppo di Santa Clara domina.", date="2019-09-26")
    assert not any(p == "headquarteredIn" and o == "Santa Clara" and s != "Nvidia" for s, p, o in f)


def test_own_product_apposition():
    f = facts("Il gruppo cinese Baidu ha già un suo processore per l'inferenza, il Kunlun P800, presentato l'anno scorso.")
    assert ("Baidu", "develops", "Kunlun P800") in f
    f = facts("Alibaba, del resto, sviluppa il proprio modello linguistico, Qwen, da due anni.")
    assert ("Alibaba", "develops", "Qwen") in f


def test_firm_integrates_model():
    f = facts("Da febbraio Baidu integra anche DeepSeek-R1 nel suo motore di ricerca.")
    assert ("Baidu", "uses", "DeepSeek-R1") in f


def test_long_relative_clause_before_verb():
    f = facts("ByteDance, che ha chiuso l'anno con ricavi in crescita del 29% a circa 155 miliardi di dollari e utili record, "
              "avrebbe comprato grandi quantità di H20 nei mesi precedenti.")
    assert ("ByteDance", "uses", "Nvidia H20") in f


def test_licence_to_export_product():
    f = facts("Ad aprile Washington ha imposto una licenza obbligatoria per vendere l'H20 ai clienti cinesi.", date="2025-05-15")
    assert ("Nvidia H20", "restrictedBy", "April 2025 H20 licence requirement") in f
    f = facts("Ad aprile è scattata una licenza per le esportazioni in Cina dell'MI308 di AMD.", date="2025-05-15")
    assert ("AMD Instinct MI308", "restrictedBy", "April 2025 H20 licence requirement") in f


def test_added_to_list_together_with():
    f = facts("Il Pentagono ha aggiunto Inspur, insieme alla fonderia SMIC, nella lista 1260H.")
    assert ("Inspur", "restrictedBy", "Chinese Military Companies list") in f
    assert ("SMIC", "restrictedBy", "Chinese Military Companies list") in f
    assert ("Chinese Military Companies list", "imposedBy", "US Department of Defense") in f
    f = facts("Il Dipartimento del Commercio ha inserito Sugon, assieme a Hygon, nella Entity List.")
    assert ("Sugon", "restrictedBy", "Entity List") in f
    assert ("Entity List", "imposedBy", "US Department of Commerce") in f


def test_product_rival_of_is():
    f = facts("Il vero avversario del Gaudi 3 sarebbe l'H100 di Nvidia.")
    assert ("Nvidia H100", "competesWith", "Intel Gaudi 3") in f or ("Intel Gaudi 3", "competesWith", "Nvidia H100") in f
    f = facts("Il rivale più diretto dell'Ascend 910C resta l'H20.")
    assert ("Nvidia H20", "competesWith", "Ascend 910C") in f or ("Ascend 910C", "competesWith", "Nvidia H20") in f


def test_wrest_market_share_from():
    f = facts("Huawei spera di strappare a Nvidia una fetta del mercato dei data center cinesi.")
    assert ("Huawei", "competesWith", "Nvidia") in f
    f = facts("Cambricon punta a sottrarre quote di mercato a Nvidia nelle grandi piattaforme cloud.")
    assert ("Cambricon", "competesWith", "Nvidia") in f


def test_model_draws_close_to():
    f = facts("Secondo Baidu, il nuovo ERNIE si avvicinerebbe a GPT-4 Turbo di OpenAI nella matematica.")
    assert ("ERNIE", "comparableTo", "GPT-4 Turbo") in f
    assert ("OpenAI", "develops", "GPT-4 Turbo") in f


def test_owner_named_by_a_description_inside_an_apposition():
    f = facts("Huawei ha presentato un nuovo server. HiSilicon, la divisione chip del gruppo, progetta i processori.")
    assert ("HiSilicon", "subsidiaryOf", "Huawei") in f
    f = facts("Alibaba ha aperto un centro a Hangzhou. T-Head (in cinese Pingtouge), la società creata dal colosso nel 2018, "
              "progetta chip RISC-V.")
    assert ("T-Head", "subsidiaryOf", "Alibaba") in f
    # a dative description after two firms: which firm is meant is unclear
    f = facts("Huawei ha perso i fornitori. Le licenze permettevano a Qualcomm e a Intel di vendere processori al gruppo.")
    assert not {t for t in f if t[1] == "supplies" and t[0] in ("Qualcomm", "Intel") and t[2] in ("Qualcomm", "Intel")}


def test_copular_description_made_by():
    f = facts("Il Kunpeng 920 è il primo processore per server progettato da HiSilicon.")
    assert ("HiSilicon", "develops", "Kunpeng 920") in f
    f = facts("Che cos'è l'Ascend 310? È il primo processore per l'inferenza sviluppato da Huawei, nel 2018.")
    assert ("Huawei", "develops", "Ascend 310") in f
    f = facts("L'Hanguang 800 resta l'unico acceleratore cinese realizzato da TSMC a 12 nanometri.")
    assert ("Hanguang 800", "manufacturedBy", "TSMC") in f


def test_product_with_which_a_firm_aims():
    f = facts("Il Kunlun P800 è il chip con cui Baidu punta a ridurre la dipendenza da Nvidia.")
    assert ("Baidu", "develops", "Kunlun P800") in f
    f = facts("Moore Threads ha quotato le azioni; l'MTT S4000, la scheda con la quale la startup spera di conquistare i data "
              "center, è già in vendita.")
    assert ("Moore Threads", "develops", "MTT S4000") in f
    # a firm that trains models with a chip does not make it
    f = facts("L'H20 è il chip con cui Tencent addestra i propri modelli.")
    assert ("Tencent", "develops", "Nvidia H20") not in f


def test_relative_object_redesigned():
    f = facts("Il vero avversario sarebbe l'H20, la GPU che Nvidia ha ridisegnato per rispettare i limiti.")
    assert ("Nvidia", "develops", "Nvidia H20") in f
    f = facts("Il Kirin 9000S, il processore che HiSilicon ha disegnato per il Mate 60, sorprende.")
    assert ("HiSilicon", "develops", "Kirin 9000S") in f


def test_added_to_list_by_government():
    f = facts("Sophgo, inserita da Washington nella Entity List nel gennaio 2025, nega ogni legame con Huawei.")
    assert ("Entity List", "imposedBy", "US government") in f
    assert ("Sophgo", "restrictedBy", "Entity List") in f
    f = facts("Inspur, aggiunta nella Entity List dal Dipartimento del Commercio nel 2023, continua a vendere server.")
    assert ("Entity List", "imposedBy", "US Department of Commerce") in f


def test_among_the_shareholders_of():
    f = facts("Tra gli azionisti di Moore Threads figurano Tencent e ByteDance.")
    assert ("Tencent", "investsIn", "Moore Threads") in f
    assert ("ByteDance", "investsIn", "Moore Threads") in f
    f = facts("Fra i soci di minoranza di Kunlunxin ci sarebbe anche il costruttore di auto BYD.")
    assert ("BYD", "investsIn", "Kunlunxin") in f


def test_city_where_the_firm_has_its_seat():
    f = facts("La conferenza si è tenuta a Hangzhou, città dove Alibaba ha sede.")
    assert ("Alibaba", "headquarteredIn", "Hangzhou") in f
    f = facts("Il lancio è avvenuto a Shenzhen, dove ha sede Huawei, davanti a migliaia di sviluppatori.")
    assert ("Huawei", "headquarteredIn", "Shenzhen") in f


def test_bought_chips_of_a_maker():
    f = facts("ByteDance avrebbe acquistato migliaia di H20 di Nvidia prima del divieto.")
    assert ("Nvidia", "supplies", "ByteDance") in f
    f = facts("Baidu ha ordinato 1.600 processori progettati da Huawei per i suoi server.")
    assert ("Huawei", "supplies", "Baidu") in f
    # a stake is not a purchase of chips
    f = facts("Tencent ha acquistato una quota di Enflame.")
    assert ("Enflame", "supplies", "Tencent") not in f


def test_same_process_already_used_for():
    f = facts("Il Kirin 9020 è prodotto da SMIC con lo stesso processo a 7 nanometri già usato per il Kirin 9000S.")
    assert ("Kirin 9000S", "manufacturedBy", "SMIC") in f
    f = facts("Il chip è fabbricato da TSMC sul nodo N5, utilizzato anche per il Kirin 9000.")
    assert ("Kirin 9000", "manufacturedBy", "TSMC") in f


def test_apposition_made_by_with_modifiers():
    f = facts("Il chip supporta PaddlePaddle, il framework di deep learning sviluppato da Baidu.")
    assert ("Baidu", "develops", "PaddlePaddle") in f
    f = facts("Gli sviluppatori possono usare CANN, la piattaforma software open source creata da Huawei.")
    assert ("Huawei", "develops", "CANN") in f


def test_nationality_before_a_conjunction():
    f = facts("Le sanzioni hanno tagliato i rapporti tra la fonderia taiwanese e il gruppo di Shenzhen, cioè Huawei.")
    assert ("Huawei", "headquarteredIn", "Taiwan") not in f


def test_foundry_limit_is_not_the_chip_node():
    f = facts("Il Tiangai 100 non esce dalle linee di SMIC, la maggiore fonderia cinese, che oggi si ferma ai 14 nanometri.")
    assert ("Tiangai 100", "processNodeNm", 14) not in f
    f = facts("Il Kirin 9010 è prodotto da SMIC, che per ora arriva fino ai 7 nanometri.")
    assert ("Kirin 9010", "processNodeNm", 7) not in f
