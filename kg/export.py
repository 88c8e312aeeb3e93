"""Deterministic serialisation of quads and atomic file writes (shared by every store).

Turtle / TriG / N-Quads are written by pyoxigraph from quads sorted by their N-Quads form, so equal
graphs give byte-identical files. JSON-LD goes through rdflib with ontology/context.jsonld.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable

from pyoxigraph import DefaultGraph, Quad, RdfFormat, Triple, serialize

from kg.errors import KGError, StoreError
from kg.graph import prefixes, sort_quads

FORMATS = {"turtle": RdfFormat.TURTLE, "trig": RdfFormat.TRIG, "nquads": RdfFormat.N_QUADS,
           "ntriples": RdfFormat.N_TRIPLES, "jsonld": None}
CONTEXT_FILE = Path(__file__).resolve().parent.parent / "ontology" / "context.jsonld"


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to `path` through a temp file in the same directory, fsync, then os.replace."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # like open(): mkstemp would leave 0600
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(e, OSError) and e.filename is None:
            e.filename = str(target)  # "No space left on device" alone would not say which output failed
        raise
    try:  # make the rename durable
        dfd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def as_triples(quads: Iterable[Quad]) -> list[Triple]:
    """Quads as sorted, de-duplicated triples (graph names dropped)."""
    return [q.triple for q in sort_quads(Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads)]


def load_context() -> dict:
    try:
        return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"@context": dict(prefixes())}


def serialize_graph(triples: Iterable[Triple], fmt: str) -> bytes:
    """One graph (triples) as turtle, ntriples or jsonld."""
    triples = list(triples)
    if fmt == "jsonld":
        return jsonld(triples)
    if fmt not in ("turtle", "ntriples"):
        raise KGError(f"format {fmt!r} holds one graph only as turtle, ntriples or jsonld")
    quads = sort_quads(Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in triples)
    if fmt == "ntriples":
        return b"".join(sorted(serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES).splitlines(True)))
    return serialize([q.triple for q in quads], format=RdfFormat.TURTLE, prefixes=prefixes()) or b""


def serialize_dataset(quads: Iterable[Quad], fmt: str) -> bytes:
    """Several named graphs as trig or nquads (sorted)."""
    quads = sort_quads(quads)
    if fmt == "nquads":
        data = serialize(quads, format=RdfFormat.N_QUADS) or b""
        return b"".join(sorted(data.splitlines(True)))
    if fmt == "trig":
        # group by graph so each graph is written as one block
        quads = sorted(quads, key=lambda q: (str(q.graph_name), str(q)))
        return serialize(quads, format=RdfFormat.TRIG, prefixes=prefixes()) or b""
    raise KGError(f"unknown dataset format {fmt!r}")


def jsonld(triples: Iterable[Triple]) -> bytes:
    """JSON-LD (compacted with ontology/context.jsonld) via rdflib; deterministic key order."""
    import rdflib  # only here: bulk work stays on pyoxigraph

    nt = serialize(sorted(triples, key=str), format=RdfFormat.N_TRIPLES) or b""
    g = rdflib.Graph()
    g.parse(data=nt.decode("utf-8"), format="nt")
    ctx = load_context()
    text = g.serialize(format="json-ld", context=ctx.get("@context", ctx), auto_compact=True)
    try:  # canonical order of nodes and keys
        doc = json.loads(text)
        if isinstance(doc, dict) and isinstance(doc.get("@graph"), list):
            doc["@graph"].sort(key=lambda n: json.dumps(n, sort_keys=True, ensure_ascii=False))
        text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    except ValueError as e:
        raise StoreError(f"JSON-LD serialisation failed: {e}") from None
    return text.encode("utf-8")
