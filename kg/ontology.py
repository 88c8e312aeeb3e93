"""The ontology, the SHACL shapes and the landscape registry: the only module that reads ``ontology/*.ttl``.

Everything that names an IRI lives here: namespaces, graph names, the ``KGO`` vocabulary (generated into
``kg/vocab.py`` by ``python -m kg.ontology --generate``), the slug and IRI minting rules of
docs/ARCHITECTURE.md, and read-only views of the ontology (classes, properties, labels) and registry.

Parsed graphs are cached per process; treat every returned graph as read-only.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib import BNode, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.errors import InputError, OntologyError
from kg.model import ARTICLE_BASE, Entity

try:  # kg/vocab.py is generated from ontology/kg.ttl; tolerate its absence while bootstrapping.
    from kg.vocab import KGO
except ImportError:  # pragma: no cover - only before the first `--generate`
    KGO = None  # type: ignore[assignment,misc]

__all__ = [
    "ONTOLOGY_NS", "ENTITY_NS", "DISCOVERED_NS", "ARTICLE_NS", "CLAIM_NS", "SHAPES_NS", "ONTOLOGY_IRI",
    "GRAPH_REGISTRY", "GRAPH_ONTOLOGY", "GRAPH_UNION", "GRAPH_INFERRED", "WIKIDATA_NS",
    "RDF", "RDFS", "OWL", "SKOS", "XSD", "PROV", "DCTERMS", "SH", "PREFIXES",
    "KGO", "ID", "DISCOVERED", "KGA", "KGC",
    "PropertyInfo", "ontology_path", "shapes_path", "registry_path", "ontology_graph", "shapes_graph",
    "registry_graph", "load_registry", "wikidata_of", "classes", "terms", "class_ancestors", "is_subclass",
    "properties", "term_label", "normalize_label", "slugify", "mint_entity_iri", "registry_quads",
    "ontology_quads", "validate", "generate_vocab",
]

# --------------------------------------------------------------------------------------------------
# Namespaces and graph names (stable, public). Each is an rdflib Namespace, i.e. a str subclass:
# ``KGC + "abc"`` and ``pyoxigraph.NamedNode(SKOS + "prefLabel")`` both work, and so does ``SKOS.prefLabel``.
# --------------------------------------------------------------------------------------------------
ONTOLOGY_NS = "https://w3id.org/cnaichips/ontology#"
ONTOLOGY_IRI = "https://w3id.org/cnaichips/ontology"
ENTITY_NS = "https://w3id.org/cnaichips/id/"
DISCOVERED_NS = ENTITY_NS + "d/"
ARTICLE_NS = ARTICLE_BASE
CLAIM_NS = "https://w3id.org/cnaichips/claim/"
SHAPES_NS = "https://w3id.org/cnaichips/shapes#"
GRAPH_REGISTRY = "https://w3id.org/cnaichips/graph/registry"
GRAPH_ONTOLOGY = "https://w3id.org/cnaichips/graph/ontology"
GRAPH_UNION = "https://w3id.org/cnaichips/graph/union"
GRAPH_INFERRED = "https://w3id.org/cnaichips/graph/inferred"  # `kg query --infer` only (never stored)
WIKIDATA_NS = "http://www.wikidata.org/entity/"

RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SH = Namespace("http://www.w3.org/ns/shacl#")

ID = Namespace(ENTITY_NS)
DISCOVERED = Namespace(DISCOVERED_NS)
KGA = Namespace(ARTICLE_NS)
KGC = Namespace(CLAIM_NS)

PREFIXES: dict[str, str] = {
    "kgo": ONTOLOGY_NS, "kgid": ENTITY_NS, "kgd": DISCOVERED_NS, "kga": ARTICLE_NS, "kgc": CLAIM_NS,
    "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "skos": str(SKOS), "xsd": str(XSD),
    "prov": str(PROV), "dcterms": str(DCTERMS), "wd": WIKIDATA_NS,
}

# ontology/ sits next to the kg package in the source tree; KG_ONTOLOGY_DIR overrides it (e.g. for a wheel install).
_ONTOLOGY_DIR = Path(os.environ.get("KG_ONTOLOGY_DIR") or Path(__file__).resolve().parent.parent / "ontology")


# --------------------------------------------------------------------------------------------------
# Files and cached graphs
# --------------------------------------------------------------------------------------------------
def _file(name: str) -> Path:
    path = _ONTOLOGY_DIR / name
    if not path.is_file():
        raise OntologyError(f"missing ontology file: {path}")
    return path


def ontology_path() -> Path:
    return _file("kg.ttl")


def shapes_path() -> Path:
    return _file("shapes.ttl")


def registry_path() -> Path:
    return _file("registry.ttl")


def _parse(path: Path) -> rdflib.Graph:
    g = rdflib.Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types on bad Turtle
        raise OntologyError(f"cannot parse {path}: {exc}") from exc
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


@functools.lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    """The ontology (ontology/kg.ttl) as an rdflib Graph. Cached: do not modify."""
    return _parse(ontology_path())


@functools.lru_cache(maxsize=1)
def shapes_graph() -> rdflib.Graph:
    """The SHACL shapes (ontology/shapes.ttl). Cached: do not modify."""
    return _parse(shapes_path())


@functools.lru_cache(maxsize=1)
def registry_graph() -> rdflib.Graph:
    """The curated registry (ontology/registry.ttl). Cached: do not modify."""
    return _parse(registry_path())


def _local(term: object) -> str | None:
    """Local name of a kgo: term, else None."""
    s = str(term)
    return s[len(ONTOLOGY_NS):] if s.startswith(ONTOLOGY_NS) else None


# --------------------------------------------------------------------------------------------------
# Ontology terms
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PropertyInfo:
    """One ontology property.

    ``domain``/``range`` hold ontology class local names (unions are flattened); for datatype properties
    the range holds the datatype local name (``decimal``, ``integer``, ``date``, ``Literal`` ...); for
    ``polarity``/``modality`` the range holds the allowed individuals (``Positive``, ``Negative`` ...).
    """

    name: str
    kind: str  # 'object' | 'datatype'
    domain: frozenset[str]
    range: frozenset[str]
    inverse: str | None = None
    symmetric: bool = False
    super: str | None = None
    labels: dict[str, str] = field(default_factory=dict, hash=False)

    @property
    def iri(self) -> str:
        return ONTOLOGY_NS + self.name


_KINDS = (("class", OWL.Class), ("object", OWL.ObjectProperty), ("datatype", OWL.DatatypeProperty),
          ("individual", OWL.NamedIndividual))


@functools.lru_cache(maxsize=1)
def _terms() -> tuple[tuple[str, str], ...]:
    g = ontology_graph()
    found: dict[str, str] = {}
    for kind, owl_type in _KINDS:
        for s in g.subjects(RDF.type, owl_type):
            name = _local(s)
            if name is None:
                continue
            if name in found and found[name] != kind:
                raise OntologyError(f"kgo:{name} is declared both {found[name]} and {kind}")
            found[name] = kind
    if not found:
        raise OntologyError(f"no kgo: terms in {ontology_path()}")
    return tuple(sorted(found.items()))


def terms() -> dict[str, str]:
    """Every term defined in kg.ttl: local name -> 'class' | 'object' | 'datatype' | 'individual'."""
    return dict(_terms())


def classes() -> tuple[str, ...]:
    """Local names of the ontology classes, sorted."""
    return tuple(n for n, k in _terms() if k == "class")


@functools.lru_cache(maxsize=None)
def class_ancestors(cls_local: str) -> tuple[str, ...]:
    """The class itself, then its kgo superclasses nearest first (breadth first)."""
    if terms().get(cls_local) != "class":
        raise OntologyError(f"unknown ontology class: {cls_local!r}")
    g = ontology_graph()
    out = [cls_local]
    queue = [cls_local]
    while queue:
        current = queue.pop(0)
        for sup in sorted(g.objects(URIRef(ONTOLOGY_NS + current), RDFS.subClassOf), key=str):
            name = _local(sup)
            if name and name not in out:
                out.append(name)
                queue.append(name)
    return tuple(out)


def is_subclass(a: str, b: str) -> bool:
    """True if class ``a`` is ``b`` or a (transitive) subclass of it."""
    return b in class_ancestors(a)


def _class_expr(g: rdflib.Graph, node: object) -> frozenset[str]:
    """Local names named by a domain/range expression (a class, a union, an enumeration or a datatype)."""
    if isinstance(node, URIRef):
        s = str(node)
        return frozenset({_local(s) or s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]})
    if isinstance(node, BNode):
        for pred in (OWL.unionOf, OWL.oneOf):
            head = g.value(node, pred)
            if head is not None:
                out: set[str] = set()
                for member in Collection(g, head):
                    out |= _class_expr(g, member)
                return frozenset(out)
    raise OntologyError(f"unsupported class expression in the ontology: {node!r}")


@functools.lru_cache(maxsize=1)
def _properties() -> tuple[PropertyInfo, ...]:
    g = ontology_graph()
    inverses: dict[str, str] = {}
    for s, o in g.subject_objects(OWL.inverseOf):
        a, b = _local(s), _local(o)
        if a and b:
            inverses[a], inverses[b] = b, a
    out = []
    for name, kind in _terms():
        if kind not in ("object", "datatype"):
            continue
        node = URIRef(ONTOLOGY_NS + name)
        dom, rng = g.value(node, RDFS.domain), g.value(node, RDFS.range)
        sup = next((_local(o) for o in g.objects(node, RDFS.subPropertyOf) if _local(o)), None)
        out.append(PropertyInfo(
            name=name, kind=kind,
            domain=_class_expr(g, dom) if dom is not None else frozenset(),
            range=_class_expr(g, rng) if rng is not None else frozenset(),
            inverse=inverses.get(name),
            symmetric=(node, RDF.type, OWL.SymmetricProperty) in g,
            super=sup,
            labels=_labels(g, node),
        ))
    return tuple(out)


def properties() -> dict[str, PropertyInfo]:
    """Every object and datatype property, by local name."""
    return {p.name: p for p in _properties()}


def _labels(g: rdflib.Graph, node: URIRef) -> dict[str, str]:
    out: dict[str, str] = {}
    for o in sorted(g.objects(node, RDFS.label), key=str):
        if isinstance(o, Literal):
            out.setdefault(o.language or "", str(o))
    return dict(sorted(out.items()))


@functools.lru_cache(maxsize=None)
def _term_labels(local_name: str) -> dict[str, str]:
    return _labels(ontology_graph(), URIRef(ONTOLOGY_NS + local_name))


def term_label(local_name: str, lang: str = "en") -> str:
    """rdfs:label of an ontology term in ``lang``, else English, else the local name itself."""
    labels = _term_labels(local_name)
    return labels.get(lang) or labels.get("en") or local_name


# --------------------------------------------------------------------------------------------------
# Names, slugs and IRIs
# --------------------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def _is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def normalize_label(text: str) -> str:
    """The form labels are compared in: NFKC, no format/zero-width characters, simplified Chinese,
    case-folded, whitespace collapsed. ``normalize_label("台積電") == normalize_label("台积电")``."""
    s = unicodedata.normalize("NFKC", text)
    s = "".join(c for c in s if unicodedata.category(c) != "Cf")  # zero-width, BOM, soft hyphen, bidi marks
    if not _is_ascii(s):
        s = _t2s().convert(s)
    return " ".join(s.casefold().split())


def _hash_slug(norm: str) -> str:
    return "x" + hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()[:12]


_MAX_SLUG = 80


def slugify(name: str) -> str:
    """Slug of a name (docs/ARCHITECTURE.md).

    ASCII names (after dropping Latin diacritics): lowercase letters/digits joined by ``-``
    ("Moore Threads" -> ``moore-threads``, "Ascend 910C" -> ``ascend-910c``). Names with letters of another
    script (Chinese...) or with no letter or digit at all: ``x`` + 12 hex of sha1 of the normalised,
    simplified name, so a traditional and a simplified spelling give the same slug.
    Raises :class:`kg.errors.InputError` for a name that is empty once normalised.
    """
    norm = normalize_label(name)
    if not norm:
        raise InputError(f"cannot make a slug from an empty name: {name!r}")
    folded = "".join(c for c in unicodedata.normalize("NFKD", norm) if not unicodedata.combining(c))
    if any(ord(c) > 127 and c.isalnum() for c in folded):
        return _hash_slug(norm)
    slug = "-".join(re.findall(r"[a-z0-9]+", folded))
    if not slug:
        return _hash_slug(norm)
    if len(slug) > _MAX_SLUG:
        slug = slug[:60].rstrip("-") + "-" + hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return slug


def mint_entity_iri(name: str, *, discovered: bool) -> str:
    """``kgid:<slug>`` for registry entries, ``kgid:d/<slug>`` for entities discovered in articles."""
    return (DISCOVERED_NS if discovered else ENTITY_NS) + slugify(name)


# --------------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------------
def _most_specific(types: Iterable[str], subject: str) -> str:
    names = sorted({t for t in types if terms().get(t) == "class"})
    if not names:
        raise OntologyError(f"registry entity {subject} has no ontology class")
    leaves = [n for n in names if not any(m != n and is_subclass(m, n) for m in names)]
    if len(leaves) != 1:
        raise OntologyError(f"registry entity {subject} has several unrelated classes: {leaves}")
    return leaves[0]


def _lang_pairs(g: rdflib.Graph, s: URIRef, pred: URIRef) -> tuple[tuple[str, str], ...]:
    return tuple(sorted({(o.language or "", str(o)) for o in g.objects(s, pred) if isinstance(o, Literal)}))


@functools.lru_cache(maxsize=1)
def _registry() -> tuple[Entity, ...]:
    g = registry_graph()
    out = []
    subjects = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(ENTITY_NS)}
    for s in sorted(subjects, key=str):
        cls = _most_specific((_local(t) or "" for t in g.objects(s, RDF.type)), str(s))
        out.append(Entity(iri=str(s), cls=cls, labels=_lang_pairs(g, s, SKOS.prefLabel),
                          alt_labels=_lang_pairs(g, s, SKOS.altLabel), provisional=False))
    return tuple(out)


def load_registry() -> dict[str, Entity]:
    """Registry entities by IRI, in IRI order; labels and alt labels are sorted (lang, label) pairs."""
    return {e.iri: e for e in _registry()}


@functools.lru_cache(maxsize=1)
def _wikidata() -> dict[str, str]:
    g = registry_graph()
    return {str(s): str(o) for s, o in g.subject_objects(OWL.sameAs) if str(o).startswith(WIKIDATA_NS)}


def wikidata_of(iri: str) -> str | None:
    """The verified Wikidata IRI (``http://www.wikidata.org/entity/Q...``) of a registry entity, if any."""
    return _wikidata().get(str(iri))


def homes_path() -> Path:
    return _file("homes.tsv")


def _label_rows(path: Path, shape: str) -> list[list[str]]:
    """Rows of a tab-separated knowledge file whose cells are registry English prefLabels mapped to IRIs (the last
    cell may be empty: ""); `#` starts a comment. A malformed row raises OntologyError naming the file and line."""
    by_label: dict[str, str] = {}
    for e in _registry():
        for lang, label in e.labels:
            if lang == "en":
                by_label[label] = e.iri
    width = shape.count("<TAB>") + 1
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != width or any(c not in by_label for c in cells[:-1]) or (cells[-1] and cells[-1] not in by_label):
            raise OntologyError(f"{path}:{n}: not '{shape}' with registry English labels")
        rows.append([by_label[c] if c else "" for c in cells])
    return rows


@functools.lru_cache(maxsize=1)
def firm_homes() -> dict[str, tuple[str, str | None]]:
    """Registry firm IRI -> (home country IRI, headquarters city IRI or None), from ontology/homes.tsv.

    World knowledge that checks what a description can name ("the Taiwanese chipmaker" is not Huawei,
    "the Veldhoven company" is ASML), and states a headquarters only when an article names the firm with its
    home city in one sentence that denies nothing. Rows name entities by
    their English prefLabel: `firm <TAB> country <TAB> city` (city may be empty, `#` starts a comment).
    """
    return {f: (c, t or None) for f, c, t in _label_rows(homes_path(), "firm<TAB>country<TAB>city")}


def _pairs(name: str, shape: str) -> dict[str, str]:
    path = _file(name)
    out = {}
    for n, (a, b) in enumerate(_label_rows(path, shape), 1):
        if not b:
            raise OntologyError(f"{path}: row {n}: the second cell is empty")
        out[a] = b
    return out


@functools.lru_cache(maxsize=1)
def product_makers() -> dict[str, str]:
    """Registry product IRI -> the firm that develops it, from ontology/makers.tsv (`product <TAB> maker` by English
    prefLabel), for products whose labels do not name their maker ("ERNIE 4.5" is Baidu's, "GPT-4o" OpenAI's).

    World knowledge: the extractor states it only when an article names the product and its maker together."""
    return _pairs("makers.tsv", "product<TAB>maker")


@functools.lru_cache(maxsize=1)
def unit_parents() -> dict[str, str]:
    """Registry unit IRI -> the organisation it belongs to, from ontology/parents.tsv (`unit <TAB> parent`):
    "HiSilicon" is Huawei's, "T-Head" Alibaba's. Stated only when an article names both together."""
    return _pairs("parents.tsv", "unit<TAB>parent")


@functools.lru_cache(maxsize=1)
def known_stakes() -> frozenset[tuple[str, str]]:
    """(investor IRI, investee IRI) pairs from ontology/investors.tsv (`investor <TAB> investee`): long-standing,
    widely reported stakes ("Tencent" in Enflame, the Big Fund in SMIC). Stated only when an article names both in
    one sentence that denies nothing."""
    path = _file("investors.tsv")
    out = set()
    for n, (a, b) in enumerate(_label_rows(path, "investor<TAB>investee"), 1):
        if not b:
            raise OntologyError(f"{path}: row {n}: the second cell is empty")
        out.add((a, b))
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def known_listings() -> dict[tuple[str, str], int]:
    """(entity IRI, policy IRI) -> year it began, from ontology/listings.tsv (`entity <TAB> policy <TAB> year`): "Huawei" on the
    Entity List since 2019. Stated only when an article of that year or later names both in one sentence that
    denies nothing."""
    path = _file("listings.tsv")
    by_label = {label: e.iri for e in _registry() for lang, label in e.labels if lang == "en"}
    out: dict[tuple[str, str], int] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or cells[0] not in by_label or cells[1] not in by_label or not re.fullmatch(r"(?:19|20)\d\d", cells[2]):
            raise OntologyError(f"{path}:{n}: not 'entity<TAB>policy<TAB>year' with registry English labels")
        out[(by_label[cells[0]], by_label[cells[1]])] = int(cells[2])
    return out


@functools.lru_cache(maxsize=1)
def product_foundries() -> dict[str, str]:
    """Registry product IRI -> the one foundry that makes it, from ontology/foundries.tsv (`product <TAB> foundry`):
    "Kirin 9000S" is SMIC's. Stated only when an article names both together and denies nothing."""
    return _pairs("foundries.tsv", "product<TAB>foundry")


# --------------------------------------------------------------------------------------------------
# Quads for the store (parsed with pyoxigraph directly)
# --------------------------------------------------------------------------------------------------
def _quads(path: Path, graph: str, bnode_prefix: str) -> tuple:
    import pyoxigraph as ox

    g = ox.NamedNode(graph)
    bnodes: dict[str, object] = {}

    def term(t):
        # Blank nodes get ids numbered in file order, so loading the file twice yields the same quads.
        if isinstance(t, ox.BlankNode):
            if t.value not in bnodes:
                bnodes[t.value] = ox.BlankNode(f"{bnode_prefix}{len(bnodes)}")
            return bnodes[t.value]
        return t

    try:
        return tuple(ox.Quad(term(q.subject), q.predicate, term(q.object), g)
                     for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError, OSError) as exc:
        raise OntologyError(f"cannot parse {path}: {exc}") from exc


@functools.lru_cache(maxsize=1)
def _registry_quads() -> tuple:
    return _quads(registry_path(), GRAPH_REGISTRY, "kgreg")


@functools.lru_cache(maxsize=1)
def _ontology_quads() -> tuple:
    return _quads(ontology_path(), GRAPH_ONTOLOGY, "kgont")


def registry_quads() -> list:
    """The registry as pyoxigraph Quads in the named graph GRAPH_REGISTRY."""
    return list(_registry_quads())


def ontology_quads() -> list:
    """The ontology as pyoxigraph Quads in the named graph GRAPH_ONTOLOGY (deterministic blank-node ids)."""
    return list(_ontology_quads())


# --------------------------------------------------------------------------------------------------
# SHACL
# --------------------------------------------------------------------------------------------------
def validate(data: rdflib.Graph) -> tuple[bool, rdflib.Graph, str]:
    """Validate a data graph against ontology/shapes.ttl with pyshacl.

    Returns ``(conforms, results_graph, results_text)``; sh:Warning results (a Policy without imposedBy,
    a Claim without articleDate) are reported but do not break conformance.
    """
    import pyshacl

    conforms, results_graph, text = pyshacl.validate(
        data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True, advanced=False,
    )
    return bool(conforms), results_graph, str(text)


# --------------------------------------------------------------------------------------------------
# kg/vocab.py generation: python -m kg.ontology --generate | --check
# --------------------------------------------------------------------------------------------------
VOCAB_PATH = Path(__file__).resolve().parent / "vocab.py"
_SECTIONS = (("class", "Classes"), ("object", "Object properties"), ("datatype", "Datatype properties"),
             ("individual", "Individuals"))


def generate_vocab() -> str:
    """Source of kg/vocab.py: an rdflib DefinedNamespace listing every term of ontology/kg.ttl."""
    found = terms()
    lines = [
        '"""The kgo: vocabulary. GENERATED from ontology/kg.ttl by `python -m kg.ontology --generate`: do not edit."""',
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class KGO(DefinedNamespace):",
        '    """China AI-chip landscape ontology (https://w3id.org/cnaichips/ontology#). Unknown names raise."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{ONTOLOGY_NS}")',
    ]
    for kind, title in _SECTIONS:
        names = sorted(n for n, k in found.items() if k == kind)
        if not names:
            continue
        lines += ["", f"    # {title}"]
        for n in names:
            if not n.isidentifier():
                raise OntologyError(f"kgo:{n} is not a Python identifier")
            lines.append(f"    {n}: URIRef  # {term_label(n, 'en')}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.ontology", description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--generate", action="store_true", help="write kg/vocab.py from ontology/kg.ttl")
    group.add_argument("--check", action="store_true", help="exit 1 if kg/vocab.py is out of date")
    args = parser.parse_args(argv)
    source = generate_vocab()
    if args.generate:
        VOCAB_PATH.write_text(source, encoding="utf-8")
        print(f"wrote {VOCAB_PATH} ({len(terms())} terms)")
        return 0
    current = VOCAB_PATH.read_text(encoding="utf-8") if VOCAB_PATH.exists() else ""
    if current != source:
        print(f"{VOCAB_PATH} is out of date: run python -m kg.ontology --generate", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
