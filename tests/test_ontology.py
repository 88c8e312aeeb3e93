"""Ontology, shapes, registry and kg.ontology: drift, coverage, labels, slugs, SHACL."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import RDF as R

from kg import ontology as o
from kg.errors import InputError, OntologyError
from kg.model import Entity
from kg.ontology import KGO

ROOT = Path(__file__).resolve().parent.parent

CLASSES = {"Organization", "Company", "Foundry", "GovernmentBody", "MediaOutlet", "Chip", "System",
           "SoftwarePlatform", "Policy", "Place", "Country", "City", "Article", "Claim"}
OBJECT = {"develops", "manufacturedBy", "compatibleWith", "comparableTo", "alternativeTo", "competesWith",
          "outperforms", "hasMoreMemoryThan", "consumesMorePowerThan", "hasComponent", "restrictedBy",
          "excludedBy", "imposedBy", "headquarteredIn", "locatedIn", "subsidiaryOf", "supplies", "uses",
          "investsIn", "reportedSource", "mentions", "polarity", "modality"}
INVERSES = {"develops": "developedBy", "manufacturedBy": "manufactures", "hasComponent": "componentOf",
            "restrictedBy": "restricts", "excludedBy": "excludes", "imposedBy": "imposes",
            "headquarteredIn": "headquartersOf", "subsidiaryOf": "hasSubsidiary", "supplies": "suppliedBy",
            "uses": "usedBy", "investsIn": "hasInvestor", "outperforms": "outperformedBy",
            "hasMoreMemoryThan": "hasLessMemoryThan", "consumesMorePowerThan": "consumesLessPowerThan",
            "alternativeTo": "alternativeFor", "locatedIn": "locationOf"}
DATATYPE = {"memoryGB", "processNodeNm", "powerWatts", "componentCount", "announcedDate", "effectiveDate",
            "quote", "startOffset", "endOffset", "articleDate", "extractor", "extractorVersion", "confidence",
            "text", "contentHash", "sourceKey", "provisional"}
INDIVIDUALS = {"Positive", "Negative", "Asserted", "Hedged"}
SYMMETRIC = {"compatibleWith", "comparableTo", "competesWith"}
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

# Labels deliberately shared by two registry entities (truly ambiguous); keep in step with registry.ttl.
ALLOWED_COLLISIONS: set[str] = set()


# ---------------------------------------------------------------- ontology terms
def test_vocab_matches_ontology_exactly():
    tree = ast.parse((ROOT / "kg" / "vocab.py").read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "KGO")
    in_vocab = {n.target.id for n in cls.body if isinstance(n, ast.AnnAssign) and not n.target.id.startswith("_")}
    g = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl")
    defined = {str(s)[len(o.ONTOLOGY_NS):] for s in g.subjects()
               if isinstance(s, URIRef) and str(s).startswith(o.ONTOLOGY_NS)}
    assert in_vocab == defined == set(o.terms())
    assert o.generate_vocab() == (ROOT / "kg" / "vocab.py").read_text(encoding="utf-8")


def test_kgo_fails_on_unknown_terms():
    assert str(KGO.develops) == o.ONTOLOGY_NS + "develops"
    assert o.KGO is KGO
    with pytest.raises(AttributeError):
        KGO.developz  # noqa: B018


def test_required_terms_have_the_right_kind():
    t = o.terms()
    for name in CLASSES:
        assert t.get(name) == "class", name
    for name in OBJECT | set(INVERSES.values()):
        assert t.get(name) == "object", name
    for name in DATATYPE:
        assert t.get(name) == "datatype", name
    for name in INDIVIDUALS:
        assert t.get(name) == "individual", name
    assert set(t) == CLASSES | OBJECT | set(INVERSES.values()) | DATATYPE | INDIVIDUALS


def test_every_term_has_label_and_comment_in_three_languages():
    g = o.ontology_graph()
    for name in o.terms():
        node = URIRef(o.ONTOLOGY_NS + name)
        for pred in (o.RDFS.label, o.RDFS.comment):
            langs = [lit.language for lit in g.objects(node, pred)]
            assert sorted(langs) == ["en", "it", "zh"], (name, pred)
        assert o.term_label(name, "zh") != name


def test_ontology_header():
    g = o.ontology_graph()
    onto = URIRef(o.ONTOLOGY_IRI)
    assert (onto, R.type, o.OWL.Ontology) in g
    assert g.value(onto, o.OWL.versionInfo) is not None


def test_class_tree():
    assert o.class_ancestors("Foundry") == ("Foundry", "Company", "Organization")
    assert o.class_ancestors("City") == ("City", "Place")
    assert o.is_subclass("MediaOutlet", "Organization")
    assert o.is_subclass("Chip", "Chip")
    assert not o.is_subclass("Organization", "Company")
    g = o.ontology_graph()
    assert (KGO.Claim, o.RDFS.subClassOf, o.PROV.Entity) in g
    assert (KGO.Claim, o.RDFS.subClassOf, R.Statement) in g
    assert (KGO.Article, o.RDFS.subClassOf, o.PROV.Entity) in g
    with pytest.raises(OntologyError):
        o.class_ancestors("Widget")


def test_properties():
    props = o.properties()
    assert set(props) == OBJECT | set(INVERSES.values()) | DATATYPE
    for a, b in INVERSES.items():
        assert props[a].inverse == b and props[b].inverse == a
    for name, p in props.items():
        assert p.symmetric == (name in SYMMETRIC), name
        assert p.domain and p.range, name
        assert set(p.labels) == {"en", "it", "zh"}
    d = props["develops"]
    assert d.kind == "object" and d.domain == {"Organization"} and d.range == {"Chip", "System", "SoftwarePlatform"}
    assert props["manufacturedBy"].domain == {"Chip"} and props["manufacturedBy"].range == {"Organization"}
    assert props["hasComponent"].domain == {"System"} and props["hasComponent"].range == {"Chip"}
    assert props["restrictedBy"].domain == {"Organization", "Chip", "System"}
    assert props["imposedBy"].range == {"GovernmentBody", "Country"}
    assert props["excludedBy"].super == "restrictedBy"
    assert props["reportedSource"].range == {"MediaOutlet"}
    assert props["polarity"].range == {"Positive", "Negative"}
    assert props["modality"].range == {"Asserted", "Hedged"}
    assert props["confidence"].kind == "datatype" and props["confidence"].range == {"double"}
    assert props["startOffset"].range == {"integer"}
    assert props["provisional"].range == {"boolean"}
    assert o.term_label("develops", "it") == "sviluppa"
    assert o.term_label("develops", "xx") == "develops"


# ---------------------------------------------------------------- registry
def test_registry_size_and_shape():
    reg = o.load_registry()
    assert len(reg) >= 200
    assert list(reg) == sorted(reg)
    classes = set(o.classes())
    for iri, e in reg.items():
        assert isinstance(e, Entity) and e.iri == iri and not e.provisional
        assert iri.startswith(o.ENTITY_NS) and not iri.startswith(o.DISCOVERED_NS)
        assert SLUG.fullmatch(iri[len(o.ENTITY_NS):]), iri
        assert e.cls in classes and e.cls not in {"Article", "Claim"}, iri
        langs = [lang for lang, _ in e.labels]
        assert langs.count("en") == 1 and langs.count("zh") == 1, iri
        assert len(langs) == len(set(langs)), iri
        assert list(e.labels) == sorted(e.labels) and list(e.alt_labels) == sorted(e.alt_labels)
        zh = dict(e.labels)["zh"]
        assert zh.strip() == zh and zh
    assert o.load_registry() == reg  # deterministic


def test_registry_has_one_class_and_no_facts():
    g = o.registry_graph()
    allowed = {R.type, o.SKOS.prefLabel, o.SKOS.altLabel, o.OWL.sameAs, o.DCTERMS.title, o.DCTERMS.conformsTo}
    for s, p, _ in g:
        assert p in allowed, (s, p)
    for s in set(g.subjects(o.SKOS.prefLabel, None)):
        if str(s).startswith(o.ENTITY_NS):
            assert len(list(g.objects(s, R.type))) == 1, s


def test_registry_key_entities():
    reg = o.load_registry()

    def get(slug):
        return reg[o.ENTITY_NS + slug]

    assert get("metax").cls == "Company"
    assert ("en", "Muxi") in get("metax").alt_labels
    assert ("en", "TMSC") in get("tsmc").alt_labels and get("tsmc").cls == "Foundry"
    assert ("en", "Wall Steet Journal") in get("wall-street-journal").alt_labels
    assert get("wall-street-journal").cls == "MediaOutlet"
    assert dict(get("beijing").labels) == {"en": "Beijing", "it": "Pechino", "zh": "北京"}
    assert get("beijing").cls == "City" and get("washington").cls == "City"
    assert get("china").cls == "Country" and dict(get("china").labels)["it"] == "Cina"
    assert ("it", "Governo di Pechino") in get("chinese-government").alt_labels
    assert ("it", "amministrazione Trump") in get("us-government").alt_labels
    assert get("ascend-910c").cls == "Chip" and get("cloudmatrix-384").cls == "System"
    assert get("cuda").cls == "SoftwarePlatform" and get("entity-list").cls == "Policy"
    assert get("nvidia-h20").label("zh") == "英伟达H20"


def test_no_unexpected_label_collisions():
    owners: dict[str, set[str]] = defaultdict(set)
    for e in o.load_registry().values():
        for _, text in e.labels + e.alt_labels:
            owners[o.normalize_label(text)].add(e.iri)
    clashes = {k: v for k, v in owners.items() if len(v) > 1 and k not in ALLOWED_COLLISIONS}
    assert not clashes


def test_wikidata_links_are_well_formed():
    reg = o.load_registry()
    targets = []
    for iri in reg:
        wd = o.wikidata_of(iri)
        if wd is not None:
            assert re.fullmatch(r"http://www\.wikidata\.org/entity/Q[1-9][0-9]*", wd), wd
            targets.append(wd)
    assert len(targets) == len(set(targets))
    assert o.wikidata_of(o.ENTITY_NS + "no-such-entity") is None


def test_quads():
    reg = o.registry_quads()
    assert reg and all(q.graph_name == pyoxigraph.NamedNode(o.GRAPH_REGISTRY) for q in reg)
    assert len(reg) == len(o.registry_graph())
    ont = o.ontology_quads()
    assert all(q.graph_name == pyoxigraph.NamedNode(o.GRAPH_ONTOLOGY) for q in ont)
    assert len(ont) == len(o.ontology_graph())
    assert ont == o.ontology_quads()
    store = pyoxigraph.Store()
    store.extend(ont)
    store.extend(o.ontology_quads())  # reloading does not duplicate blank-node structures
    assert len(store) == len(ont)


def test_constants():
    assert o.GRAPH_UNION == "https://w3id.org/cnaichips/graph/union"
    assert o.GRAPH_REGISTRY.endswith("/graph/registry") and o.GRAPH_ONTOLOGY.endswith("/graph/ontology")
    assert o.DISCOVERED_NS == "https://w3id.org/cnaichips/id/d/"
    assert o.CLAIM_NS == "https://w3id.org/cnaichips/claim/"
    assert o.ARTICLE_NS == "https://w3id.org/cnaichips/article/"
    assert o.SKOS + "prefLabel" == "http://www.w3.org/2004/02/skos/core#prefLabel"
    assert o.ontology_path().name == "kg.ttl" and o.shapes_path().exists() and o.registry_path().exists()


# ---------------------------------------------------------------- slugs and IRIs
@pytest.mark.parametrize("name, slug", [
    ("Moore Threads", "moore-threads"),
    ("Ascend 910C", "ascend-910c"),
    ("Nvidia H20", "nvidia-h20"),
    ("  T-Head  ", "t-head"),
    ("ＭｅｔａＸ", "metax"),  # full-width, NFKC
    ("Meta\u200bX", "metax"),  # zero-width space
    ("Città", "citta"),
    ("People’s Daily", "people-s-daily"),
])
def test_slugify_examples(name, slug):
    assert o.slugify(name) == slug


def test_chinese_names_hash_and_traditional_equals_simplified():
    simp, trad = o.slugify("台积电"), o.slugify("台積電")
    assert simp == trad and re.fullmatch(r"x[0-9a-f]{12}", simp)
    assert o.mint_entity_iri("摩尔线程", discovered=True) == o.mint_entity_iri("摩爾線程", discovered=True)
    assert o.mint_entity_iri("摩尔线程", discovered=True).startswith(o.DISCOVERED_NS + "x")
    assert o.slugify("曦云C600") != o.slugify("C600")
    assert o.mint_entity_iri("Ascend 910C", discovered=False) == o.ENTITY_NS + "ascend-910c"
    assert o.mint_entity_iri("Alibaba AI inference chip", discovered=True) == o.DISCOVERED_NS + "alibaba-ai-inference-chip"


def test_slugify_rejects_empty():
    for bad in ("", "   ", "\u200b"):
        with pytest.raises(InputError):
            o.slugify(bad)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.booleans())
def test_mint_is_deterministic_and_valid(name, discovered):
    try:
        iri = o.mint_entity_iri(name, discovered=discovered)
    except InputError:
        assert o.normalize_label(name) == ""
        return
    assert iri == o.mint_entity_iri(name, discovered=discovered)
    assert iri.startswith(o.DISCOVERED_NS if discovered else o.ENTITY_NS)
    slug = iri.rsplit("/", 1)[1]
    assert SLUG.fullmatch(slug) and len(slug) <= 80
    assert " " not in iri
    pyoxigraph.NamedNode(iri)


# ---------------------------------------------------------------- SHACL
GOOD = """
@prefix kgo: <https://w3id.org/cnaichips/ontology#> .
@prefix kgid: <https://w3id.org/cnaichips/id/> .
@prefix kgd: <https://w3id.org/cnaichips/id/d/> .
@prefix kga: <https://w3id.org/cnaichips/article/> .
@prefix kgc: <https://w3id.org/cnaichips/claim/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

kgid:alibaba a kgo:Company ; skos:prefLabel "Alibaba"@en, "阿里巴巴"@zh .
kgd:alibaba-ai-inference-chip a kgo:Chip ; skos:prefLabel "Alibaba AI inference chip"@en ; kgo:provisional true ;
    kgo:memoryGB 96 .
kgid:tsmc a kgo:Foundry ; skos:prefLabel "TSMC"@en .
kgid:us-government a kgo:GovernmentBody ; skos:prefLabel "US government"@en .
kgid:entity-list a kgo:Policy ; skos:prefLabel "Entity List"@en ; kgo:imposedBy kgid:us-government .
kgid:wall-street-journal a kgo:MediaOutlet ; skos:prefLabel "Wall Street Journal"@en .
kgid:alibaba kgo:develops kgd:alibaba-ai-inference-chip .
kgd:alibaba-ai-inference-chip kgo:manufacturedBy kgid:tsmc .

kgc:c1 a kgo:Claim ;
    rdf:subject kgid:alibaba ; rdf:predicate kgo:develops ; rdf:object kgd:alibaba-ai-inference-chip ;
    kgo:polarity kgo:Positive ; kgo:modality kgo:Hedged ;
    kgo:quote "Alibaba sarebbe al lavoro"@it ; kgo:startOffset 0 ; kgo:endOffset 25 ;
    prov:wasDerivedFrom kga:0123456789abcdef ; kgo:articleDate "2025-08-29"^^xsd:date ;
    kgo:extractor "kg.rules" ; kgo:extractorVersion "0.1.0" ; kgo:confidence 0.7 .

kga:0123456789abcdef a kgo:Article ; dcterms:language "it" ; dcterms:date "2025-08-29"^^xsd:date ;
    kgo:contentHash "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
    kgo:text "Alibaba sarebbe al lavoro su un chip." ; kgo:sourceKey "000.txt" ;
    kgo:reportedSource kgid:wall-street-journal ; kgo:mentions kgid:alibaba .
"""

BAD = """
@prefix kgo: <https://w3id.org/cnaichips/ontology#> .
@prefix kgid: <https://w3id.org/cnaichips/id/> .
@prefix kgc: <https://w3id.org/cnaichips/claim/> .
@prefix kga: <https://w3id.org/cnaichips/article/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

kgid:beijing a kgo:City ; skos:prefLabel "Beijing"@en, "Peking"@en .
kgid:h20 a kgo:Chip ; skos:prefLabel "H20"@en .
kgid:beijing kgo:develops kgid:h20 .
kgid:h20 kgo:manufacturedBy kgid:beijing .
kgid:h20 kgo:hasComponent kgid:h20 .
kgc:c2 a kgo:Claim ; rdf:subject kgid:beijing ; kgo:confidence 1.5 ; kgo:polarity kgo:Maybe .
kga:ffff a kgo:Article ; kgo:text "x" .
"""


def _results(report: rdflib.Graph) -> list[tuple[str, str, str]]:
    sh = o.SH
    out = []
    for r in report.subjects(R.type, sh.ValidationResult):
        out.append((str(report.value(r, sh.focusNode)), str(report.value(r, sh.resultPath)),
                    str(report.value(r, sh.resultSeverity))))
    return out


def test_shapes_accept_good_graph():
    conforms, report, text = o.validate(rdflib.Graph().parse(data=GOOD, format="turtle"))
    assert conforms, text
    assert not [r for r in _results(report) if r[2] == str(o.SH.Violation)]


def test_shapes_flag_bad_graph():
    conforms, report, text = o.validate(rdflib.Graph().parse(data=BAD, format="turtle"))
    assert not conforms
    results = _results(report)
    focus = {r[0] for r in results}
    paths = {r[1] for r in results}
    assert o.ENTITY_NS + "beijing" in focus  # develops domain, manufacturedBy range, two prefLabel@en
    assert o.ENTITY_NS + "h20" in focus  # hasComponent domain (a Chip is not a System)
    assert str(o.SKOS.prefLabel) in paths
    for p in ("quote", "startOffset", "endOffset", "confidence", "polarity", "modality", "extractor", "contentHash"):
        assert o.ONTOLOGY_NS + p in paths, p
    assert str(o.DCTERMS.language) in paths


def test_shapes_warnings_do_not_break_conformance():
    data = GOOD.replace(' ; kgo:imposedBy kgid:us-government', '').replace(
        ' ; kgo:articleDate "2025-08-29"^^xsd:date', '')
    conforms, report, _ = o.validate(rdflib.Graph().parse(data=data, format="turtle"))
    assert conforms
    severities = {r[2] for r in _results(report)}
    assert severities == {str(o.SH.Warning)}


def test_registry_conforms_to_shapes():
    data = rdflib.Graph()
    for t in o.registry_graph():
        data.add(t)
    conforms, report, text = o.validate(data)
    assert conforms, text
    assert {r[2] for r in _results(report)} <= {str(o.SH.Warning)}  # policies have no imposedBy in the registry


def test_registry_literals_are_tagged():
    for s, p, lit in o.registry_graph().triples((None, o.SKOS.altLabel, None)):
        assert isinstance(lit, Literal) and lit.language, (s, lit)
