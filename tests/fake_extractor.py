"""A tiny deterministic extractor for tests (registered as `fake` by the fake_extractor fixture).

Sentences it understands (anywhere in the text):
    "Acme develops Widget-1."          -> positive claim  kgid:d/acme develops kgid:d/widget-1
    "NOT Acme develops Gadget."        -> negative claim  (no fact asserted)
    "Widget-1 memoryGB 96."            -> datatype claim  (xsd:decimal 96)
"""

import re

from kg.model import NEGATIVE, POSITIVE, Claim, Entity, ExtractionResult

ENT = "https://w3id.org/cnaichips/id/d/"
PAT = re.compile(r"(?P<neg>NOT )?(?P<s>[A-Z][\w-]*) (?P<p>develops|competesWith|memoryGB) (?P<o>[\w-]+)")


def iri(name: str) -> str:
    return ENT + name.lower()


class FakeExtractor:
    name = "fake"
    version = "1.0"

    def extract(self, article):
        res = ExtractionResult(article)
        for m in PAT.finditer(article.text):
            s, p, o = m.group("s"), m.group("p"), m.group("o")
            res.entities[iri(s)] = Entity(iri(s), "Company", labels=(("en", s),), provisional=True)
            res.mentions.add(iri(s))
            if p == "memoryGB":
                obj = int(o) if o.isdigit() else o
            else:
                res.entities[iri(o)] = Entity(iri(o), "Chip", labels=(("en", o),), provisional=True)
                res.mentions.add(iri(o))
                obj = iri(o)
            res.claims.append(Claim(iri(s), p, obj, start=m.start("s"), end=m.end(),
                                    polarity=NEGATIVE if m.group("neg") else POSITIVE,
                                    extractor="fake", extractor_version=self.version))
        return res
