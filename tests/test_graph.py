"""kg.graph: one article -> the quads of its named graph."""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode

from kg.graph import article_quads, claim_iri, kgo, to_nquads
from kg.model import HEDGED, NEGATIVE, Article, Claim, Entity, ExtractionResult

D = "https://w3id.org/cnaichips/id/d/"
TEXT = "Alibaba sta sviluppando un chip AI. Non sarebbe stampato da TSMC. Il chip ha 96 GB di memoria."


def result() -> ExtractionResult:
    art = Article(text=TEXT, lang="it", source_key="000.txt", date="2025-08-29", title="Il chip di Alibaba",
                  url="https://example.org/a", source="example")
    chip = D + "alibaba-ai-chip"
    r = ExtractionResult(art)
    r.entities[chip] = Entity(chip, "Chip", labels=(("it", "chip AI di Alibaba"),),
                              alt_labels=(("en", "Alibaba AI chip"),), provisional=True)
    r.entities["https://w3id.org/cnaichips/id/alibaba"] = Entity("https://w3id.org/cnaichips/id/alibaba", "Company",
                                                                  labels=(("en", "Alibaba"),))
    r.mentions |= {chip, "https://w3id.org/cnaichips/id/alibaba", "https://w3id.org/cnaichips/id/tsmc"}
    r.reported_sources.add("https://w3id.org/cnaichips/id/wall-street-journal")
    r.claims += [
        Claim("https://w3id.org/cnaichips/id/alibaba", "develops", chip, 0, 34, modality=HEDGED),
        Claim(chip, "manufacturedBy", "https://w3id.org/cnaichips/id/tsmc", 36, 65, polarity=NEGATIVE),
        Claim(chip, "memoryGB", 96, 66, 95),
        Claim(chip, "componentCount", 8, 66, 95),
    ]
    return r


def by_sp(quads, s, p):
    return [q.object for q in quads if q.subject == s and q.predicate == p]


def test_no_blank_nodes_and_one_graph():
    quads = article_quads(result())
    g = NamedNode(result().article.iri)
    assert quads
    assert all(q.graph_name == g for q in quads)
    assert not any(isinstance(t, BlankNode) for q in quads for t in (q.subject, q.object))


def test_article_description():
    r = result()
    quads = article_quads(r)
    a = NamedNode(r.article.iri)
    assert by_sp(quads, a, kgo("text")) == [Literal(TEXT, language="it")]
    assert by_sp(quads, a, kgo("contentHash")) == [Literal(r.article.content_hash)]
    assert by_sp(quads, a, kgo("sourceKey")) == [Literal("000.txt")]
    assert Literal("2025-08-29", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#date")) in \
        by_sp(quads, a, NamedNode("http://purl.org/dc/terms/date"))
    assert by_sp(quads, a, kgo("reportedSource")) == [NamedNode("https://w3id.org/cnaichips/id/wall-street-journal")]
    assert len(by_sp(quads, a, kgo("mentions"))) == 3


def test_discovered_entities_only_and_provisional():
    quads = article_quads(result())
    chip = NamedNode(D + "alibaba-ai-chip")
    assert by_sp(quads, chip, kgo("provisional")) == [Literal(True)]
    assert Literal("chip AI di Alibaba", language="it") in by_sp(
        quads, chip, NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"))
    # registry entities are described in the registry graph, not here
    assert not by_sp(quads, NamedNode("https://w3id.org/cnaichips/id/alibaba"),
                     NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"))


def test_quote_equals_text_span_and_offsets():
    r = result()
    quads = article_quads(r)
    for c in r.claims:
        cn = claim_iri(r.article.iri, c)
        assert by_sp(quads, cn, kgo("quote")) == [Literal(TEXT[c.start:c.end], language="it")]
        assert int(by_sp(quads, cn, kgo("startOffset"))[0].value) == c.start
        assert int(by_sp(quads, cn, kgo("endOffset"))[0].value) == c.end
        assert by_sp(quads, cn, NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")) == [NamedNode(r.article.iri)]
        assert cn.value.startswith("https://w3id.org/cnaichips/claim/")
        assert len(cn.value.rsplit("/", 1)[1]) == 20


def test_negative_claim_has_no_fact():
    r = result()
    quads = article_quads(r)
    chip, tsmc = NamedNode(D + "alibaba-ai-chip"), NamedNode("https://w3id.org/cnaichips/id/tsmc")
    assert not [q for q in quads if q.subject == chip and q.predicate == kgo("manufacturedBy")]
    neg = claim_iri(r.article.iri, r.claims[1])
    assert by_sp(quads, neg, kgo("polarity")) == [kgo("Negative")]
    assert by_sp(quads, neg, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#object")) == [tsmc]
    pos = claim_iri(r.article.iri, r.claims[0])
    assert by_sp(quads, pos, kgo("modality")) == [kgo("Hedged")]
    assert by_sp(quads, NamedNode("https://w3id.org/cnaichips/id/alibaba"), kgo("develops")) == [chip]


def test_datatype_facts_are_typed():
    quads = article_quads(result())
    chip = NamedNode(D + "alibaba-ai-chip")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert by_sp(quads, chip, kgo("memoryGB")) == [Literal("96", datatype=NamedNode(xsd + "decimal"))]
    assert by_sp(quads, chip, kgo("componentCount")) == [Literal("8", datatype=NamedNode(xsd + "integer"))]


def test_deterministic_sorted_nquads():
    a, b = to_nquads(article_quads(result())), to_nquads(article_quads(result()))
    assert a == b
    lines = a.splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    assert all(line.endswith(" .") for line in lines)
    # order of claims/entities in the result does not matter
    r = result()
    r.claims.reverse()
    assert to_nquads(article_quads(r)) == a
