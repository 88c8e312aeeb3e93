"""Product codes, versions and model tiers: a known line or code with a suffix, codes of a known family, codes next to
their maker, model versions, and a product named again by its last code. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.rules import RuleExtractor
from kg.model import Article
from pattern_helpers import claim_triples, recognised


def _run(text: str, lang: str):
    return RuleExtractor().extract(Article(text=text, lang=lang, source_key="t", date="2025-01-01"))


def discovered(text: str, lang: str) -> dict[str, str]:
    """label -> class of the entities the article minted (registry entities left out)."""
    out = {}
    for ent in _run(text, lang).entities.values():
        if ent.provisional:
            for _lang, label in ent.labels:
                out[label] = ent.cls
    return out


# -- a known product or line followed by a tier or variant: the longer name is the product --------------------
@pytest.mark.parametrize("lang, text, label", [
    ("en", "Huawei quietly began selling the Atlas 800I A2 inference servers to banks.", "Atlas 800I A2"),
    ("en", "Huawei will ship the Ascend 910C Pro in volume next year.", "Ascend 910C Pro"),
    ("en", "Several provincial clouds run on the Kunpeng 920 7265, a 64-core part.", "Kunpeng 920 7265"),
    ("en", "Nvidia is said to be preparing an H20E for Chinese buyers.", "H20E"),
    ("it", "Huawei ha iniziato a consegnare i server Atlas 800T A2 alle banche.", "Atlas 800T A2"),
    ("it", "Il nuovo Ascend 910C Pro arriverà nel 2026, secondo fonti vicine al gruppo.", "Ascend 910C Pro"),
    ("it", "Cambricon ha mostrato anche la scheda MLU370-X8 per l'addestramento.", "MLU370-X8"),
    ("zh", "华为向多家银行交付了Atlas 800I A2推理服务器。", "Atlas 800I A2"),
    ("zh", "华为的昇腾910C Pro将于明年量产。", "Ascend 910C Pro"),
])
def test_suffixed_product_is_a_new_product(lang, text, label):
    assert any(x == label or x.endswith(" " + label) for x in recognised(text, lang)), recognised(text, lang)


@pytest.mark.parametrize("lang, text, short", [
    ("en", "Huawei will ship the Ascend 910C Pro in volume next year.", "Ascend 910C"),
    ("it", "Huawei ha presentato il server Atlas 800T A2 per l'addestramento.", "Atlas 800T"),
    ("zh", "华为的昇腾910C Pro将于明年量产。", "Ascend 910C"),
])
def test_longer_name_wins_over_the_shorter_match(lang, text, short):
    triples = claim_triples(text, lang)
    assert not any(short in (s, o) for s, _p, o in triples)
    assert ("Huawei", "develops", short + (" Pro" if "Pro" in text else " A2")) in triples


def test_registry_spelling_of_a_variant_is_the_registry_product():
    # "MI308X" is another name of the registry's Instinct MI308: no new product
    assert "MI308X" not in discovered("AMD cut the MI308X down to meet the thresholds.", "en")


def test_slash_submodel():
    d = discovered("Loongson's entry server part, the 3C6000/S, has sixteen cores.", "en")
    assert "3C6000/S" in d


# -- codes of a family the article names, and codes next to their maker or a product noun ----------------------
@pytest.mark.parametrize("lang, text, label", [
    ("en", "The SG2042 disappointed early buyers, but the SG2048 fixes the memory bottleneck.", "SG2048"),
    ("en", "Benchmarks put the SG2044 well ahead of the older SG2042.", "SG2044"),
    ("it", "Rispetto all'SG2042, l'SG2046 raddoppia la banda di memoria.", "SG2046"),
    ("en", "The board pairs the new SG2044 processor with 128 GB of memory.", "SG2044"),
    ("it", "Il processore SG2044 è stato presentato a Pechino.", "SG2044"),
    ("zh", "算能在大会上展示了SG2044处理器。", "SG2044"),
    ("it", "Il chip userà sedici core P670 di SiFive.", "P670"),
    ("it", "Il progetto usa i core X280 della californiana SiFive.", "X280"),
])
def test_codes_of_a_family_or_next_to_a_cue(lang, text, label):
    assert any(x == label or x.endswith(" " + label) for x in recognised(text, lang)), recognised(text, lang)


@pytest.mark.parametrize("lang, text, label", [
    ("en", "Per core, the chip still trails Intel's Xeon Skylake parts.", "Xeon Skylake"),
    ("en", "Cloud providers are moving from the Epyc Genoa generation to newer parts.", "Epyc Genoa"),
    ("it", "Resta dietro agli Xeon Sapphire Rapids di Intel.", "Xeon Sapphire Rapids"),
])
def test_code_name_after_a_chip_line(lang, text, label):
    got = recognised(text, lang)  # the registry now has these generations; the whole name, or its code name, is one entity
    assert any(x.lower() == label.lower() or label.lower().endswith(" " + x.lower()) for x in got), got


@pytest.mark.parametrize("lang, text", [
    ("en", "Nvidia reported H20 Q2 revenue of $4 billion and H1 2025 sales fell."),
    ("en", "Huawei shipped Ascend 910B 2024 units to Baidu."),
    ("en", "The Ascend Developer Conference opened in Shanghai with Ascend Computing products on show."),
    ("en", "The A320 has nothing to do with chips, and COVID19 hit in 2020; FY2024 and CES2025 were busy."),
    ("en", "Nvidia sells the H100/H200 in the US."),
])
def test_no_code_or_variant_without_a_cue(lang, text):
    d = discovered(text, lang)
    assert not any(x in d for x in ("H20 Q2", "Ascend 910B 2024", "Ascend Developer", "Ascend Developer Conference",
                                    "Ascend Computing", "A320", "COVID19", "FY2024", "CES2025", "H100/H200"))


# -- model and software versions ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, text, label", [
    ("en", "China Telecom open-sourced TeleChat2-115B last month.", "TeleChat2-115B"),
    ("it", "China Telecom ha rilasciato TeleChat2-35B come modello aperto.", "TeleChat2-35B"),
    ("zh", "中国电信开源了星辰语义大模型TeleChat2-115B。", "TeleChat2-115B"),
])
def test_model_version_glued_or_sized(lang, text, label):
    assert any(x == label or x.endswith(" " + label) for x in recognised(text, lang)), recognised(text, lang)


def test_cjk_prefixed_model_name_yields_the_version():
    triples = claim_triples("中国电信发布了星辰语义大模型TeleChat2-115B。", "zh")
    assert ("China Telecom", "develops", "TeleChat2-115B") in triples


# -- a product named again by its last code, or under another name -----------------------------------------------
@pytest.mark.parametrize("lang, text, label", [
    ("en", "Zhipu trained the model on Huawei's Atlas 800T A2 servers. The A2 servers use Ascend chips.", "A2"),
    ("it", "Huawei ha presentato l'Atlas 800I A2; l'A2 sarà venduto solo in Cina.", "A2"),
    ("zh", "华为推出Atlas 800T A2训练服务器，A2服务器搭载昇腾910B。", "A2"),
])
def test_short_code_is_the_full_product(lang, text, label):
    d = recognised(text, lang)
    assert label not in d and any(x.endswith(" A2") for x in d)


def test_short_code_takes_part_in_facts_of_the_full_product():
    triples = claim_triples("华为推出Atlas 800T A2训练服务器，A2服务器搭载昇腾910B。", "zh")
    assert ("Atlas 800T A2", "hasComponent", "Ascend 910B") in triples


@pytest.mark.parametrize("lang, text, alias", [
    ("en", "Loongson also showed the 2K3000, which notebook makers will get under the name 3B6000M.", "3B6000M"),
    ("en", "The SG2042 follows the SG2040, also sold as SG2041 in Europe.", "SG2041"),
])
def test_another_name_of_the_product_is_the_same_product(lang, text, alias):
    d = discovered(text, lang)
    assert alias not in d
