"""`kg validate`: SHACL (ontology/shapes.ttl via kg.ontology.validate) plus evidence checks on the union graph.

The data graph is the union graph plus the ontology (so the class hierarchy is there). pySHACL checks
domains and ranges, one skos:prefLabel per language, complete claims (quote, offsets, article, date,
extractor, confidence, polarity, modality) and that a Policy has an issuer (a warning: articles often do
not name one). Python checks what SHACL cannot say simply:
  * every asserted fact (a kgo: property between resources, or a kgo: datatype value, in the union graph)
    has at least one positive claim (its evidence), unless the curated registry states it;
  * every positive claim's fact is asserted, and no fact is asserted that only negative claims support;
  * a claim's quote is the article text between its offsets;
  * an issuer named by an article (a positive kgo:imposedBy claim) is on the policy.
Warnings never fail validation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg import ontology

_NOT_FACTS = {"mentions", "reportedSource", "polarity", "modality", "quote", "startOffset", "endOffset",
              "articleDate", "extractor", "extractorVersion", "confidence", "text", "contentHash", "sourceKey",
              "provisional"}


@dataclass
class Finding:
    severity: str  # 'Violation' | 'Warning'
    focus: str
    message: str
    path: str = ""

    def line(self) -> str:
        from kg.query import compact

        path = f" [{compact(self.path)}]" if self.path else ""
        return f"{self.severity}: {compact(self.focus)}{path}: {self.message}"


@dataclass
class ValidationReport:
    findings: list[Finding] = field(default_factory=list)
    triples: int = 0

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self, max_lines: int = 200) -> str:
        head = (f"{'valid' if self.conforms else 'NOT valid'}: {len(self.violations)} violation(s), "
                f"{len(self.warnings)} warning(s) in {self.triples} triples (union graph + ontology)")
        lines = [f.line() for f in sorted(self.violations, key=lambda f: (f.focus, f.message))]
        lines += [f.line() for f in sorted(self.warnings, key=lambda f: (f.focus, f.message))]
        if len(lines) > max_lines:
            lines = lines[:max_lines] + [f"... and {len(lines) - max_lines} more"]
        return "\n".join([head] + lines) + "\n"


def _rdflib_graph(triples):
    import rdflib
    from pyoxigraph import BlankNode, Literal

    g = rdflib.Graph()

    def term(t):
        if isinstance(t, BlankNode):
            return rdflib.BNode(t.value)
        if isinstance(t, Literal):
            if t.language:
                return rdflib.Literal(t.value, lang=t.language)
            return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
        return rdflib.URIRef(t.value)

    for t in triples:
        g.add((term(t.subject), term(t.predicate), term(t.object)))
    return g


def _shacl_findings(results) -> list[Finding]:
    SH = ontology.SH
    out = []
    for r in results.subjects(ontology.RDF.type, SH.ValidationResult):
        sev = results.value(r, SH.resultSeverity)
        severity = "Violation" if sev == SH.Violation else str(sev).rsplit("#", 1)[-1]
        msg = results.value(r, SH.resultMessage)
        path = results.value(r, SH.resultPath)
        out.append(Finding(severity, str(results.value(r, SH.focusNode)), str(msg) if msg else "constraint failed",
                           str(path) if path is not None and not str(path).startswith("N") else ""))
    return out


def evidence_findings(store) -> list[Finding]:
    """The Python checks of the module docstring, as SPARQL over the store's union graph."""
    out: list[Finding] = []
    not_facts = ", ".join(f"kgo:{n}" for n in sorted(_NOT_FACTS))
    rows = store.query(f"""
        SELECT DISTINCT ?s ?p ?o WHERE {{
          ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(kgo:)) && ?p NOT IN ({not_facts}))
          FILTER NOT EXISTS {{ ?c a kgo:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                               kgo:polarity kgo:Positive }}
          FILTER NOT EXISTS {{ GRAPH <{ontology.GRAPH_REGISTRY}> {{ ?s ?p ?o }} }}
        }}""").rows
    for s, p, o in rows:
        out.append(Finding("Violation", s.value, f"asserted fact without a positive claim (evidence): {o}", p.value))
    rows = store.query("""
        SELECT DISTINCT ?c ?s ?p ?o WHERE {
          ?c a kgo:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:polarity kgo:Positive .
          FILTER NOT EXISTS { ?s ?p ?o }
        }""").rows
    for c, s, p, o in rows:
        out.append(Finding("Violation", c.value, f"positive claim whose fact is not asserted: {s} {p} {o}"))
    rows = store.query("""
        SELECT DISTINCT ?c ?q ?start ?end ?text WHERE {
          ?c a kgo:Claim ; kgo:quote ?q ; kgo:startOffset ?start ; kgo:endOffset ?end ; prov:wasDerivedFrom ?a .
          ?a kgo:text ?text .
        }""").rows
    for c, q, start, end, text in rows:
        try:
            a, b = int(start.value), int(end.value)
        except ValueError:
            continue  # SHACL reports the datatype
        if text.value[a:b] != q.value:
            out.append(Finding("Violation", c.value, f"quote is not the article text at [{a}, {b})"))
    rows = store.query("""
        SELECT DISTINCT ?policy ?issuer WHERE {
          ?c a kgo:Claim ; rdf:subject ?policy ; rdf:predicate kgo:imposedBy ; rdf:object ?issuer ;
             kgo:polarity kgo:Positive .
          FILTER NOT EXISTS { ?policy kgo:imposedBy ?issuer }
        }""").rows
    for policy, issuer in rows:
        out.append(Finding("Violation", policy.value, f"an article names {issuer} as issuer but the policy has no "
                                                      "kgo:imposedBy", ontology.ONTOLOGY_NS + "imposedBy"))
    return out


def validate_store(store) -> ValidationReport:
    """SHACL + evidence checks of the union graph (plus ontology); see the module docstring."""
    union = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").triples
    data = _rdflib_graph(union)
    data += ontology.ontology_graph()
    _, results, _ = ontology.validate(data)
    report = ValidationReport(triples=len(data))
    report.findings = _shacl_findings(results) + evidence_findings(store)
    return report
