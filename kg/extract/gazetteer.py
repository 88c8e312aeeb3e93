"""Registry lookup: every label of every registry entity, matched with Aho-Corasick over folded text.

Longest leftmost match wins; Latin labels need word boundaries; short all-caps labels ("US", "AMD")
must match case-sensitively; small misspellings ("TMSC", "Wall Steet Journal") are caught by a
bounded edit distance on capitalised spans the exact pass left unmatched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import ahocorasick
from rapidfuzz.distance import OSA

from kg.extract.textnorm import fold_label, is_cjk
from kg.model import Entity


@dataclass
class Mention:
    """A span of the article that refers to an entity (or a placeholder still to be bound)."""

    start: int
    end: int
    iri: str | None
    cls: str
    kind: str = "registry"  # registry | fuzzy | discovered | coref | unnamed | policy | generic
    conf: float = 1.0
    data: dict = field(default_factory=dict)


_DIGITS = re.compile(r"\D")
_CAPS_SPAN = re.compile(r"\b[A-Z][\w&'-]*(?:\s+(?:of\s+)?[A-Z][\w&'-]*){0,3}")
_CODE_GLUED = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,5})(\d{2,4}[A-Za-z]{0,3})$")  # "H20", "MI308", "MLU370"
_CODE_SPACED = re.compile(r"([A-Za-z]{2,}) (\d{2,4}[A-Za-z]{0,3})$")  # "Ascend 910B"


def _code_variants(label: str) -> list[str]:
    """Spellings of a product label with a hyphen before its model number: "H-20", "MI-308", "Ascend-910B"."""
    out = []
    m = _CODE_GLUED.search(label)
    if m:
        out.append(label[:m.start()] + m.group(1) + "-" + m.group(2))
    m = _CODE_SPACED.search(label)
    if m:
        out.append(label[:m.start()] + m.group(1) + "-" + m.group(2))
    return out


_SPELLINGS = ((r"\bcenter\b", "centre"), (r"\bcentre\b", "center"), (r"\bsupercomputing\b", "supercomputer"),
              (r"\bsupercomputer\b", "supercomputing"), (r"\blaboratory\b", "lab"), (r"\btechnologies$", "technology"),
              (r"\btechnology$", "technologies"))


def _spelling_variants(label: str, cls: str) -> list[str]:
    """Other spellings of a multi-word name as the press writes them: "Centre"/"Center", "Supercomputer Center",
    "Lab" for "Laboratory", "Technologies"/"Technology"; a place name without its apostrophe ("Huaian")."""
    out = []
    if any(is_cjk(c) for c in label) and re.search(r"[\u4e00-\u9fff][A-Za-z0-9]", label):
        out.append(re.sub(r"([\u4e00-\u9fff])(?=[A-Za-z0-9])", r"\1 ", label))  # "昇騰 910B", "思元 590": Taiwan's spacing
    if cls in _PLACES and "'" in label and label.isascii():
        out.append(label.replace("'", ""))
    if " " in label and label.isascii() and cls not in _PLACES:
        for rx, rep in _SPELLINGS:
            var = re.sub(rx, lambda m: rep.capitalize() if m.group(0)[0].isupper() else rep, label, flags=re.I)
            if var.lower() != label.lower():
                out.append(var)
    return out


# acronyms that in title case are words or names ("Vivo", "Moda", "Rand", "Tel", "Nec"): never matched so
_TITLE_CASE_NOT = {"RAND", "SEMI", "MUSA", "MODA", "VIVO", "BERT", "CANN", "OPPO", "ROHM", "NASA", "CUDA", "EPYC",
                   "TEL", "VIS", "NEC", "ASE"}
# longer labels that are also English words: matched only capitalised ("Cadence", not "a one-year cadence")
_WORD_LABELS = {"Cadence", "Imagination", "Montage"}
_COMMON = {"the", "this", "that", "these", "in", "on", "at", "for", "and", "but", "with", "from", "chinese", "china",
           "american", "however", "while", "after", "before", "il", "la", "le", "gli", "lo", "una", "un", "per", "con",
           "secondo", "ma", "anche", "nel", "della", "dei", "del", "questo", "questa", "inoltre", "intanto"}


_PLACES = frozenset({"Place", "Country", "City"})


def _alnum(ch: str) -> bool:
    return ch.isalnum() and not is_cjk(ch)


# a short Chinese name followed by a character that makes it part of an ordinary word: "三星期" (three weeks),
# "小米粥" (millet porridge)
_ZH_WORD_GOES_ON = {"三星": "期", "小米": "粥饭粒"}


class Gazetteer:
    """Finds registry entities in text; built once per registry."""

    def __init__(self, entities: dict[str, Entity]):
        self.entities = entities
        self.by_label: dict[str, str] = {}
        self._auto = ahocorasick.Automaton()
        keys: dict[str, list[tuple[str, str]]] = {}
        for iri in sorted(entities):
            ent = entities[iri]
            for _lang, label in list(ent.labels) + list(ent.alt_labels):
                key = fold_label(label)
                if len(key) < 2 or (len(key) < 2 and not any(is_cjk(c) for c in key)):
                    continue
                if len(key) == 1:
                    continue
                keys.setdefault(key, [])
                if (iri, label) not in keys[key]:
                    keys[key].append((iri, label))
                self.by_label.setdefault(key, iri)
        for key in list(keys):  # "H-20", "MI-308", "Ascend-910B": a product code written with a hyphen
            for iri, label in list(keys[key]):
                if entities[iri].cls not in ("Chip", "System", "SoftwarePlatform"):
                    continue
                for var in _code_variants(label):
                    vk = fold_label(var)
                    if vk not in keys:
                        keys[vk] = [(iri, var)]
                        self.by_label.setdefault(vk, iri)
        spelled: dict[str, set[str]] = {}
        for key in list(keys):  # "National Supercomputer Centre in Guangzhou", "Huaian": other spellings of a name
            for iri, label in keys[key]:
                for var in _spelling_variants(label, entities[iri].cls):
                    spelled.setdefault(fold_label(var), set()).add(iri)
        for vk, iris in spelled.items():
            if vk not in keys and len(iris) == 1:  # a spelling two entities share names neither
                iri = next(iter(iris))
                keys[vk] = [(iri, vk)]
                self.by_label.setdefault(vk, iri)
        for key, vals in keys.items():  # a CJK label needs no word boundaries
            self._auto.add_word(key, (key, vals, any(is_cjk(c) for c in key)))
        self._auto.make_automaton()
        # model codes ("P800" for "Kunlun P800"): the last token of a label, when only one entity has it
        codes: dict[str, set[str]] = {}
        for key, vals in keys.items():
            last = key.split()[-1] if " " in key else None
            if last and re.fullmatch(r"[a-z]{1,4}-?\d{2,4}[a-z]{0,2}|\d{3,4}[a-z]{1,2}", last):
                codes.setdefault(last, set()).update(v[0] for v in vals)
        self.by_code = {c: next(iter(i)) for c, i in codes.items() if len(i) == 1 and c not in self.by_label}
        # product-line names ("kirin", "思元", "ascend"): a line name followed by a new model code names a product
        lines: dict[str, dict[str, int]] = {}
        line_en: dict[str, dict[str, int]] = {}  # line key -> English line names of its registry products
        for key, vals in keys.items():
            cls = entities[vals[0][0]].cls
            if cls not in ("Chip", "System"):
                continue
            mt = (re.fullmatch(r"(.+?)\s([a-z]{0,4}-?\d{2,4}[a-z]{0,4})", key)
                  or re.fullmatch(r"([^\x00-\x7f]+)([a-z]{0,4}-?\d{2,4}[a-z]{0,4})", key))
            if mt and not any(ch.isdigit() for ch in mt.group(1)) and len(mt.group(1)) >= 2:
                lines.setdefault(mt.group(1).strip(), {}).setdefault(cls, 0)
                lines[mt.group(1).strip()][cls] += 1
                en = entities[vals[0][0]].label("en")
                em = re.fullmatch(r"(.+?)\s?" + re.escape(mt.group(2)), en, re.I)
                if em and em.group(1).strip().isascii():
                    counts = line_en.setdefault(mt.group(1).strip(), {})
                    counts[em.group(1).strip()] = counts.get(em.group(1).strip(), 0) + 1
        def is_org(k: str) -> bool:
            iri = self.by_label.get(k)
            return bool(iri) and entities[iri].cls not in ("Chip", "System", "SoftwarePlatform")

        self.lines = {k: max(v, key=v.get) for k, v in lines.items()
                      if not is_org(k) and (len(k) >= 3 or not k.isascii())}
        # "昇腾" and "ascend" are one product line, "Ascend": a new model is named the same way in every language
        self.line_names = {k: max(sorted(v), key=v.get) for k, v in line_en.items() if k in self.lines}
        alts = "|".join(re.escape(k) for k in sorted(self.lines, key=len, reverse=True))
        self._line_rx = re.compile(rf"(?<![a-z0-9])({alts})\s?([a-z]{{0,4}}-?\d{{2,4}}[a-z]{{0,4}}(?:v\d{{1,2}})?)(?![a-z0-9])") if alts else None
        # fuzzy candidates by (first letter, length): a span is compared only with labels of a close length
        self._fuzzy: dict[tuple[str, int], list[tuple[int, str, str, str, str]]] = {}
        for n, (key, vals) in enumerate(keys.items()):
            if len(key) >= 4 and key.isascii() and key[0].isalpha():
                if entities[vals[0][0]].cls in _PLACES:
                    continue  # place names sit one edit from other words and from each other's romanisations
                    # (Nvida/Noida, Susan/Sudan, Turing/Turin, Taihang/Taicang): a misspelling is a firm's or a product's
                self._fuzzy.setdefault((key[0], len(key)), []).append(
                    (n, key, vals[0][0], vals[0][1], _DIGITS.sub("", key)))
        self._near: dict[tuple[str, int], list] = {}  # (first letter, length) -> see _near_labels

    def lookup(self, label: str) -> str | None:
        """IRI of the entity with this label (any language, normalised), if any."""
        return self.by_label.get(fold_label(label))

    def find(self, text: str, folded: str) -> list[Mention]:
        cands = []
        for end_idx, (key, vals, cjk) in self._auto.iter(folded):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            if not cjk:
                if start > 0 and _alnum(folded[start - 1]):
                    continue
                if key.isalpha() and len(key) <= 4 and folded[end:end + 1] == "-" and folded[end + 1:end + 2].isdigit():
                    continue  # "FT-2000", "HL-328": the letters of a model code, not the acronym "FT"
                if end < len(folded) and _alnum(folded[end]):
                    plural = (folded[end] == "s" and key[-1].isdigit()
                              and (end + 1 == len(folded) or not _alnum(folded[end + 1])))
                    if not plural:
                        continue
            elif folded[end:end + 1] and folded[end] in _ZH_WORD_GOES_ON.get(key, ""):
                continue  # "历时约三星期" is three weeks, not Samsung
            surface = unicodedata.normalize("NFKC", text[start:end])  # case kept, width folded: ＡＭＤ is AMD
            ok = None
            for iri, label in vals:
                titled = label.isalpha() and label.isupper() and surface == label.capitalize() and label not in _TITLE_CASE_NOT \
                    and (len(label) == 4 or (len(label) == 3 and self.entities[iri].cls in ("Company", "Foundry")))
                # ("Smic", "Tsmc", "Asml", "Amd", "Zte": the Italian press writes acronyms in title case)
                if len(label) <= 4 and label.isupper() and label.isascii():
                    if surface != label and not titled:
                        continue
                if (len(label) <= 5 or label in _WORD_LABELS) and label[:1].isupper() and label.isascii() and label.isalpha() \
                        and not titled:
                    if surface not in (label, label.upper()):
                        continue  # "Meta" the company, not "metà"; "Arm", not "arm"
                ok = iri
                break
            if ok is None:
                continue
            cands.append((-(end - start), start, end, ok))
        cands.sort()  # longest first ("昇腾910B" beats "华为昇腾" in "华为昇腾910B"), then leftmost
        taken = bytearray(len(folded))  # 1 where a longer (or earlier) match already sits
        out: list[Mention] = []
        for _neg, start, end, iri in cands:
            if taken.find(1, start, end) >= 0:
                continue
            taken[start:end] = b"\x01" * (end - start)
            out.append(Mention(start, end, iri, self.entities[iri].cls))
        out.sort(key=lambda m: m.start)
        return out

    def prefixes(self, folded: str) -> list[str]:
        """IRIs whose label starts `folded` and ends before it, on a word boundary ("huawei" in "huawei ascend 910b")."""
        out = []
        for end_idx, (key, vals, cjk) in self._auto.iter(folded):
            end = end_idx + 1
            if end - len(key) != 0 or end >= len(folded):
                continue
            if not cjk and _alnum(folded[end]) and _alnum(folded[end - 1]):
                continue
            out.append(vals[0][0])
        return out

    def inside(self, folded: str, classes: frozenset | set, skip_after: re.Pattern | None = None) -> list[str]:
        """IRIs of the given classes whose label occurs inside `folded` (not the whole of it), on word boundaries
        ("dipartimento del commercio" in "lista nera del dipartimento del commercio"); not one whose label is followed
        by `skip_after` ("list of chinese military companies": the kind listed, not the issuer)."""
        out = []
        for end_idx, (key, vals, cjk) in self._auto.iter(folded):
            end, start = end_idx + 1, end_idx + 1 - len(key)
            if (start, end) == (0, len(folded)):
                continue
            if not cjk and ((start > 0 and _alnum(folded[start - 1])) or (end < len(folded) and _alnum(folded[end]))):
                continue
            if skip_after is not None and skip_after.match(folded, end):
                continue
            out += [iri for iri, *_rest in vals if self.entities[iri].cls in classes and iri not in out]
        return out

    def product_lines(self, folded: str) -> list[tuple[int, int, str, str]]:
        """(start, end, line, code) for "<product line> <model code>" spans such as "kirin 710a", "思元690"."""
        if self._line_rx is None:
            return []
        return [(m.start(), m.end(), m.group(1), m.group(2)) for m in self._line_rx.finditer(folded)]

    def _near_labels(self, first: str, size: int) -> list:
        """Fuzzy candidates starting with `first` whose length is within two of `size` (cached)."""
        key = (first, size)
        if key not in self._near:
            self._near[key] = sorted(c for n in range(size - 2, size + 3) for c in self._fuzzy.get((first, n), ()))
        return self._near[key]

    def fuzzy(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """Capitalised spans within a small edit distance of a Latin label."""
        out = []
        for m in _CAPS_SPAN.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            span = m.group(0)
            words = span.split()
            if words[0].lower() in _COMMON:
                continue
            key = fold_label(span)
            if len(key) < 4:
                continue
            best = None
            limit = 1 if len(key) <= 10 else 2
            letters = sorted(key) if len(key) == 4 else None
            no_digits = _DIGITS.sub("", key)
            for _n, cand, iri, label, cand_no_digits in self._near_labels(key[0], len(key)):
                if label.isupper() and not span.isupper():
                    continue  # an acronym is misspelt in capitals ("TMSC"); "Macau" is not "MACA"
                if letters is not None and sorted(cand) != letters:
                    continue  # four letters: only a transposition (TMSC -> TSMC)
                if no_digits != cand_no_digits:
                    continue  # another model number ("GB300" is not a misspelt "GB200")
                d = OSA.distance(key, cand, score_cutoff=limit)
                if d <= limit and d > 0 and (best is None or d < best[0]):
                    best = (d, iri)
            if best:
                out.append(Mention(s, e, best[1], self.entities[best[1]].cls, kind="fuzzy", conf=0.85))
        return out
