"""Constructions of round 8, each with new sentences: investors as modifiers ("the Tencent-backed X"), rivals in an
apposition with an abbreviation ("Nvidia's chief U.S. rival"), Italian modal passives ("potrebbe essere fabbricato
da"), Chinese homes as modifiers ("荷蘭商…", "合肥的长鑫存储"), and the known-home guard on headquarters."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples

FOUND = [
    ("The Alibaba-backed start-up Zhipu AI unveiled a new model on Monday.", "en", ("Alibaba", "investsIn", "Zhipu AI")),
    ("MiniMax, a Tencent-backed developer of chatbots, raised more money.", "en", ("Tencent", "investsIn", "MiniMax")),
    ("Biren, a Shanghai-based, Alibaba-backed GPU designer, filed for a listing.", "en",
     ("Alibaba", "investsIn", "Biren Technology")),
    ("Intel, Nvidia's main U.S. competitor in PCs, cut prices.", "en", ("Intel", "competesWith", "Nvidia")),
    ("Secondo gli analisti, il Kirin 9020 potrebbe essere fabbricato da SMIC.", "it", ("Kirin 9020", "manufacturedBy", "SMIC")),
    ("Il nuovo MLU590 dovrebbe venire prodotto da TSMC.", "it", ("Siyuan 590", "manufacturedBy", "TSMC")),
    ("Inspur è nei guai: il governo americano l'ha ormai inserita nella Entity List.", "it",
     ("Inspur", "restrictedBy", "Entity List")),
    ("Biren, che a ottobre il Dipartimento del Commercio ha aggiunto alla Entity List, cerca nuovi fornitori.", "it",
     ("Biren Technology", "restrictedBy", "Entity List")),
    ("合肥的长鑫存储与武汉的长江存储同样受到限制。", "zh", ("CXMT", "headquarteredIn", "Hefei")),
    ("合肥的长鑫存储与武汉的长江存储同样受到限制。", "zh", ("YMTC", "headquarteredIn", "Wuhan")),
]


@pytest.mark.parametrize("text, lang, fact", FOUND)
def test_found(text, lang, fact):
    assert fact in claim_triples(text, lang)


NOT_FOUND = [
    # a modifier of the first of two names is not the second's
    ("Tencent-backed Enflame and Iluvatar CoreX both sell training cards.", "en",
     ("Tencent", "investsIn", "Iluvatar CoreX")),
    ("State-backed SMIC and Alibaba-backed Zhipu AI rallied.", "en", ("SMIC", "investsIn", "Zhipu AI")),
    # a firm's office or staff in a city is no headquarters; a known home wins over a description
    ("上海的英伟达员工接受了采访。", "zh", ("Nvidia", "headquarteredIn", "Shanghai")),
    # "三星期" is three weeks, not Samsung
    ("训练历时约三星期，与华为的昇腾910C竞争。", "zh", ("Samsung Electronics", "competesWith", "Huawei")),
    ("被称为“中国的英伟达”的摩尔线程今天上市。", "zh", ("Nvidia", "headquarteredIn", "China")),
    ("US curbs on Zhipu AI tightened in January.", "en", ("Zhipu AI", "headquarteredIn", "United States")),
    ("Samsung, the Icheon-based memory maker, raised HBM prices.", "en",
     ("Samsung Electronics", "headquarteredIn", "Icheon")),    # (0.16) a nationality before or after the name is no stated headquarters
    ("美國商輝達（Nvidia）上季財報優於預期。", "zh", ("Nvidia", "headquarteredIn", "United States")),
    ("供應鏈消息指出，日商東京威力科創與美商科磊的出貨均受影響。", "zh", ("Tokyo Electron", "headquarteredIn", "Japan")),
    ("供應鏈消息指出，日商東京威力科創與美商科磊的出貨均受影響。", "zh", ("KLA", "headquarteredIn", "United States")),
    ("Shares of U.S. memory maker Micron fell 3%.", "en", ("Micron Technology", "headquarteredIn", "United States")),
    ("Japanese equipment supplier Tokyo Electron raised its forecast.", "en", ("Tokyo Electron", "headquarteredIn", "Japan")),
    ("Il mercato è dominato dai coreani: i sudcoreani Samsung e SK Hynix controllano le HBM.", "it",
     ("SK Hynix", "headquarteredIn", "South Korea")),
    ("Anche l'americana Micron ha tagliato la produzione.", "it", ("Micron Technology", "headquarteredIn", "United States")),
]


@pytest.mark.parametrize("text, lang, fact", NOT_FOUND)
def test_not_found(text, lang, fact):
    assert fact not in claim_triples(text, lang)
