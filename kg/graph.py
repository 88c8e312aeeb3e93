"""ExtractionResult -> the quads of one article's named graph (see docs/ARCHITECTURE.md).

Pure and deterministic: the same result always gives the same quads, with no blank nodes.
The article IRI is also the name of the graph.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Iterable

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from kg import ontology
from kg.model import ARTICLE_BASE, HEDGED, NEGATIVE, POSITIVE, Claim, Entity, ExtractionResult

# Well-known W3C vocabularies (not project IRIs; those come from kg.ontology).
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"


def iri_of(x: object) -> str:
    """The IRI string of a constant that may be a str, an rdflib term or a pyoxigraph NamedNode."""
    return x.value if isinstance(x, NamedNode) else str(x)


def kgo(local: str) -> NamedNode:
    return NamedNode(iri_of(ontology.ONTOLOGY_NS) + local)


def claim_base() -> str:
    return iri_of(ontology.CLAIM_NS)


RDF_TYPE = NamedNode(RDF + "type")
_DECIMAL_PROPS = {"memoryGB", "powerWatts", "processNodeNm", "confidence"}
_INTEGER_PROPS = {"componentCount", "startOffset", "endOffset"}
_DATE_PROPS = {"announcedDate", "effectiveDate", "articleDate"}


def decimal_lexical(value: int | float | str | Decimal) -> str:
    """Canonical-ish xsd:decimal lexical form: no exponent, no trailing zeros ("96", "1.5")."""
    d = Decimal(str(value))
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


def value_literal(predicate: str, value: int | float | str) -> Literal:
    """A claim object that is not an entity, typed by its property."""
    if predicate in _INTEGER_PROPS or (predicate not in _DECIMAL_PROPS and isinstance(value, int)
                                       and not isinstance(value, bool)):
        return Literal(str(int(value)), datatype=NamedNode(XSD + "integer"))
    if predicate in _DECIMAL_PROPS or isinstance(value, float):
        return Literal(decimal_lexical(value), datatype=NamedNode(XSD + "decimal"))
    if predicate in _DATE_PROPS:
        return Literal(str(value), datatype=NamedNode(XSD + "date"))
    return Literal(str(value))


def claim_object(claim: Claim) -> NamedNode | Literal:
    if claim.object_is_entity:
        return NamedNode(str(claim.object))
    return value_literal(claim.predicate, claim.object)


def term_key(term: NamedNode | Literal) -> str:
    return term.value if isinstance(term, NamedNode) else str(term)


def claim_iri(article_iri: str, claim: Claim) -> NamedNode:
    """kgc:<first 20 hex of sha256(article IRI|s|p|o|start|end|polarity)>."""
    parts = [article_iri, claim.subject, kgo(claim.predicate).value, term_key(claim_object(claim)),
             str(claim.start), str(claim.end), claim.polarity]
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()
    return NamedNode(claim_base() + digest[:20])


def _lang_literal(text: str, lang: str | None) -> Literal:
    if lang:
        return Literal(text, language=lang)
    return Literal(text)


def entity_quads(entity: Entity, graph: NamedNode) -> list[Quad]:
    s = NamedNode(entity.iri)
    out = [Quad(s, RDF_TYPE, kgo(entity.cls), graph)]
    for lang, label in entity.labels:
        out.append(Quad(s, NamedNode(SKOS + "prefLabel"), _lang_literal(label, lang), graph))
    for lang, label in entity.alt_labels:
        out.append(Quad(s, NamedNode(SKOS + "altLabel"), _lang_literal(label, lang), graph))
    if entity.provisional:
        out.append(Quad(s, kgo("provisional"), Literal(True), graph))
    return out


def article_quads(result: ExtractionResult) -> list[Quad]:
    """All quads of the article's named graph, sorted and free of duplicates and blank nodes."""
    art = result.article
    g = NamedNode(art.iri)
    a = g
    lang = art.lang if art.lang else None
    q: set[Quad] = set()

    def add(s, p, o):
        q.add(Quad(s, p, o, g))

    # the article
    add(a, RDF_TYPE, kgo("Article"))
    add(a, kgo("text"), _lang_literal(art.text, lang))
    add(a, kgo("contentHash"), Literal(art.content_hash))
    add(a, kgo("sourceKey"), Literal(art.source_key))
    if art.title:
        add(a, NamedNode(DCTERMS + "title"), Literal(art.title))
    if art.date:
        add(a, NamedNode(DCTERMS + "date"), Literal(art.date, datatype=NamedNode(XSD + "date")))
    if art.lang:
        add(a, NamedNode(DCTERMS + "language"), Literal(art.lang))
    for src in (art.url, art.source):
        if src:
            add(a, NamedNode(DCTERMS + "source"), Literal(src))
    for outlet in sorted(result.reported_sources):
        add(a, kgo("reportedSource"), NamedNode(outlet))
    for iri in sorted(result.mentions):
        add(a, kgo("mentions"), NamedNode(iri))

    # discovered entities (registry entities live in the registry graph)
    for iri in sorted(result.entities):
        ent = result.entities[iri]
        if ent.provisional:
            q.update(entity_quads(ent, g))

    # claims and the facts they assert
    seen: set[str] = set()
    for c in result.claims:
        cn = claim_iri(art.iri, c)
        if cn.value in seen:  # same evidence twice (e.g. two extractors): first one wins
            continue
        seen.add(cn.value)
        s, p, o = NamedNode(c.subject), kgo(c.predicate), claim_object(c)
        if c.polarity == POSITIVE:
            add(s, p, o)
        add(cn, RDF_TYPE, kgo("Claim"))
        add(cn, NamedNode(RDF + "subject"), s)
        add(cn, NamedNode(RDF + "predicate"), p)
        add(cn, NamedNode(RDF + "object"), o)
        add(cn, kgo("polarity"), kgo("Negative" if c.polarity == NEGATIVE else "Positive"))
        add(cn, kgo("modality"), kgo("Hedged" if c.modality == HEDGED else "Asserted"))
        add(cn, kgo("quote"), _lang_literal(art.text[c.start:c.end], lang))
        add(cn, kgo("startOffset"), value_literal("startOffset", c.start))
        add(cn, kgo("endOffset"), value_literal("endOffset", c.end))
        add(cn, NamedNode(PROV + "wasDerivedFrom"), a)
        if art.date:
            add(cn, kgo("articleDate"), Literal(art.date, datatype=NamedNode(XSD + "date")))
        add(cn, kgo("extractor"), Literal(c.extractor))
        add(cn, kgo("extractorVersion"), Literal(c.extractor_version))
        add(cn, kgo("confidence"), value_literal("confidence", c.confidence))
    return sort_quads(q)


def quad_key(quad: Quad) -> str:
    return str(quad)


def sort_quads(quads: Iterable[Quad]) -> list[Quad]:
    """Quads in a canonical order (by their N-Quads form), duplicates removed."""
    return sorted(set(quads), key=quad_key)


def to_nquads(quads: Iterable[Quad]) -> str:
    """Sorted canonical N-Quads text (byte-identical for equal sets of quads)."""
    data = serialize(list(set(quads)), format=RdfFormat.N_QUADS)
    lines = sorted(data.decode("utf-8").splitlines()) if data else []
    return "".join(line + "\n" for line in lines)


def prefixes() -> dict[str, str]:
    """Prefixes used in exports and available in every query."""
    return {
        "kgo": iri_of(ontology.ONTOLOGY_NS),
        "kgid": iri_of(ontology.ENTITY_NS),
        "kgd": iri_of(ontology.DISCOVERED_NS),  # discovered entities: kgd:x == kgid:d/x
        "kga": ARTICLE_BASE,
        "kgc": iri_of(ontology.CLAIM_NS),
        "rdf": RDF,
        "rdfs": RDFS,
        "owl": OWL,
        "xsd": XSD,
        "skos": SKOS,
        "prov": PROV,
        "dcterms": DCTERMS,
    }
