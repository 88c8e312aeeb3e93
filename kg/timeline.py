"""`kg timeline ENTITY`: in date order, the facts about an entity and the articles that added, confirmed,
hedged or contradicted them.

Events (one per claim, i.e. per supporting sentence):
  added         the first positive, asserted claim of the fact
  confirmed     a later positive, asserted claim of a fact already added
  hedged        a positive claim the article only reports or supposes (kgo:Hedged)
  contradicted  a negative claim ("not made by TSMC") on a fact that some article asserts
  denied        a negative claim on a fact no article asserts
Undated claims come last.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from kg.errors import InputError

_CLAIMS = """
SELECT ?entity ?claim ?s ?p ?o ?pol ?mod ?date ?article ?title ?quote ?sLabel ?oLabel WHERE {
  { ?claim rdf:subject ?entity } UNION { ?claim rdf:object ?entity }
  ?claim a kgo:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:polarity ?pol ;
         kgo:modality ?mod ; kgo:quote ?q ; prov:wasDerivedFrom ?article .
  OPTIONAL { ?claim kgo:articleDate ?date }
  OPTIONAL { ?article dcterms:title ?title }
  BIND(STR(?q) AS ?quote)
  OPTIONAL { ?s skos:prefLabel ?sEn FILTER(LANG(?sEn) = "en") }
  OPTIONAL { ?o skos:prefLabel ?oEn FILTER(LANG(?oEn) = "en") }
  BIND(COALESCE(STR(?sEn), STR(?s)) AS ?sLabel)
  BIND(COALESCE(STR(?oEn), STR(?o)) AS ?oLabel)
}"""

COLUMNS = ("date", "event", "subject", "property", "object", "article", "title", "quote")


@dataclass(frozen=True)
class Event:
    date: str
    event: str
    subject: str
    property: str
    object: str
    article: str
    title: str
    quote: str
    subject_iri: str
    object_iri: str
    modality: str

    def row(self) -> list[str]:
        return [getattr(self, c) for c in COLUMNS]

    def to_dict(self) -> dict:
        return asdict(self)


def resolve(store, entity: str) -> list[str]:
    """IRIs named by `entity`: an IRI, prefix:name, or a label (prefLabel/altLabel, normalised)."""
    from kg.queries import resolve_entity

    return resolve_entity(store, entity)


def timeline(store, entity: str) -> list[Event]:
    """The events about `entity` (label or IRI) in date order; InputError if nothing has that name."""
    from kg.query import compact

    iris = resolve(store, entity)
    if not iris:
        raise InputError(f"no entity named {entity!r} (give a label such as \"Nvidia H20\" or an IRI)")
    rows = []
    for iri in iris:
        rows += store.query(_CLAIMS, params={"entity": f"<{iri}>"}).rows
    claims = []
    seen = set()
    for (_, claim, s, p, o, pol, mod, date, article, title, quote, s_label, o_label) in rows:
        if claim.value in seen:
            continue
        seen.add(claim.value)
        claims.append(dict(claim=claim.value, s=s.value, p=p.value, o=o.value, o_term=o,
                           positive=pol.value.endswith("#Positive"), hedged=mod.value.endswith("#Hedged"),
                           date=date.value if date is not None else "", article=article.value,
                           title=title.value if title is not None else "", quote=quote.value,
                           s_label=s_label.value, o_label=o_label.value))
    claims.sort(key=lambda c: (c["date"] == "", c["date"], c["article"], c["s_label"], c["p"], c["o_label"],
                               c["claim"]))
    asserted_facts = {(c["s"], c["p"], c["o"]) for c in claims if c["positive"]}
    added: set[tuple] = set()
    events = []
    for c in claims:
        key = (c["s"], c["p"], c["o"])
        if not c["positive"]:
            kind = "contradicted" if key in asserted_facts else "denied"
        elif c["hedged"]:
            kind = "hedged"
        elif key in added:
            kind = "confirmed"
        else:
            kind = "added"
            added.add(key)
        events.append(Event(date=c["date"], event=kind, subject=c["s_label"], property=compact(c["p"]),
                            object=c["o_label"], article=compact(c["article"]), title=c["title"],
                            quote=c["quote"], subject_iri=c["s"], object_iri=c["o"],
                            modality="hedged" if c["hedged"] else "asserted"))
    return events
