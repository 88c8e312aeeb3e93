"""Stores: `open_store(spec)` gives an embedded Oxigraph store for a directory (remote endpoints later).

The default store directory is $KG_STORE, else ./.kg/store.
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


def open_store(spec: str | os.PathLike | None = None, *, read_only: bool = False) -> Store:
    """Open the store named by `spec`: a directory (embedded Oxigraph) or an http(s) SPARQL endpoint.

    Writers take the store's lock at once or raise StoreLockedError; read-only opens never wait.
    """
    spec = str(spec) if spec is not None else default_store()
    if spec.startswith(("http://", "https://")):
        raise StoreError(f"remote stores: not yet supported ({spec})")
    from kg.store.oxigraph import OxigraphStore

    return OxigraphStore(Path(spec), read_only=read_only)
