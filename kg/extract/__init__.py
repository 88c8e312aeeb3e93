"""Extractors: one Protocol, a registry fed by the `kg.extractors` entry-point group, and `extract()`.

Built-in extractors register through the same entry-point group as third-party ones
(see pyproject.toml), so a spaCy- or LLM-based extractor plugs in without touching the core.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from kg.model import Article, ExtractionResult

ENTRY_POINT_GROUP = "kg.extractors"
DEFAULT_EXTRACTORS = ("rules",)


@runtime_checkable
class Extractor(Protocol):
    """What every extractor provides. `version` goes into the provenance of each claim."""

    name: str
    version: str

    def extract(self, article: Article) -> ExtractionResult: ...


@lru_cache(maxsize=None)
def available() -> dict[str, object]:
    """Entry points of the `kg.extractors` group, by name (loaded lazily)."""
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


@lru_cache(maxsize=None)
def get(name: str) -> Extractor:
    """Instantiate the extractor registered under `name`."""
    from kg.errors import KGError

    eps = available()
    if name not in eps:
        if name == "rules":  # running from a source tree that was never installed
            from kg.extract.rules import RuleExtractor

            return RuleExtractor()
        raise KGError(f"unknown extractor {name!r}; installed: {', '.join(sorted(eps)) or 'none'}")
    obj = eps[name].load()
    ext = obj() if isinstance(obj, type) else obj
    if not isinstance(ext, Extractor):
        raise KGError(f"extractor {name!r} does not implement kg.extract.Extractor")
    return ext


def pipeline_version(names: tuple[str, ...] = DEFAULT_EXTRACTORS) -> str:
    """Combined name@version of the extractors; a change triggers re-extraction."""
    return "+".join(f"{n}@{get(n).version}" for n in names)


def extract(article: Article, names: tuple[str, ...] = DEFAULT_EXTRACTORS) -> ExtractionResult:
    """Run the named extractors over one article and merge what they find."""
    result = ExtractionResult(article)
    for n in names:
        result.merge(get(n).extract(article))
    return result
