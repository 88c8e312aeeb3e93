"""Optional inference for `kg query --infer`: inverse and symmetric properties, sub-properties and the class
hierarchy, materialised with owlrl (OWL 2 RL) over the union graph plus the ontology's axioms.

Bounded on purpose: the reasoner sees only the entity-to-entity facts of the union graph (kgo: object
properties, not mentions/provenance), the kgo: types of entities, and the ontology's rdfs:subClassOf,
rdfs:subPropertyOf, owl:inverseOf and owl:SymmetricProperty/TransitiveProperty axioms. Domain and range
axioms are left out (a mis-extracted fact must not re-type an entity), and so are owl:sameAs links to
Wikidata. Only new triples about entities (kgid:) with a kgo: property, or an rdf:type in kgo:/prov:, are
kept: that is the content of the named graph https://w3id.org/cnaichips/graph/inferred.
"""

from __future__ import annotations

import functools
from typing import Iterable

from pyoxigraph import Literal as OxLiteral, NamedNode, Triple

from kg import ontology

_SKIP_PROPERTIES = {"mentions", "reportedSource", "polarity", "modality"}
_AXIOMS = (ontology.RDFS.subClassOf, ontology.RDFS.subPropertyOf, ontology.OWL.inverseOf,
           ontology.OWL.equivalentClass, ontology.OWL.equivalentProperty)
_AXIOM_TYPES = (ontology.OWL.SymmetricProperty, ontology.OWL.TransitiveProperty, ontology.OWL.ObjectProperty,
                ontology.OWL.Class)


@functools.lru_cache(maxsize=1)
def _fact_properties() -> frozenset[str]:
    return frozenset(p.iri for p in ontology.properties().values()
                     if p.kind == "object" and p.name not in _SKIP_PROPERTIES)


def _is_entity(term) -> bool:
    return isinstance(term, NamedNode) and term.value.startswith(ontology.ENTITY_NS)


def reasoner_input(triples: Iterable[Triple]) -> list[Triple]:
    """The part of the union graph the reasoner sees (see the module docstring)."""
    props = _fact_properties()
    rdf_type = str(ontology.RDF.type)
    out = []
    for t in triples:
        if not _is_entity(t.subject):
            continue
        p = t.predicate.value
        if p in props and _is_entity(t.object):
            out.append(t)
        elif p == rdf_type and isinstance(t.object, NamedNode) and t.object.value.startswith(ontology.ONTOLOGY_NS):
            out.append(t)
    return out


def _keep(s, p, o) -> bool:
    import rdflib

    if not (isinstance(s, rdflib.URIRef) and str(s).startswith(ontology.ENTITY_NS)):
        return False
    if p == ontology.RDF.type:
        return isinstance(o, rdflib.URIRef) and str(o).startswith((ontology.ONTOLOGY_NS, str(ontology.PROV)))
    return str(p) in _fact_properties() and isinstance(o, rdflib.URIRef) and str(o).startswith(ontology.ENTITY_NS)


def infer(triples: Iterable[Triple]) -> list[Triple]:
    """New triples entailed by the union graph (OWL 2 RL via owlrl, see the module docstring), sorted."""
    import owlrl
    import rdflib

    union = list(triples)
    have = {(t.subject.value, t.predicate.value, t.object.value) for t in union if not isinstance(t.object, OxLiteral)}
    g = rdflib.Graph()
    for t in reasoner_input(union):
        g.add((rdflib.URIRef(t.subject.value), rdflib.URIRef(t.predicate.value), rdflib.URIRef(t.object.value)))
    onto = ontology.ontology_graph()
    for pred in _AXIOMS:
        for s, o in onto.subject_objects(pred):
            if isinstance(s, rdflib.URIRef) and isinstance(o, rdflib.URIRef):
                g.add((s, pred, o))
    for typ in _AXIOM_TYPES:
        for s in onto.subjects(ontology.RDF.type, typ):
            if isinstance(s, rdflib.URIRef):
                g.add((s, ontology.RDF.type, typ))
    before = set(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    out = set()
    for s, p, o in g:
        if (s, p, o) in before or not _keep(s, p, o):
            continue
        if (str(s), str(p), str(o)) in have:
            continue
        out.add(Triple(NamedNode(str(s)), NamedNode(str(p)), NamedNode(str(o))))
    return sorted(out, key=str)
