"""Plain data passed along the pipeline: Article -> Entity/Claim -> ExtractionResult."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

ARTICLE_BASE = "https://w3id.org/cnaichips/article/"


@dataclass(frozen=True)
class Article:
    """One article as read from disk: normalised text (offsets refer to it) plus metadata."""

    text: str
    lang: str  # 'en' | 'it' | 'zh' | 'und'
    source_key: str  # identity of the source (url, id or file name); a changed article keeps its key
    date: str | None = None  # ISO YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet or origin (file path)
    script: str | None = None  # 'Hans' | 'Hant' for Chinese

    @property
    def content_hash(self) -> str:
        """SHA-256 over the text and the metadata that is stored with it."""
        meta = [self.text, self.lang, self.date, self.title, self.url, self.source, self.script]
        return hashlib.sha256(json.dumps(meta, ensure_ascii=False).encode("utf-8")).hexdigest()

    @property
    def iri(self) -> str:
        return ARTICLE_BASE + self.content_hash[:16]


@dataclass(frozen=True)
class Entity:
    """A node of the graph: a registry entry or an entity discovered in an article."""

    iri: str
    cls: str  # ontology class local name, e.g. 'Company'
    labels: tuple[tuple[str, str], ...] = ()  # (lang, prefLabel) pairs
    alt_labels: tuple[tuple[str, str], ...] = ()
    provisional: bool = False

    def label(self, lang: str = "en") -> str:
        d = dict(self.labels)
        return d.get(lang) or d.get("en") or next(iter(d.values()), self.iri.rsplit("/", 1)[-1])


POSITIVE, NEGATIVE = "positive", "negative"
ASSERTED, HEDGED = "asserted", "hedged"


@dataclass(frozen=True)
class Claim:
    """A statement found in an article, with the span of text that supports it.

    `object` is an entity IRI for object properties, or an int/float/str for datatype properties.
    Negative claims ("not made by TSMC") are recorded but never asserted as facts.
    """

    subject: str
    predicate: str  # ontology local name, e.g. 'develops'
    object: str | int | float
    start: int
    end: int
    polarity: str = POSITIVE
    modality: str = ASSERTED
    confidence: float = 0.8
    extractor: str = "kg.rules"
    extractor_version: str = "0"

    @property
    def object_is_entity(self) -> bool:
        return isinstance(self.object, str) and self.object.startswith("http")


@dataclass
class ExtractionResult:
    """What extractors yield for one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)  # iri -> entity (discovered ones included)
    claims: list[Claim] = field(default_factory=list)
    mentions: set[str] = field(default_factory=set)  # IRIs of entities mentioned
    reported_sources: set[str] = field(default_factory=set)  # outlets the article cites

    def merge(self, other: "ExtractionResult") -> None:
        self.entities.update(other.entities)
        self.claims.extend(other.claims)
        self.mentions |= other.mentions
        self.reported_sources |= other.reported_sources
