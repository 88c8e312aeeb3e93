"""`kg eval`: score the graph built from annotated articles against their gold facts.

Gold format (tests/corpus/README.md): `<article>.gold.tsv` beside each article, lines
`subject<TAB>predicate<TAB>object<TAB>+|-[<TAB>hedged]` and alias lines `= A | B | C`.
Gold labels are matched to graph entities by label (NFKC, case-folded, simplified Chinese).
An unnamed product the gold names freely ("new AI inference chip") is matched to the
provisional entity of that article that the same developer `develops` in the graph; an unnamed
measure ("April 2025 licence requirement") to the policy (minted or from the registry) that the
same issuer imposes or that restricts the same firm or chip. Only when exactly one candidate qualifies.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg import ontology
from kg.errors import InputError

ARTICLE_SUFFIXES = (".md", ".txt", ".html", ".htm")


@dataclass
class GoldFact:
    s: str
    p: str
    o: str
    positive: bool
    hedged: bool


@dataclass
class GoldArticle:
    path: Path
    facts: list[GoldFact]
    aliases: list[list[str]]


def _norm(label: str) -> str:
    return ontology.normalize_label(label)


def read_gold(path: Path) -> tuple[list[GoldFact], list[list[str]]]:
    """Parse one gold file; a malformed line raises InputError("<file>: line N: ...")."""
    props = ontology.properties()
    facts, aliases = [], []

    def bad(n: int, msg: str) -> InputError:
        return InputError(f"line {n}: {msg}", str(path))

    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("="):
            names = [x.strip() for x in line[1:].split("|") if x.strip()]
            if not names:
                raise bad(n, "alias line names no label (expected '= A | B | C')")
            aliases.append(names)
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) == 5 and not cols[4]:
            cols = cols[:4]  # a trailing tab
        if len(cols) not in (4, 5):
            raise bad(n, f"expected 4 or 5 tab-separated columns (subject, predicate, object, +/-[, hedged]), "
                         f"got {len(cols)}")
        s, p, o, pol = cols[:4]
        if pol not in ("+", "-"):
            raise bad(n, f"polarity must be '+' or '-', got {pol!r}")
        if len(cols) == 5 and cols[4] != "hedged":
            raise bad(n, f"modality must be 'hedged' or absent, got {cols[4]!r}")
        if not s or not o:
            raise bad(n, "empty subject or object")
        if p not in props:
            raise bad(n, f"unknown predicate {p!r} (not a property of ontology/kg.ttl)")
        facts.append(GoldFact(s, p, o, pol == "+", len(cols) == 5))
    return facts, aliases


def load_gold_dir(gold_dir: str | Path) -> list[GoldArticle]:
    root = Path(gold_dir)
    if not root.exists():
        raise InputError("no such directory", str(root))
    if not root.is_dir():
        raise InputError("not a directory", str(root))
    out = []
    for gold in sorted(root.rglob("*.gold.tsv")):
        stem = gold.name[: -len(".gold.tsv")]
        arts = [gold.with_name(stem + s) for s in ARTICLE_SUFFIXES if gold.with_name(stem + s).exists()]
        if not arts:
            raise InputError("gold file has no article beside it", str(gold))
        facts, aliases = read_gold(gold)
        out.append(GoldArticle(arts[0], facts, aliases))
    if not out:
        raise InputError("no *.gold.tsv files found", str(root))
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class EvalReport:
    overall: Score = field(default_factory=Score)
    by_predicate: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_language: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    negation_violations: list[dict] = field(default_factory=list)
    duplicate_entities: list[dict] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    unexplained: list[dict] = field(default_factory=list)
    articles: int = 0

    def as_dict(self) -> dict:
        return {"articles": self.articles, "overall": self.overall.as_dict(),
                "by_language": {k: v.as_dict() for k, v in sorted(self.by_language.items())},
                "by_predicate": {k: v.as_dict() for k, v in sorted(self.by_predicate.items())},
                "negation_violations": self.negation_violations, "duplicate_entities": self.duplicate_entities,
                "misses": self.misses, "unexplained": self.unexplained}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2, sort_keys=True)

    def to_text(self) -> str:
        lines = [f"articles: {self.articles}", "",
                 f"{'scope':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]

        def row(name: str, s: Score) -> str:
            return f"{name:<26}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}"

        lines.append(row("overall", self.overall))
        for k, v in sorted(self.by_language.items()):
            lines.append(row(f"lang={k}", v))
        for k, v in sorted(self.by_predicate.items()):
            lines.append(row(f"  {k}", v))
        lines.append("")
        lines.append(f"negation violations: {len(self.negation_violations)}")
        for v in self.negation_violations:
            lines.append(f"  ! {v['article']}: {v['fact']}")
        lines.append(f"duplicate entities: {len(self.duplicate_entities)}")
        for v in self.duplicate_entities:
            lines.append(f"  ! {v['entity']}: {', '.join(v['iris'])}")
        lines.append(f"misses: {len(self.misses)}")
        for v in self.misses:
            lines.append(f"  - {v['article']}: {v['fact']}")
        lines.append(f"unexplained extracted facts: {len(self.unexplained)}")
        for v in self.unexplained:
            lines.append(f"  + {v['article']}: {v['fact']}  «{v['quote'][:100]}»")
        return "\n".join(lines)


_FACTS_Q = """
PREFIX kgo: <{kgo}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?s ?p ?o ?quote WHERE {{
  GRAPH <{g}> {{ ?c a kgo:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                 kgo:polarity kgo:Positive ; kgo:quote ?quote . }}
}}"""
_LABELS_Q = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e ?l ?pref WHERE { { ?e skos:prefLabel ?l BIND(true AS ?pref) } UNION { ?e skos:altLabel ?l } }"""
_TYPES_Q = """
SELECT ?e ?t WHERE { ?e a ?t }"""
_PROV_Q = """
PREFIX kgo: <{kgo}>
SELECT ?e WHERE {{ GRAPH <{g}> {{ ?e kgo:provisional true }} }}"""


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


def _value(term) -> str:
    return getattr(term, "value", str(term))


def evaluate(gold_dir: str | Path, store, *, jobs: int = 1) -> EvalReport:
    """Build the gold articles into `store` and score the result."""
    from kg import pipeline

    golds = load_gold_dir(gold_dir)
    pipeline.build([str(g.path) for g in golds], store, jobs=jobs)
    index = store.article_index()
    props = ontology.properties()
    kgo = ontology.ONTOLOGY_NS
    label_index: dict[str, set[str]] = defaultdict(set)
    entity_label: dict[str, str] = {}
    rank: dict[str, tuple] = {}  # the label shown for an entity: English prefLabel, any prefLabel, altLabel
    labels_of: dict[str, list[str]] = defaultdict(list)
    for e, lab, pref in store.query(_LABELS_Q).rows:
        iri, text = _value(e), _value(lab)
        label_index[_norm(text)].add(iri)
        labels_of[iri].append(_norm(text))
        key = (pref is None, getattr(lab, "language", None) != "en", text)
        if iri not in rank or key < rank[iri]:
            rank[iri], entity_label[iri] = key, text
    kinds: dict[str, set[str]] = defaultdict(set)
    for e, t in store.query(_TYPES_Q).rows:
        kinds[_value(e)].add(_local(_value(t)))
    report = EvalReport(articles=len(golds))
    global_sets: list[tuple[set[str], set[str], str]] = []  # (normalised names, iris seen, canonical name)
    from kg.ingest import read_paths

    for g in golds:
        art = next(a for a in read_paths([str(g.path)]) if not isinstance(a, BaseException))
        lang = art.lang
        entry = index.get(art.source_key)
        if entry is None:
            raise InputError("article was not built", str(g.path))
        graph = entry[0]
        extracted = []
        for s, p, o, q in store.query(_FACTS_Q.format(kgo=kgo, g=graph)).rows:
            extracted.append((_value(s), _local(_value(p)), _value(o), _value(q)))
        provisional = {_value(r[0]) for r in store.query(_PROV_Q.format(kgo=kgo, g=graph)).rows}
        # alias sets: every gold name belongs to one set
        sets: dict[str, int] = {}
        names: list[set[str]] = []
        canon: list[str] = []  # the first label of an alias line, or the fact's label: the name of the entity
        for al in g.aliases:
            idx = len(names)
            names.append({_norm(x) for x in al})
            canon.append(_norm(al[0]))
            for x in al:
                sets.setdefault(_norm(x), idx)
        for f in g.facts:
            for x in (f.s, f.o):
                if _norm(x) not in sets and not _is_number(x) and not _is_date(x):
                    sets[_norm(x)] = len(names)
                    names.append({_norm(x)})
                    canon.append(_norm(x))
        iris_of: list[set[str]] = [set().union(*(label_index.get(n, set()) for n in ns)) for ns in names]
        # unnamed products and measures: anchor on the developer (a measure: on its issuer or on what it restricts),
        # when exactly one provisional entity of that article qualifies and no other gold entity names it
        # (several candidates are ambiguous: none is taken)
        claimed = set().union(*iris_of) if iris_of else set()

        def iris_for(label: str) -> set[str]:
            return iris_of[sets[_norm(label)]] if _norm(label) in sets else set()

        for i, ns in enumerate(names):
            if iris_of[i]:
                continue
            links = [(iris_for(f.s), "develops", False) for f in g.facts if f.p == "develops" and _norm(f.o) in ns]
            links += [(iris_for(f.o), "imposedBy", True) for f in g.facts if f.p == "imposedBy" and _norm(f.s) in ns]
            links += [(iris_for(f.s), f.p, False) for f in g.facts
                      if f.p in _RESTRICTS and _norm(f.o) in ns]
            cands: set[str] | None = None  # the entities every link of the gold entity allows (a target's links with
            # no candidate are ignored: the extractor may have missed that one target)
            for other, pred, unnamed_is_subject in links:
                here = set()
                for s, p, o, _q in extracted:
                    mine, theirs = (s, o) if unnamed_is_subject else (o, s)
                    # a product must be one the article minted; a measure may be a registry one that the gold
                    # names its own way ("H20出口许可要求" for the April 2025 H20 licence requirement)
                    anchorable = mine in provisional or (pred != "develops" and "Policy" in kinds[mine]
                                                         and _share_word(ns, labels_of.get(mine, ())))
                    if p == pred and theirs in other and anchorable and mine not in claimed:
                        here.add(mine)
                if here or (pred == "imposedBy" and other):  # a recognised issuer that imposes none rules all out
                    cands = here if cands is None else cands & here
            if cands is not None and len(cands) == 1:
                iris_of[i] |= cands
                claimed |= cands
        for i, ns in enumerate(names):
            global_sets.append((ns, {x for x in iris_of[i] if any(x in (s, o) for s, _p, o, _q in extracted)},
                                canon[i]))

        def ids(label: str) -> set[str]:
            return iris_of[sets[_norm(label)]] if _norm(label) in sets else set()

        used = [False] * len(extracted)
        for f in g.facts:
            hit = False
            inv = props[f.p].inverse if props.get(f.p) is not None else None
            for k, (s, p, o, _q) in enumerate(extracted):
                if not _pred_match(f.p, p, props):
                    # gold "X outperformedBy Y" is stated by the extracted "Y outperforms X"
                    if inv and _pred_match(inv, p, props) and not _is_number(f.o) and not _is_date(f.o) \
                            and o in ids(f.s) and s in ids(f.o):
                        hit = True
                        used[k] = True
                    continue
                if _is_number(f.o):
                    ok = s in ids(f.s) and _is_number(o) and float(o) == float(f.o)
                elif _is_date(f.o):  # a date literal ("2025-09-29"): the same day
                    ok = s in ids(f.s) and str(o).strip()[:10] == f.o.strip()
                else:
                    ok = s in ids(f.s) and o in ids(f.o)
                    if not ok and props.get(f.p) is not None and props[f.p].symmetric:
                        ok = o in ids(f.s) and s in ids(f.o)
                if ok:
                    hit = True
                    used[k] = True
            fact = f"{f.s} {f.p} {f.o}"
            if f.positive:
                sc = (report.overall, report.by_language[lang], report.by_predicate[f.p])
                for x in sc:
                    if hit:
                        x.tp += 1
                    else:
                        x.fn += 1
                if not hit:
                    report.misses.append({"article": g.path.name, "fact": fact})
            elif hit:
                report.negation_violations.append({"article": g.path.name, "fact": fact})
        for k, (s, p, o, q) in enumerate(extracted):
            if used[k]:
                continue
            for x in (report.overall, report.by_language[lang], report.by_predicate[p]):
                x.fp += 1
            report.unexplained.append({"article": g.path.name, "quote": q,
                                       "fact": f"{entity_label.get(s, _local(s))} {p} {entity_label.get(o, o)}"})
    # duplicate entities: one real-world entity (alias set) that several IRIs stand for
    # Across articles, alias sets join by the entity's name (the first label of a line), not by descriptions an
    # article uses locally ("the company", "la società", "the October rules" name different entities elsewhere).
    merged: list[tuple[set[str], set[str], str, set[str]]] = []  # (names, iris, display, canonical names)
    for ns, iris, disp in global_sets:
        for m in merged:
            if disp in m[0] or m[3] & ns:
                m[0].update(ns)
                m[1].update(iris)
                m[3].add(disp)
                break
        else:
            merged.append((set(ns), set(iris), disp, {disp}))
    for ns, iris, disp, _canon in merged:
        if any(kinds[i] & _GOV for i in iris):
            # metonymy ("Pechino" for the Chinese government) is two entities by design: the city is not a duplicate
            iris = {i for i in iris if not kinds[i] & _PLACE}
        if len(iris) > 1:
            report.duplicate_entities.append({"entity": disp, "iris": sorted(iris)})
    return report


_GENERIC = frozenset({"the", "and", "rule", "rules", "export", "exports", "control", "controls", "list", "ban", "new",
                      "regole", "regola", "controlli", "esportazioni", "lista", "divieto", "sulle", "della", "delle",
                      "出口", "管制", "规则", "清单", "美国", "中国", "禁令", "措施", "限制"})


def _words(label: str) -> set[str]:
    """The telling words of a label: latin words of 3+ letters or with a digit, and Chinese character pairs."""
    out = {w for w in re.findall(r"[a-z0-9][a-z0-9-]*", label) if len(w) >= 3 or any(c.isdigit() for c in w)}
    for run in re.findall(r"[\u4e00-\u9fff]+", label):
        out |= {run[i:i + 2] for i in range(len(run) - 1)}
    return out - _GENERIC


def _share_word(names: set[str], labels) -> bool:
    """Whether a gold name and a registry label share a telling word ("H20出口许可要求" and "April 2025 H20 licence
    requirement" share "h20"): a registry measure is anchored only then, never by its relations alone."""
    mine = set().union(*(_words(n) for n in names)) if names else set()
    return any(mine & _words(lab) for lab in labels)


_GOV = {"GovernmentBody"}
_RESTRICTS = ("restrictedBy", "excludedBy")
_PLACE = {"City", "Country", "Place"}


def _is_date(x: str) -> bool:
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", (x or "").strip()))


def _is_number(x: str) -> bool:
    try:
        float(x)
        return True
    except (TypeError, ValueError):
        return False


def _pred_match(gold: str, got: str, props: dict) -> bool:
    """Exact predicate, or a sub-property of it (an extracted excludedBy also states restrictedBy)."""
    if gold == got:
        return True
    info = props.get(got)
    return bool(info and info.super == gold)
