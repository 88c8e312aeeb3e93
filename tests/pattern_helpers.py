"""Shared helper of the construction tests (tests/test_patterns_{en,it,zh}.py)."""

from __future__ import annotations

from functools import lru_cache

from kg import ontology
from kg.extract.rules import RuleExtractor
from kg.model import POSITIVE, Article


@lru_cache(maxsize=1)
def _registry():
    return ontology.load_registry()


def claim_triples(text: str, lang: str, date: str = "2025-01-01", polarity: str = POSITIVE,
                  title: str | None = None) -> set[tuple]:
    """(subject, predicate, object) of the claims with that polarity; entities by their English label."""
    res = RuleExtractor().extract(Article(text=text, lang=lang, source_key="t", date=date, title=title))
    reg = _registry()

    def label(x):
        if not isinstance(x, str) or not x.startswith("http"):
            return x
        ent = reg.get(x) or res.entities.get(x)
        return ent.label("en") if ent else x.rsplit("/", 1)[-1]

    return {(label(c.subject), c.predicate, label(c.object)) for c in res.claims if c.polarity == polarity}


def recognised(text: str, lang: str) -> dict[str, str]:
    """label -> class of every entity the text names, minted by the article or from the registry (all its labels):
    discovery tests accept a name the registry has since learnt."""
    res = RuleExtractor().extract(Article(text=text, lang=lang, source_key="t", date="2025-01-01"))
    reg = _registry()
    out: dict[str, str] = {}
    for ent in res.entities.values():
        if ent.provisional:
            for _lang, label in ent.labels:
                out[label] = ent.cls
    for iri in res.mentions:
        if iri in reg:
            for _lang, label in tuple(reg[iri].labels) + tuple(reg[iri].alt_labels):
                out.setdefault(label, reg[iri].cls)
    return out
