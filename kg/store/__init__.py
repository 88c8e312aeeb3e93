"""Stores: `open_store(spec)` gives an embedded Oxigraph store for a directory, or a RemoteStore for an
http(s) URL of a SPARQL 1.1 server (kg/store/remote.py: Oxigraph server endpoints found under the base URL;
other servers name theirs with ?query=...&update=...&gsp=... or the keyword arguments / $KG_*_ENDPOINT).

The default store is $KG_STORE, else ./.kg/store.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import StoreError
from kg.store.base import EXPORT_FORMATS, Change, QueryResult, Store

DEFAULT_STORE = os.path.join(".kg", "store")

__all__ = ["open_store", "default_store", "Store", "QueryResult", "Change", "EXPORT_FORMATS"]


def default_store() -> str:
    return os.environ.get("KG_STORE") or DEFAULT_STORE


def open_store(spec: str | os.PathLike | None = None, *, read_only: bool = False,
               query_endpoint: str | None = None, update_endpoint: str | None = None,
               gsp_endpoint: str | None = None) -> Store:
    """Open the store named by `spec`: a directory (embedded Oxigraph) or an http(s) SPARQL endpoint.

    Writers take the store's lock at once or raise StoreLockedError; read-only opens never wait.
    The *_endpoint arguments only apply to http(s) stores.
    """
    spec = str(spec) if spec is not None else default_store()
    if spec.startswith(("http://", "https://")):
        from kg.store.remote import RemoteStore

        return RemoteStore(spec, read_only=read_only, query_endpoint=query_endpoint,
                           update_endpoint=update_endpoint, gsp_endpoint=gsp_endpoint)
    if query_endpoint or update_endpoint or gsp_endpoint:
        raise StoreError("--query-endpoint/--update-endpoint/--gsp-endpoint need an http(s) --store URL")
    from kg.store.oxigraph import OxigraphStore

    return OxigraphStore(Path(spec), read_only=read_only)
