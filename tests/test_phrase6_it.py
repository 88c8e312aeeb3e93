"""Italian constructions from the phrase-book round: fronted participles, clefts, appositions, dislocations.

Every sentence here is written for these tests (not copied from any corpus item)."""

from __future__ import annotations

from kg.model import NEGATIVE, POSITIVE
from pattern_helpers import claim_triples


def facts(text: str, date: str = "2025-01-01", negative: bool = False) -> set[tuple]:
    return claim_triples(text, "it", date, NEGATIVE if negative else POSITIVE)


def test_denied_cleft_is_negative():
    text = "Non è SMIC a fabbricare il Kunlun P800: il chip esce dalle linee di Samsung."
    assert ("Kunlun P800", "manufacturedBy", "SMIC") not in facts(text)
    text = "Non sarebbe stata TSMC a produrre l'Ascend 910C, secondo gli analisti."
    assert ("Ascend 910C", "manufacturedBy", "TSMC") not in facts(text)


def test_fronted_participle_agent():
    f = facts("Progettata da Moore Threads per il mercato dei videogiochi, la MTT S80 è arrivata nei negozi nel 2022.")
    assert ("Moore Threads", "develops", "MTT S80") in f
    f = facts("Prodotto da SMIC con il processo N+2, il Kirin 9000S ha sorpreso gli analisti.")
    assert ("Kirin 9000S", "manufacturedBy", "SMIC") in f
    f = facts("Finanziata da Tencent e da Alibaba, oltre che da fondi locali, MetaX prepara la quotazione.")
    assert ("Tencent", "investsIn", "MetaX") in f and ("Alibaba", "investsIn", "MetaX") in f
    f = facts("Introdotti dal BIS nell'ottobre 2023, i controlli sulle esportazioni hanno colpito Nvidia.")
    assert ("October 2023 export controls", "imposedBy", "Bureau of Industry and Security") in f


def test_correction_not_by_but_by_with_parenthetical():
    f = facts("Il Kunlun P800 non è stato progettato da Huawei, come scritto ieri per errore, ma da Kunlunxin.")
    assert ("Kunlunxin", "develops", "Kunlun P800") in f
    assert ("Huawei", "develops", "Kunlun P800") not in f


def test_unit_apposition_and_its_relative():
    f = facts("Kunlunxin, l'unità per i chip di Baidu, ha chiuso un nuovo round.")
    assert ("Kunlunxin", "subsidiaryOf", "Baidu") in f
    f = facts("T-Head, la divisione di Alibaba che sviluppa il processore Yitian 710, assume ingegneri.")
    assert ("T-Head", "develops", "Yitian 710") in f
    assert ("Alibaba", "develops", "Yitian 710") not in f


def test_dislocated_object_with_clitic():
    f = facts("La MTT S4000 Moore Threads l'ha svelata a dicembre.")
    assert ("Moore Threads", "develops", "MTT S4000") in f
    f = facts("Il Siyuan 590, Cambricon lo presenta come il suo chip più potente.")
    assert ("Cambricon", "develops", "Siyuan 590") in f


def test_headquarters_constructions():
    assert ("Huawei", "headquarteredIn", "Shenzhen") in facts("La sede di Huawei si trova a Shenzhen, nel Guangdong.")
    assert ("SMIC", "headquarteredIn", "Shanghai") in facts("A Shanghai, dove ha la sua sede centrale, SMIC gestisce tre fabbriche.")
    f = facts("Quotata a New York, Baidu non ha lì la sua sede, che si trova invece a Pechino.")
    assert ("Baidu", "headquarteredIn", "Beijing") in f
    f = facts("Hangzhou: è qui che hanno sede Alibaba e DeepSeek.")
    assert ("Alibaba", "headquarteredIn", "Hangzhou") in f and ("DeepSeek", "headquarteredIn", "Hangzhou") in f
    f = facts("SMIC, terza fonderia cinese per fatturato, amplia la capacità.")
    assert ("SMIC", "headquarteredIn", "China") not in f  # a nationality, not a stated headquarters


def test_investors_and_rounds():
    f = facts("Tencent figura da anni tra i principali azionisti di Moore Threads e di Biren.")
    assert ("Tencent", "investsIn", "Moore Threads") in f and ("Tencent", "investsIn", "Biren Technology") in f
    f = facts("Tencent ha guidato un giro di finanziamento da 300 milioni di dollari in MiniMax.")
    assert ("Tencent", "investsIn", "MiniMax") in f


def test_firm_behind_product():
    f = facts("Zhipu AI, la società dietro il modello GLM-4, prepara la quotazione.")
    assert ("Zhipu AI", "develops", "GLM-4") in f


def test_supplier_constructions():
    f = facts("Inspur avrebbe vinto un contratto da 2 miliardi di yuan da China Telecom.")
    assert ("Inspur", "supplies", "China Telecom") in f
    f = facts("Fra i maggiori clienti dei chip di Cambricon ci sono Lenovo e Inspur.")
    assert ("Cambricon", "supplies", "Lenovo") in f and ("Cambricon", "supplies", "Inspur") in f
    f = facts("Lenovo, uno dei grandi assemblatori di PC, è da tempo tra i principali clienti di Intel.")
    assert ("Intel", "supplies", "Lenovo") in f
    f = facts("Unico fornitore di litografi EUV al mondo per TSMC, l'olandese ASML ha chiuso un anno record.")
    assert ("ASML", "supplies", "TSMC") in f


def test_entrusted_production():
    f = facts("Cambricon ha affidato a SMIC la produzione del suo Siyuan 590.")
    assert ("Siyuan 590", "manufacturedBy", "SMIC") in f
    assert ("Cambricon", "develops", "Siyuan 590") in f
    assert ("Cambricon", "uses", "Siyuan 590") not in f
    f = facts("Huawei affida la produzione dell'Ascend 910B a SMIC.")
    assert ("Ascend 910B", "manufacturedBy", "SMIC") in f


def test_launch_for_a_product_is_not_developing_it():
    f = facts("Tencent Cloud ha lanciato un servizio di addestramento per il modello DeepSeek-V3.")
    assert ("Tencent Cloud", "develops", "DeepSeek-V3") not in f


def test_rival_apposition_and_latter():
    f = facts("Biren, principale rivale di Moore Threads tra le start-up, prepara un nuovo chip.")
    assert ("Biren Technology", "competesWith", "Moore Threads") in f
    f = facts("MetaX, nata dopo Biren, compete con quest'ultima sui chip per data center.")
    assert ("MetaX", "competesWith", "Biren Technology") in f


def test_subjunctive_outperforms_and_goods_of_policy():
    f = facts("Huawei afferma che l'Ascend 910C superi l'H100 nell'inferenza.")
    assert ("Ascend 910C", "outperforms", "Nvidia H100") in f
    f = facts("Il BIS ha varato controlli sulle esportazioni di chip come l'H20.")
    assert any(s == "Nvidia H20" and p == "restrictedBy" for s, p, _ in f)


def test_under_rule_firm_needs_licence():
    f = facts("In base alle regole dell'ottobre 2023, Nvidia deve ottenere una licenza per vendere l'A800 in Cina.")
    assert any(s == "Nvidia" and p == "restrictedBy" for s, p, _ in f)
