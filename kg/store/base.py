"""The Store protocol every backend implements (embedded Oxigraph now, a SPARQL endpoint later)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol, runtime_checkable

from pyoxigraph import Quad, Triple

EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld")


@dataclass
class QueryResult:
    """A materialised SPARQL result. Terms are pyoxigraph terms (NamedNode, Literal, ...) or None."""

    kind: str  # 'select' | 'ask' | 'graph' (CONSTRUCT / DESCRIBE)
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] = field(default_factory=list)

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        if self.kind == "graph":
            return len(self.triples)
        return 1 if self.boolean else 0


@dataclass
class Change:
    """What one write did to the union graph."""

    added: list[Triple] = field(default_factory=list)
    removed: list[Triple] = field(default_factory=list)
    new_subjects: list[str] = field(default_factory=list)  # IRIs with no triple in the union before


@runtime_checkable
class Store(Protocol):
    """A knowledge-graph store: one named graph per article plus registry, ontology and union graphs."""

    location: str
    read_only: bool

    def article_index(self) -> dict[str, tuple[str, str, str]]:
        """source_key -> (article IRI, content hash, extractor version)."""
        ...

    def replace_article(self, source_key: str, article_iri: str, quads: Iterable[Quad], *,
                        content_hash: str = "", extractor_version: str = "") -> Change: ...

    def remove_article(self, source_key_or_iri: str) -> list[str]: ...

    def prune(self, keep_source_keys: Iterable[str]) -> list[str]: ...

    def query(self, sparql: str, *, params: dict[str, str] | None = None,
              timeout_s: float | None = None) -> QueryResult: ...

    def export(self, fmt: str, path: str) -> None: ...

    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None: ...


def export_store(store: "Store", fmt: str, path: str) -> None:
    """Write the union graph (turtle, jsonld) or every named graph (trig, nquads) of `store` to `path`, atomically."""
    from kg.errors import KGError, StoreError
    from kg.export import serialize_dataset, serialize_graph, write_atomic

    if fmt not in EXPORT_FORMATS:
        raise KGError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    data = serialize_graph(store.union_triples(), fmt) if fmt in ("turtle", "jsonld") else \
        serialize_dataset(store.dataset_quads(), fmt)
    try:
        write_atomic(path, data)
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e}") from None


class ArticleRemoval:
    """`remove_article` and `prune`, shared by the stores; they supply `_writable`, `_resolve`,
    `article_index` and `_remove_keys` (one atomic write that drops the articles and their union triples)."""

    def remove_article(self, source_key_or_iri: str) -> list[str]:
        """Remove an article (by source key, article IRI, kga:xxx or its hash); returns the source keys removed."""
        from kg.errors import StoreError

        self._writable()
        keys = self._resolve(source_key_or_iri)
        if not keys:
            raise StoreError(f"no article {source_key_or_iri!r} in store {self.location}")
        self._remove_keys(keys)
        return sorted(keys)

    def prune(self, keep_source_keys: Iterable[str]) -> list[str]:
        """Remove every article whose source key is not in `keep_source_keys`; returns the keys removed."""
        self._writable()
        keys = set(self.article_index()) - set(keep_source_keys)
        if keys:
            self._remove_keys(keys)
        return sorted(keys)
