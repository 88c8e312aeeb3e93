"""What the bundled seed articles must yield (issue: foundation), checked with SPARQL on a real build.

The Italian seed is the original crawled article; the English and Chinese seeds are ours.
Every fact is checked together with its evidence: a claim whose quote is text[start:end]
of the stored article, in the article's language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import pipeline
from kg.store import open_store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PREFIX = """
PREFIX kgo: <https://w3id.org/cnaichips/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = open_store(str(tmp_path_factory.mktemp("seedstore")))
    report = pipeline.build([str(SEEDS)], st)
    assert report.ok and report.built == len(list(SEEDS.iterdir()))
    yield st
    st.close()


def rows(store, q: str) -> list[tuple]:
    return [tuple(getattr(t, "value", t) for t in r) for r in store.query(PREFIX + q).rows]


def iri(store, label: str) -> str:
    r = rows(store, f'SELECT DISTINCT ?e WHERE {{ ?e skos:prefLabel|skos:altLabel ?l . FILTER(str(?l) = "{label}") }}')
    assert len(r) == 1, (label, r)
    return r[0][0]


def claims(store, s: str, p: str, o: str, polarity: str = "Positive") -> list[dict]:
    """Claims for s p o with their evidence, checking that offsets reproduce the quote."""
    obj, flt = (f"<{o}>", "") if o.startswith("http") else ("?v", f"FILTER(?v = {o})")
    out = []
    for quote, start, end, text, lang, modality, art in rows(store, f"""
        SELECT ?quote ?start ?end ?text (lang(?quote) AS ?lang) ?modality ?a WHERE {{
          ?c a kgo:Claim ; rdf:subject <{s}> ; rdf:predicate kgo:{p} ; rdf:object {obj} . {flt}
          ?c
             kgo:polarity kgo:{polarity} ; kgo:modality ?modality ; kgo:quote ?quote ;
             kgo:startOffset ?start ; kgo:endOffset ?end ; prov:wasDerivedFrom ?a .
          ?a kgo:text ?text .
        }}"""):
        assert text[int(start):int(end)] == quote
        out.append({"quote": quote, "lang": lang, "modality": modality.rsplit("#", 1)[-1], "article": art})
    return out


def asserted(store, s: str, p: str, o: str) -> bool:
    if o.startswith("http"):
        return store.query(PREFIX + f"ASK {{ <{s}> kgo:{p} <{o}> }}").boolean
    return store.query(PREFIX + f"ASK {{ <{s}> kgo:{p} ?v FILTER(?v = {o}) }}").boolean  # numbers: value equality


def fact(store, s, p, o, lang=None):
    assert asserted(store, s, p, o), (s, p, o)
    ev = claims(store, s, p, o)
    assert ev, f"no evidence for {s} {p} {o}"
    if lang:
        assert any(e["lang"] == lang for e in ev), ev
    return ev


def provisional(store, cls: str, label_part: str) -> str:
    r = rows(store, f"""SELECT DISTINCT ?e WHERE {{ ?e a kgo:{cls} ; kgo:provisional true ; skos:prefLabel ?l .
                          FILTER(lang(?l) = "en" && CONTAINS(?l, "{label_part}")) }}""")
    assert len(r) == 1, (cls, label_part, r)
    return r[0][0]


# --- the Italian seed ----------------------------------------------------------------------------

def test_alibaba_chip_and_its_comparisons(store):
    alibaba, h20, cuda = iri(store, "Alibaba"), iri(store, "Nvidia H20"), iri(store, "CUDA")
    chip = provisional(store, "Chip", "Alibaba")
    ev = fact(store, alibaba, "develops", chip, lang="it")
    assert any(e["modality"] == "Hedged" for e in ev)  # "sarebbe al lavoro su"
    fact(store, chip, "compatibleWith", cuda, lang="it")  # "compatibilità con la piattaforma Nvidia"
    fact(store, chip, "comparableTo", h20, lang="it")
    fact(store, chip, "hasMoreMemoryThan", h20, lang="it")
    fact(store, chip, "consumesMorePowerThan", h20, lang="it")


def test_not_made_by_tsmc_but_kept_as_negative_claim(store):
    chip = provisional(store, "Chip", "Alibaba")
    tsmc = iri(store, "TSMC")
    assert not asserted(store, chip, "manufacturedBy", tsmc)
    neg = claims(store, chip, "manufacturedBy", tsmc, polarity="Negative")
    assert neg and "TMSC" in neg[0]["quote"] and neg[0]["lang"] == "it"
    assert neg[0]["modality"] == "Hedged"  # "Non sarebbe stampato"


def test_tsmc_excluded_by_the_us_ban(store):
    tsmc = iri(store, "TSMC")
    bans = rows(store, f"""SELECT ?b ?issuer WHERE {{ <{tsmc}> kgo:excludedBy ?b . ?b a kgo:Policy ;
                                                      kgo:imposedBy ?issuer }}""")
    assert bans, "TSMC excludedBy a policy with an issuer"
    assert {b[1] for b in bans} & {iri(store, "United States"), iri(store, "US government")}
    assert any("ban americano" in e["quote"] for e in claims(store, tsmc, "excludedBy", bans[0][0]))


def test_h20_banned_by_the_chinese_government_not_the_city(store):
    h20, nvidia = iri(store, "Nvidia H20"), iri(store, "Nvidia")
    gov, city = iri(store, "Chinese government"), iri(store, "Beijing")
    fact(store, nvidia, "develops", h20, lang="it")
    bans = rows(store, f"SELECT ?b WHERE {{ <{h20}> kgo:restrictedBy ?b . ?b kgo:imposedBy <{gov}> }}")
    assert bans
    assert rows(store, f"SELECT ?t WHERE {{ <{gov}> a ?t }}") == [("https://w3id.org/cnaichips/ontology#GovernmentBody",)]
    assert rows(store, f"SELECT ?t WHERE {{ <{city}> a ?t }}") == [("https://w3id.org/cnaichips/ontology#City",)]
    assert not rows(store, f"SELECT ?p WHERE {{ ?p kgo:imposedBy <{city}> }}")
    assert ("Pechino",) in rows(store, f'SELECT ?l WHERE {{ <{city}> skos:prefLabel ?l FILTER(lang(?l) = "it") }}')


def test_metax(store):
    metax, shanghai, h20 = iri(store, "MetaX"), iri(store, "Shanghai"), iri(store, "Nvidia H20")
    fact(store, metax, "headquarteredIn", shanghai, lang="it")
    chip = provisional(store, "Chip", "MetaX")
    fact(store, metax, "develops", chip, lang="it")
    fact(store, chip, "hasMoreMemoryThan", h20, lang="it")
    fact(store, chip, "consumesMorePowerThan", h20, lang="it")


def test_huawei_ascend_system_with_384_units(store):
    huawei, ascend = iri(store, "Huawei"), iri(store, "Ascend")
    fact(store, huawei, "develops", ascend, lang="it")
    system = provisional(store, "System", "Huawei")
    fact(store, huawei, "develops", system, lang="it")
    fact(store, system, "hasComponent", ascend, lang="it")
    fact(store, system, "componentCount", "384")
    nvidia_sys = rows(store, f"""SELECT ?o WHERE {{ <{system}> kgo:comparableTo ?o . ?o skos:prefLabel ?l .
                                  FILTER(CONTAINS(?l, "Nvidia")) }}""")
    assert nvidia_sys


def test_wall_street_journal_is_the_reported_source(store):
    wsj = iri(store, "Wall Street Journal")
    arts = rows(store, f"SELECT ?a WHERE {{ ?a kgo:reportedSource <{wsj}> ; dcterms:language ?l }}")
    assert len(arts) == 1  # the article wrote "Wall Steet Journal"


# --- English and Chinese seeds -------------------------------------------------------------------

def test_english_seed(store):
    cm, a910c = iri(store, "CloudMatrix 384"), iri(store, "Ascend 910C")
    smic, tsmc = iri(store, "SMIC"), iri(store, "TSMC")
    fact(store, cm, "hasComponent", a910c, lang="en")
    fact(store, cm, "componentCount", "384")
    ev = fact(store, a910c, "manufacturedBy", smic, lang="en")
    assert {e["modality"] for e in ev if e["lang"] == "en"} == {"Hedged"}  # "reportedly"
    assert claims(store, a910c, "manufacturedBy", tsmc, polarity="Negative")
    for buyer in ("Tencent", "Alibaba", "ByteDance"):  # a list as subject
        fact(store, iri(store, buyer), "uses", iri(store, "Nvidia H20"), lang="en")
    fact(store, iri(store, "Cambricon"), "restrictedBy", iri(store, "Entity List"), lang="en")
    fact(store, iri(store, "Nvidia A800"), "excludedBy", iri(store, "October 2023 export controls"), lang="en")


def test_chinese_seed(store):
    mt, el = iri(store, "Moore Threads"), iri(store, "Entity List")
    fact(store, mt, "restrictedBy", el, lang="zh")
    fact(store, iri(store, "Biren Technology"), "restrictedBy", el, lang="zh")
    fact(store, mt, "headquarteredIn", iri(store, "Beijing"), lang="zh")
    c600, h20 = iri(store, "MetaX C600"), iri(store, "Nvidia H20")
    ev = fact(store, c600, "hasMoreMemoryThan", h20, lang="zh")
    assert ev[0]["modality"] == "Hedged"  # 据报道
    ascend, tsmc = iri(store, "Ascend"), iri(store, "TSMC")
    assert not asserted(store, ascend, "manufacturedBy", tsmc)
    assert claims(store, ascend, "manufacturedBy", tsmc, polarity="Negative")  # 华为否认
    fact(store, iri(store, "Ascend 910C"), "processNodeNm", "7")


def test_every_asserted_fact_has_evidence(store):
    missing = rows(store, """
        SELECT ?s ?p ?o WHERE {
          ?p a <http://www.w3.org/2002/07/owl#ObjectProperty> .
          ?s ?p ?o .
          FILTER(STRSTARTS(STR(?p), "https://w3id.org/cnaichips/ontology#"))
          FILTER NOT EXISTS { ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:polarity kgo:Positive }
          FILTER(?p NOT IN (kgo:reportedSource, kgo:mentions, kgo:polarity, kgo:modality))
        }""")
    assert not missing
