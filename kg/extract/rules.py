"""The built-in rule-based extractor: registry lookup, discovery, coreference and relation patterns.

Deterministic and offline. Works sentence by sentence: find mentions, resolve definite
descriptions to the topic of earlier sentences, join mentions with the language's patterns,
mark negation (never asserted) and hedging, and record the sentence as evidence.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from kg import ontology
from kg.extract import dates as dx, discovery, lexicon as lx
from kg.extract.anchors import anchors
from kg.extract.gazetteer import Gazetteer, Mention
from kg.extract.patterns import COMPARATIVES, DANGLING, DEV_OR_FAB, EXCLUDED, PATTERNS, Pattern
from kg.extract.sentences import split_sentences
from kg.extract.textnorm import fold, fold_label
from kg.model import ASSERTED, HEDGED, NEGATIVE, POSITIVE, Article, Claim, Entity, ExtractionResult

VERSION = "0.17.0"
_DEBUG = bool(os.environ.get("KG_DEBUG_RULES"))

_GROUP = {"Chip": "chip", "System": "system", "SoftwarePlatform": "platform", "Company": "firm", "Foundry": "firm",
          "Organization": "firm", "GovernmentBody": "gov", "MediaOutlet": "media", "Policy": "policy",
          "Country": "place", "City": "place", "Place": "place"}
_NOT_NEG = {
    # "cannot be exported to China without a licence": a licence requirement, not a denial
    "en": re.compile(r"\bnot only\b|\bno doubt\b|\bnot least\b|\bnevertheless\b|"
                     r"\b(?:stopped|stops|halted)\s+(?:[\w.-]+\s+){1,3}?from\s+\w+ing\b|\b(?:cannot|can't|could not|couldn't|"
                     r"may not|must not|can no longer|could no longer|will not|won't)\s+(?:[\w-]+\s+){0,8}?without\s+"
                     r"(?:(?:an?|the|us|u\.s\.|american|export|special|government)\s+)*(?:licen[cs]es?\b|$)"),
    # ... and double negations, which assert: "non ha smentito", "并非没有", "不可否认", "从未停止"
    "it": re.compile(r"\bnon solo\b|\bnon soltanto\b|\bnon meglio\b|\bnon (?:piu )?tanto\b|\bnonche\b|\bnon appena\b|"
                     r"\bnon (?:ha|hanno|aveva|avevano) (?:smentito|negato)\b|"
                     # "il modello più grande mai sviluppato dal gruppo": "mai" after a superlative is "ever"
                     r"\b(?:piu|meno)\s+[a-z]+(?:\s+[a-z]+)?\s+mai\b(?!\s+piu)|"
                     r"\b(?:primo|prima|primi|prime|unico|unica|migliore|maggiore)\s+(?:[a-z]+\s+)?mai\b(?!\s+piu)"),
    "zh": re.compile(r"未来|不仅|不断|不少|不同|不过|不久|不足|无论|毫无疑问|不但|并不意外|未必|若不是|要不是|"
                     r"(?:并非|并不是|不是)没有|(?:不可|无可|无法)否[认認]|难道不(?:也)?是|(?:从未|從未|没有|未)停止|(?:未能|没能|没有)阻止|没有妨碍|并没有妨碍"),
}
_MANUF_OR_SUPPLY = re.compile(r"\b(?:made|manufactur\w*|fabricat\w*|produc\w*|stampat\w*|prodott\w*|fabbricat\w*|"
                              r"suppl\w*|forni\w*|ship\w*)\b|代工|生产|制造|供应|供货")


def _memory_rx(number: str) -> re.Pattern:
    """A memory size ("96GB of HBM3", "显存为64GB"), its number written as `number` (a group named n)."""
    return re.compile(number + r"\s*-?\s*(?:gb|gigabytes?)(?![a-z0-9]|\s*(?:per\s+second|a[l]? secondo|/\s*s\b|modules?\b|"
                      r"moduli\b|chips\b|dies\b|stacks?\b)|/s)"
                      r"(?:\s*(?:of\s+)?(?:hbm\w*|memory|vram|di memoria|ram|显存|内存|记忆体))?|"
                      r"(?:显存|内存|记忆体|hbm\w*)(?:容量)?(?:为|达|达到|高达)?\s*(?P<n2>\d+(?:\.\d+)?)\s*gb")


_MEMORY = _memory_rx(r"(?P<n>\d+(?:\.\d+)?)")
_MEMORY_IT = _memory_rx(r"(?<![\d.,])(?P<n>\d+(?:[.,]\d+)?)")  # Italian "2,5 GB" (a decimal comma), "1.024 GB"
_NODE = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?:nm|nanometr[io]|nanometers?|nanometres?|纳米|奈米)(?![a-z])")
_POWER = re.compile(r"(?P<n>\d{2,4}(?:\.\d+)?)\s*-?\s*(?:w|watts?|watt|瓦)(?![a-z0-9])")


def _value(val: str, lang: str) -> int | float:
    """A measured value as a claim holds it: 24, not 24.0."""
    num = _number(val, lang)
    return int(num) if num.is_integer() else num


def _number(val: str, lang: str) -> float:
    """A measured value as written: "2,5" is 2.5 and "1.024" is 1024 in Italian, "1,024" is 1024 elsewhere."""
    if lang == "it":
        val = val.replace(",", ".") if "," in val else (val.replace(".", "") if re.fullmatch(r"\d{1,3}\.\d{3}", val) else val)
    else:
        val = val.replace(",", "")
    return float(val)


def _list_sep(extra_heads: str = "", preps: str = "") -> re.Pattern:
    """What separates two members of a list: a comma or a conjunction, then an article, a preposition or a short
    description ("and the Beijing start-up"); `extra_heads` may come before it, `preps` adds prepositions."""
    return re.compile(
        extra_heads + r"\s*(?:,|, and|,and| and| e| ed| or| o| as well as|,? oltre che|,? oltre a|,? nonche|、|和|与|及|以及|,\s*以及|/)\s*"
        r"(?:(?:with|against|con)\s+(?=(?:the|il|la|l'|lo|i|gli|le)\b))?(?:the\s+|il\s+|la\s+|"
        r"l'|dell'|del\s+|della\s+|dei\s+|di\s+|of\s+|da\s+|dal\s+|dalla\s+|dall'|ad\s+|a\s+|al\s+|alla\s+|per\s+|for\s+|le\s+|"
        r"i\s+|gli\s+" + preps + r")?(?:(?:[\w.'-]+\s+){0,2}?(?:startup|start-up|societa|azienda|gruppo|company|firm|chipmaker|"
        r"giant|investor|unit|arm|designer|carmaker|automaker|connazionale|rivale|concorrente|(?:produttore|fabbricante|maker|producer|manufacturer)"
        r"(?:\s+(?:di|of)\s+[\w-]+)?)\s+)?")


_LIST_SEP = _list_sep()
# after a first member, a legal suffix may close it and the preposition may be repeated: "Taiwan Semiconductor
# Manufacturing Co and Samsung", "with Cambricon and with Baidu's chip unit Kunlunxin"
_LIST_SEP_AFTER = _list_sep(r"(?:,?\s+(?:inc|corp|co|ltd|plc|llc|ag|nv|se)\b\.?)?", r"|with\s+|against\s+|con\s+")
_PLACEHOLDER_OK_RIGHT = COMPARATIVES | {"competesWith"}
_OPENING_CONJ = re.compile(r"^[\s\"'(]*(?:e|ed|ma|and|but|inoltre|tuttavia|而|并且|并|同时|此外)?\s*")
_MEMORY_NAME = re.compile(r"(?i)(?:hbm|lpddr|gddr|ddr|dram|nand)\d?\w*$|high[- ]bandwidth memory")


@lru_cache(maxsize=1)
def _policy_index() -> dict[tuple[int, int], list[tuple[str, str]]]:
    """(year, month) -> registry policies whose English label starts with that month and year."""
    out: dict[tuple[int, int], list[tuple[str, str]]] = {}
    for iri, ent in ontology.load_registry().items():
        if ent.cls != "Policy":
            continue
        lab = ent.label("en").lower()
        mt = re.match(r"([a-z]+) ((?:19|20)\d\d)\b", lab)
        if mt and mt.group(1) in lx.MONTHS:
            out.setdefault((int(mt.group(2)), lx.MONTHS[mt.group(1)]), []).append((iri, lab))
    return out


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer(ontology.load_registry())


class RuleExtractor:
    """Multilingual (en, it, zh) pattern extractor."""

    name = "rules"
    version = VERSION

    def extract(self, article: Article) -> ExtractionResult:
        lang = article.lang if article.lang in PATTERNS else _guess_lang(article.text)
        keep = _cjk_spacing(article.text) if lang == "zh" else None
        if keep is None:
            return _Run(article, _gazetteer()).run()
        # "華為昇騰 910B 是輝達 H20 的對手" (Taiwan's spacing): read without the spaces, cite the article's own offsets
        compact = replace(article, text="".join(article.text[i] for i in keep))
        result = _Run(compact, _gazetteer()).run()
        result.article = article
        result.claims = [replace(c, start=keep[c.start] if c.start < len(keep) else len(article.text),
                                 end=keep[c.end - 1] + 1 if 0 < c.end <= len(keep) else c.end) for c in result.claims]
        return result


class _Run:
    def __init__(self, article: Article, gaz: Gazetteer):
        self.a = article
        self.gaz = gaz
        self.lang = article.lang if article.lang in PATTERNS else _guess_lang(article.text)
        self.text = article.text
        self.folded = fold(article.text)
        self.result = ExtractionResult(article)
        self.topic: dict[str, str] = {}  # class group -> IRI of the current topic
        self.topic_at: dict[str, int] = {}  # class group -> start of the sentence that last set its topic
        self.last: dict[str, str] = {}  # class group -> IRI last mentioned
        self.newest: dict[str, str] = {}  # class group -> unnamed product the article introduced
        self.province_of: dict[int, str] = {}  # start of a city named right after its province ("江苏无锡") -> province
        self.last_foundry: str | None = None
        self.last_list: str | None = None  # the registry list ("Entity List") last named: what "the same list" is
        self.policy_corefs: list[tuple[int, str]] = []  # (start, registry policy) of descriptions ("a trade blacklist")
        self._coord_cuts: dict[tuple[int, int], re.Match | None] = {}
        self._openings: dict[tuple[int, int], str] = {}  # (sentence start, mention start) -> see _opening
        self._pending_hq: list[tuple[str, str]] = []  # (firm, city) from "the Shanghai foundry"
        self.claims: dict[tuple, Claim] = {}
        self.by_span: dict[int, list[tuple]] = {}  # sentence start -> keys of its claims
        self.implied_makers: set[tuple[int, str]] = set()  # (sentence start, maker named inside a product label)
        self.last_pair: tuple[str, str] | None = None  # the last two products named together ("BR100与BR104")
        self.described_policies: dict[str, str | None] = {}  # policies described with no name -> issuer (or None)

    # -- entities -------------------------------------------------------------
    def _entity(self, iri: str) -> Entity | None:
        return self.gaz.entities.get(iri) or self.result.entities.get(iri)

    def _cls(self, iri: str) -> str:
        e = self._entity(iri)
        return e.cls if e else "Organization"

    def _memory(self, iri: str) -> bool:
        """A memory product (HBM, DDR ...): registered as a chip, but a part of one."""
        return bool(_MEMORY_NAME.match(self._label(iri)))

    def _label(self, iri: str) -> str:
        e = self._entity(iri)
        return e.label("en") if e else iri.rsplit("/", 1)[-1]

    def _is_list(self, iri: str) -> bool:
        """Whether a policy is a list ("Entity List", "lista nera", "实体清单"), the thing "the same list" names."""
        return _LIST_LABEL.search(self._label(iri)) is not None

    def _mint(self, name: str, cls: str, labels: tuple = (), alt: tuple = ()) -> str:
        iri = ontology.mint_entity_iri(name, discovered=True)
        if iri in self.gaz.entities:
            return iri
        if iri not in self.result.entities:
            lab = labels or ((self.lang if self.lang in ("en", "it", "zh") else "en", name),)
            self.result.entities[iri] = Entity(iri, cls, tuple(sorted(lab)), tuple(sorted(set(alt))), provisional=True)
        return iri

    def _foreign_issuer(self, policy: str, issuer: str) -> bool:
        """A registry policy of one jurisdiction said to be imposed by another's government ("the Entity List" and
        "Beijing"): never the issuer."""
        pe, ie = self._entity(policy), self._entity(issuer)
        if pe is None or ie is None:
            return False
        mine = lx.POLICY_JURISDICTION.get(pe.label("en"))
        if mine is None:
            return False
        theirs = next((j for j, rx in lx.ISSUER_JURISDICTION if rx.match(ie.label("en"))), None)
        return theirs is not None and theirs != mine

    def _away_from_home(self, firm: str, place: str) -> bool:
        """A registry firm said to be headquartered in a country or city other than its known home (ontology/homes.tsv):
        "上海的英伟达" is Nvidia's Shanghai office, "China's Nvidia" a nickname. Regions are not checked."""
        home = ontology.firm_homes().get(firm)
        if home is None:
            return False
        pe = self._entity(place)
        kind = pe.cls if pe is not None else None
        if kind == "Country":
            return place != home[0]
        return kind == "City" and home[1] is not None and place != home[1]

    def _mint_alt(self, iri: str, alt: tuple) -> None:
        """More alternative labels for an entity this article minted (the wordings it uses for a policy)."""
        e = self.result.entities.get(iri)
        if e is not None and alt and not set(alt) <= set(e.alt_labels) | set(e.labels):
            self.result.entities[iri] = replace(e, alt_labels=tuple(sorted(set(e.alt_labels) | set(alt))))

    def _described_policy(self, issuer: str | None) -> tuple[str, str | None] | None:
        """The policy this article last described with no name, if a new description can be the same one:
        no issuer given, or the same issuer, or the earlier one had none."""
        if not self.described_policies:
            return None
        iri, had = next(reversed(self.described_policies.items()))
        if issuer is None or had is None or had == issuer:
            return iri, had
        return next(((i, h) for i, h in reversed(self.described_policies.items()) if h == issuer), None)

    def mentions(self) -> list[Mention]:
        ms = self.gaz.find(self.text, self.folded)
        # "CCP设备", "CCP etchers": an acronym of a government body before a tool is a technology ("capacitively coupled
        # plasma"), not the body
        ms = [m for m in ms if not (m.cls == "GovernmentBody" and re.fullmatch(r"[A-Z]{2,5}", self.text[m.start:m.end])
                                    and _ACRONYM_AS_TOOL.match(self.folded, m.end))]
        # a product line + a model code the registry does not list ("Kirin 710A", "思元690"): a new product
        for s, e, line, code in self.gaz.product_lines(self.folded):
            if any(m.start == s and m.end == e for m in ms):
                continue  # a registry product
            if re.match(r"\s?(?:架构|architecture|microarchitecture|指令集)", self.folded[e:e + 14]):
                continue  # "MLUarch03架构": an architecture of the line, not a product
            inside = [m for m in ms if m.start < e and s < m.end]
            if any(m.start < s or m.end > e for m in inside):
                continue
            surface = self.text[s:e]
            name = " ".join(surface.split())
            cls = self.gaz.lines[line]
            ms = [m for m in ms if m not in inside]
            en_line = self.gaz.line_names.get(line)
            if en_line:  # "昇腾910D", "Ascend 910D": one entity, named "Ascend 910D"
                en = f"{en_line} {self.text[e - len(code):e]}"
                labels = (("en", en),) + ((("zh", name),) if name != en and self.lang == "zh" else ())
                alt = (("en", name),) if name != en and self.lang != "zh" else ()
                iri = self._mint(en, cls, labels=labels, alt=alt)
            else:
                iri = self._mint(name, cls)
            ms.append(Mention(s, e, iri, cls, kind="discovered", conf=0.8))
        ms.sort(key=lambda m: m.start)
        taken = [(m.start, m.end) for m in ms]
        ms += self.gaz.fuzzy(self.text, taken)
        ms = self._city_brand_firms(self._hyphen_compounds(ms))
        taken = [(m.start, m.end) for m in ms]
        # a discovered name may swallow a place it starts with ("Chengdu Haiguang Integrated Circuit") and, in a
        # Chinese list of firms, a product name inside one ("湘江鲲鹏")
        soft = [(m.start, m.end) for m in ms if m.cls in lx.PLACE or (self.lang == "zh" and m.cls in lx.TECH)]
        units = [(m.start, m.end) for m in ms if m.cls in lx.ORG and m.kind == "registry"]
        orgs = discovery.find_orgs(self.text, self.lang, taken, folded=self.folded, soft=soft, units=units)
        parent = {(s, e): m.iri for s, e, _n, _c in orgs for m in ms
                  if (m.start, m.end) in units and m.start == s and m.end < e}  # "中国电信人工智能研究院"
        # "中微半导体设备（上海）股份有限公司": a seat that is the known firm's home city makes its own legal name
        orgs = [o for o in orgs if (o[0], o[1]) not in parent or not self._seated_at_home(o[2], parent[(o[0], o[1])])]
        ms = _drop_inside(ms, orgs)
        ms = self._short_names(ms, orgs, parent)
        ms = self._place_tail_names(ms)
        firms = [(m.start, m.end, m.cls) for m in ms if m.cls in ("Company", "Foundry") and m.iri]
        for s, e, name, cls in discovery.coordinated(self.text, self.lang, firms, [(m.start, m.end) for m in ms]):
            ms.append(Mention(s, e, self._mint(name, cls), cls, kind="discovered", conf=0.7))
        taken = [(m.start, m.end) for m in ms]
        org_ends = {m.end for m in ms if m.cls in lx.ORG}
        prods = discovery.find_products(self.text, self.folded, self.lang, taken, org_ends)
        ms = _drop_inside(ms, prods)
        for s, e, name, cls in prods:
            known = self._known_product(s, e, name, ms, cls)
            if known:
                ms.append(Mention(s, e, known, self.gaz.entities[known].cls, kind="registry", conf=0.8))
                continue
            ms.append(Mention(s, e, self._mint(name, cls), cls, kind="discovered", conf=0.75))
        taken += [(s, e) for s, e, _, _ in prods]
        org_spans = [(m.start, m.end) for m in ms if m.cls in lx.ORG]
        shapes = frozenset(filter(None, (discovery.code_shape(self.text[m.start:m.end]) for m in ms
                                         if m.cls in lx.PRODUCT and m.iri)))
        codes = discovery.find_codes(self.text, taken, org_spans, shapes, self._known_code)
        names: dict[str, str] = {}
        if self.lang == "zh":  # "龙芯3A5000": a code written right after its maker's Chinese name is named with it
            for s, e, code, cls in codes:
                mk = next((m for m in ms if m.end == s and m.cls in lx.FIRM and m.iri and
                           all("\u4e00" <= c <= "\u9fff" for c in self.text[m.start:m.end])), None)
                if mk is not None:
                    names.setdefault(code, self.text[mk.start:e])
        for s, e, code, cls in codes:
            known = self.gaz.by_code.get(fold_label(code).replace(" ", ""))
            if known:
                ms.append(Mention(s, e, known, self.gaz.entities[known].cls, kind="registry", conf=0.9))
                continue
            name = names.get(code, code)
            alt = (("en", code),) if name != code else ()
            ms.append(Mention(s, e, self._mint(name, cls, alt=alt), cls, kind="discovered", conf=0.75))
        # a longer name of a known product is a product of its own: "MLU370-S4" (a variant card), "Xeon Platinum 8362"
        # (a model number after a product line), "Kunlun 2", "Ascend II" (a new generation of a line named without one),
        # "Qwen3-Max", "GLM-4.6" (a version of a known model)
        known = [m for m in ms if m.cls in lx.PRODUCT and m.iri and m.kind in ("registry", "discovered")]
        models = [(m.start, m.end) for m in ms if m.cls in lx.PLATFORM and m.iri and m.kind in ("registry", "discovered")]
        lines = [(m.start, m.end) for m in known if m.cls == "Chip" and m.kind == "registry"]
        longer = discovery.variants(self.text, [(m.start, m.end) for m in known], lines) + discovery.generations(
            self.text, [(m.start, m.end, m.cls) for m in known]) + discovery.model_versions(self.text, models)
        for s, e, name in discovery.hyphen_models(self.text, self._is_model):
            if not any(s < m.end and m.start < e for m in ms):
                ms.append(self._longer_name(s, e, name, "SoftwarePlatform"))
        for m in ms:  # "vLLM-MLU", "vLLM-Ascend": a known framework's port, a platform of its own
            if m.cls == "SoftwarePlatform" and m.kind == "registry" and m.iri:
                t = _PORT_TAIL.match(self.text, m.end)
                if t is not None:
                    longer.append((m.start, t.end(), self.text[m.start:t.end()]))
        for s, e, name in longer:
            base = next((m for m in ms if m.start == s and m.end < e), None)
            if base is None or any(s < m.end and m.start < e and m is not base for m in ms):
                continue
            ms = [m for m in ms if m is not base]
            labels = ()
            if base.kind == "registry" and not self.text[s:base.end].isascii() and self.text[base.end:e].isascii():
                # "昇腾910C Pro": named like its line in English ("Ascend 910C Pro"), the Chinese name a label of it
                raw = self.text[base.end:e]
                en = self._label(base.iri) + (" " + raw.strip() if raw[0].isspace() else raw)
                name, labels = en, (("en", en), ("zh", " ".join(self.text[s:e].split())))
            ms.append(self._longer_name(s, e, name, base.cls, labels))
        ms.sort(key=lambda m: (m.start, -m.end))
        if self.lang == "zh":  # "「武当」系列C1200": the series word of a model code is not a product of its own
            ms = [m for k, m in enumerate(ms) if not (m.kind == "discovered" and m.cls in lx.PRODUCT and k + 1 < len(ms)
                  and ms[k + 1].cls in lx.PRODUCT and re.fullmatch(r"[\"']?系列", self.folded[m.end:ms[k + 1].start]))]
        ms = self._bare_model_codes(self._short_codes(self._tail_codes(self._alias_codes(self._districts(ms)))))
        return self._with_tickers(ms)

    def _with_tickers(self, ms: list[Mention]) -> list[Mention]:
        """A stock ticker in brackets belongs to the firm before it: "Navitas Semiconductor (NVTS.O), Innoscience's
        rival" reads like "Navitas Semiconductor, Innoscience's rival" (the ticker is no mention of its own)."""
        out: list[Mention] = []
        skip_until = -1
        for m in ms:
            if m.start < skip_until:
                continue
            t = discovery.TICKER_TAIL.match(self.text, m.end) if m.cls in lx.FIRM and m.iri else None
            if t is None and m.cls in lx.FIRM and m.iri and self.lang != "zh":  # "Wuhan Xinxin Semiconductor (XMC)"
                tail = discovery.LEGAL_TAIL.match(self.text, m.end)
                b = _BRACKETED.match(self.text, tail.end() if tail else m.end)
                if b is not None and self.gaz.lookup(b.group(1)) == m.iri and self.text[b.end() - 1] in ")）":
                    t = b
            if t is not None:
                m = replace(m, end=t.end())
                skip_until = t.end()
            out.append(m)
        return out

    def _bare_model_codes(self, ms: list[Mention]) -> list[Mention]:
        """A registry model named by its bare code in an article that names its maker: "R1" and "V3" for
        DeepSeek-R1 and DeepSeek-V3 once DeepSeek is named, "K2" for Kimi K2 once Moonshot is ("推理模型R1")."""
        index = _model_codes(self.gaz)
        makers = _registry_makers()
        named = {m.iri for m in ms if m.iri and m.cls in lx.FIRM}
        if not named or not index:
            return ms
        out = list(ms)
        for code, iris in index.items():
            cands = [i for i in iris if makers.get(i) in named]
            if len(cands) != 1:
                continue
            for hit in re.finditer(rf"(?<![A-Za-z0-9.-]){re.escape(code)}(?![A-Za-z0-9-]|\.\d)", self.text):
                a, b = hit.span()
                if not any(m.start < b and a < m.end for m in out):
                    out.append(Mention(a, b, cands[0], self.gaz.entities[cands[0]].cls, kind="registry", conf=0.8))
        out.sort(key=lambda m: (m.start, -m.end))
        return out

    def _short_names(self, ms: list[Mention], orgs, parent: dict) -> list[Mention]:
        """Mentions of the discovered organisations, and (zh) of the short names a legal name introduces:
        "拓维信息系统股份有限公司（以下简称“拓维信息”）" names one firm, and "拓维信息" names it again further on; a short
        name the registry knows ("北京智谱华章科技股份有限公司（简称“智谱”）") makes the legal name that registry firm."""
        short_of: dict[str, str] = {}
        implicit: dict[str, str] = {}
        if self.lang == "zh":
            for m in ms:
                if m.cls in lx.ORG and m.iri and m.kind == "registry":
                    for a, b in discovery.zh_short_names(self.folded, m.end):
                        if self.gaz.lookup(self.text[a:b]) is None:
                            short_of.setdefault(self.folded[a:b], m.iri)
                    # "通富微电 … 通富是AMD最大的封测供应商": the press shortens a firm to the words before its trade word
                    cut = _ZH_TRADE_SUFFIX.match(self.text, m.start, m.end)
                    if (m.cls in ("Company", "Foundry") and cut and cut.end() == m.end
                            and cut.group(1) not in _ZH_SHORT_STOP and self.gaz.lookup(cut.group(1)) is None):
                        implicit.setdefault(cut.group(1), m.iri)
        for s, e, name, cls in orgs:
            shorts = discovery.zh_short_names(self.folded, e) if self.lang == "zh" else []
            iri = next((k for k in (self.gaz.lookup(self.text[a:b]) for a, b in shorts)
                        if k and self.gaz.entities[k].cls in lx.ORG), None)
            iri = iri or short_of.get(self.folded[s:e]) or self._bracketed_known(e)
            if iri is None:
                alt = tuple(("zh", self.text[a:b]) for a, b in shorts if self.gaz.lookup(self.text[a:b]) is None)
                iri = self._mint(name, cls, alt=alt)
            for a, b in shorts:
                short_of.setdefault(self.folded[a:b], iri)
            data = {"unit_of": parent[(s, e)]} if (s, e) in parent else {}
            ms.append(Mention(s, e, iri, self._cls(iri), kind="discovered", conf=0.8, data=data))
        spans = [(m.start, m.end) for m in ms]
        ms += self._core_names(ms, orgs, spans)
        for short, iri in implicit.items():
            for mt in re.finditer(re.escape(short), self.text):
                if not _overlaps_any(mt.start(), mt.end(), spans) and _ZH_SHORT_BEFORE.fullmatch(self.text[mt.start() - 1:mt.start()]):
                    ms.append(Mention(mt.start(), mt.end(), iri, self._cls(iri), kind="discovered", conf=0.75))
                    spans.append((mt.start(), mt.end()))
        if not short_of:
            return ms
        for short, iri in short_of.items():
            for mt in re.finditer(re.escape(short), self.folded):
                if not _overlaps_any(mt.start(), mt.end(), spans):
                    ms.append(Mention(mt.start(), mt.end(), iri, self._cls(iri), kind="discovered", conf=0.8))
                    spans.append((mt.start(), mt.end()))
        return ms

    def _no_longer_of(self, parent: str) -> bool:
        """The article says something no longer belongs to this firm ("non appartiene più a Intel", "no longer part of
        Intel", "已不再属于英特尔"): a unit named after it is not taken to be its unit."""
        for m in self._all_mentions:
            if m.iri == parent and _NO_LONGER.search(self.folded, max(0, m.start - 60), m.start):
                return True
        return False

    def _seated_at_home(self, name: str, firm: str) -> bool:
        """A legal name whose seat in brackets is the known firm's home city names that firm, not a unit of it."""
        seat = re.search(r"[(（]([^()（）]{1,20})[)）]", name)
        home = ontology.firm_homes().get(firm)
        return bool(seat and home and home[1] and self.gaz.lookup(seat.group(1).strip()) == home[1])

    def _commerce_body(self, before: int, ministry: bool) -> str | None:
        """The ministry or department of commerce the article last named before `before`; else, for "the Commerce
        Ministry", China's and, for "the Commerce Department", the US one (the usual English press usage)."""
        named = [m.iri for m in self._all_mentions if m.end <= before and m.iri and m.cls == "GovernmentBody"
                 and "commerce" in self._label(m.iri).lower()]
        if named:
            return named[-1]
        return self.gaz.lookup("Ministry of Commerce of China" if ministry else "US Department of Commerce")

    def _bracketed_known(self, end: int) -> str | None:
        """A known organisation named in brackets right after a discovered name is that name's short form:
        "Wuhan Xinxin Semiconductor (XMC)", "Loongson Technology Corporation Limited ("Loongson" or …)"."""
        m = _BRACKETED.match(self.text, end)
        if m is None:
            return None
        iri = self.gaz.lookup(m.group(1))
        return iri if iri and self.gaz.entities[iri].cls in lx.ORG else None

    def _core_names(self, ms: list[Mention], orgs, spans: list) -> list[Mention]:
        """"Navitas Semiconductor … Navitas", "Innoscience (Suzhou) Technology Holding … Innoscience": a discovered
        Latin name named again by its words before the legal ones (not when two discovered names share them)."""
        by_core: dict[str, set] = {}
        iri_at = {(m.start, m.end): m.iri for m in ms if m.kind == "discovered"}
        for s, e, name, _cls in orgs:
            core = discovery.core_name(name)
            if core and (s, e) in iri_at and self.gaz.lookup(core) is None:
                by_core.setdefault(core, set()).add(iri_at[(s, e)])
        if self.lang != "zh":  # "Horizon Robotics … Horizon": a registry firm named in full, then by its first words
            for m in ms:
                if m.kind == "registry" and m.iri and m.cls in lx.FIRM:
                    core = discovery.core_name(self.text[m.start:m.end])
                    if core and self.gaz.lookup(core) is None:
                        by_core.setdefault(core, set()).add(m.iri)
        plain: dict[str, set] = {}  # "Applied Materials … Applied said": a first word that is also a common word
        if self.lang == "en":
            for m in ms:
                if m.kind == "registry" and m.iri and m.cls in lx.FIRM:
                    words = self.text[m.start:m.end].split()
                    if len(words) == 2 and words[0] in discovery.CORE_STOP and self.gaz.lookup(words[0]) is None:
                        plain.setdefault(words[0], set()).add(m.iri)
        out = []
        for core, iris in list(by_core.items()) + [(w, i) for w, i in plain.items() if w not in by_core]:
            if len(iris) != 1:
                continue
            iri = next(iter(iris))
            tail = _PLAIN_CORE_AFTER if core in plain and core not in by_core else ""
            for mt in re.finditer(rf"(?<![A-Za-z0-9&.-]){re.escape(core)}(?![A-Za-z0-9&-]|\s+[A-Z]){tail}", self.text):
                if not _overlaps_any(mt.start(), mt.end(), spans):
                    out.append(Mention(mt.start(), mt.end(), iri, self._cls(iri), kind="discovered", conf=0.75))
                    spans.append((mt.start(), mt.end()))
        return out

    def _place_tail_names(self, ms: list[Mention]) -> list[Mention]:
        """"Fujian Jinhua … Jinhua": a registry firm named after a place and a word that is itself a city is named again
        by that word alone, which then means the firm, not the city."""
        if self.lang == "zh":
            return ms
        tails: dict[str, set] = {}
        for m in ms:
            if m.kind == "registry" and m.iri and m.cls in lx.FIRM:
                words = self.text[m.start:m.end].split()
                head = self.gaz.lookup(words[0]) if len(words) == 2 else None
                if head and self._cls(head) in lx.PLACE:
                    tails.setdefault(words[1], set()).add(m.iri)
        if not tails:
            return ms
        out = []
        for m in ms:
            firms = tails.get(self.text[m.start:m.end])
            if firms and len(firms) == 1 and m.cls in lx.PLACE:
                iri = next(iter(firms))
                m = Mention(m.start, m.end, iri, self._cls(iri), kind="discovered", conf=0.75)
            out.append(m)
        return out

    def _hyphen_compounds(self, ms: list[Mention]) -> list[Mention]:
        """"TF-AMD", "JV-Intel": a known firm glued by a hyphen to a short capitalised prefix names another firm (a joint
        venture), not the known one; a spelling the registry knows ("SK-Hynix") stays that firm."""
        out = []
        for m in ms:
            pre = _HYPHEN_PREFIX.search(self.text, max(0, m.start - 6), m.start) if m.cls in lx.FIRM else None
            if pre and not re.match(r"[\w-]", self.text[m.end:m.end + 1]) and \
                    self.gaz.lookup(self.text[pre.start():m.end]) is None and \
                    self.gaz.lookup(self.text[pre.start():m.end].replace("-", " ")) is None:
                name = self.text[pre.start():m.end]
                out.append(Mention(pre.start(), m.end, self._mint(name, "Company"), "Company", kind="discovered", conf=0.75))
                continue
            out.append(m)
        return out

    def _districts(self, ms: list[Mention]) -> list[Mention]:
        """"Bantian, Shenzhen", "北京海淀区": a district next to its city is not a place of its own; the city is what a
        headquarters or a location names."""
        drop = set()
        city_end = None  # zh: where the last city (and the districts glued to it: "深圳市龙岗区坂田") ends
        for x, y in zip(ms, ms[1:]):
            if x.cls == "Place" and y.cls == "City" and re.fullmatch(r",\s*", self.folded[x.end:y.start]):
                drop.add(id(x))
            if self.lang != "zh" and x.cls == "City" and y.cls == "Place" and x.iri and y.iri and re.fullmatch(
                    r",\s*", self.folded[x.end:y.start]) and _REGION_AFTER.match(self.folded, y.end):
                self.province_of[x.start] = y.iri  # "Huaian, Jiangsu province", "Boise, Idaho": the city is in the region
            if self.lang == "zh" and x.cls == "Place" and y.cls == "City" and x.iri and y.iri and \
                    self.folded[x.end:y.start] in ("", "省") and self.gaz.entities[x.iri].label("zh").endswith("省"):
                drop.add(id(x))  # "江苏无锡": the province places the city, not what the sentence speaks of
                self.province_of[y.start] = x.iri
            if self.lang == "zh":
                if x.cls == "City":
                    city_end = x.end
                if y.cls == "Place" and city_end is not None and re.fullmatch(r"市?", self.folded[city_end:y.start]):
                    drop.add(id(y))
                    city_end = y.end
        return [m for m in ms if id(m) not in drop] if drop else ms

    def _longer_name(self, s: int, e: int, name: str, cls: str, labels: tuple = ()) -> Mention:
        """The mention of a longer name of a known product: the registry entity it spells another way ("Kimi-K2" is
        "Kimi K2", "Qwen 3" is "Qwen3"), else a product of its own."""
        for cand in (name, name.replace("-", " "), re.sub(r"[-\s]", "", name)):
            iri = self.gaz.lookup(cand)
            if iri is not None and self.gaz.entities[iri].cls == cls:
                return Mention(s, e, iri, cls, kind="registry", conf=0.85)
        return Mention(s, e, self._mint(name, cls, labels=labels), cls, kind="discovered", conf=0.75)

    def _known_code(self, code: str) -> bool:
        """Whether `code` is the model code of a registry chip or system ("H20", "MI308")."""
        iri = self.gaz.by_code.get(fold_label(code)) or self.gaz.lookup(code)
        return iri is not None and self.gaz.entities[iri].cls in lx.PRODUCT

    def _is_model(self, name: str) -> bool:
        """Whether `name` is a registry software platform or model ("GLM", "Kimi")."""
        iri = self.gaz.lookup(name)
        return iri is not None and self.gaz.entities[iri].cls in lx.PLATFORM

    def _known_product(self, s: int, e: int, name: str, ms: list[Mention], cls: str | None = None) -> str | None:
        """A registry product a newly named one is: "its V3 model" (DeepSeek-V3), "Hygon's Dhyana processors" (the
        registry's "Hygon processors"). Never a second entity for what the registry already has."""
        tails = _registry_tails(self.gaz).get(fold_label(name), ())
        if cls is not None and len(tails) > 1:  # "its V3 model": a model, not the server "SR675 V3"
            tails = tuple(t for t in tails if _GROUP.get(self.gaz.entities[t].cls) == _GROUP.get(cls)) or tails
        if len(tails) == 1:
            return tails[0]
        if tails:  # "its V3 model" after DeepSeek: of the products ending in "V3", the one this firm makes
            near = [m.iri for m in ms if m.cls in lx.FIRM and m.iri and m.end <= s and s - m.end <= 40]
            owner = near[-1] if near else self.topic.get("firm")
            makers = _registry_makers()
            mine = [t for t in tails if owner and makers.get(t) == owner]
            if len(mine) == 1:
                return mine[0]
        same = self.gaz.lookup(name)  # "its Ernie models": the registry's ERNIE, written as a word
        if same and self.gaz.entities[same].cls in lx.TECH:
            return same
        if self.lang == "zh":  # "「征程」（Journey）系列": the registry's "征程系列"
            for suffix in ("系列", "芯片", "处理器"):
                iri = self.gaz.lookup(name + suffix)
                if iri and self.gaz.entities[iri].cls in lx.TECH:
                    return iri
        if self.lang == "zh" or any(ch.isdigit() for ch in name):
            return None  # a model code names one model, not the maker's line
        maker = next((m for m in ms if m.cls in lx.FIRM and m.iri and m.kind == "registry" and
                      re.fullmatch(r"(?:'s|’s)?\s+(?:own\s+)?", self.text[m.end:s])), None)
        noun = re.match(r"\s+(\w+)", self.text[e:e + 30])
        if maker is None or noun is None:
            return None
        for n in (noun.group(1), noun.group(1).rstrip("s"), noun.group(1) + "s"):
            iri = self.gaz.lookup(f"{self.text[maker.start:maker.end]} {n}")
            if iri and self.gaz.entities[iri].cls in lx.TECH:
                return iri
        return None

    def _short_codes(self, ms: list[Mention]) -> list[Mention]:
        """"il 9006C", "the 950", "O1" after "Kirin 9006C", "Ascend 950", "XRING O1": a product named by its model code alone."""
        if self.lang == "zh":
            return ms
        tails: dict[str, str] = {}
        extra = []
        dropped: set[str | None] = set()
        k = 0
        for mt in _SHORT_CODE.finditer(self.folded):
            g = "c" if mt.group("c") else "c2"
            while k < len(ms) and ms[k].end <= mt.start(g):
                m = ms[k]
                k += 1
                if m.cls in lx.PRODUCT and m.iri:
                    last = self.folded[m.start:m.end].rsplit(" ", 1)
                    if len(last) == 2:
                        tails[last[1]] = m.iri
            iri = tails.get(mt.group(g))
            if not iri:
                continue
            over = [m for m in ms if m.start < mt.end(g) and mt.start(g) < m.end]
            if not over:
                extra.append(Mention(mt.start(g), mt.end(g), iri, self._cls(iri), kind="registry", conf=0.7))
            elif len(over) == 1 and over[0].kind == "discovered" and over[0].cls in lx.PRODUCT and over[0].iri != iri \
                    and (over[0].start, over[0].end) == (mt.start(g), mt.end(g)):
                # "the A2 servers" after "Atlas 800T A2": the code names that product again, not a new one
                dropped.add(over[0].iri)
                over[0].iri, over[0].cls = iri, self._cls(iri)
        for gone in dropped - {m.iri for m in ms}:
            self._unmint(gone)
        if not extra:
            return ms
        return sorted(ms + extra, key=lambda m: (m.start, -m.end))

    def _alias_codes(self, ms: list[Mention]) -> list[Mention]:
        """"the 2K3000 ..., offered under the name 3B6000M", "venduto con il nome X", "又名X": a product named
        again under another name is one product (the new name an alternative label of it)."""
        dropped: set[str | None] = set()
        for k, m in enumerate(ms):
            if m.kind != "discovered" or m.cls not in lx.PRODUCT or not _ALIAS_BEFORE.search(
                    self.folded, max(0, m.start - 40), m.start):
                continue
            prev = next((p for p in reversed(ms[:k]) if p.cls in lx.PRODUCT and p.iri and p.iri != m.iri), None)
            if prev is None or _SENT_END.search(self.text, prev.end, m.start):
                continue
            dropped.add(m.iri)
            name = " ".join(self.text[m.start:m.end].split())
            if prev.iri in self.result.entities:
                self._mint_alt(prev.iri, (("en" if self.lang != "zh" else "zh", name),))
            m.iri, m.cls = prev.iri, prev.cls
        for gone in dropped - {m.iri for m in ms}:
            self._unmint(gone)
        return ms

    def _tail_codes(self, ms: list[Mention]) -> list[Mention]:
        """"the A2 servers", "A2服务器" after "Atlas 800T A2": a product found again by the last code of its full name
        names that product, not a new one."""
        tails: dict[str, str] = {}
        dropped: set[str | None] = set()
        extra: list[Mention] = []
        for m in ms:
            if m.cls not in lx.PRODUCT or not m.iri:
                continue
            key = fold_label(self.text[m.start:m.end])
            if m.kind == "discovered" and key in tails and tails[key] != m.iri and " " not in key:
                dropped.add(m.iri)
                m.iri, m.cls = tails[key], self._cls(tails[key])
                continue
            ent = self._entity(m.iri) if m.kind == "registry" else None  # "Atlas 800T A2训练服务器": its name's code
            parts = (fold_label(ent.label("en")) if ent else key).rsplit(" ", 1)
            if len(parts) == 2 and re.fullmatch(r"[a-z]{1,3}\d{1,4}[a-z]{0,2}|\d{3,4}[a-z]{0,2}", parts[1]):
                tails.setdefault(parts[1], m.iri)
                if self.lang == "zh" and parts[1][0].isalpha():  # "A2服务器": no word boundary in Chinese
                    for t in re.finditer(rf"(?<![a-z0-9.-]){re.escape(parts[1])}(?![a-z0-9.-])", self.folded[m.end:]):
                        ts, te = m.end + t.start(), m.end + t.end()
                        if not any(x.start < te and ts < x.end for x in ms + extra):
                            extra.append(Mention(ts, te, m.iri, m.cls, kind="registry", conf=0.7))
        for gone in dropped - {m.iri for m in ms}:
            self._unmint(gone)
        return sorted(ms + extra, key=lambda m: (m.start, -m.end)) if extra else ms

    def _unmint(self, iri: str | None) -> None:
        """Forget an entity this article minted for a mention that turned out to name another one."""
        if iri in self.result.entities and self.result.entities[iri].provisional:
            del self.result.entities[iri]

    def _city_brand_firms(self, ms: list[Mention]) -> list[Mention]:
        """"成都海光集成电路": a city, a known firm's short name and an industry word name another (local) company."""
        out, drop = [], set()
        for c, f in zip(ms, ms[1:]):
            if c.cls != "City" or f.cls not in lx.FIRM or f.kind != "registry" or \
                    f.start != c.end + (0 if self.lang == "zh" else 1):
                continue  # "Chengdu Haiguang Integrated Circuit" like "成都海光集成电路"
            suf = (_ZH_FIRM_SUFFIX if self.lang == "zh" else _LATIN_FIRM_SUFFIX).match(self.folded, f.end)
            if not suf:
                continue
            name = self.text[c.start:suf.end()]
            shorts = discovery.zh_short_names(self.folded, suf.end()) if self.lang == "zh" else []
            known = next((k for k in (self.gaz.lookup(self.text[a:b]) for a, b in shorts) if k), None)
            if known and self.gaz.entities[known].cls in lx.ORG:  # "北京智谱华章科技股份有限公司（下称“智谱”）"
                out.append(Mention(c.start, suf.end(), known, self.gaz.entities[known].cls, kind="registry", conf=0.9))
            else:
                out.append(Mention(c.start, suf.end(), self._mint(name, "Company"), "Company", kind="discovered",
                                   conf=0.75))
            drop.update((id(c), id(f)))
        return [m for m in ms if id(m) not in drop] + out if out else ms

    # -- placeholders: unnamed products, unnamed policies, coreference --------
    def placeholders(self, s0: int, s1: int, ms: list[Mention]) -> list[Mention]:
        seg = self.folded[s0:s1]
        out = []
        pending: list[tuple[int, int]] = []  # policy descriptions with no earlier topic ("the new thresholds")

        def free(a: int, b: int, but: Mention | None = None) -> bool:
            return not any(a < m.end and m.start < b for m in ms + out if m is not but)

        speaker = self._speaking_firm() if self.lang == "en" else None
        if speaker:  # a filing, a call or a release speaks for its firm: "We compete in the data center market with ..."
            for m in _WE.finditer(seg):
                a, b = s0 + m.start(), s0 + m.end()
                if free(a, b):
                    out.append(Mention(a, b, speaker, self._cls(speaker), kind="coref", conf=0.7))
        rx = lx.PAIR.get(self.lang)
        if rx and self.last_pair:  # "两款芯片都由台积电代工": both products of the last pair
            for m in rx.finditer(seg):
                a, b = s0 + m.start(), s0 + m.end()
                if free(a, b):
                    first, second = self.last_pair
                    out.append(Mention(a, b, first, self._cls(first), kind="coref", conf=0.75, data={"also": (second,)}))
        rx = lx.PAIR_FIRM.get(self.lang)
        if rx:  # "仅次于台积电和三星，并与两者竞争": both firms of the pair just named
            for m in rx.finditer(seg):
                a, b = s0 + m.start(), s0 + m.end()
                firms = [x for x in ms if x.end <= a and x.iri and x.cls in lx.FIRM]
                if len(firms) >= 2 and firms[-2].iri != firms[-1].iri and free(a, b) and \
                        _PAIR_SEP.fullmatch(self.folded[firms[-2].end:firms[-1].start]):
                    out.append(Mention(a, b, firms[-2].iri, firms[-2].cls, kind="coref", conf=0.75,
                                       data={"also": (firms[-1].iri,)}))
        rx = lx.PAIR_FIRM_ANY.get(self.lang)
        if rx:  # "Huawei and SMIC are listed, and the two companies compete with Nvidia": the last two firms named
            title = list(dict.fromkeys(x.iri for x in self._title_firms()))
            for m in rx.finditer(seg):
                a, b = s0 + m.start(), s0 + m.end()
                # "智譜、MiniMax先後上市" in the title: "两家公司" are the two firms the article is about
                pair = (title[0], title[1]) if len(title) == 2 else self._last_two_firms(a)
                if pair and free(a, b):
                    out.append(Mention(a, b, pair[0], self._cls(pair[0]), kind="coref", conf=0.7, data={"also": (pair[1],)}))
        # "il colosso di Shenzhen" first: a description with its city is not a bare "il colosso"
        if self.lang == "it":
            out += self._located_descriptions(s0, s1, ms, free)
        out += self._head_descriptions(s0, seg, free)
        out += self._dated_named_policies(s0, s1, seg, free)
        out += self._blacklists(ms, s0, seg, free)
        for rx, group, need in _coref_rules(self.lang):
            if need is not None and not need.search(seg):
                continue  # no match possible: it would contain one of the literals
            for m in rx.finditer(seg):
                a, b = s0 + m.start(), s0 + m.end()
                if "n" in rx.groupindex:
                    a, b = s0 + m.start("n"), s0 + m.end("n")
                if group == "possessor":
                    named = {x.iri for x in ms if x.iri}
                    t = self.topic.get("firm")
                    if t and t not in named and free(a, b):
                        out.append(Mention(a, b, None, "Pronoun", kind="pronoun", conf=0.7, data={"cands": [t]}))
                    continue
                if group == "subject":
                    a = s0 + m.start() + (len(m.group(0)) - len(m.group(0).lstrip(".;: \n\t")))
                if group == "latter":  # "后者", "前者": the last / the earlier of the last two entities named before
                    named = [x for x in ms if x.end <= a and x.iri and x.kind in ("registry", "fuzzy", "discovered")
                             and x.cls in lx.ORG | lx.TECH]
                    if named and m.group(0) == "前者":
                        named = [x for x in named if _GROUP.get(x.cls) == _GROUP.get(named[-1].cls) and x.iri != named[-1].iri]
                    if not named:
                        group = "chip"
                    elif free(a, b):
                        out.append(Mention(a, b, named[-1].iri, named[-1].cls, kind="coref", conf=0.75))
                        continue
                    else:
                        continue
                if not free(a, b):
                    continue
                nxt = self._next_mention(ms, b)
                if nxt is not None and nxt.start - b <= 2 and nxt.cls in (lx.PRODUCT if group in ("chip", "system") else lx.ORG):
                    continue  # apposition: "the chip H20", "l'azienda Huawei"
                if self.lang == "en" and group in ("chip", "system") and nxt is not None and nxt.cls in lx.PRODUCT and \
                        _APPOS_NAME_EN.fullmatch(self.folded[b:nxt.start]):
                    continue  # "its own driving chip, the Shenji NX9031": the apposition names the chip meant
                if self.lang == "it" and nxt is not None and nxt.cls in lx.ORG and group == "firm" and \
                        _APPOS_ADJ_IT.fullmatch(self.folded, b, nxt.start):
                    continue  # "il colosso statale China Electronics", "la societa americana Micron"
                if group == "subject":
                    here = [m.iri for m in sorted(ms + out, key=lambda x: x.start) if m.end <= a and m.iri and m.cls in lx.FIRM]
                    cands = here[:1] + [self.topic[g] for g in ("chip", "system", "firm", "platform") if self.topic.get(g)]
                    prior = [x for x in out if x.kind == "pronoun" and x.end <= a]
                    if prior and self.lang == "en" and m.group(0).strip(".;: \n\t").startswith("it"):
                        cands = prior[-1].data["cands"]  # "It also rents Nvidia hardware: it is ...": the same referent
                    if cands:
                        out.append(Mention(a, b, None, "Pronoun", kind="pronoun", conf=0.7, data={"cands": cands}))
                    continue
                defined = self._defined_company() if group == "firm" else None
                if defined and self.text[a:a + 1] in "CS" and self.folded[a:b] in ("company", "societa"):
                    out.append(Mention(a, b, defined, self._cls(defined), kind="coref", conf=0.8))
                    continue  # 'ACM Research, Inc. ("ACM" or the "Company")' ... "the Company's customers": a defined term
                target = self._resolve(group)
                if group == "gov" and "commerce" in m.group(0):  # "the Commerce Ministry": a ministry of commerce
                    target = self._commerce_body(a, "ministry" in m.group(0)) or target
                if group == "policy" and self.lang == "zh" and "许可" in m.group(0):
                    # "新的许可要求": the licence requirement of the article's month, when the registry has one
                    target = self._dated_policy("licence requirement", seg, m.start(), s0) or target
                if group in ("chip", "system") and self.newest.get(group) and re.search(r"\bnew\b|\bnuov|新", m.group(0)):
                    target = self.newest[group]  # "the new chip", "il nuovo chip", "新芯片": the product the article introduced
                prev = [m for m in ms if m.end <= a and m.iri]
                same = [m for m in prev if _GROUP.get(m.cls) == group and m.kind in ("registry", "fuzzy", "discovered")
                        and not (group == "firm" and self._employer(m))]
                if same and self.lang == "en":
                    lead = _LEADING_SUB["en"].match(seg)  # "Founded by researchers from Tsinghua, the company ..."
                    same = [m for m in same if not lead or m.start >= s0 + lead.end()]
                if same and group in ("firm", "gov", "policy"):
                    target = same[0].iri  # "Huawei's system links 384 of the company's chips"
                    if group == "firm" and self.lang == "it" and "n" in rx.groupindex:
                        if m.group(0)[:2] in ("de", "da") and _APPOS_OWNER_IT.fullmatch(self.folded, same[-1].end, a):
                            # "T-Head, la controllata del colosso": the owner named in the apposition is another firm
                            target = next((t for t in (self.topic.get("firm"), self.last.get("firm")) if t and
                                           t not in {x.iri for x in same}), None)
                        elif not m.group(0).startswith(("del gruppo", "dal gruppo", "della societa", "dell'azienda")):
                            target = None  # "vendere al gruppo", "l'Ascend 910C del colosso": which firm is unclear
                    if group == "firm" and self.lang == "en" and seg.startswith("'s", b - s0) and _COPULA.fullmatch(
                            self.folded[same[-1].end:a]):
                        # "Tencent is also the start-up's best-known customer": another firm than the subject
                        target = next((t for t in (self.topic.get("firm"), self.last.get("firm")) if t and
                                       t not in {x.iri for x in same}), None)
                elif same and group in ("chip", "system", "platform") and self.lang == "zh" and m.group(0)[:1] in "该这此其" \
                        and not re.search(r"(?:与|和|跟|同|比|较)$", self.folded[max(s0, same[-1].start - 2):same[-1].start]):
                    target = same[-1].iri  # "拆解昇腾910B后发现，该芯片由台积电制造": the chip just named
                if group == "firm" and self.lang == "it" and not same and re.search(r"\bgrupp[oi]$", m.group(0)) and \
                        len({x.iri for x in self._title_firms()}) == 1:
                    target = self._main_firm()  # "il gruppo torna a sfidare Apple": the group the article is about
                if group == "firm" and self.lang == "zh":
                    main = self._main_firm()
                    if m.group(0) == "公司" and not same and main and main != target and len(self._title_firms()) < 2 and any(
                            x.iri == main and x.end <= a for x in self._all_mentions):
                        target = main  # bare "公司" in Chinese business news: the company the article is about
                    if same and (_ZH_COPULA_BEFORE.fullmatch(self.folded, same[-1].end, a) or (
                            m.group(0) == "其" and _ZH_LIST_COPULA_BEFORE.fullmatch(self.folded, same[-1].end, a))):
                        # (and "寒武纪等设计企业也被认为是其重要客户": 其 is not the subject of its own copula)
                        # "东风集团亦为公司客户之一": the copula's subject is another firm than "公司"
                        target = next((t for t in (main, self.topic.get("firm"), self.last.get("firm")) if t and
                                       t not in {x.iri for x in same}), None)
                if group == "firm" and _FOUNDRY_NOUN.search(m.group(0)):
                    target = self._last_foundry(prev)  # "the Taiwanese foundry": a foundry, not the sentence's topic
                if prev and re.fullmatch(_PRED_NOUN_IT if self.lang == "it" else r"\s*,\s*", self.folded[prev[-1].end:a]) and \
                        _GROUP.get(prev[-1].cls) == group and not _CONJ_E_IT.match(self.text, prev[-1].end):
                    target = prev[-1].iri  # apposition: "l'Ascend 310, il chip per l'inferenza" ("il Kirin 9020 è il chip")
                if target and group == "firm" and self.lang == "en" and _NATION_DESC_EN.search(m.group(0)) \
                        and not _FOUNDRY_NOUN.search(m.group(0)) and _VERB_BEFORE_EN.search(seg, 0, m.start()) and any(
                        x.iri == target and x.end <= a for x in prev + out):
                    # "the foundry will no longer supply the Chinese company": a national description after the firm
                    # already named in the sentence is another firm, the one last named before
                    target = next((t for t in (self.last.get("firm"), self.topic.get("firm")) if t and t != target), None)
                lastorg = next((x for x in reversed(prev) if x.cls in lx.ORG), None) if group == "firm" else None
                if target and lastorg is not None and self.lang == "en" and lastorg.cls in lx.MEDIA and re.fullmatch(
                        r"\s*,\s*(?:(?:the|a|an)\s+[^,;()]*)?", self.folded[lastorg.end:a]):
                    continue  # "TechInsights, the Ottawa-based reverse-engineering firm": the outlet, not another firm
                if group == "policy" and not _LIST_WORD.search(m.group(0)) and same and all(
                        self._is_list(x.iri) for x in same):
                    same = []  # "added X to the Entity List, in the same package of rules that ...": a rule, not the list
                    if target and self._is_list(target):
                        target = None
                if group == "policy" and self.last_list and _LIST_WORD.search(m.group(0)) and not any(
                        self._is_list(x.iri) for x in same):
                    target = self.last_list  # "Huawei, which Washington added to the same list in May": a list, not a rule
                    same = []
                if target and group == "policy" and not same and lx.POLICY_PHRASE.get(self.lang) and \
                        lx.POLICY_PHRASE[self.lang].search(seg, 0, a - s0):
                    pending.append((a, b, target))  # "A出台…出口管制，B…受到限制": the policy named before, not the topic
                elif target:
                    country = self._desc_country(s0 + m.start(), s0 + m.end()) if group == "firm" else None
                    if country:  # "The Taiwanese chipmaker" after Huawei and TSMC: TSMC
                        target = self._home_fit(target, a, country=country)
                    if target:
                        out.append(Mention(a, b, target, self._cls(target), kind="coref", conf=0.8))
                elif group == "policy":
                    pending.append((a, b, None))
        if self.lang != "it":
            out += self._located_descriptions(s0, s1, ms, free)
        rx = lx.UNNAMED.get(self.lang)
        if rx:
            for m in rx.finditer(seg):
                a, b = s0 + m.start(), s0 + m.end()
                if self.lang == "zh":
                    a = s0 + m.start("kind")  # the head noun; the modifiers may hold other mentions ("可替代H20的芯片")
                if not free(a, b):
                    continue
                nxt = self._next_mention(ms, b)
                if nxt is not None and nxt.start - b <= 2 and nxt.cls in lx.TECH:
                    continue  # "a chip called X" / "un chip H20"
                if nxt is not None and nxt.cls in lx.TECH and nxt.iri and (_NAMED_GAP.fullmatch(self.folded[b:nxt.start]) or (
                        self.lang == "en" and _APPOS_NAME_EN.fullmatch(self.folded[b:nxt.start])
                        and not re.match(r"'s?\s", self.folded[nxt.end:nxt.end + 3]))):
                    # "un proprio processore, chiamato Kunlun", "a new AI processor, the Ascend 910C": the named product
                    out.append(Mention(a, b, nxt.iri, nxt.cls, kind="coref", conf=0.8))
                    continue
                prv = [x for x in ms if x.end <= a and x.cls in lx.TECH and x.iri]
                if self.lang == "en" and prv and re.fullmatch(r",\s*", self.folded[prv[-1].end:a]) and m.group(0).startswith(("a ", "an ")):
                    # "The Siyuan 590, a training accelerator designed by ...": an apposition describes the named product
                    out.append(Mention(a, b, prv[-1].iri, prv[-1].cls, kind="coref", conf=0.8))
                    continue
                kind = lx.KIND.get(m.group("kind"), "chip")
                owner = self._owner(ms, s0 + m.start(), b)
                out.append(Mention(a, b, None, "System" if kind == "system" else "Chip", kind="unnamed",
                                   conf=0.7, data={"kind": kind, "owner": owner}))
        # generic references to a maker's products, only for comparisons: "sistemi Nvidia", "Nvidia's systems"
        for m in ms:
            if m.cls not in lx.FIRM or m.iri is None:
                continue
            before = self.folded[max(s0, m.start - 30):m.start]
            after = self.folded[m.end:min(s1, m.end + 30)]
            g = re.search(r"(?:(?:sistemi|chip|gpu|processori|acceleratori)(?: \w+){0,2} (?:di |della |dell')?)$", before)
            g2 = re.match(r"(?:'s)?\s+(?:own\s+)?(?:(?:ai|top|flagship|best|high-end|most advanced|latest)\s+)*"
                          r"(?P<k>systems|chips|gpus|processors|accelerators|系统|芯片|gpu)", after)
            if g and free(m.start - len(g.group(0)), m.end, m):
                word = g.group(0).split()[0]
                kind = "system" if word.startswith("sistem") else "chip"
                out.append(Mention(m.start - len(g.group(0)), m.end, None, "System" if kind == "system" else "Chip",
                                   kind="generic", conf=0.6, data={"kind": kind, "owner": m.iri}))
            elif g2 and free(m.end, m.end + g2.end(), m):
                word = g2.group("k")
                kind = "system" if word in ("systems", "系统") else "chip"
                out.append(Mention(m.end, m.end + g2.end(), None, "System" if kind == "system" else "Chip",
                                   kind="generic", conf=0.6, data={"kind": kind, "owner": m.iri}))
        rx = lx.POLICY_PHRASE.get(self.lang)
        if rx:
            for m in rx.finditer(seg):
                if not m.group("kind"):
                    continue
                a, b = s0 + m.start(), s0 + m.end()
                if m.group(0).strip() == "":
                    continue
                while a < b and self.folded[a] == " ":
                    a += 1
                bare = False
                if not free(a, b) and self.lang == "zh" and m.group("adj"):
                    a, bare = s0 + m.start("kind"), True  # "美国的出口管制": the country is a mention of its own, the issuer
                elif not free(a, b) and self.lang == "en" and m.group("adj") and (
                        m.group("adj").endswith(("'s", "'")) or m.group("adj").rstrip(".") in ("us", "u.s")):
                    # "Japan's new export controls", "US export controls": the country is a mention of its own, and the issuer
                    a = s0 + min(m.start(g) for g in ("fill", "mod", "exp", "kind") if m.group(g))
                if not free(a, b):
                    continue
                adj = (m.group("adj") or "").strip()
                issuer = lx.NATIONALITY.get(adj)
                kind = lx.POLICY_KIND.get(m.group("kind"), "restrictions")
                if m.groupdict().get("exp") and kind in ("rules", "restrictions"):
                    kind = "export controls"  # "le regole olandesi sull'export"
                dated = self._dated_policy(kind, seg, m.start("kind") if m.groupdict().get("fill") else m.start(), s0)
                if dated:
                    out.append(Mention(a, b, dated, "Policy", kind="registry", conf=0.7))
                    continue
                mod = bool(m.groupdict().get("mod"))
                issuer_iri = self.gaz.lookup(issuer) if issuer else None
                if kind in lx.GENERIC_POLICY_KINDS and not mod and not issuer_iri:
                    issuer_iri = self._introducing_gov(ms, s0, a)  # "the Dutch government began requiring export licences"
                    mod = issuer_iri is not None
                if kind in lx.GENERIC_POLICY_KINDS and not mod and not (
                        issuer_iri and adj.endswith(("'s", "'")) and issuer_iri in self.described_policies.values()):
                    continue  # generic words ("the rules", "Japan's measures") are a node only when dated, named by
                    # a modifier ("the foundry rule") or an issuer whose policy the article already described
                out.append(Mention(a, b, None, "Policy", kind="policy", conf=0.6,
                                   data={"kind": kind, "issuer": issuer_iri, "bare": bare,
                                         "mod": mod, "surface": self.text[s0 + m.start():b]}))
        for a, b, fallback in pending:  # the policy named earlier in the same sentence
            prior = [m for m in ms + out if m.cls == "Policy" and m.iri and m.end <= a]
            if not _LIST_WORD.search(self.folded[a:b]):  # "the same package of rules" after the Entity List: not the list
                prior = [m for m in prior if not self._is_list(m.iri)]
                fallback = None if fallback and self._is_list(fallback) else fallback
            target = max(prior, key=lambda m: m.end).iri if prior else fallback
            if target and free(a, b):
                out.append(Mention(a, b, target, self._cls(target), kind="coref", conf=0.7 if prior else 0.8))
        self.policy_corefs += [(m.start, m.iri) for m in out if m.kind == "coref" and m.iri and m.cls in lx.POLICY]
        return out

    def _introducing_gov(self, ms: list[Mention], s0: int, pos: int) -> str | None:
        """The government whose verb introduces the policy word at `pos` ("the Commerce Department put licence
        requirements on", "the Netherlands followed with licence requirements", "荷兰政府要求…须取得许可"), if any."""
        rx = _INTRO_VERB.get(self.lang)
        if rx is None:
            return None
        gov = next((m for m in reversed(ms) if s0 <= m.start and m.end <= pos and m.iri and m.cls in lx.GOV | {"City"}), None)
        if gov is None:
            return None  # a policy is never imposed by a company
        c = self._compatible(gov, lx.GOV)
        if c is None or not rx.fullmatch(self.folded, gov.end, pos):
            return None
        return c[0]

    def _blacklists(self, ms: list[Mention], s0: int, seg: str, free) -> list[Mention]:
        """"The Commerce Department put 28 agencies on a trade blacklist": the Entity List, when the sentence names the
        US government or its Commerce Department (the one whose blacklist is the Entity List)."""
        rx = _BLACKLIST.get(self.lang)
        if rx is None or not rx.search(seg):
            return []
        us = any(m.iri and (m.iri.endswith(lx.ENTITY_LIST_ISSUERS) or (m.cls == "City" and fold_label(self._label(m.iri)) ==
                                                                       "washington")) for m in ms)
        listed = self.gaz.lookup("Entity List") if us else None
        out = []
        for m in rx.finditer(seg) if listed else ():
            a, b = s0 + m.start(), s0 + m.end()
            if free(a, b):
                out.append(Mention(a, b, listed, "Policy", kind="coref", conf=0.75))
        return out

    def _dated_named_policies(self, s0: int, s1: int, seg: str, free) -> list[Mention]:
        """Policies named by their month ("the October 2023 round", "la stretta di ottobre 2023", "2023年10月的新规"):
        the registry policy of that month; a dated description of its own when the registry has none and the year is
        given. Policies named in quotes or after "so-called" ("the so-called Affiliates rule", "所谓的“50%规则”"): the
        registry entry of that name, else a policy named so."""
        out: list[Mention] = []
        rx = lx.DATED_POLICY.get(self.lang)
        for m in rx.finditer(seg) if rx else ():
            a, b = s0 + m.start(), s0 + m.end()
            if self.lang == "zh":
                a = s0 + m.start("date")
            if not free(a, b):
                continue
            word = m.group("kind")
            kind = "rules" if word in lx.DATED_ONLY_KINDS else lx.POLICY_KIND.get(word, "rules")
            if word.startswith("licen") or "许可" in word:
                kind = "licence requirement"
            if kind not in ("rules", "licence requirement", "ban"):
                kind = "export controls" if kind in ("export controls", "restrictions") else kind
            dated = self._dated_policy(kind, seg, m.start("date"), s0)
            if dated:
                out.append(Mention(a, b, dated, "Policy", kind="registry", conf=0.75))
                continue
            if word in lx.DATED_ONLY_KINDS or not re.search(r"(?:19|20)\d\d", m.group("date")):
                continue  # a date alone, or a round the registry does not know, is no policy
            surface = " ".join(self.text[a:b].split())
            labels = (((self.lang, surface),) if self.lang != "en" else ()) + (("en", surface),) if self.lang == "en" else \
                ((self.lang, surface),)
            iri = self._mint(surface, "Policy", labels=labels)
            out.append(Mention(a, b, iri, "Policy", kind="discovered", conf=0.65))
        rx = lx.NAMED_POLICY.get(self.lang)
        src = self.text[s0:s1] if self.lang == "en" else seg
        for m in rx.finditer(src) if rx else ():
            g = "name" if m.group("name") else "name2"
            a, b = s0 + m.start(), s0 + m.end(g)  # from "so-called", "cosiddetta", "所谓" or the opening quote
            pre = m.groupdict().get("pre")
            if pre:
                a = s0 + m.start("pre")
            if not free(a, b):
                continue
            name = " ".join(self.text[s0 + m.start(g):b].split()).strip("\"'“”«»「」《》 ")
            if len(name) < 2:
                continue
            cands = [name, re.sub(r"(?i)^the\s+", "", name)]
            if pre:
                cands.insert(0, " ".join(re.sub(r"[\"'“”«»]", "", self.text[a:b]).split()))
                a = s0 + m.start(g) - 1  # "la lista delle «entità inaffidabili»": the list word stays outside the gap
                a = s0 + m.start("pre")
            iri = next((i for i in (self.gaz.lookup(c) for c in cands) if i and self.gaz.entities[i].cls == "Policy"), None)
            if iri is None:
                if self.lang == "it" and not pre and not re.search(r"(?i)\b(?:rule|list|act|regola|lista|elenco|norma|legge)\b", name):
                    continue  # "la cosiddetta «sovranità tecnologica»": a phrase in quotes, not a rule
                lab = ((self.lang, name),) if self.lang == "zh" or not name.isascii() else (("en", name),)
                iri = self._mint(name, "Policy", labels=lab)
            out.append(Mention(a, b, iri, "Policy", kind="discovered", conf=0.7))
        return out

    def _last_foundry(self, prev: list[Mention]) -> str | None:
        here = [m.iri for m in prev if m.cls == "Foundry" and m.kind in ("registry", "fuzzy", "discovered")]
        return here[-1] if here else self.last_foundry

    def _head_descriptions(self, s0: int, seg: str, free) -> list[Mention]:
        """"the Wuxi institute", "the bank", "l'istituto", "该研究院": the last organisation whose name holds that head
        noun (and the modifier, when there is one)."""
        rx = _HEAD_DESC.get(self.lang)
        out = []
        for m in rx.finditer(seg) if rx else ():
            a, b = s0 + m.start("n"), s0 + m.end("n")  # the head noun: a city modifier stays a mention of its own
            if not free(a, b):
                continue
            head, mod = m.group("n"), (m.groupdict().get("mod") or "").strip()
            cands = [x for x in self._all_mentions if x.end <= a and x.iri and x.cls in lx.ORG and
                     x.kind in ("registry", "fuzzy", "discovered") and head in self.folded[x.start:x.end]]
            if mod:
                cands = [x for x in cands if mod in self.folded[x.start:x.end]]
            if cands:
                out.append(Mention(a, b, cands[-1].iri, cands[-1].cls, kind="coref", conf=0.75, data={"head": True}))
        return out

    def _located_descriptions(self, s0: int, s1: int, ms: list[Mention], free) -> list[Mention]:
        """"the Shanghai foundry", "the Shenzhen-based company", "il colosso di Shenzhen": a firm named by its city.

        The description corefers with a firm (the last foundry for "foundry"; otherwise the topic firm, which is never
        a firm already named earlier in the same sentence) and states where that firm is headquartered."""
        desc = lx.CITY_DESCRIPTION.get(self.lang)
        if desc is None:
            return []
        before_rx, after_rx = desc
        out = []
        cities = list(ms)
        adj = lx.CITY_ADJECTIVE.get(self.lang)
        if adj is not None:  # "il gruppo pechinese": the city is an adjective
            for mt in adj[0].finditer(self.folded, s0, s1):
                iri = self.gaz.lookup(adj[1][mt.group("adj")])
                if iri:
                    cities.append(Mention(mt.start("adj"), mt.end("adj"), iri, "City", kind="adjective", conf=0.7))
        for c in cities:
            if c.cls != "City" or not c.iri:
                continue
            aft = after_rx.match(self.folded, c.end, s1) if after_rx is not None else None
            bef = before_rx.search(self.folded, max(s0, c.start - 40), c.start) if before_rx is not None else None
            if c.kind == "adjective":
                aft, bef = None, adj[2].search(self.folded, max(s0, c.start - 40), c.start)
            if aft:
                a, b, noun = aft.start("n"), aft.end("n"), aft.group("n")
                if not re.search(r"\bthe\s+$", self.folded[max(s0, c.start - 5):c.start]):
                    continue
            elif bef:
                a, b, noun = bef.start("n"), bef.end("n"), bef.group("n")
            else:
                continue
            if not free(a, b):
                continue
            prev = [m for m in ms if m.end <= min(a, c.start) and m.iri]
            nxt = self._next_mention(ms, max(b, c.end))
            if nxt is not None and nxt.iri and nxt.cls in lx.FIRM and nxt.start - max(b, c.end) <= 2 and not (
                    self.lang == "it" and "," in self.folded[max(b, c.end):nxt.start]):
                self._pending_hq.append((nxt.iri, c.iri))  # apposition: "the Beijing start-up SiliconFlow"
                continue
            if self.lang == "en" and re.match(r"\s+[A-Z]", self.text[max(b, c.end):max(b, c.end) + 2]):
                continue  # "the Beijing start-up SiliconFlow": a name we do not know follows
            owned = prev[-1] if prev and prev[-1].cls in lx.TECH and re.fullmatch(
                r"\s*(?:of|di|del|dello|della|dell')\s*(?:the\s+|il\s+|lo\s+|la\s+|l')?\s*",
                self.folded[prev[-1].end:min(a, c.start)]) else None
            makers = [cl.subject for cl in self.claims.values() if owned is not None and cl.predicate == "develops"
                      and cl.object == owned.iri and cl.polarity == POSITIVE]
            if makers:
                target = makers[0]  # "l'Ascend 910C del colosso di Shenzhen": the chip's maker
            elif owned is not None:
                target = self._at_home(c.iri, a)  # "le H100, i chip più potenti del gruppo di Santa Clara"
                if target is None:
                    continue  # the maker of that product is not known here: do not guess
            elif _FOUNDRY_NOUN.search(noun):
                target = self._last_foundry(prev)
                placed = {cl.subject for cl in self.claims.values() if cl.predicate == "headquarteredIn"
                          and cl.object != c.iri and cl.polarity == POSITIVE} if self.lang == "en" else set()
                if target in placed:  # "the Shanghai foundry" after "TSMC, the Taiwanese foundry": an earlier foundry
                    target = next((x.iri for x in reversed(self._all_mentions) if x.end <= a and x.cls == "Foundry" and x.iri
                                   and x.iri not in placed and x.kind in ("registry", "fuzzy", "discovered")), None)
            elif prev and prev[-1].cls in lx.FIRM | lx.MEDIA and re.fullmatch(
                    r"\s*,\s*(?:il|lo|la|l'|un|una|uno)?\s*" if self.lang == "it" else r"\s*,\s*(?:the|a|an)\s+",
                    self.folded[prev[-1].end:min(a, c.start)]):
                if prev[-1].cls not in lx.FIRM:
                    continue  # "TechInsights, the Ottawa-based firm": an outlet's apposition names no other firm
                target = prev[-1].iri  # apposition: "Biren, la startup di Shanghai", "Huawei, the Shenzhen-based group"
            else:
                target = self._at_home(c.iri, a)  # "il gruppo di Santa Clara" after Nvidia: the one firm at home there
                if target is None:
                    named = {m.iri for m in prev}
                    opener = next((m for m in ms if s0 <= m.start < s1 and m.iri), None)
                    opener = opener is not None and opener.cls in lx.FIRM and opener.start - s0 <= 25 and opener.start < a
                    # a description that opens or carries the sentence names the article's firm ("Per il gruppo di Hangzhou
                    # è una vetrina"); after another firm it is the firm under discussion ("TSMC non fornisce il colosso di")
                    main = None if opener or self.lang != "it" else self._main_firm()
                    # a firm whose headquarters the article already placed in another city is not "il gruppo di <city>"
                    elsewhere = {t for t, city in self._pending_hq if city != c.iri and self._cls(city) == "City"} | {
                        cl.subject for cl in self.claims.values() if cl.predicate == "headquarteredIn" and cl.object != c.iri
                        and self._cls(cl.object) == "City"}
                    target = next((t for t in (main, self.topic.get("firm"), self.last.get("firm")) if t and t not in named), None)
                    if target is None and self.lang == "en" and not self.topic.get("firm") and len(
                            {m.iri for m in prev if m.cls in lx.FIRM}) == 1 and prev[-1].cls in lx.FIRM:
                        target = prev[-1].iri  # the article's first sentence: "Shares of Nvidia slid after the Santa Clara-based chipmaker warned"
                    if target in elsewhere:
                        continue
            target = self._home_fit(target, a, city=c.iri)  # "the Veldhoven company": ASML, not the topic
            if not target or self._cls(target) not in lx.FIRM:
                continue
            if bef and self.lang == "it":
                b = c.end  # "il gruppo di Shanghai": the description runs to its city
            out.append(Mention(a, b, target, self._cls(target), kind="coref", conf=0.75))
            self._pending_hq.append((target, c.iri))
        return out

    def _at_home(self, city: str, before: int) -> str | None:
        """The one firm named before `before` whose registry home (ontology/homes.tsv) is `city`, if exactly one."""
        homes = ontology.firm_homes()
        found = {x.iri for x in self._named_firms_before(before) if homes.get(x.iri, (None, None))[1] == city}
        return found.pop() if len(found) == 1 else None

    def _named_firms_before(self, before: int):
        """The firms named by name (not by a description) that end before `before`, the nearest first."""
        for x in reversed(self._all_mentions):
            if x.end <= before and x.iri and x.cls in lx.FIRM and x.kind in ("registry", "fuzzy", "discovered"):
                yield x

    def _title_firms(self) -> list[Mention]:
        """The firms the article's title names (an article about two firms names both: "智譜、MiniMax先後上市")."""
        if not hasattr(self, "_title_ms"):
            title = self.a.title or ""
            self._title_ms = [m for m in self.gaz.find(title, fold(title)) if m.cls in lx.FIRM and m.iri] if title else []
        return self._title_ms

    def _defined_company(self) -> str | None:
        """The firm a filing or release defines as "the Company" ("la Società"): 'ACM Research, Inc. ("ACM" or the
        "Company")', 'Lpe S.p.A. (di seguito "la Società")'; every capitalised "Company" after it names that firm."""
        if not hasattr(self, "_defined"):
            self._defined = None
            d = _DEFINES_COMPANY.get(self.lang)
            t = d.search(self.text) if d else None
            if t:
                before = [m for m in self._all_mentions if m.iri and m.cls in lx.FIRM and m.end <= t.start()
                          and t.start() - m.end <= 40 and not _SENT_END.search(self.text, m.end, t.start())]
                self._defined = before[-1].iri if before else None
        return self._defined

    def _speaking_firm(self) -> str | None:
        """The firm that speaks as "we" in an English filing, earnings call or press release about one firm: the firm
        the filing defines as "the Company", else the one firm of the title; none in other prose ("we" is the writer)."""
        if not hasattr(self, "_speaker"):
            self._speaker = None
            if _FIRST_PERSON_GENRE.search(self.text[:3000]) or _FIRST_PERSON_GENRE.search(self.a.title or ""):
                title = list(dict.fromkeys(x.iri for x in self._title_firms()))
                self._speaker = self._defined_company() or (title[0] if len(title) == 1 else None)
        return self._speaker

    def _main_firm(self) -> str | None:
        """The firm the article is about: the first firm of its title, else the firm it names most often."""
        if not hasattr(self, "_main"):
            ms = self._title_firms()
            if ms:
                self._main = min(ms, key=lambda m: m.start).iri
            else:
                counts: dict[str, int] = {}
                for m in self._all_mentions:
                    if m.iri and m.cls in lx.FIRM and m.kind in ("registry", "fuzzy", "discovered"):
                        counts[m.iri] = counts.get(m.iri, 0) + 1
                self._main = max(counts, key=lambda k: (counts[k], -min(m.start for m in self._all_mentions if m.iri == k)),
                                 default=None)
        return self._main

    def _dated_policy(self, kind: str, seg: str, pos: int, s0: int) -> str | None:
        """"the October 2023 rules", "2022年10月…出口管制" -> the registry policy of that month, if exactly one."""
        best = None
        for d in lx.DATE_EXPR.finditer(seg):
            far = 160 if kind == "licence requirement" and d.start() < pos else 80  # "In April, ... would need a licence"
            if d.group("zy"):
                y, mo = int(d.group("zy")), int(d.group("zm"))
            elif d.groupdict().get("zm3"):  # "去年12月": that month of the year before the article's
                if not self.a.date or not 1 <= int(d.group("zm3")) <= 12:
                    continue
                y, mo = int(self.a.date[:4]) - 1, int(d.group("zm3"))
            elif d.groupdict().get("zm2"):
                if not self.a.date:
                    continue
                y, mo = int(self.a.date[:4]), int(d.group("zm2"))
                if not 1 <= mo <= 12:
                    continue
                if mo > int(self.a.date[5:7]):
                    y -= 1
            elif d.group("year"):
                y, mo = int(d.group("year")), lx.MONTHS[d.group("mon")]
            else:
                word = d.group("mon2")
                if word in ("may", "mar", "jun", "dec", "nov", "oct") and self.lang != "it":
                    if not re.match(r"[a-z]+ (?:rules|controls|export|licen)|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![\d,.]*\s*(?:%|per|bn|billion|million))",
                                    seg[d.start():d.start() + 30]):  # "the October rules", "On Oct. 17"
                        continue
                if not self.a.date:
                    continue
                y, mo = int(self.a.date[:4]), lx.MONTHS[word]
                if mo > int(self.a.date[5:7]):
                    y -= 1
            dist = abs(d.start() - pos)
            if dist < far and (best is None or dist < best[0]):
                best = (dist, y, mo)
        if best is None:
            fresh = re.search(r"\b(?:new|revised|updated|latest|nuove|nuovo|nuova)\b|新", seg[max(0, pos - 20):pos + 5])
            if not self.a.date or not (fresh or kind in ("licence requirement", "guidance")):
                return None
            best = (0, int(self.a.date[:4]), int(self.a.date[5:7]))  # "the new rules" in that month's news
        cands = _policy_index().get((best[1], best[2]), [])
        if kind == "licence requirement":
            # the licence requirement of that month, else the export rules that brought it ("put licence requirements
            # on chips such as the A100 in October 2022"); never another kind of policy (a guidance, a revenue share)
            cands = [c for c in cands if "licen" in c[1]] or [c for c in cands if re.search(r"control|\brules?\b", c[1])]
        elif kind == "guidance":
            cands = [c for c in cands if "guidance" in c[1] or "directive" in c[1]]
        elif kind in ("export controls", "rules", "restrictions"):
            cands = [c for c in cands if "control" in c[1] or "rule" in c[1]] or [
                c for c in cands if not re.search(r"guidance|directive|investigat|probe", c[1])]  # not "违反美国出口管制规定" near a guidance
        elif kind == "investigation":  # "2024年12月…反垄断调查": an investigation is never that month's export rules
            cands = [c for c in cands if re.search(r"investigat|probe|review", c[1])]
        return cands[0][0] if len(cands) == 1 else None

    def _next_mention(self, ms: list[Mention], pos: int) -> Mention | None:
        best = None
        for m in ms:
            if m.start >= pos and (best is None or m.start < best.start):
                best = m
        return best

    def _owner(self, ms: list[Mention], a: int, b: int) -> str | None:
        """The maker attached to an unnamed product: "Alibaba's new chip", "chip AI di Alibaba", "阿里的新芯片"."""
        before = self.folded[max(0, a - 4):a]
        for m in ms:
            if m.cls in lx.FIRM and m.iri and 0 <= a - m.end <= 4 and re.fullmatch(r"(?:'s?|的)?\s*", self.folded[m.end:a]):
                return m.iri
            if m.cls in lx.FIRM and m.iri and 0 <= m.start - b <= 16 and re.fullmatch(
                    r"\s*(?:(?:ai|ia|di intelligenza artificiale)\s+)?(?:di|della|dell'|del|by|from|of)\s*",
                    self.folded[b:m.start]):
                return m.iri
        del before
        return None

    def _desc_country(self, a: int, b: int) -> str | None:
        """The country a firm's description at [a, b) names: "the Taiwanese chipmaker", "il colosso taiwanese"."""
        mt = _DESC_NATIONALITY_ANY.search(self.folded, a, b)  # ("the Chinese company" is not Micron either)
        if mt is None and self.lang == "it":
            mt = _DESC_NATIONALITY_ANY.match(self.folded, b + 1) if self.folded[b:b + 1] == " " else None
        if mt is None:
            return None
        place = lx.NATIONALITY[mt.group("adj")]  # a US state ("californiana") is checked against the firm's country
        return self.gaz.lookup(lx.STATE_COUNTRY.get(place, place))

    def _home_fit(self, target: str | None, before: int, country: str | None = None, city: str | None = None) -> str | None:
        """The firm a description placed in `country` or `city` names: the firm last named before `before` that the
        registry's homes place there; else `target` if its home is not known, else None."""
        def misplaced(iri: str) -> bool | None:
            home = ontology.firm_homes().get(iri)
            if home is None:
                return None  # not known: the description is taken at its word
            return (country is not None and home[0] != country) or (city is not None and home[1] not in (None, city))

        if target is None or misplaced(target) is False:
            return target
        placed = next((x.iri for x in self._named_firms_before(before) if misplaced(x.iri) is False), None)
        return placed or (target if misplaced(target) is None else None)

    def _resolve(self, group: str) -> str | None:
        if group == "subject":
            return self.topic.get("firm") or self.topic.get("chip")
        return self.topic.get(group) or self.last.get(group)

    def _bind(self, m: Mention, owner: str | None = None) -> str | None:
        """Mint the entity of a placeholder once its maker/issuer is known."""
        if m.iri:
            return m.iri
        if m.kind in ("unnamed", "generic"):
            owner = owner or m.data.get("owner")
            if not owner:
                return None
            org = self._label(owner)
            oe = self._entity(owner)
            kind = m.data["kind"]
            en, it, zh = (t.format(org=(oe.label(lg) if oe else org)) for t, lg in zip(lx.KIND_LABEL[kind], ("en", "it", "zh")))
            if m.kind == "generic":
                en, it, zh = (x.replace("(unnamed)", "(generic)").replace("(senza nome)", "(generico)")
                              .replace("未命名", "通用") for x in (en, it, zh))
            iri = self._mint(en, m.cls, labels=(("en", en), ("it", it), ("zh", zh)))
            m.iri = iri
            m.data["owner"] = owner
            if m.kind == "unnamed":
                self.newest[_GROUP.get(m.cls, "chip")] = iri
                self._add(owner, "develops", iri, m.data["sent"], m.data["neg"] and False, m.data["hedged"], 0.7)
            return iri
        if m.kind == "policy":
            issuer = owner or m.data.get("issuer")
            surface = _policy_surface(m.data.get("surface") or self.text[m.start:m.end])
            alt_here = ((self.lang, surface),) if surface and self.lang in ("en", "it", "zh") else ()
            earlier = self._described_policy(issuer)
            if earlier:  # "the 23-item control" ... "Japan's measures": one policy the article describes
                iri, had = earlier
                self._mint_alt(iri, alt_here)
                m.iri = iri
                if issuer and not had:
                    self.described_policies[iri] = issuer
                    self._add(iri, "imposedBy", issuer, m.data["sent"], False, m.data["hedged"], 0.7)
                return iri
            if not issuer:
                if not (m.data.get("mod") and alt_here):
                    return None
                iri = self._mint(surface, "Policy", labels=alt_here)  # "the anti-dumping investigation"
                self.described_policies[iri] = None
                m.iri = iri
                return iri
            ie = self._entity(issuer)
            kind = m.data["kind"]
            en, it, zh, demonym = self._policy_labels(kind, issuer)
            alts = tuple(("en", t.format(iss=a)) for a in _short_names(ie) for t in lx.POLICY_LABEL[kind][:1]) if ie else ()
            if demonym:
                alts += (("en", lx.POLICY_LABEL[kind][0].format(iss=ie.label("en"))),)
                if kind == "licence requirement":  # "Dutch export licence requirement", as the press writes it
                    alts += (("en", f"{demonym} export licence requirement"),)
            iri = self._mint(en, "Policy", labels=(("en", en), ("it", it), ("zh", zh)), alt=alts)
            self._mint_alt(iri, alt_here)
            self.described_policies[iri] = issuer
            m.iri = iri
            m.data["issuer"] = issuer
            self._add(iri, "imposedBy", issuer, m.data["sent"], False, m.data["hedged"], 0.7)
            return iri
        return None

    def _policy_labels(self, kind: str, issuer: str) -> tuple[str, str, str, str | None]:
        """English, Italian and Chinese labels of an unnamed policy of a kind by an issuer, and the issuer's demonym
        ("Dutch export controls", "controlli all'esportazione (Paesi Bassi)")."""
        ie = self._entity(issuer)
        en, it, zh = (t.format(iss=(ie.label(lg) if ie else self._label(issuer)))
                      for t, lg in zip(lx.POLICY_LABEL[kind], ("en", "it", "zh")))
        demonym = lx.DEMONYM.get(ie.label("en")) if ie else None
        if demonym:
            en = lx.POLICY_LABEL[kind][0].format(iss=demonym)  # "Dutch export controls"
        return en, it, zh, demonym

    # -- claims ----------------------------------------------------------------
    def _add(self, s: str, p: str, o, span: tuple[int, int], negative: bool, hedged: bool, conf: float) -> None:
        if s == o:
            return
        if p in _ORG_TO_ORG and (self._cls(s) not in lx.ORG or (isinstance(o, str) and self._cls(o) not in lx.ORG)):
            return  # the ontology's domain and range: "为百度智能云供应P800芯片" is no "supplies P800"
        if p == "imposedBy" and not negative and self._foreign_issuer(s, o):
            return
        if p == "headquarteredIn" and not negative and self._away_from_home(s, o):
            return
        if p == "develops" and not negative and isinstance(o, str) and self._others_product(s, o):
            return  # "Alibaba Cloud offers Nvidia H20 instances": the H20 is Nvidia's
        if not negative and self.text[span[0]:span[1]].rstrip().endswith(("?", "？")) and \
                _YES_NO.search(self.folded[span[0]:span[1]]) and not _RHETORICAL.search(self.folded, span[0], span[1]):
            return  # a yes/no question ("是否采购了英伟达H20？", "Does Huawei make it?") states nothing; a rhetorical
            # one does, and so does what a wh-question takes for granted ("Why did Nvidia design the H20?")
        if p in ("restrictedBy", "imposedBy") and not negative and \
                lx.PROSPECTIVE_LISTING[self.lang if self.lang in lx.PROSPECTIVE_LISTING else "en"].search(
                    self.folded, span[0], span[1]):
            return  # "CXMT could be added to the Entity List": not (yet) a restriction
        key = (s, p, o, span)
        pol = NEGATIVE if negative else POSITIVE
        conf = round(max(0.05, min(1.0, conf * (0.6 if hedged else 1.0))), 2)
        old = self.claims.get(key)
        if old is not None and (old.polarity == NEGATIVE or pol == POSITIVE):
            return
        claim = Claim(s, p, o, span[0], span[1], pol, HEDGED if hedged else ASSERTED, conf, RuleExtractor.name, VERSION)
        if old is None:
            self.by_span.setdefault(span[0], []).append(key)
        self.claims[key] = claim

    def _finer_place(self, ms: list[Mention], region: Mention) -> Mention | None:
        """The city named with a region as its address, if any: "加州圣克拉拉" (region first, in Chinese), "Sunnyvale,
        California" (city first, elsewhere)."""
        for m in ms:
            if m.cls != "City" or not m.iri or m.kind not in ("registry", "fuzzy"):
                continue
            if self.lang == "zh" and m.start == region.end:
                return m
            if self.lang != "zh" and m.end < region.start and re.fullmatch(r",\s*", self.folded[m.end:region.start]):
                return m
        return None

    def _others_product(self, firm: str, product: str) -> bool:
        """A registry product whose name carries another firm's name ("Nvidia H20"): that firm made it, not this one
        ("Alibaba Cloud offers Nvidia H20 instances"), unless this one is a unit or the parent of that firm."""
        e = self.gaz.entities.get(product)
        if e is None:
            return False
        maker = _maker_prefix(self.gaz, e.label("en"), product)
        if maker is None or maker == firm:
            return False
        parents = ontology.unit_parents()
        return parents.get(firm) != maker and parents.get(maker) != firm

    def run(self) -> ExtractionResult:
        ms_all = self.mentions()
        self._all_mentions = ms_all
        sents = split_sentences(self.text, self.lang)
        head = None  # the product a spec sheet's heading names ("**Atlas 300I Pro**"), for the bullet lines under it
        for s0, s1 in sents:
            sm = [m for m in ms_all if s0 <= m.start and m.end <= s1]
            self.sentence(s0, s1, sm)
            head = self._spec_line(head, s0, s1, sm)
        self._known_in_article(sents, ms_all)
        self._listed_in_article(sents, ms_all)
        self._stakes_in_article(sents, ms_all)
        for c in sorted(self.claims.values(), key=lambda c: (c.start, c.end, c.subject, c.predicate, str(c.object))):
            if c.predicate in COMPARATIVES - {"alternativeTo"} and c.object_is_entity and \
                    (_GROUP.get(self._cls(c.subject)) == "platform") != (_GROUP.get(self._cls(c.object)) == "platform"):
                continue  # "Orin has years of CUDA tooling behind it": hardware is not measured against software
                # (dropped only here: the comparison still tells the sentence's topic from its yardstick)
            self.result.claims.append(c)
        self.result.mentions |= {m.iri for m in ms_all if m.iri}
        for c in self.result.claims:
            for x in (c.subject, c.object):
                if isinstance(x, str) and x.startswith("http"):
                    self.result.mentions.add(x)
        # keep only discovered entities that take part in the graph
        used = self.result.mentions
        self.result.entities = {k: v for k, v in self.result.entities.items() if k in used}
        return self.result

    def _spec_line(self, head: Mention | None, s0: int, s1: int, ms: list[Mention]) -> Mention | None:
        """A spec sheet: a heading that names one product ("**Atlas 300I Pro**", "一、思元290芯片") and the "- Key: value"
        lines under it, each a fact about that product ("- Memoria: 24 GB", "- Processore: 1 × Ascend 310P", "- 制程：台积电7nm").
        Returns the heading in force after this line."""
        line = self.text[s0:s1]
        prods = [m for m in ms if m.iri and m.cls in lx.TECH and m.kind != "coref"]
        if _SPEC_HEAD.fullmatch(line.strip()) and len({m.iri for m in prods}) == 1 and len(re.sub(
                r"\([^()]*\)|（[^（）]*）|[\W\d_]|[一二三四五六七八九十]、", "", line[:prods[0].start - s0] + line[prods[-1].end - s0:])) <= 8:
            return prods[0]  # (a heading that is the name: not "The silicon behind the T20")
        bullet = _SPEC_BULLET.match(self.folded, s0, s1)
        if bullet is None:
            return None if line.strip() else head
        if head is None:
            return None
        key, v0 = bullet.group("key"), bullet.end()
        value = self.folded[v0:s1]
        span, hedged = _trim(self.text, s0, s1), bool(lx.HEDGE[self.lang].search(value))
        inside = [m for m in prods if m.start >= v0 and m.iri != head.iri]
        if _SPEC_MEMORY.search(key):
            mt = (_MEMORY_IT if self.lang == "it" else _MEMORY).search(value)
            if mt and (mt.group("n") or mt.groupdict().get("n2")):
                self._add(head.iri, "memoryGB", _value(mt.group("n") or mt.group("n2"), self.lang), span, False, hedged, 0.7)
        elif _SPEC_POWER.search(key):
            mt = _POWER.search(value)
            if mt:
                self._add(head.iri, "powerWatts", _value(mt.group("n"), self.lang), span, False, hedged, 0.7)
        elif _SPEC_SOFTWARE.search(key):
            for m in inside:
                if _GROUP.get(m.cls) == "platform":
                    self._add(head.iri, "compatibleWith", m.iri, span, False, hedged, 0.7)
        if _SPEC_PROCESS.search(key) or _SPEC_PROCESSOR.search(key):
            node = _NODE.search(value)
            fab = next((m for m in ms if m.iri and m.start >= v0 and self._cls(m.iri) in lx.FIRM and
                        (self._cls(m.iri) == "Foundry" or _FAB_AFTER.match(self.folded, m.end) or
                         _NODE_AFTER.match(self.folded, m.end))), None)
            chips = [m for m in inside if m.cls == "Chip"]
            if node and not chips and head.cls == "Chip" and not _SPEC_PROCESSOR.search(key):
                self._add(head.iri, "processNodeNm", _value(node.group("n"), self.lang), span, False, hedged, 0.7)
            if fab is not None and not chips:
                self._add(head.iri, "manufacturedBy", fab.iri, span, False, hedged, 0.7)
                if node and _SPEC_PROCESSOR.search(key):
                    self._add(head.iri, "processNodeNm", _value(node.group("n"), self.lang), span, False, hedged, 0.7)
            if _SPEC_PROCESSOR.search(key) and chips:
                self._add(head.iri, "hasComponent", chips[0].iri, span, False, hedged, 0.7)
                count = _SPEC_COUNT.search(value, 0, chips[0].start - v0)
                if count:
                    n = int(count.group("n")) if count.group("n") else _SPEC_WORDS[count.group("w")]
                    self._add(head.iri, "componentCount", n, span, False, hedged, 0.7)
        return head

    def sentence(self, s0: int, s1: int, ms: list[Mention]) -> None:
        lang = self.lang
        seg = self.folded[s0:s1]
        span = _trim(self.text, s0, s1)
        hedged = bool(lx.HEDGE[lang].search(seg))
        ph = self.placeholders(s0, s1, ms)
        for m in ph:
            m.data.update(sent=span, hedged=hedged, neg=False)
        for firm, city in self._pending_hq:
            self._add(firm, "headquarteredIn", city, span, False, hedged, 0.6)
        self._pending_hq = []
        ms = sorted(ms + ph, key=lambda m: (m.start, -m.end))
        # reported source
        if lx.REPORTING[lang].search(seg):
            for m in ms:
                if m.cls == "MediaOutlet" and m.iri:
                    self.result.reported_sources.add(m.iri)
        # org+product in one registry label ("Nvidia H20" when registered as one label) -> develops
        objects_here: set[int] = set()
        # classes present in the sentence (with metonymy and pronoun readings), each with the start of the last
        # mention that has it: skip patterns that cannot fire
        last_at: dict[str, int] = {}
        for m in ms:  # (in order: the last mention of a class is the last to set it)
            at = m.start - s0
            last_at[m.cls] = at
            if m.kind == "pronoun":
                last_at.update((self._cls(i), at) for i in m.data["cands"])
            if m.cls == "City":
                last_at.update((g, at) for g in lx.GOV)
        topical = {self._cls(t) for t in self.topic.values()}
        self._compat_cache: dict = {}
        self._roles_cache: dict = {}
        for pat in _pattern_index(lang).select(seg, last_at, last_at.keys() | topical):
            self._apply(pat, ms, s0, s1, span, hedged, objects_here)
        self._possessive_pronoun(ms, s0, span, hedged)
        self._maker_in_name(ms, span, hedged)
        self._known_maker(ms, s0, s1, span, hedged)
        self._measure_act(ms, s0, s1, span, hedged)
        self._list_membership(ms, s0, s1, span, hedged)
        self._known_home(ms, s0, s1, span, hedged)
        self._known_issuer(ms, s0, s1, span, hedged)
        self._known_restriction(ms, s0, s1, span, hedged)
        self._subsidiary_pronoun(ms, s0, span, hedged)
        self._backers(ms, s0, span, hedged)
        self._including(ms, span, hedged)
        self._mutual_rivals(ms, s0, s1, span, hedged)
        self._implicit_round(ms, s0, s1, span, hedged)
        self._round_investors(ms, s0, s1, span, hedged)
        self._use_cue(ms, s0, s1, span, hedged)
        self._licence_need(ms, s0, s1, span, hedged)
        self._respectively(ms, s0, s1, span, hedged)
        self._contrast(ms, s0, s1, span, hedged)
        self._dangling(seg, s0, span, hedged)
        self._numbers(seg, s0, ms, span, hedged)
        self._policy_dates(seg, s0, s1, ms, span, hedged)
        # salience for the next sentences
        firsts: dict[str, tuple[int, str]] = {}
        lead = _LEADING_SUB.get(lang)
        lead = lead.match(seg) if lead else None
        sub_end = s0 + lead.end() if lead else s0  # a leading "Because ..., " clause is less salient than the main one
        for c in self._sentence_claims(span):
            for iri, pos in ((c.subject, 0),) + (((c.object, 1),) if c.predicate in ("develops", "investsIn", "supplies", "subsidiaryOf") else ()):
                if not isinstance(iri, str) or not iri.startswith("http"):
                    continue
                if (span[0], iri) in self.implied_makers and not any(m.iri == iri for m in ms):
                    continue  # "华为昇腾": a maker named only inside a product name is not the sentence's topic
                here_m = [m for m in ms if m.iri == iri] if pos and c.predicate == "develops" else []
                if here_m and all(re.match(r"\s+(?:di|of|by)\s+", self.folded[m.end:m.end + 5]) for m in here_m):
                    continue  # "paragonabile a due Xeon Platinum 8362 di Intel": a complement, not the topic
                if not pos and c.predicate == "develops" and self._complement_maker(ms, iri):
                    continue  # "supererebbe la T4 di Nvidia": the maker in a complement is not what the text is about
                if not pos and c.predicate == "develops" and lang == "en" and self._compared_possessor(ms, iri, s0):
                    continue  # "sits above Nvidia's GeForce RTX 3060": the yardstick's maker is not the topic either
                g = _GROUP.get(self._cls(iri))
                if g == "chip" and self._memory(iri):
                    continue  # "HBM2" is a part, never what "the chip" of the next sentence means
                mpos = min((m.start + (s1 if m.start < sub_end else 0) for m in ms if m.iri == iri), default=2 * s1)
                if g and (g not in firsts or mpos < firsts[g][0]):
                    firsts[g] = (mpos, iri)
        claimed = set(firsts)
        objects = {c.object for c in self._sentence_claims(span)}
        # "it outperforms the T4", "paragonabile all'H100": what a thing is compared with is not the next topic
        compared = {c.object for c in self._sentence_claims(span) if c.predicate in COMPARATIVES | {"competesWith"}}
        for m in ms:
            if m.iri and (m.kind not in ("coref", "generic") or m.data.get("head")):
                g = _GROUP.get(m.cls)
                if lang == "zh" and _PREP_BEFORE[lang].search(self.folded[max(s0, m.start - 2):m.start]):
                    continue  # "基于从AMD获得授权的架构": a prepositional object is not what the sentence is about
                opens = lang == "en" and m.kind != "pronoun" and not self.folded[s0:m.start].strip()
                if g == "firm" and ((m.iri in objects and not opens) or self._prep_object(ms, m, s0)
                                    or self._complement_maker(ms, m.iri)):
                    continue  # "made not by TSMC but by GlobalFoundries", "will apply to AMD and Intel", "ha scommesso su
                    # NIO": a prepositional object (or a list of them) is not the next topic
                if g in _TECH_GROUPS and m.iri in compared and not opens:
                    continue
                pos = m.start + (s1 if m.start < sub_end else 0)
                if g == "chip" and self._memory(m.iri):
                    continue
                if g == "firm" and (self._employer(m) or (lang == "en" and self._compared_possessor(ms, m.iri, s0))):
                    continue  # "创办人曾任商汤科技副总裁，公司…": a person's employer is not what the article goes on about
                if g and g not in claimed and (g not in firsts or pos < firsts[g][0]):
                    firsts[g] = (pos, m.iri)  # no claim about this group: its first mention (main clause) is the topic
        if lang == "zh":
            chips = [m for m in ms if m.cls == "Chip" and m.iri and m.kind in ("registry", "fuzzy", "discovered")]
            joined = [_PAIR_SEP.fullmatch(self.folded[x.end:y.start]) is not None for x, y in zip(chips, chips[1:])]
            for k, j in enumerate(joined):  # a list of exactly two
                if j and chips[k].iri != chips[k + 1].iri and not (k and joined[k - 1]) and not (k + 1 < len(joined) and joined[k + 1]):
                    self.last_pair = (chips[k].iri, chips[k + 1].iri)
        cop = _IT_IS_A.match(seg) if lang == "en" else None
        if cop is not None:  # "It is a model released by Moonshot, the company behind the Kimi chatbot": the sentence
            g0 = _NOUN_GROUP[cop.group(1)]  # is still about the model "it" is; the chatbot is not the next topic
            if g0 in firsts and self.topic.get(g0) and firsts[g0][1] != self.topic[g0]:
                del firsts[g0]
        for g, (_, iri) in firsts.items():
            self.topic[g] = iri
            self.topic_at[g] = s0
        for m in ms:
            if m.iri:
                g = _GROUP.get(m.cls)
                if g and not (g == "chip" and self._memory(m.iri)) and not (g == "firm" and self._employer(m)):
                    self.last[g] = m.iri
                if m.cls == "Foundry":
                    self.last_foundry = m.iri
                if m.cls in lx.POLICY and m.kind in ("registry", "fuzzy", "coref") and self._is_list(m.iri):
                    self.last_list = m.iri

    def _prep_object(self, ms: list[Mention], m: Mention, s0: int) -> bool:
        """Whether `m` is (a member of a list that is) the object of a preposition: "to AMD and Intel", "su NIO"."""
        rx = _PREP_TOPIC.get(self.lang)
        if rx is None:
            return False
        head = m
        for x in reversed([x for x in ms if x.end <= m.start and x.iri and x.kind in ("registry", "fuzzy", "discovered")]):
            if not _LIST_JOIN.fullmatch(self.folded, x.end, head.start):
                break
            head = x
        return rx.search(self.folded, max(s0, head.start - 12), head.start) is not None

    def _complement_maker(self, ms: list[Mention], iri: str) -> bool:
        """Whether every mention of the firm `iri` is a maker's complement right after a product: "la T4 di Nvidia"."""
        here = [m for m in ms if m.iri == iri and m.kind in ("registry", "fuzzy", "discovered")]
        if not here:
            return False
        for m in here:
            prod = next((x for x in reversed(ms) if x.end <= m.start and x.iri), None)
            if prod is None or prod.cls not in lx.TECH or not _MAKER_OF_GAP.fullmatch(self.folded, prod.end, m.start):
                return False
        return True

    def _last_two_firms(self, before: int) -> tuple[str, str] | None:
        """The last two distinct firms named (by name) in the 400 characters before `before`, earlier one first."""
        out: list[str] = []
        for x in self._named_firms_before(before):
            if before - x.end > 400:
                break
            if x.iri not in out and not self._employer(x):
                out.append(x.iri)
                if len(out) == 2:
                    return out[1], out[0]
        return None

    def _employer(self, m: Mention) -> bool:
        """A firm named as someone's (former) employer: "曾任商汤科技副总裁", "a former vice-president of Nvidia",
        "ex dirigente di Intel"."""
        if m.kind not in ("registry", "fuzzy", "discovered"):
            return False
        rx = _EMPLOYER.get(self.lang)
        return rx is not None and (rx[0].search(self.folded, max(0, m.start - 40), m.start) is not None
                                   or rx[1].match(self.folded, m.end) is not None)

    def _roles(self, ms: list[Mention], classes: frozenset) -> tuple[list, tuple[int, ...]]:
        """`_compatible` for every mention of the sentence, and the indices of the mentions it gives a role (those
        a pattern needing `classes` can use): computed once per class set and sentence."""
        key = (id(ms), len(ms), classes)
        cache = self._roles_cache
        if key not in cache:
            roles = [self._compatible(m, classes) for m in ms]
            cache[key] = (roles, tuple(k for k, r in enumerate(roles) if r is not None))
        return cache[key]

    def _compatible(self, m: Mention, classes: frozenset) -> tuple[str | None, str] | None:
        """(iri, class) of the mention in a role that needs one of `classes`, with metonymy for capitals."""
        if m.kind == "pronoun":
            return self._compatible_uncached(m, classes)
        if m.cls in classes:
            return (m.iri, m.cls)
        if m.cls != "City" or m.iri is None:
            return None  # only a named capital can stand for another class (its government)
        key = (m.iri, m.cls, classes)
        cache = getattr(self, "_compat_cache", None)
        if cache is None:
            return self._compatible_uncached(m, classes)
        if key not in cache:
            cache[key] = self._compatible_uncached(m, classes)
        return cache[key]

    def _compatible_uncached(self, m: Mention, classes: frozenset) -> tuple[str | None, str] | None:
        if m.kind == "pronoun":
            for iri in m.data["cands"]:
                if self._cls(iri) in classes:
                    return (iri, self._cls(iri))
            return None
        if m.cls in classes:
            return (m.iri, m.cls)
        if classes <= lx.GOV | {"GovernmentBody"} and m.cls == "City" and m.iri:
            lab = fold_label(self._label(m.iri))
            gov = lx.METONYMY.get(lab)
            if gov:
                iri = self.gaz.lookup(gov)
                if iri:
                    return (iri, self._cls(iri))
        return None

    def _apply(self, pat: Pattern, ms: list[Mention], s0: int, s1: int, span, hedged: bool, objects_here: set) -> None:
        lang = self.lang
        paired: set[int] = set()
        right_c, right_at = self._roles(ms, pat.right)
        left_c, left_at = self._roles(ms, pat.left)
        for j in right_at:  # only the mentions that can fill each side
            right, rc = ms[j], right_c[j]
            if right.kind == "generic" and pat.pred not in _PLACEHOLDER_OK_RIGHT:
                continue
            post_m = pat.post.match(self.folded, right.end, s1) if pat.post is not None else None
            if pat.post is not None and not post_m and lang == "zh":
                latin = _ZH_LATIN_PAREN.match(self.folded, right.end)  # "由格芯(globalfoundries)用14nm工艺代工"
                post_m = pat.post.match(self.folded, latin.end(), s1) if latin else None
            if pat.post is not None and not post_m:
                continue
            if pat.post_not is not None and pat.post_not.match(self.folded, right.end, s1):
                continue
            if right.kind == "coref" and pat.name in _NO_COREF_RIGHT:
                continue
            if lang == "en" and rc[1] in lx.ORG and pat.right & lx.TECH and self._possessed_tech(ms, j, pat.right):
                continue  # "the rule caught Nvidia's H20": the verb's object is the possessed product, not its maker
            found = None
            found_pre = (s0, None)
            for i in reversed(left_at[:bisect_left(left_at, j)]):
                left = ms[i]
                if left.end > right.start:
                    continue
                lc = left_c[i]
                if left.kind == "generic":
                    continue
                if right.kind == "coref" and lc[0] is not None and lc[0] == rc[0]:
                    continue  # "Hua Hong, dopo SMIC, compete con quest'ultima": the referent is not its own partner
                if lang == "zh" and left.cls in ("Country", "City") and pat.name != "zh-country-firm" and re.match(
                        r"(?:实体|企业|公司|厂商|客户|市场|芯片(?!研究|分析|调研|咨询)|本土|国内|政府的|的(?:企业|公司))", self.folded[left.end:left.end + 6]):
                    continue  # "中国实体", "中国企业": an adjective, not an actor
                if (pat.left_is_subject or pat.name in _BUYER_LEFT) and pat.name not in _PREP_LEFT_OK and \
                        _PREP_BEFORE[lang].search(self.folded[max(s0, left.start - 6):left.start]) \
                        and (pat.name in _BUYER_LEFT or not self.folded.startswith(",", left.end)) \
                        and not (lang == "zh" and self._list_before(ms, left, pat.left)) \
                        and not (lang == "zh" and self.folded[left.start - 1:left.start] == "与"
                                 and _ZH_UNLIKE_AFTER.match(self.folded, right.end, s1)):
                    continue  # "向华为订购", "bought from Nvidia": not the subject (unless an apposition follows it)
                if lang == "it" and ((pat.left_is_subject and pat.pre is None and pat.name not in _RELATIONAL_LEFT_IT
                                      and _RELATIONAL_OF_IT.search(self.folded, max(s0, left.start - 30),
                                      left.start)) or self._firm_city(left, lc)
                                     or (pat.left_is_subject and _REL_START_IT.match(self.folded, left.end) and _UNIT_OF_IT.search(
                                         self.folded, max(s0, left.start - 50), left.start))):
                    continue  # "la casa madre di TikTok sta progettando", "il gruppo di Pechino ... è stato aggiunto": not the actor
                if lang == "zh" and pat.pred == "imposedBy" and _TARGET_BEFORE_ZH.search(self.folded[max(s0, left.start - 6):left.start]):
                    continue  # "向中国出售…将受到限制": China is the target, not the issuer
                if id(left) in objects_here and pat.pred in _PLACEHOLDER_OK_RIGHT | {"hasComponent"}:
                    continue
                gap = self.folded[left.end:right.start]
                if len(gap) > 260:
                    break
                if lang in ("en", "it") and "," in gap and self._inside_parenthetical(s0, left, gap):
                    continue  # "Baidu, the parent of Kunlunxin, uses ...": Kunlunxin sits inside an apposition
                if lang == "it" and pat.left_is_subject and _REL_CHE_IT.match(gap) and _APPOS_OF_IT.search(
                        self.folded, max(s0, left.start - 60), left.start):
                    continue  # "Zhipu AI, lo spin-off dell'Università Tsinghua che sviluppa ChatGLM": the relative is the head's
                if lang == "en" and pat.left_is_subject and _MODIFIER_THEN_WHICH.match(gap):
                    continue  # "EulerOS, a CentOS-derived Linux distribution, which supports the Kunpeng 920": the noun's
                if lang == "en" and _NOUN_MODIFIED_CLOSE.match(gap):
                    continue  # "put SMIC, … a longtime Applied customer, on its Entity List": Applied modifies a noun
                mt = pat.gap.fullmatch(gap)
                if not mt and lang == "zh" and rc[1] in lx.TECH and j > 0 and ms[j - 1].end == right.start and \
                        ms[j - 1].cls in lx.FIRM and ms[j - 1].start >= left.end:
                    mt = pat.gap.fullmatch(self.folded[left.end:ms[j - 1].start])  # "是辉达H20的对手": the maker names its product
                if not mt and lang == "zh" and "(" in gap:  # "超越辉达(nvidia)的v100": a name's Latin form in brackets
                    mt = pat.gap.fullmatch(_ZH_LATIN_PAREN.sub("", gap))
                if not mt and lang in _EXAMPLES:
                    mt = _through_examples(pat, gap, lang)  # "supplies customers such as", "compete con rivali come"
                if not mt:
                    continue
                if pat.name in _NO_FIRM_BETWEEN and any(m.cls in lx.FIRM and left.end <= m.start and m.end <= right.start
                                                        and not _FIRM_AS_MODIFIER.match(self.folded, m.end) for m in ms):
                    continue  # "Nvidia agreed to buy Arm from SoftBank": a firm bought, not goods supplied
                if lang == "it" and pat.name in _COPULA_IT and _CONJ_E_IT.match(self.text, left.end):
                    continue  # "l'H20 e il chip sviluppato da Huawei": "and", not "è"
                pre_at = max(s0, left.start - 150)
                pre_m = pat.pre.search(self.folded[pre_at:left.start]) if pat.pre is not None else None
                if pat.pre is not None and not pre_m:
                    continue
                if id(left) in paired:
                    break
                if left.kind == "coref" and pat.name in _NO_COREF_LEFT:
                    continue
                if left.kind == "pronoun" and lang == "en" and _REL_BEFORE_EN.search(self.folded[max(s0, left.start - 8):left.start]):
                    continue  # "TopsRider, which it offers as a substitute for CUDA": the relative's head is the subject
                if lang in _PP_PRODUCT and left.cls in lx.TECH and i > 0 and ms[i - 1].iri and ms[i - 1].cls in lx.TECH \
                        and left_c[i - 1] is not None and _PP_PRODUCT[lang].fullmatch(self.folded, ms[i - 1].end, left.start):
                    left, lc = ms[i - 1], left_c[i - 1]  # "The Kirin 9000S in the Mate 60 Pro is made by SMIC": the head
                found = (left, lc, mt, gap)
                found_pre = (pre_at, pre_m)
                break
            implicit = False
            if found is None and pat.pre is not None:
                continue  # neither the topic nor a coordinated clause's subject stands before the words it needs
            if found is None and lang in ("it", "zh", "en"):
                stripped = self._opening(s0, right.start)
                firm_said = lang == "zh" and _FILER_OPENING.match(stripped) is not None and pat.left <= lx.ORG
                if not any(m.end <= right.start and (self._compatible(m, pat.left) or (
                        m.iri and m.kind != "coref" and m.cls in (lx.ORG if firm_said else lx.ORG | lx.TECH))) for m in ms) \
                        and len(stripped) < 120 \
                        and not (lang != "zh" and _NAMED_OPENER.match(self.text, s0, right.start)):
                    # (not "STMicroelectronics, headquartered in Geneva": a name we do not know is the subject, not the topic)
                    mt = pat.gap.fullmatch(" " + stripped) or pat.gap.fullmatch(stripped)
                    if mt is None and firm_said:  # "公司的主要竞争对手为…": the filer's own words
                        mt = pat.gap.fullmatch(stripped[_FILER_OPENING.match(stripped).end():].lstrip())
                    if (mt and re.search(r"\w", stripped) and pat.pre is None
                            and len(stripped.strip()) >= (2 if lang == "zh" else 6)
                            and not _LEADING_PREP.match(stripped)
                            and not (pat.right == lx.POLICY and _OWN_SUBJECT.get(lang) and _OWN_SUBJECT[lang].match(stripped))):
                        # (not "Lo status VEU era stato introdotto dopo le regole ...": a clause with its own subject)
                        if lang == "zh" and self.folded[right.end:right.end + 1] == "的":
                            continue  # "总部位于上海的沐曦": the place modifies what follows
                        groups = ("firm", "chip", "system", "platform")
                        if lang == "en":  # "Why can't gamers buy the RTX 4090? Because of the rules": the latest topic
                            groups = sorted(groups, key=lambda g: -self.topic_at.get(g, -1))
                        main = self._main_firm() if lang == "zh" and _FILER_OPENING.match(stripped) else None
                        for g in groups:
                            t = main if main and g == "firm" and len(self._title_firms()) < 2 else self.topic.get(g)
                            if t and self._cls(t) in pat.left:
                                found = (Mention(s0, s0, t, self._cls(t), kind="coref", conf=0.7), (t, self._cls(t)),
                                         mt, stripped)
                                implicit = True
                                break
            if found is None:
                found = self._clause_subject(pat, ms, s0, right)
                implicit = found is not None
            if found is None:
                continue
            left, lc, mt, gap = found
            if pat.name in _NAMED_ONLY and (implicit or right.kind not in ("registry", "fuzzy", "discovered")
                                            or left.kind in ("coref", "pronoun")):
                continue  # "业内人士认为，自研芯片并不意味着…": a named firm and a named product only
            lefts, rights = [(left, lc)], [(right, rc)]
            if pat.lists:  # (a description after the left name describes that one member, not a list it closes)
                mixed = pat.pred == "competesWith"  # "与英伟达、华为昇腾之间的竞争": firms and products rival alike
                if pat.lists is True and not self._apposition(ms, left):
                    lefts += [(m, self._compatible(m, pat.left)) for m in self._list_before(ms, left, pat.left, mixed)]
                    lefts += [(m, self._compatible(m, pat.left)) for m in self._likewise(ms, left, right, pat.left)]
                    first = min((m for m, _c in lefts), key=lambda m: m.start)
                    lefts += [(m, self._compatible(m, pat.left)) for m in self._likewise_subject(ms, first, pat.left)]
                rights += [(m, self._compatible(m, pat.right)) for m in self._list_after(ms, right, pat.right, mixed)]
            lefts += [(m, (x, self._cls(x))) for m, _c in lefts for x in m.data.get("also", ()) if self._cls(x) in pat.left]
            rights += [(m, (x, self._cls(x))) for m, _c in rights for x in m.data.get("also", ()) if self._cls(x) in pat.right]
            if pat.pred in ("develops", DEV_OR_FAB):  # "壁仞的BR100与英伟达A100": a listed product named with its own maker
                if rc[1] in lx.TECH and lc[1] in lx.FIRM - {"Foundry"}:  # is not theirs
                    rights = rights[:1] + self._own_products(rights[1:], lefts)
                elif lc[1] in lx.TECH and rc[1] in lx.FIRM - {"Foundry"}:
                    lefts = lefts[:1] + self._own_products(lefts[1:], rights)
            if not implicit and not (lang == "en" and _REL_GAP_EN.match(gap)):
                # (not "Baidu, which runs ERNIE, asked for Ascend chips": the relative's object leaves the subject free)
                paired.update(id(m) for m, _ in lefts)
            if pat.name in _ATTRIBUTIVE:  # "Neither Houston-based HPE nor ... is accused": the modifier is presupposed
                neg = bool(lx.NEGATION[lang].search(gap))
            else:
                neg = left.data.get("neg", False) or self._negated(gap, s0, left.start if not implicit else s0)
            if not neg and pat.pred == "supplies" and _SUPPLY_HALTED[lang].search(gap):
                neg = True  # "suspended shipments to Huawei", "暂停对华为供货": the supply is halted
            if not neg and pat.name in _VERB_BEFORE_LEFT and found_pre[1] is not None:  # "尚未完成A与B的适配": the verb
                k = found_pre[0] + found_pre[1].start()  # before the left side is denied
                neg = bool(lx.NEGATION[lang].search(self.folded[max(s0, k - 4):k] + found_pre[1].group(0)))
            post_text = _NOT_NEG[lang].sub(" ", _PARENTHETICAL.sub(" ", post_m.group(0))) if post_m is not None else ""
            if not neg and post_text and pat.name not in _ATTRIBUTIVE and (
                    lx.NEGATION[lang].search(post_text) or (lang == "zh" and "而非" in post_text)):
                neg = True  # "两家公司与华大九天形成互补，而非直接竞争": the verb after the object is denied
            if not neg and lang in lx.DENIED_AFTER:  # "网传“阿里投资DeepSeek”的消息不实": the report is denied after it
                neg = lx.DENIED_AFTER[lang].match(self.folded, right.end, s1) is not None
            if neg and lang in _NEG_SCOPE_ELSEWHERE and _NEG_SCOPE_ELSEWHERE[lang].search(gap) and (
                    pat.pred in ("develops", DEV_OR_FAB) or _NOT_REPORTED[lang].search(gap)):
                continue  # "Nvidia had not shipped any H20" denies a sale, not who makes it; "the Company did not
                # disclose the foundry that produces the chip" denies a disclosure: neither states nor denies the relation
            count = mt.groupdict().get("n") if mt.re.groupindex.get("n") else None
            for lm, (liri, lcls) in lefts:
                for rm, (riri, rcls) in rights:
                    lt, rt = (lm, liri, lcls), (rm, riri, rcls)
                    st, ot = (lt, rt) if pat.left_is_subject else (rt, lt)
                    pred = pat.pred
                    if pred == DEV_OR_FAB:
                        org, prod = (st, ot) if st[2] in lx.ORG else (ot, st)
                        if org[2] == "Foundry" or (org[2] == "Company" and (
                                _FAB_AFTER.match(self.folded, org[0].end) or _FAB_BEFORE.search(
                                    self.folded, max(0, org[0].start - 16), org[0].start) or (
                                    _NODE_AFTER.match(self.folded, org[0].end) and _MAKING.search(gap)))):  # "由三星代工"
                            pred, st, ot = "manufacturedBy", prod, org
                        else:
                            pred, st, ot = "develops", org, prod
                    if pred == EXCLUDED:
                        pred = "excludedBy" if self._excluded(s0, lm) else "restrictedBy"
                    if pred == "competesWith" and (st[2] in lx.TECH) != (ot[2] in lx.TECH):
                        # "海光DCU与英伟达竞争": a product against a firm -> its maker is the firm's rival
                        st, ot = (self._maker_of(st), ot) if st[2] in lx.TECH else (st, self._maker_of(ot))
                        if st is None or ot is None:
                            continue
                    if pred in ("develops", "uses", "supplies", "investsIn", "subsidiaryOf") and st[2] in ("GovernmentBody",
                                                                                                   "MediaOutlet"):
                        if not (pred == "subsidiaryOf" and st[2] == ot[2] == "GovernmentBody"):
                            continue  # an agency of a ministry is the one subsidiaryOf a government body may state
                    subj_m, obj_m = st[0], ot[0]
                    if pred == "imposedBy" and subj_m.kind == "policy" and subj_m.iri is None and subj_m.data.get("bare"):
                        continue  # "美国的出口管制": a generic policy is a node only when it restricts something
                    if pred == "imposedBy" and lang != "zh" and subj_m.kind == "coref" and subj_m.iri and \
                            obj_m.cls in ("City", "Country") and self._is_list(subj_m.iri):
                        continue  # "Washington put the company on a trade blacklist": the list's issuer is its department
                    s_iri = st[1] or self._iri_for(subj_m, pred, obj_m, subj_m)
                    o_iri = ot[1] or self._iri_for(obj_m, pred, subj_m, obj_m)
                    if s_iri is None or o_iri is None:
                        continue
                    if pred in ("headquarteredIn", "locatedIn") and self._cls(o_iri) == "GovernmentBody":
                        continue  # "北京亦庄国投": the city before a firm's name places it; the government does not
                    if pred in ("headquarteredIn", "locatedIn") and obj_m.cls in ("Place", "Country") and \
                            obj_m.kind in ("registry", "fuzzy") and subj_m.cls not in lx.PLACE:
                        city = self._finer_place(ms, obj_m)  # "总部位于加州圣克拉拉", "the Sunnyvale, California-based group"
                        if city is not None:
                            obj_m, o_iri = city, city.iri
                    if pred == "headquarteredIn" and not neg and self._cls(o_iri) == "Country" and not _HQ_CUE.search(
                            self.folded, max(s0, min(lm.start, rm.start) - 16), max(lm.end, rm.end)):
                        continue  # "Japan's Tokyo Electron", "美国泛林": a nationality, not a stated headquarters
                    if pred == "develops" and subj_m.kind in ("coref", "pronoun") and self._named_maker(o_iri) not in (
                            None, s_iri) and not any(x.iri == s_iri and x.kind in ("registry", "fuzzy", "discovered") for x in ms):
                        continue  # "the H20, the model the Santa Clara company built": a description of a firm from earlier
                        # sentences never makes another maker's product (the registry names the H20 after Nvidia)
                    if pred in COMPARATIVES | {"competesWith"} and st[2] == ot[2] == "Chip" and \
                            self._memory(s_iri) != self._memory(o_iri):
                        continue  # "96GB的HBM3显存，比80GB的H100还多": a memory is not compared with an accelerator
                    if pat.name == "en-weaker-version-of" and (re.match(r"\s+(?:part|design|silicon|generation|family|"
                                                                          r"architecture|chip|gpu)\b", self.folded[subj_m.end:])
                                                                 or self._architecture(subj_m)
                                                                 or not re.search(r"\d", self._label(s_iri))):
                        continue  # "the H20, a cut-down Hopper part": a generation, not the chip it is cut down from
                    if pat.name == "it-place-in-larger" and re.match(r"(?:distretto|quartiere|zona|area|parco|polo|sobborgo)\b",
                                                                    self.folded[right.start:right.end]):
                        continue  # "Pechino, nel distretto di Haidian": the district lies in the city, not the reverse
                    if pat.name == "en-cloud-offers-chip" and (_registry_makers().get(o_iri) == s_iri or
                                                               self._cls(s_iri) not in lx.FIRM):
                        continue  # "Nvidia offers the H20 in China": a maker selling its own chip does not run it
                    conf = pat.confidence * min(subj_m.conf, obj_m.conf, 1.0)
                    if _DEBUG:
                        print(f"[{pat.name}] {s_iri.rsplit('/', 1)[-1]} {pred} {o_iri.rsplit('/', 1)[-1]} gap={gap!r}")
                    self._add(s_iri, pred, o_iri, span, neg, hedged, conf)
                    if pred == "hasComponent":
                        objects_here.add(id(obj_m))
                    if pred == "hasComponent" and count:
                        n = _count(count)
                        self._add(s_iri, "componentCount", n, span, False, hedged, conf)
                    if pred in COMPARATIVES:
                        # "A trails B, but has more memory": the dangling comparative's subject is A, the left mention
                        trails = pred == "outperforms" and not pat.left_is_subject
                        self._last_cmp = (o_iri, s_iri, s0) if trails else (s_iri, o_iri, s0)

    def _apposition(self, ms: list[Mention], m: Mention) -> bool:
        """A description set off by a comma after the name it describes ("Seres e Avatr, la casa partecipata da
        Changan"): it describes that one member, not the list the name closes."""
        if m.kind != "coref" or m not in ms:
            return False
        k = ms.index(m)
        prev = next((x for x in reversed(ms[:k]) if x.end <= m.start), None)
        return prev is not None and prev.iri == m.iri and re.fullmatch(r"\s*,\s*", self.folded[prev.end:m.start]) is not None

    def _named_maker(self, iri: str) -> str | None:
        """The firm a registry product is named after ("Nvidia" of "Nvidia H20"), if any."""
        e = self.gaz.entities.get(iri)
        if e is None or e.cls not in lx.TECH:
            return None
        return _maker_prefix(self.gaz, e.label("en"), iri)

    def _maker_of(self, t: tuple) -> tuple | None:
        """(mention, iri, class) of a product -> the same for its maker (a develops claim, or the maker in its name)."""
        m, iri = t[0], t[1]
        if not iri:
            return None
        maker = next((c.subject for c in self.claims.values() if c.predicate == "develops" and c.object == iri
                      and c.polarity == POSITIVE), None)
        if maker is None and m.kind in ("registry", "fuzzy"):
            maker = _maker_prefix(self.gaz, self.text[m.start:m.end], iri)
        return (m, maker, self._cls(maker)) if maker else None

    def _own_products(self, products: list, makers: list) -> list:
        """The listed products whose names do not start with a firm other than `makers` ("英伟达A100", "Nvidia H100") and
        follow no possessive of their own ("Kunlunxin's P800")."""
        firms = {c[0] for _m, c in makers}
        out = []
        for m, c in products:
            maker = _maker_prefix(self.gaz, self.text[m.start:m.end], c[0]) if m.kind in ("registry", "fuzzy") and c[0] else None
            if re.search(r"\w['’]s?\s+$", self.folded[max(0, m.start - 4):m.start]):
                continue  # "Huawei's Ascend NPUs, Kunlunxin's P800": a member named with its own maker's possessive
            if maker is None or maker in firms:
                out.append((m, c))
        return out

    def _possessed_tech(self, ms: list[Mention], j: int, classes: frozenset) -> bool:
        """"Nvidia's H20": a product of the right classes follows the firm's possessive."""
        right = ms[j]
        if not self.folded.startswith("'", right.end):
            return False
        nxt = next((m for m in ms[j + 1:] if m.start >= right.end), None)
        return nxt is not None and nxt.kind != "generic" and bool(self._compatible(nxt, classes)) and \
            _POSSESSED_GAP_EN.fullmatch(self.folded, right.end, nxt.start) is not None

    def _inside_parenthetical(self, s0: int, left: Mention, gap: str) -> bool:
        """"Moore Threads, founded by former Nvidia executives, is based in Beijing": Nvidia is inside a parenthetical
        that the gap closes, so it is not the subject or object of what follows."""
        it = self.lang == "it"
        before = self.folded[max(s0, left.start - 120):left.start]
        cut = before.rfind(",")
        if cut < 0 or not (_APPOS_BEFORE_IT if it else _APPOS_BEFORE).match(before, cut):
            return False
        close = gap.find(",")
        if it:  # "Ymtc, il campione … e rivale diretto di Western Digital, è nella Entity List" ("è", not "e")
            return bool(_APPOSITION_CLOSE_IT.match(self.text, left.end + close)) and not re.search(r"[;:()]", gap[:close])
        return bool(_APPOSITION_CLOSE.match(gap, close)) and not re.search(r"[;:()]", gap[:close])

    def _opening(self, s0: int, end: int) -> str:
        """The sentence up to `end` without a leading conjunction or quote ("and", "ma", "并且"): the same for every
        pattern, so computed once per mention."""
        key = (s0, end)
        if key not in self._openings:
            self._openings[key] = _OPENING_CONJ.sub("", self.folded[s0:end])
        return self._openings[key]

    def _clause_subject(self, pat: Pattern, ms: list[Mention], s0: int, right: Mention):
        """"X was designed by A and is made by B": a coordinated clause shares the subject of the previous one."""
        if pat.pre is not None:
            return None  # the pattern needs words before its left mention
        seg = self.folded[s0:right.start]
        key = (s0, right.start)
        if key not in self._coord_cuts:  # the last conjunction before the mention: the same for every pattern
            cut = None
            for m in _COORD.finditer(seg):
                cut = m
            self._coord_cuts[key] = cut
        cut = self._coord_cuts[key]
        if cut is None:
            return None
        gap = seg[cut.end():]
        if not gap.strip():
            return None  # "..., and it spent": the mention right after the conjunction is the new clause's subject
        mt = pat.gap.fullmatch(" " + gap) or pat.gap.fullmatch(gap)
        if not mt or any(s0 + cut.end() <= m.start < right.start and self._compatible(m, pat.left) for m in ms):
            return None
        firsts = [(m, c) for m in ms if m.start < s0 + cut.start() and m.kind not in ("generic", "policy", "unnamed")
                  for c in [self._compatible(m, pat.left)] if c and c[0] and not (self.lang == "it" and self._firm_city(m, c))]
        if self.lang == "en":  # "restricted shipments of HBM to China and put ...": a prepositional object is no subject
            firsts = [x for x in firsts if not _PREP_OBJ_COORD_EN.search(self.folded[max(s0, x[0].start - 12):x[0].start])]
        if self.lang == "zh":  # "百度旗下的昆仑芯…，并继续为…供应": the owner named before 旗下 modifies the subject
            firsts = [x for x in firsts if not re.match(r"(?:旗下|麾下)", self.folded[x[0].end:x[0].end + 2])]
        if not firsts:
            return None
        rel = None  # "..., Huawei, che vende l'Ascend 310 e ha presentato l'Ascend 910": the relative's antecedent
        for rel in _REL_OPEN.finditer(seg, 0, cut.start()):
            pass
        if rel is not None:
            firsts = [x for x in firsts if s0 + rel.start() - 2 <= x[0].end <= s0 + rel.start()] or firsts
        elif self.lang == "en":
            heads = [x for x in firsts if _APPOS_REL_EN.match(seg, x[0].end - s0)]
            if heads:
                firsts = heads[-1:]
        opener = None  # "Smic vi è stata inserita, mentre Inspur non vi figura e continua a comprare": the new clause's subject
        for opener in _CLAUSE_OPENER.finditer(seg, 0, cut.start()):
            pass
        if opener is not None and self.lang in ("en", "it"):
            firsts = [x for x in firsts if x[0].start >= s0 + opener.end()] or firsts
        subj = firsts[0][1][0]
        data = {"also": firsts[0][0].data["also"]} if "also" in firsts[0][0].data else {}
        if self.lang == "it" and re.search(r"\bnon\s*$", seg[:cut.start() + 1]) and "è" in self.text[s0 + cut.start():s0 + cut.end()].lower():
            data["neg"] = True  # folded "non è" reads as "non e": the cut is the copula, negated ("non è una controllata")
        return (Mention(s0, s0, subj, self._cls(subj), kind="coref", conf=0.7, data=data), (subj, self._cls(subj)), mt, gap)

    def _firm_city(self, m: Mention, c: tuple) -> bool:
        """"il gruppo di Pechino": a city that places a firm is not the government (metonymy) acting in the clause."""
        return m.cls == "City" and c[0] != m.iri and lx.CITY_DESCRIPTION["it"][0].search(
            self.folded[max(0, m.start - 40):m.start]) is not None

    def _iri_for(self, m: Mention, pred: str, other: Mention, _self_m: Mention) -> str | None:
        if m.iri is None or m.kind in ("unnamed", "generic", "policy"):
            if m.iri:
                return m.iri
            owner = None
            if m.kind == "unnamed" and pred == "develops" and other.iri and other.cls in lx.FIRM:
                owner = other.iri
            if m.kind == "policy" and pred == "imposedBy" and other.iri:
                owner = self._compatible(other, lx.GOV)[0] if self._compatible(other, lx.GOV) else other.iri
            return self._bind(m, owner)
        if m.cls == "City" and pred == "imposedBy":
            c = self._compatible(m, lx.GOV)
            return c[0] if c else None
        return m.iri

    def _negated(self, gap: str, s0: int, left_start: int) -> bool:
        lang = self.lang
        g = _NOT_NEG[lang].sub(" ", _PARENTHETICAL.sub(" ", gap))
        clause = re.split(r"[,;:，；：]", g)[-1] if lang != "it" else re.split(r"[,;:]|\b(?:ma|bensi)\b", g)[-1]
        if lx.NEGATION[lang].search(clause):
            return True
        before = _NOT_NEG[lang].sub(" ", self.folded[s0:left_start])
        if _NEG_BEFORE_SUBJECT.get(lang) and _NEG_BEFORE_SUBJECT[lang].search(self.folded[max(s0, left_start - 22):left_start]) \
                and not _OF_GAP.fullmatch(g):  # "Nemmeno il nuovo C600 di MetaX riesce...": MetaX still makes the C600
            return True  # "Né l'A800 né l'H800 sono soggetti...", "Neither the A800 nor the H800 is..."
        if _REVOKED_PERMIT[lang].search(self.folded, max(s0, left_start - 90), left_start) or _REVOKED_PERMIT[lang].search(g):
            return True  # "revoked licences that allowed Intel to sell chips to Huawei": what the permit allowed is over
        return bool(lx.DENIAL[lang].search(before))

    def _excluded(self, s0: int, left: Mention) -> bool:
        """Whether the clause before a "because of <policy>" denies supply or manufacture."""
        before = _NOT_NEG[self.lang].sub(" ", self.folded[s0:left.end])
        return bool(lx.NEGATION[self.lang].search(before) and _MANUF_OR_SUPPLY.search(before))

    def _compared_possessor(self, ms: list[Mention], iri: str, s0: int) -> bool:
        """Every mention of `iri` is a possessor after a word of comparison: "above Nvidia's RTX 3060"."""
        here = [m for m in ms if m.iri == iri]
        return bool(here) and all(re.match(r"['’]s?\s", self.folded[m.end:m.end + 3]) and _COMPARED_BEFORE.search(
            self.folded, max(s0, m.start - 24), m.start) for m in here)

    def _list_before(self, ms: list[Mention], m: Mention, classes: frozenset, mixed: bool = False) -> list[Mention]:
        if m not in ms:
            return []
        out, seps, cur_start, carry = [], [], m.start, ""
        enum = self.lang == "zh"  # "华为、海光等": the enumeration comma needs no closing conjunction
        for k in range(ms.index(m) - 1, -1, -1):
            prev = ms[k]
            if prev.end > cur_start:
                continue
            sep = self.folded[prev.end:cur_start]
            paren = _MEMBER_PAREN[self.lang == "zh"].match(sep)
            if paren and paren.end() < len(sep):
                sep = sep[paren.end():]  # "Empyrean Technology (301269 CH) and Primarius": a member's code
            if _RANGE_SEP.fullmatch(sep) and _RANGE_OPEN.search(self.folded, max(0, prev.start - 10), prev.start):
                sep = " e "  # "da SMIC a Hua Hong, entrambi clienti di ASML"
            if self.lang == "en" and prev.cls in lx.PLACE and _DESCRIPTOR.fullmatch(sep):
                the = re.search(r"\bthe\s+$", self.folded[max(0, prev.start - 6):prev.start])
                if the:  # "A and the Beijing start-up B": the city describes B
                    cur_start = prev.start - len(the.group(0))
                    continue
            if self.lang == "en" and prev.cls in lx.PLACE and re.fullmatch(r"-(?:based|headquartered)\s+|'s\s+", sep):
                cur_start = prev.start  # "Beijing-based Naura and Shanghai-based AMEC": the city describes B
                continue
            if (self._compatible(prev, classes) and _same_group(prev, m, mixed)
                    and _LIST_SEP.fullmatch(sep)):
                app = _APPOSITION_OPEN.search(self.folded[max(0, prev.start - 60):prev.start]) if self.lang == "en" else None
                if app and re.match(r"\s*,", sep):  # "A, the cloud unit of X, and B": X is inside an apposition
                    cur_start, carry = prev.start - len(app.group(0)) + 1, sep
                    continue
                out.append(prev)
                seps.append(sep + carry)
                enum = enum and ("、" in self.text[prev.end:cur_start] or bool(_CONJ.search(sep)))
                cur_start, carry = prev.start, ""
            else:
                break
        return _closed_list(out, seps, first_is_last=True, enum=enum)

    def _likewise(self, ms: list[Mention], m: Mention, right: Mention, classes: frozenset) -> list[Mention]:
        """"SMIC, like Huawei, sits on the Entity List", "Baidu, come Tencent e Alibaba, resta cliente": the firms named as
        alike between the subject and its verb share what is said of it."""
        mt = _LIKE_AFTER.get(self.lang)
        mt = mt.match(self.folded, m.end) if mt else None
        if mt is None:
            return []
        close = self.folded.find(",", mt.end())
        if close < 0 or close > right.start:
            return []
        inside = [x for x in ms if mt.end() <= x.start and x.end <= close and x.iri and self._compatible(x, classes)
                  and _same_group(x, m)]
        if not inside or not re.fullmatch(r"(?:\s*(?:,|and|e|ed|or|o)?\s*(?:the\s+|il\s+|la\s+|l')?)*",
                                          _strip_spans(self.folded, mt.end(), close, inside)):
            return []
        return inside

    def _likewise_subject(self, ms: list[Mention], first: Mention, classes: frozenset) -> list[Mention]:
        """"Baidu, come Tencent e Alibaba, resta cliente": the subject before the firms named as alike to it."""
        rx = _LIKE_BEFORE.get(self.lang)
        if rx is None or first not in ms:
            return []
        k = ms.index(first)
        prev = next((x for x in reversed(ms[:k]) if x.end <= first.start), None)
        if prev is None or not prev.iri or not self._compatible(prev, classes) or not _same_group(prev, first):
            return []
        return [prev] if rx.fullmatch(self.folded, prev.end, first.start) else []

    def _list_after(self, ms: list[Mention], m: Mention, classes: frozenset, mixed: bool = False) -> list[Mention]:
        if m not in ms:
            return []
        out, seps, cur, ranged = [], [], m, False
        enum = self.lang == "zh"  # "华为、海光等": the enumeration comma needs no closing conjunction
        held_sep = None
        for k in range(ms.index(m) + 1, len(ms)):
            nxt = ms[k]
            paren = _MEMBER_PAREN[self.lang == "zh"].match(self.folded, cur.end)
            end = paren.end() if paren else cur.end  # "Tokyo Ohka Kogyo (TOK), Shin-Etsu Chemical": a member's short form
            if nxt.start < end:
                continue
            sep = self.folded[end:nxt.start]
            if held_sep is not None:
                sep, held_sep = held_sep, None
            elif self.lang == "zh" and nxt.cls == "Country" and k + 1 < len(ms) and ms[k + 1].start == nxt.end and \
                    (_LIST_SEP_AFTER.fullmatch(sep) or _ZH_TAILED_SEP.fullmatch(sep)):
                held_sep = sep  # "、美国泛林半导体": the nationality before the next member
                continue
            if m.cls in lx.TECH and not _LIST_SEP_AFTER.fullmatch(sep):
                sep = _HEAD_NOUN_AFTER.sub("", sep, count=1)  # "Ascend NPUs, Kunlunxin's P800": the member's head noun
            if nxt.cls in lx.FIRM and m.cls in lx.TECH and k + 1 < len(ms) and _LIST_SEP_AFTER.fullmatch(sep) and \
                    re.fullmatch(r"['’]s?\s+", self.folded[nxt.end:ms[k + 1].start]):
                # "runs on Huawei's Ascend NPUs, Kunlunxin's P800 and MetaX's C500": each member named with its maker
                held_sep = sep
                continue
            if self.lang == "en" and _OWNER_OF_MEMBER.match(self.folded, nxt.end):
                # "supplies BYD, SAIC and Volkswagen's own Audi brand": the member is the brand, not its owner; the
                # conjunction before it still closes the list
                closing = out and _CONJ.search(self.folded[cur.end:nxt.start])
                return out if closing else _closed_list(out, seps, first_is_last=False, enum=enum)
            if nxt.cls == "Country" and k + 1 < len(ms) and _LIST_SEP_AFTER.fullmatch(sep) and \
                    re.fullmatch(r"\s+[a-z-]+\s+", self.folded[nxt.end:ms[k + 1].start]):
                continue  # "Alibaba and U.S. chipmaker Qualcomm": the nationality belongs to the next member's description
            if nxt.cls in lx.PLACE and k + 1 < len(ms) and _PLACE_DESC_SEP.fullmatch(sep) and \
                    re.fullmatch(r"\s+", self.folded[nxt.end:ms[k + 1].start]) and ms[k + 1].iri and \
                    self._compatible(ms[k + 1], classes) and _same_group(ms[k + 1], m):
                # "Goldman Sachs e il fondo sovrano di Abu Dhabi Mubadala": the place describes the next member
                cur = ms[k + 1]
                out.append(cur)
                seps.append(sep)
                continue
            if _RANGE_SEP.fullmatch(sep) and _RANGE_OPEN.search(self.folded, max(0, m.start - 10), m.start):
                sep = ", "  # "da TensorFlow a PyTorch fino a PaddlePaddle", "from A to B": a range lists its ends
                ranged = True
            tailed = self.lang == "zh" and _ZH_TAILED_SEP.fullmatch(sep) is not None  # "云燧T20训练卡、云燧i20推理卡以及…"
            if (self._compatible(nxt, classes) and (_same_group(nxt, m, mixed) or (
                    tailed and _GROUP.get(nxt.cls) in _TECH_GROUPS and _GROUP.get(m.cls) in _TECH_GROUPS))
                    and (_LIST_SEP_AFTER.fullmatch(sep) or tailed) and not (nxt.kind == "coref" and (sep.strip() == "," or nxt.iri == cur.iri))
                    and not (self.lang == "en" and "," in sep and _CLAUSE_AFTER.match(self.folded, nxt.end))):
                out.append(nxt)
                seps.append(sep)
                enum = enum and ("、" in self.text[cur.end:nxt.start] or bool(_CONJ.search(sep)))
                cur = nxt
            else:
                # "Biren, la startup di Shanghai che ha sviluppato la BR100, e Moore Threads": skip the apposition
                ap = _APPOS_THEN_AND.match(self.folded, end)
                last = next((x for x in ms[k:] if x.start == ap.end()), None) if ap else None
                if last is not None and self._compatible(last, classes) and _GROUP.get(last.cls) == _GROUP.get(m.cls) and \
                        not (self.lang == "en" and _CLAUSE_AFTER.match(self.folded, last.end)):  # "…, and AMD agreed"
                    out.append(last)
                    seps.append(" e ")
                break
        if ranged and seps:
            seps[-1] = " e "
        return _closed_list(out, seps, first_is_last=False, enum=enum)

    def _possessive_pronoun(self, ms: list[Mention], s0: int, span, hedged: bool) -> None:
        """"its H20", "la sua GPU", "其MTT S4000" -> develops by the sentence's firm (or the topic firm)."""
        from kg.extract.patterns import _POST_BUY

        for m in ms:
            if m.cls not in lx.TECH or not m.iri or m.kind in ("coref", "pronoun"):
                continue
            if not lx.POSSESSIVE_PRONOUN.search(self.folded[max(s0, m.start - 80):m.start]):
                continue
            nxt = self._next_mention(ms, m.end)
            if nxt is not None and nxt.cls in lx.TECH and nxt.start - m.end <= 4 and nxt is not m:
                continue  # a modifier: "其昇腾超节点CloudMatrix 384"
            if _POST_BUY.match(self.folded, m.end):
                continue
            if m.kind in ("registry", "fuzzy") and _maker_prefix(self.gaz, self.text[m.start:m.end], m.iri):
                continue  # "其寒武纪1A处理器IP": the maker is in the product's name (_maker_in_name)
            firms = [f for f in ms if f.end <= m.start and f.iri and f.cls in lx.FIRM]
            if self.lang == "zh" and firms:
                # "后者获得腾讯投资，其邃思芯片…": 其 opening a clause is the previous clause's subject, not its object
                cut = self.folded.rfind(",", s0, m.start)
                if cut >= 0 and re.match(r",\s*其", self.folded[cut:m.start]) and firms[-1].start < cut:
                    prev = self.folded.rfind(",", s0, cut)
                    firms = [f for f in firms if f.start > prev][:1] or firms
            if self.lang == "it" and len(firms) > 1:
                firms = [f for f in firms if not _PREP_OBJ_IT.search(self.folded, max(s0, f.start - 6), f.start)] or firms
            if self.lang != "zh" and len(firms) > 1:  # "Baidu relies on Kunlunxin chips for its Ernie models": a modifier
                firms = [f for f in firms if not _FIRM_AS_MODIFIER.match(self.folded, f.end)] or firms
            if firms and m.cls == "Chip" and self._cls(firms[-1].iri) == "Foundry" and \
                    any(self._cls(f.iri) != "Foundry" for f in firms[:-1]):
                firms = [f for f in firms if self._cls(f.iri) != "Foundry"]  # "Huawei relies on SMIC to make its Kirin
                # chips": a foundry's "its" chip is its customer's
            owner = firms[-1].iri if firms else self.topic.get("firm")
            own = re.search(r"\bown\b|propri[oaie]\b|自研|自主", self.folded[max(s0, m.start - 30):m.start])
            if own and m.cls != "Chip" and _OWN_MODIFIER.match(self.folded, m.end):
                own = None  # "wrote its own CUDA kernels": the product names what the firm's own work is for
            known = (_maker_prefix(self.gaz, self._label(m.iri), m.iri) or (None if own else _registry_makers().get(m.iri))) \
                if m.kind in ("registry", "fuzzy") else None
            if owner and known and known != owner and self._cls(owner) != "Foundry":
                continue  # "its A100": the registry names the product's maker (Nvidia A100), not this firm
            if owner:
                self._add(owner, "develops", m.iri, span, False, hedged, 0.7)

    def _including(self, ms: list[Mention], span, hedged: bool) -> None:
        """"added SMIC to the Entity List, along with ... including DJI" -> DJI restrictedBy the Entity List too."""
        here = [c for c in self._sentence_claims(span) if c.polarity == POSITIVE
                and c.predicate in ("restrictedBy", "excludedBy", "uses")]
        for c in here:
            subj_cls = self._cls(c.subject)
            ends = [m.end for m in ms if m.iri in (c.subject, c.object)]
            for m in ms:
                # the nearest mention of the claim before this one ("added SMIC to the list, including DJI")
                pos = max((e for e in ends if e <= m.start), default=None)
                if pos is None or not m.iri or m.iri in (c.subject, c.object):
                    continue
                if _GROUP.get(m.cls) != _GROUP.get(subj_cls):
                    continue
                if not lx.INCLUDING.search(self.folded[pos:m.start]):
                    continue
                if self.lang == "zh" and self.folded[m.start - 1:m.start] in ("与", "和", "跟", "同", "对", "向", "被") \
                        and not any(x.end == m.start - 1 for x in ms):
                    continue  # "以及与华为关系密切的设备商": a preposition, not a list member
                self._add(m.iri, c.predicate, c.object, span, False, hedged, 0.6)

    def _implicit_round(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """"Alibaba led a $1 billion funding round in early 2024" in an article about Moonshot: an investor leading or
        joining a round whose investee the clause does not name invests in the firm the text is about."""
        rx = _LED_ROUND.get(self.lang)
        if rx is None or not rx.search(self.folded, s0, s1) or self._denies(self.folded[s0:s1]):
            return
        target = next((t for t in (self.topic.get("firm"), self._main_firm()) if t and self._cls(t) in ("Company", "Foundry")), None)
        if target is None:
            return
        for m in ms:
            if not m.iri or m.cls not in lx.ORG or m.kind not in ("registry", "fuzzy", "discovered") or m.iri == target:
                continue
            mt = rx.match(self.folded, m.end, s1)
            if mt is None:
                continue
            end = re.search(r"[,;:]|$", self.folded[mt.end():s1]).start() + mt.end()
            if any(mt.end() <= x.start < end and x.cls in lx.FIRM for x in ms) or \
                    any(m.end <= x.start < mt.end() and x.cls in lx.FIRM for x in ms):
                continue  # the round's firm is named ("led Enflame's round"): a pattern reads it
            for inv in [m] + self._list_before(ms, m, lx.ORG):
                if inv.iri and inv.iri != target:
                    self._add(inv.iri, "investsIn", target, span, False, hedged, 0.55)

    def _clause_start(self, s0: int, pos: int) -> int:
        """Where the clause holding `pos` starts: after the last semicolon or colon of the sentence before it."""
        return max([s0] + [k + 1 for k in (self.folded.rfind(c, s0, pos) for c in _CLAUSE_SEPS) if k >= 0])

    def _clause_end(self, pos: int, s1: int) -> int:
        """Where the clause holding `pos` ends: at the next semicolon or colon of the sentence."""
        return min([s1] + [k for k in (self.folded.find(c, pos, s1) for c in _CLAUSE_SEPS) if k >= 0])

    def _round_investors(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """"本轮投资方包括A、B和C", "Investors in the round included A and B", "Al round hanno partecipato A e B" (the
        investors after the cue), "腾讯、启明创投等老股东继续加码" (the investors before it): each invests in the firm the
        text is about (in English and Italian only when no other firm is named before the cue: "Enflame's backers")."""
        after, before = _ROUND_INVESTORS_AFTER.get(self.lang), _ROUND_INVESTORS_BEFORE.get(self.lang)
        cue_a = after.search(self.folded, s0, s1) if after else None
        cue_b = before.search(self.folded, s0, s1) if before else None
        if (cue_a is None and cue_b is None) or self._denies(self.folded[s0:s1]):
            return
        title = {x.iri for x in self._title_firms()}
        order = (self._main_firm(), self.topic.get("firm")) if len(title) == 1 else (self.topic.get("firm"), self._main_firm())
        target = next((t for t in order if t and self._cls(t) in ("Company", "Foundry")), None)
        if target is None:
            return
        named = [m for m in ms if m.iri and m.cls in lx.FIRM and m.iri != target and m.kind in ("registry", "fuzzy", "discovered")]
        if cue_a is not None and any(m.end <= cue_a.start() and m.cls in lx.FIRM for m in named) and self.lang != "zh":
            return  # "Enflame's backers include …" is read by the patterns
        invs = []
        if cue_a is not None:
            invs += [m for m in named if m.start >= cue_a.end()] + [m for m in ms if m.start >= cue_a.end() and m.iri
                                                                   and m.cls in lx.ORG and m.cls not in lx.FIRM
                                                                   and m.cls != "GovernmentBody"]
        if cue_b is not None:
            clause = self._clause_start(s0, cue_b.start())
            invs += [m for m in named if clause <= m.start and m.end <= cue_b.start()]
        for iri in dict.fromkeys(m.iri for m in invs):
            self._add(iri, "investsIn", target, span, False, hedged, 0.55)

    def _use_cue(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """"MiniMax, the Shanghai start-up backed by Alibaba, said its model had run on 512 of Nvidia's H800s", "DeepSeek's
        next model was delayed after problems training on Ascend": a verb of use (training or running on, buying,
        using) with a product after it, in a clause whose first firm is not that product's maker: the firm uses it.
        A fallback for what no pattern read: nothing is added for a firm the sentence already relates to the product."""
        rx = _USE_CUE.get(self.lang)
        if rx is None or not rx.search(self.folded, s0, s1) or self._denies(self.folded[s0:s1]) or \
                self.text[s0:s1].rstrip().endswith(("?", "？")):
            return
        named = ("registry", "fuzzy", "discovered")
        makers = _registry_makers()
        related = {(c.subject, c.object) for c in self._sentence_claims(span)} | \
            {(c.object, c.subject) for c in self._sentence_claims(span)}
        for cue in rx.finditer(self.folded, s0, s1):
            clause = self._clause_start(s0, cue.start())
            if _USE_NOT_BEFORE.search(self.folded, max(s0, cue.start() - 30), cue.start()):
                continue  # "has ruled out buying", "Far from buying", "拒绝采购": no use
            subs = [m for m in ms if m.iri and m.cls in lx.FIRM - {"Foundry"} and m.kind in named + ("coref",)
                    and clause <= m.start and m.end <= cue.start() and not (_POSSESSIVE_AFTER.match(self.folded, m.end) and
                                                                             not _OWN_MODEL_AFTER.match(self.folded, m.end))
                    and not _UNLIKE_BEFORE.search(self.folded, max(s0, m.start - 25), m.start)]
            objs = [m for m in ms if m.iri and m.cls in lx.TECH and m.kind in named and cue.end() <= m.start
                    and m.start - cue.end() <= 40 and not re.search(r"[;；:：]", self.folded[cue.end():m.start])]
            if not subs or not objs:
                continue
            sub = subs[0]
            # "算能推出的服务器芯片SG2042，采用的正是玄铁C920核心": the chip the firm's clause ends on is what uses it
            user = [m for m in ms if m.iri and m.cls in ("Chip", "System") and m.kind in named and sub.end <= m.start
                    and m.end <= cue.start() and cue.start() - m.end <= 4] if self.lang == "zh" else []
            if user:
                sub = user[-1]
            first = objs[0]
            for o in [first] + [x for x in self._list_after(ms, first, lx.TECH) if x.kind in named]:
                if makers.get(o.iri) == sub.iri or self._named_maker(o.iri) == sub.iri or (sub.iri, o.iri) in related \
                        or any(c.predicate == "develops" and c.subject == sub.iri and c.object == o.iri
                               for c in self.claims.values()):
                    continue
                self._add(sub.iri, "uses", o.iri, span, False, hedged, 0.5)

    def _licence_need(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """"The H100 cannot be shipped to China without a licence from the Commerce Department", "per vendere l'H20
        serve una licenza del governo americano", "出口H20需要获得美国商务部的许可证": a licence requirement of the
        government named with the licence (after "licence from", "licenza del", before "的许可证"), restricting the
        chips the clause ships or sells."""
        rx = _LICENCE_NEED.get(self.lang)
        cue = rx.search(self.folded, s0, s1) if rx else None
        if cue is None or _LICENCE_NOT.search(self.folded, s0, s1) or lx.DENIAL[self.lang].search(self.folded, s0, s1) \
                or self.text[s0:s1].rstrip().endswith(("?", "？")):
            return
        trade = _TRADE_VERB[self.lang]
        clause0, clause1 = self._clause_start(s0, cue.start()), self._clause_end(cue.end(), s1)
        verbs = [v for v in trade.finditer(self.folded, clause0, clause1)]
        if not verbs:
            return
        chips = [m for m in ms if m.iri and m.cls in lx.PRODUCT and m.kind in ("registry", "fuzzy", "discovered", "coref")
                 and clause0 <= m.start and m.end <= clause1
                 and any(0 <= v.start() - m.end <= 60 or 0 <= m.start - v.end() <= 30 for v in verbs)]
        if not chips:
            return
        govs = [(m, c[0]) for m in ms if m.iri and (c := self._compatible(m, lx.GOV)) and c[0]]
        issuer = next((g[1] for g in govs if cue.start() <= g[0].start <= cue.end() + 50
                       and not _DESTINATION_BEFORE.search(self.folded, max(s0, g[0].start - 8), g[0].start)), None)
        if issuer is None:
            return
        pol = self._dated_policy("licence requirement", self.folded[s0:s1], cue.start() - s0, s0)
        if pol is None:
            ie = self._entity(issuer)
            en, it, zh = (t.format(iss=(ie.label(lg) if ie else self._label(issuer)))
                          for t, lg in zip(lx.POLICY_LABEL["licence requirement"], ("en", "it", "zh")))
            pol = self._mint(en, "Policy", labels=(("en", en), ("it", it), ("zh", zh)))
            self._mint_alt(pol, ((self.lang, " ".join(self.text[cue.start():cue.end()].split())),))
        self._add(pol, "imposedBy", issuer, span, False, hedged, 0.55)
        for c in chips:
            self._add(c.iri, "restrictedBy", pol, span, False, hedged, 0.55)

    def _respectively(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """"两家公司的总部分别位于上海和北京", "based in Shanghai and Beijing respectively", "con sede rispettivamente a
        Shanghai e Pechino": the n-th firm is headquartered in the n-th place."""
        rx = _RESPECTIVELY.get(self.lang)
        if rx is None or not rx.search(self.folded, s0, s1) or not _SEAT_WORD[self.lang].search(self.folded, s0, s1) \
                or self._denies(self.folded[s0:s1]):
            return
        firms: list[str] = []
        for m in ms:
            if m.iri and m.cls in lx.FIRM and m.kind in ("registry", "fuzzy", "discovered", "coref"):
                for iri in (m.iri,) + tuple(m.data.get("also", ())):
                    if iri not in firms:
                        firms.append(iri)
        places = [m.iri for m in ms if m.iri and m.cls in lx.PLACE and m.kind in ("registry", "fuzzy")]
        places = list(dict.fromkeys(places))
        if len(firms) < 2 or len(firms) != len(places):
            return
        for f, p in zip(firms, places):
            self._add(f, "headquarteredIn", p, span, False, hedged, 0.55)

    def _mutual_rivals(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """"Zhipu, MiniMax and Moonshot compete with one another", "si fanno concorrenza", "…等同属AI六小虎，彼此…竞争激烈":
        every two firms of the list compete."""
        rx = _MUTUAL.get(self.lang)
        cue = rx.search(self.folded, s0, s1) if rx else None
        if cue is None:
            return
        firms = [m for m in ms if m.iri and m.cls in lx.FIRM and m.kind in ("registry", "fuzzy", "discovered")
                 and m.end <= cue.start()]
        if not firms:
            return
        last = firms[-1]
        between = self.folded[last.end:cue.start()]
        if len(between) > (30 if self.lang == "zh" else 60) or re.search(r"[;；]", between) or \
                lx.NEGATION[self.lang].search(self.folded[last.end:cue.end()]) or self._denies(self.folded[s0:s1]):
            return
        group = [m for m in self._list_before(ms, last, lx.FIRM) if m.kind in ("registry", "fuzzy", "discovered")] + [last]
        iris = list(dict.fromkeys(m.iri for m in group))
        for i, a in enumerate(iris):
            for b in iris[i + 1:]:
                self._add(a, "competesWith", b, span, False, hedged, 0.6)

    def _subsidiary_pronoun(self, ms: list[Mention], s0: int, span, hedged: bool) -> None:
        """"Baidu ... its chip subsidiary Kunlunxin" -> Kunlunxin subsidiaryOf Baidu."""
        for m in ms:
            if m.cls not in lx.FIRM or not m.iri or m.kind == "coref":
                continue
            cue = lx.SUBSIDIARY_BEFORE.search(self.folded[max(s0, m.start - 40):m.start])
            if not cue or (self.lang == "zh" and re.match(r"[^，。；,]{0,8}?(?:业务|板块|产品线)", self.folded[m.end:m.end + 12])):
                continue  # "为旗下视觉及大模型业务提供算力": a line of business, not a company
            if self.lang == "zh" and re.search(r"(?:所|院|局|部|会|集团|公司|企业|银行|大学|基金|中心|实验室|厂)$",
                                               self.folded[max(s0, m.start - len(cue.group(0)) - 3):m.start - len(cue.group(0))]) \
                    and not any(f.end == m.start - len(cue.group(0)) and f.iri and f.cls in lx.FIRM for f in ms):
                continue  # "计算所旗下的中科算源": an owner the text names but the registry does not know, not the topic
            cut = m.start - min(4, len(cue.group(0)))  # "长江存储旗下的武汉新芯": the owner right before the cue
            # (a government or an institute owns too: "深圳市政府旗下的深圳重大产业投资集团", "计算所旗下的中科算源")
            firms = [f for f in ms if f.end <= cut and f.iri and f.cls in lx.ORG and f.cls != "MediaOutlet"]
            if firms and firms[-1].iri == m.iri:
                continue  # "上汽集团旗下的上汽香港": a unit named after its owner that the registry does not know
            c0 = max(s0, m.start - 40) + cue.start()
            # the topic firm only for a pronoun ("its unit", "其子公司") or a bare cue: "计算所旗下的X" names an owner
            # the extractor does not know, not the topic
            bare = c0 <= s0 or not self.folded[c0 - 1].isalnum() or re.match(r"\s*(?:its|their|la|le|其)", cue.group(0))
            owner = firms[-1].iri if firms else (self.topic.get("firm") if bare else None)
            if self.lang == "zh" and c0 > s0 and self.folded[c0 - 1] == ",":
                # "华为…受到美国商务部…限制，旗下海思…": a clause opening with 旗下 belongs to the sentence's firm
                first = next((f for f in ms if f.end <= cut and f.iri and f.cls in lx.FIRM), None)
                owner = first.iri if first else self.topic.get("firm")
            if owner and owner != m.iri:
                self._add(m.iri, "subsidiaryOf", owner, span, False, hedged, 0.7)

    def _backers(self, ms: list[Mention], s0: int, span, hedged: bool) -> None:
        """"MetaX ... Its early backers include HongShan and X" -> HongShan investsIn MetaX."""
        for m in ms:
            if m.cls not in lx.ORG or not m.iri or m.kind == "coref" or m.cls == "MediaOutlet":
                continue
            mt = lx.BACKERS_BEFORE.search(self.folded[max(s0, m.start - 120):m.start])
            if not mt:
                continue
            cut = m.start - (len(mt.group(0)))
            firms = [f for f in ms if f.end <= cut and f.iri and f.cls in lx.FIRM]
            owner = firms[-1].iri if firms else self.topic.get("firm")
            if owner and owner != m.iri:
                self._add(m.iri, "investsIn", owner, span, False, hedged, 0.7)

    def _sentence_claims(self, span) -> list[Claim]:
        return [self.claims[k] for k in self.by_span.get(span[0], ())]

    def _known_maker(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """A registry product and the firm the registry names it after, both named in one sentence that states no
        maker of it and no denial: "Nvidia said sales of the H20 fell" -> Nvidia develops the H20. Likewise a unit
        and its parent, a product and its foundry (ontology/parents.tsv, foundries.tsv)."""
        makers = _registry_makers()
        if self._denies(self.folded[s0:s1]):
            return
        named = {m.iri for m in ms if m.iri and m.kind in ("registry", "fuzzy") and m.cls in lx.FIRM
                 and not (_CJK.match(self.text, m.start - 1) and _CJK.match(self.text, m.end))}  # not "兆瀚DeepSeek一体机"
        stated = {c.object for c in self._sentence_claims(span) if c.predicate == "develops"}
        yardsticks = {c.object for c in self._sentence_claims(span) if c.predicate in _YARDSTICK}
        units = _units_of()
        for m in ms:
            maker = self._maker_of_known(m, makers)
            if not maker or m.iri in stated or m.iri in yardsticks or self._architecture(m):
                continue
            if maker in named:
                self._add(maker, "develops", m.iri, span, False, hedged, 0.6)
            for u in units.get(maker, ()) if m.cls == "Chip" else ():
                if u in named:  # "semiconduttori progettati dalla controllata HiSilicon, dai processori Kirin"
                    self._add(u, "develops", m.iri, span, False, hedged, 0.55)
        # the same for a unit and its parent ("HiSilicon" and Huawei), a product and its one foundry (ontology/*.tsv)
        parents, fabs, stakes_in = ontology.unit_parents(), ontology.product_foundries(), _stakes_in()
        orgs = named | {m.iri for m in ms if m.iri and m.kind in ("registry", "fuzzy") and m.cls in lx.ORG}
        deal = _DEAL.search(self.folded[s0:s1]) is not None
        claims = self._sentence_claims(span)
        for m in ms:
            if not m.iri or m.kind not in ("registry", "fuzzy"):
                continue
            # (not from "Regulators blocked Nvidia's purchase of Mellanox": the deal is the news, not a known fact)
            parent = None if deal else parents.get(m.iri)
            if parent and parent in orgs and not any(c.subject == m.iri and c.predicate == "subsidiaryOf" for c in claims):
                self._add(m.iri, "subsidiaryOf", parent, span, False, hedged, 0.6)
            for inv in () if deal else stakes_in.get(m.iri, ()):
                if inv in orgs and not any(c.object == m.iri and c.predicate == "investsIn" and c.subject == inv for c in claims):
                    self._add(inv, "investsIn", m.iri, span, False, hedged, 0.6)
            fab = fabs.get(m.iri)
            if fab and fab in named and not any(c.subject == m.iri and c.predicate == "manufacturedBy" for c in claims):
                self._add(m.iri, "manufacturedBy", fab, span, False, hedged, 0.6)

    def _typed_probe(self, ms: list[Mention], govs, s0: int, a: int, b: int, span, hedged: bool) -> None:
        """"MOFCOM launched an anti-dumping investigation into analog chips from the US", "商务部…进行反倾销立案调查": an
        investigation of a named kind with no firm or product as its target is a measure of the clause's first
        government (its date is read like a named measure's)."""
        kind = _PROBE_KIND.search(self.folded, a, b)
        if kind is None:
            return
        clause = self._clause_start(s0, a)
        issuer = next((g for g in govs if clause <= g[0].start and g[0].end <= a), None)
        if issuer is None or lx.NEGATION[self.lang].search(self.folded, issuer[0].end, a) or \
                lx.MEASURE_LIFTED[self.lang].search(self.folded, issuer[0].end, b):
            return
        gov = self._entity(issuer[1])
        if gov is None:
            return
        word = next(k for k, v in _PROBE_KINDS.items() if v.search(kind.group(0)))
        name = f"{gov.label('en')} {word} investigation"
        labels = [("en", name)]
        if self.lang in ("it", "zh"):
            labels.append((self.lang, " ".join(self.text[a:b].split())))
        pol = self._mint(name, "Policy", labels=tuple(labels))
        self._add(pol, "imposedBy", issuer[1], span, False, hedged, 0.55)
        here = next((m for m in ms if m.kind == "policy" and m.iri is None and m.start < b and a < m.end), None)
        if here is not None:
            here.iri = pol  # the description is this measure
        else:
            ms.append(Mention(a, b, pol, "Policy", kind="discovered", conf=0.6))

    def _measure_act(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """A government that bans or investigates a named firm or product, with no measure named in the sentence
        (lexicon.MEASURE_ACT): a measure minted from the act ("Australian government ban on DeepSeek"), imposedBy the
        government and restricting the target. Not in a sentence that denies, negates the act or lifts it."""
        rx = lx.MEASURE_ACT.get(self.lang)
        seg = self.folded[s0:s1]
        if rx is None:
            return
        # (a revoked licence is a measure, not the lifting of one)
        unrevoked = rx.sub(lambda a: " " * len(a.group(0)) if a.groupdict().get("revoke") else a.group(0), seg)
        if lx.DENIAL[self.lang].search(seg) or lx.MEASURE_LIFTED[self.lang].search(unrevoked):
            return
        targets = [m for m in ms if m.iri and (m.cls in lx.FIRM or m.cls in lx.TECH)]
        restricted = {c.subject for c in self._sentence_claims(span) if c.predicate in ("restrictedBy", "excludedBy")}
        govs = [(m, c[0]) for m in ms if m.iri and (c := self._compatible(m, lx.GOV)) and c[0]]
        revokes = [(s0 + a.start(), s0 + a.end()) for a in rx.finditer(seg) if a.groupdict().get("revoke")]
        if any(m.cls in lx.POLICY and not any(a <= m.start and m.end <= b for a, b in revokes) for m in ms):
            for m in [m for m in ms if m.kind == "policy" and m.iri is None]:
                # "MOFCOM launched an anti-dumping investigation into analog chips": no named target after it
                if not any(t.start >= m.end and t.start - m.end <= 60 for t in targets):
                    self._typed_probe(ms, govs, s0, m.start, m.end, span, hedged)
            self._policy_on(ms, targets, restricted, span, hedged)
            return  # a named measure: the relation patterns read it
        reach = 80 if self.lang == "zh" else 110
        for act in rx.finditer(seg):
            a, b = s0 + act.start(), s0 + act.end()
            passive = self.lang in lx.MEASURE_PASSIVE and lx.MEASURE_PASSIVE[self.lang].search(
                self.folded, max(s0, a - 30), a)
            bei = next((g for g in reversed(govs) if g[0].end <= a and re.fullmatch(r"(?:[以因]\S{0,8})?", self.folded[g[0].end:a])
                        and self.folded[max(s0, g[0].start - 1):g[0].start] == "被"), None) if self.lang == "zh" else None
            if bei is not None:  # "英伟达H20于4月被美国禁售": the target before 被, the issuer after it
                before = [t for t in targets if t.end <= bei[0].start - 1 and bei[0].start - 1 - t.end <= 30]
                target = before[-1] if before else None
                issuer = bei
            elif passive:
                before = [t for t in targets if t.end <= a and a - t.end <= 40]
                target = before[-1] if before else None
                issuer = next((g for g in govs if g[0].start >= b and g[0].start - b <= 40), None)
            else:
                issuer = next((g for g in reversed(govs) if g[0].end <= a and a - g[0].end <= reach), None)
                target = None
                if issuer is not None and self.lang == "zh":
                    dui = self.folded.rfind("对", issuer[0].end, a)
                    if dui >= 0:  # "对高通公司开展立案调查"
                        target = next((t for t in targets if dui < t.start and t.end <= a), None)
                if target is None:
                    after = [t for t in targets if t.start >= b and t.start - b <= reach]
                    target = after[0] if after else None
                    if target is not None and len(after) > 1 and after[1].start - target.end <= 3 and \
                            after[1].cls in lx.TECH:
                        target = after[1]  # "Nvidia's H20", "英伟达的H20": the product
            if issuer is not None and target is None and not passive:
                self._typed_probe(ms, govs, s0, a, b, span, hedged)
                continue
            if issuer is None or target is None or target.iri in restricted:
                continue
            gap = (issuer[0].end, a) if not passive else (b, issuer[0].start)
            if lx.NEGATION[self.lang].search(self.folded, *gap) or any(c in self.folded[gap[0]:gap[1]] for c in ";；"):
                continue
            gov, tgt = self._entity(issuer[1]), self._entity(target.iri)
            if gov is None or tgt is None:
                continue
            ban = act.group("ban") is not None
            if act.groupdict().get("black") and issuer[1].endswith(lx.ENTITY_LIST_ISSUERS):
                listed = self.gaz.lookup("Entity List")  # "Washington blacklisted SMIC": the Entity List
                if listed:
                    self._add(listed, "imposedBy", issuer[1], span, False, hedged, 0.55)
                    self._add(target.iri, "restrictedBy", listed, span, False, hedged, 0.55)
                    restricted.add(target.iri)
                    continue
            if act.groupdict().get("restrict"):  # "The Netherlands restricted ASML's exports": the issuer's export controls
                pol = self._issuer_controls(issuer[1], span, hedged)
                if pol:
                    self._add(target.iri, "restrictedBy", pol, span, False, hedged, 0.55)
                    restricted.add(target.iri)
                continue
            revoke = act.groupdict().get("revoke") is not None
            dated = self._dated_policy("export controls", self.folded[s0:s1], a - s0, s0) \
                if ban and not revoke and target.cls in lx.TECH else None
            if dated:  # "On October 7th America's Commerce Department barred the sale to China of … Nvidia's A100": that
                # month's registry export controls, not a ban of its own
                self._add(dated, "imposedBy", issuer[1], span, False, hedged, 0.55)
                for t in [target] + self._list_after(ms, target, lx.TECH):
                    self._add(t.iri, "restrictedBy", dated, span, False, hedged, 0.55)
                    restricted.add(t.iri)
                continue
            if revoke:  # one act for every firm whose licence it revokes
                name = f"{gov.label('en')} licence revocation"
                labels = [("en", name), ("zh", f"{gov.label('zh')}吊销许可"), ("it", f"revoca delle licenze di {gov.label('it')}")]
            else:
                en, zh, it = ("ban on", "禁令", "divieto") if ban else ("investigation into", "调查", "indagine")
                name = f"{gov.label('en')} {en} {tgt.label('en')}"
                labels = [("en", name)]
                if self.lang == "zh":
                    labels.append(("zh", f"{gov.label('zh')}对{tgt.label('zh')}的{zh}"))
                elif self.lang == "it":
                    labels.append(("it", f"{it} di {gov.label('it')} su {tgt.label('it')}"))
            pol = self._mint(name, "Policy", labels=tuple(labels))
            self._add(pol, "imposedBy", issuer[1], span, False, hedged, 0.55)
            # "revoked licences that allowed Intel and Qualcomm to sell": every firm of the list
            for t in [target] + (self._list_after(ms, target, lx.FIRM) if revoke else []):
                self._add(t.iri, "restrictedBy", pol, span, False, hedged, 0.55)
                restricted.add(t.iri)

    def _issuer_controls(self, issuer: str, span, hedged: bool) -> str | None:
        """The export controls of a government ("Dutch export controls"), minted once per article, imposedBy it."""
        if self._entity(issuer) is None:
            return None
        earlier = self._described_policy(issuer)
        if earlier:
            return earlier[0]
        en, it, zh, _demonym = self._policy_labels("export controls", issuer)
        iri = self._mint(en, "Policy", labels=(("en", en), ("it", it), ("zh", zh)))
        self.described_policies[iri] = issuer
        self._add(iri, "imposedBy", issuer, span, False, hedged, 0.55)
        return iri

    def _policy_on(self, ms: list[Mention], targets: list[Mention], restricted: set, span, hedged: bool) -> None:
        """A measure and the firm or product named right after it: "the sanctions against Huawei", "l'indagine della
        SAMR su Qualcomm", "对高通的调查" -> the target restrictedBy the measure, unless the sentence already restricts it."""
        rx = lx.POLICY_ON.get(self.lang)
        for p in ms:
            if p.cls not in lx.POLICY or not (p.iri or p.kind == "policy"):
                continue
            tgt = None
            if rx is not None:
                gap = rx.match(self.folded, p.end)
                if gap is not None:
                    tgt = next((t for t in targets if t.start == gap.end()), None)
            elif self.lang == "zh":
                dui = self.folded.rfind("对", max(0, p.start - 16), p.start)
                if dui >= 0:
                    tgt = next((t for t in targets if t.start == dui + 1 and _ZH_IMPOSE_GAP.fullmatch(self.folded, t.end, p.start)),
                               None)  # "对华为的调查", "对阿斯麦实施出口管制"
            if tgt is None:
                continue
            nxt = next((t for t in targets if 0 <= t.start - tgt.end <= 3 and t.cls in lx.TECH), None)
            if nxt is not None and self.folded[tgt.end:nxt.start] in ("'s ", "' ", "的", "s "):
                tgt = nxt  # "Nvidia's H20": the product
            pol = p.iri or self._bind(p)
            if pol and tgt.iri not in restricted and tgt.iri != pol:
                self._add(tgt.iri, "restrictedBy", pol, span, False, hedged, 0.55)
                restricted.add(tgt.iri)

    def _list_membership(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """A firm placed on a registry list in any wording ("Sophgo goes on the Entity List", "Fujian Jinhua, a DRAM
        maker on the US Entity List", "the Entity List now includes Biren", "finita nell'Entity List", "已被列入实体清单的
        海光"): the firm restrictedBy the list, when no pattern read it and nothing in between negates it."""
        lists = [m for m in ms if m.iri and m.cls in lx.POLICY and m.kind in ("registry", "fuzzy")
                 and self._label(m.iri).lower().endswith("list")]
        if not lists and self.last_list and not any(m.cls in lx.POLICY for m in ms) and not self._denies(self.folded[s0:s1]):
            if self.lang == "en":
                self._also_added(ms, s0, s1, span, hedged)
            self._listed_include(ms, s0, s1, span, hedged)
        if not lists or self._denies(self.folded[s0:s1]):
            return
        firms = [m for m in ms if m.iri and m.cls in lx.FIRM | lx.MEDIA
                 and m.kind in ("registry", "fuzzy", "discovered", "coref")]
        done = {c.subject for c in self._sentence_claims(span) if c.predicate in ("restrictedBy", "excludedBy")}
        before_rx, incl_rx = lx.LIST_BEFORE.get(self.lang), lx.LIST_INCLUDES.get(self.lang)
        for lm in lists:
            picked: list[Mention] = []
            if before_rx is not None and before_rx.search(self.folded, max(s0, lm.start - 40), lm.start):
                prior = [f for f in firms if f.end <= lm.start]
                if prior and self.lang == "en" and re.match(r"'s?\s", self.folded[prior[-1].end:prior[-1].end + 3]):
                    prior = []  # "added ACM Shanghai, ACM Research's principal subsidiary, and ... to the Entity List": a possessor
                while len(prior) > 1 and self.lang in ("en", "it") and (self._inside_parenthetical(
                        s0, prior[-1], self.folded[prior[-1].end:lm.start]) or re.match(r"-[a-z]", self.folded[prior[-1].end:])):
                    prior = prior[:-1]  # "Ymtc, … rivale diretto di Western Digital, è nella Entity List": the head
                    # (every name in it: "YMTC, which counts the … Investment Fund — the Big Fund — among its shareholders")
                if prior:
                    f = prior[-1]
                    gap = self.folded[f.end:lm.start]
                    if len(gap) <= (40 if self.lang == "zh" else 90) and not re.search(r"[;:；：]", gap) and \
                            not _OTHER_PHRASE.get(self.lang, _OTHER_PHRASE["zh"]).search(gap) and not _NEW_REFERENT.search(gap):
                        picked.append(f)
                if self.lang == "zh" and re.match(r"(?:名单|清单)?(?:上)?的", self.folded[lm.end:lm.end + 3]):
                    nxt = next((f for f in firms if 0 <= f.start - lm.end <= 4), None)  # "列入实体清单的海光信息"
                    if nxt is not None:
                        picked = [nxt]
            front = _ADDED_TO_FRONT.get(self.lang)
            if front is not None and front.search(self.folded, max(s0, lm.start - 40), lm.start):
                after = [f for f in firms if f.start >= lm.end]  # "ha aggiunto alla Entity List GMC e Jicun"
                if after and re.fullmatch(r"\s*(?::\s*)?(?:anche\s+|(?:le|la|il|i|gli|lo|the)\s+|l')?", self.folded[lm.end:after[0].start]):
                    picked.append(after[0])
                    picked += self._list_after(ms, after[0], lx.FIRM)
            if incl_rx is not None:
                after = [f for f in firms if f.start > lm.end]
                if after and incl_rx.fullmatch(self.folded, lm.end, after[0].start):
                    picked.append(after[0])
                    picked += self._list_after(ms, after[0], lx.FIRM)
            for f in picked:
                if f.iri not in done and not self._negated(self.folded[min(f.end, lm.end):max(f.start, lm.start)],
                                                          s0, min(f.start, lm.start)):
                    self._add(f.iri, "restrictedBy", lm.iri, span, False, hedged, 0.6)
                    done.add(f.iri)

    def _also_added(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """"X and Y were also added", in a sentence that names no measure, after one that named a list: both are on
        that list (the last registry list the article named)."""
        for m in ms:
            if not m.iri or m.cls not in lx.FIRM or m.kind not in ("registry", "fuzzy", "discovered"):
                continue
            if _ALSO_ADDED.match(self.folded, m.end, s1):  # (_add refuses a listing still in prospect)
                for f in [m] + self._list_before(ms, m, lx.FIRM):
                    self._add(f.iri, "restrictedBy", self.last_list, span, False, hedged, 0.55)

    def _listed_include(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """"此次被列入的企业包括复旦微电子…", "The companies added on Monday include X and Y", "Tra le societa aggiunte
        figurano X e Y", in a sentence that names no measure, after one that named a list: the firms named after the
        cue are on that list."""
        rx = _LISTED_INCLUDE.get(self.lang)
        cue = rx.search(self.folded, s0, s1) if rx else None
        if cue is None:
            return
        after = [m for m in ms if m.iri and m.cls in lx.FIRM and m.kind in ("registry", "fuzzy", "discovered")
                 and m.start >= cue.end()]
        if not after or len(self.folded[cue.end():after[0].start]) > 6:
            return
        for f in [after[0]] + self._list_after(ms, after[0], lx.FIRM):
            if f.kind in ("registry", "fuzzy", "discovered"):
                self._add(f.iri, "restrictedBy", self.last_list, span, False, hedged, 0.55)

    def _known_home(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """A registry firm and the city the registry knows as its home (ontology/homes.tsv) named in one sentence that
        denies nothing and places the firm nowhere else: "Huawei's Shenzhen campus", "SMIC … in Shanghai"."""
        if self._denies(self.folded[s0:s1]):
            return
        claims = self._sentence_claims(span)
        used: dict[str, set] = {}  # a city already placing another firm serves that firm (and the firms listed with it)
        for c in claims:
            if c.predicate in ("headquarteredIn", "locatedIn"):
                used.setdefault(c.object, set()).add(c.subject)
        cities = {m.iri for m in ms if m.iri and m.cls in lx.CITY and m.kind in ("registry", "fuzzy")
                  and not _DATELINE.match(self.text, m.start) and not (
                      fold_label(self._label(m.iri)) in lx.METONYMY and _GOV_ACTS[self.lang].match(self.folded, m.end))}
        if not cities:
            return
        placed = {c.subject for c in claims if c.predicate == "headquarteredIn"}
        homes = ontology.firm_homes()
        for m in ms:
            if not m.iri or m.cls not in lx.FIRM or m.kind not in ("registry", "fuzzy") or m.iri in placed:
                continue
            home = homes.get(m.iri)
            if home and home[1] in used:
                mates = {x.iri for x in self._list_before(ms, m, lx.FIRM) + self._list_after(ms, m, lx.FIRM)}
                if not mates & used[home[1]]:
                    continue
            if home and home[1] in cities:
                self._add(m.iri, "headquarteredIn", home[1], span, False, hedged, 0.6)
                placed.add(m.iri)

    def _article_year(self) -> int | None:
        """The year of the article's date (a listing is stated only from the year it began), if it has one."""
        return int(str(self.a.date)[:4]) if re.match(r"\d{4}", str(self.a.date or "")) else None

    def _known_restriction(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """A firm or chip known to be on a registry list or under a registry policy since a year (ontology/listings.tsv)
        named with that policy in one sentence of an article of that year or later that denies nothing: "Huawei has
        learned to live with the Entity List" -> restrictedBy. Not for a firm named as a modifier ("与华为关系密切的")."""
        pols = [m for m in ms if m.iri and m.cls in lx.POLICY and m.kind in ("registry", "fuzzy")]
        if not pols or self._denies(self.folded[s0:s1]):
            return
        listed = ontology.known_listings()
        year = self._article_year()
        done = {(c.subject, c.object) for c in self._sentence_claims(span) if c.predicate in ("restrictedBy", "excludedBy")}
        for p in pols:
            for f in ms:
                since = listed.get((f.iri, p.iri)) if f.iri and f.kind in ("registry", "fuzzy") else None
                if since is None or (f.iri, p.iri) in done or (year is not None and year < since):
                    continue
                if _MODIFIER_BEFORE.search(self.folded, max(s0, f.start - 12), f.start) or \
                        _MODIFIER_AFTER.match(self.folded, f.end):
                    continue  # not "与华为关系密切的设备商", "a Huawei-led consortium"
                # a chip an export-control round barred from China is excluded by it (the ontology's "bars outright");
                # a list or a licence requirement restricts
                barred = f.cls in lx.PRODUCT and self._label(p.iri).endswith("export controls")
                self._add(f.iri, "excludedBy" if barred else "restrictedBy", p.iri, span, False, hedged, 0.55)
                done.add((f.iri, p.iri))

    def _known_issuer(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """A registry policy of known jurisdiction and a government body of that jurisdiction named in one sentence
        that denies nothing and gives the policy no issuer: "Washington's Entity List", "Commerce ... the Entity List"
        -> imposedBy the body nearest the policy (lexicon.POLICY_JURISDICTION)."""
        if self._denies(self.folded[s0:s1]):
            return
        issued = {c.subject for c in self._sentence_claims(span) if c.predicate == "imposedBy"}
        govs = [(m, c[0]) for m in ms if m.iri and (c := self._compatible(m, lx.GOV)) and c[0]
                and self._cls(c[0]) == "GovernmentBody"]
        if not govs:
            return
        for p in ms:
            if not p.iri or p.cls not in lx.POLICY or p.kind not in ("registry", "fuzzy") or p.iri in issued:
                continue
            mine = lx.POLICY_JURISDICTION.get(self._label(p.iri))
            if mine is None or _ENACTED.search(self._label(p.iri)):
                continue  # a law or a plan is enacted by a legislature or a cabinet, not by whoever is named
            fit = [(abs(g.start - p.start), iri) for g, iri in govs
                   if next((j for j, rx in lx.ISSUER_JURISDICTION if rx.match(self._label(iri))), None) == mine]
            parents = ontology.unit_parents()
            fit = [(d, iri) for d, iri in fit if not any(parents.get(o) == iri for _d, o in fit)]  # BIS, not Commerce
            if fit:
                self._add(p.iri, "imposedBy", min(fit)[1], span, False, hedged, 0.55)
                issued.add(p.iri)

    def _maker_of_known(self, m: Mention, makers: dict[str, str]) -> str | None:
        """The known maker of a registry product, or of a discovered model whose name starts with a registry product
        of known maker ("MLU370-X8" is a Cambricon MLU370)."""
        if not m.iri:
            return None
        if m.kind in ("registry", "fuzzy"):
            return makers.get(m.iri)
        if m.kind != "discovered" or m.cls not in lx.TECH:
            return None
        for o in self.gaz.prefixes(fold(self.text[m.start:m.end])):
            if o in makers and self.gaz.entities[o].cls in lx.TECH:
                return makers[o]
        return None

    def _architecture(self, m: Mention) -> bool:
        """A product named as an architecture or generation ("the Hopper architecture", "Blackwell-based",
        "以Blackwell架构为基础"): background, not a product the article is about."""
        return bool(_ARCH_AFTER.match(self.folded, m.end) or _ARCH_BEFORE.search(self.folded, max(0, m.start - 16), m.start))

    def _denies(self, seg: str) -> bool:
        """Whether a sentence denies or negates anything (a negation, a denial, "no"/"nessun" before a noun): such a
        sentence states no world knowledge of its own."""
        return bool(lx.NEGATION[self.lang].search(seg) or lx.DENIAL[self.lang].search(seg)
                    or _NO_DET.get(self.lang, _NO_DET["en"]).search(seg))

    def _known_in_article(self, sents, ms_all: list[Mention]) -> None:
        """A registry product whose known maker (a unit whose known parent) the article names within _WINDOW
        sentences, in no sentence together: the fact, quoted from the first sentence that names the product (unit)
        and denies nothing."""
        known = [(m.start, m.iri) for m in ms_all if m.iri and m.kind in ("registry", "fuzzy")]
        firm_at = [(at, i) for at, i in known if self._cls(i) in lx.FIRM]
        org_at = [(at, i) for at, i in known if self._cls(i) in lx.ORG]
        made = {c.subject for c in self.claims.values() if c.predicate == "manufacturedBy"}
        developed = {c.object for c in self.claims.values() if c.predicate == "develops" and c.polarity == POSITIVE}
        # (not foundries: an article that names a chip and a foundry apart is mostly about something else)
        tables = [(_registry_makers(), "develops", True, firm_at, made),
                  (ontology.unit_parents(), "subsidiaryOf", False, org_at, set())]
        for table, pred, other_is_subject, where, skip in tables:
            have = {(c.subject, c.object) for c in self.claims.values() if c.predicate == pred}
            named = {i for _a, i in where}
            done = set()
            for m in ms_all:
                other = self._maker_of_known(m, table) if pred == "develops" else (
                    table.get(m.iri) if m.iri and m.kind in ("registry", "fuzzy") else None)
                if pred == "develops" and (m.iri in developed or self._architecture(m)):
                    continue  # another firm is said to develop it ("T-Head ... Yitian 710"), or it is an architecture
                inside = pred == "subsidiaryOf" and other is not None and "(" in self.folded[m.start:m.end] and \
                    other in self.gaz.prefixes(self.folded[m.start:m.end])
                if not other or (other not in named and not inside) or m.iri in done or m.iri in skip:
                    continue  # (a legal name with a seat holds its parent's: "SK Hynix Semiconductor (China)", "中芯国际…（北京）")
                s_, o_ = (other, m.iri) if other_is_subject else (m.iri, other)
                if (s_, o_) in have:
                    continue
                k = next(j for j, (a, b) in enumerate(sents) if a <= m.start < b)
                s0, s1 = sents[k]
                w0, w1 = sents[max(0, k - _WINDOW)][0], sents[min(len(sents) - 1, k + _WINDOW)][1]
                if not inside and not any(w0 <= at < w1 and i == other for at, i in where):
                    continue
                seg = self.folded[s0:s1]
                if self._denies(seg) or (pred != "develops" and _DEAL.search(seg)) or (pred == "develops" and any(
                        c.object == m.iri and c.predicate in _YARDSTICK for c in self._sentence_claims(_trim(self.text, s0, s1)))):
                    continue  # "比80GB的H100还多", "compatibile con CUDA": a yardstick, not the article's subject
                done.add(m.iri)
                self._add(s_, pred, o_, _trim(self.text, s0, s1), False, bool(lx.HEDGE[self.lang].search(seg)), 0.5)
                for u in _units_of().get(other, ()) if pred == "develops" and m.cls == "Chip" else ():
                    if any(x.iri == u and s0 <= x.start < s1 for x in ms_all):  # "progettati dalla controllata HiSilicon"
                        self._add(u, pred, o_, _trim(self.text, s0, s1), False, bool(lx.HEDGE[self.lang].search(seg)), 0.45)

    def _stakes_in_article(self, sents, ms_all: list[Mention]) -> None:
        """A known stake (ontology/investors.tsv) whose investor the article names within _WINDOW sentences of the
        investee but in no sentence with it: investsIn, quoted from the investee's first sentence that speaks of
        funding and denies nothing ("Enflame raised a new round. Tencent led it.")."""
        stakes = _stakes_in()
        at = {}
        for m in ms_all:
            if m.iri and m.kind in ("registry", "fuzzy"):
                at.setdefault(m.iri, []).append(m.start)
        have = {(c.subject, c.object) for c in self.claims.values() if c.predicate == "investsIn"}
        for m in ms_all:
            if not m.iri or m.kind not in ("registry", "fuzzy") or m.iri not in stakes:
                continue
            k = next(j for j, (a, b) in enumerate(sents) if a <= m.start < b)
            s0, s1 = sents[k]
            w0, w1 = sents[max(0, k - _WINDOW)][0], sents[min(len(sents) - 1, k + _WINDOW)][1]
            seg = self.folded[s0:s1]
            if self._denies(seg) or _DEAL.search(seg) or not _FUNDING_CUE[self.lang if self.lang in _FUNDING_CUE else "en"].search(seg):
                continue
            for inv in stakes[m.iri]:
                if (inv, m.iri) in have or not any(w0 <= x < w1 for x in at.get(inv, ())):
                    continue
                self._add(inv, "investsIn", m.iri, _trim(self.text, s0, s1), False,
                          bool(lx.HEDGE[self.lang].search(seg)), 0.5)
                have.add((inv, m.iri))

    def _listed_in_article(self, sents, ms_all: list[Mention]) -> None:
        """A firm or chip known to be under a registry policy (ontology/listings.tsv) whose policy the article names
        within _WINDOW sentences but in no sentence with it: restrictedBy (excludedBy for a chip and the export-control
        round that barred it), quoted from the first sentence that names the entity and denies nothing, in an article
        dated from the year the listing began."""
        listed = ontology.known_listings()
        year = self._article_year()
        pol_at = [(m.start, m.iri) for m in ms_all if m.iri and m.cls in lx.POLICY and m.kind in ("registry", "fuzzy")]
        pol_at += [(at, iri) for at, iri in self.policy_corefs if self._is_list(iri)]
        if not pol_at:
            return
        have = {(c.subject, c.object) for c in self.claims.values() if c.predicate in ("restrictedBy", "excludedBy")}
        for m in ms_all:
            if not m.iri or m.kind not in ("registry", "fuzzy"):
                continue
            for _at, pol in pol_at:
                since = listed.get((m.iri, pol))
                if since is None or (m.iri, pol) in have or (year is not None and year < since):
                    continue
                k = next(j for j, (a, b) in enumerate(sents) if a <= m.start < b)
                s0, s1 = sents[k]
                w0, w1 = sents[max(0, k - _WINDOW)][0], sents[min(len(sents) - 1, k + _WINDOW)][1]
                seg = self.folded[s0:s1]
                if not any(w0 <= at < w1 and i == pol for at, i in pol_at) or self._denies(seg) or \
                        not _LISTING_CUE[self.lang if self.lang in _LISTING_CUE else "en"].search(seg) or \
                        _MODIFIER_BEFORE.search(self.folded, max(s0, m.start - 12), m.start) or \
                        _MODIFIER_AFTER.match(self.folded, m.end):
                    continue
                barred = m.cls in lx.PRODUCT and self._label(pol).endswith("export controls")
                self._add(m.iri, "excludedBy" if barred else "restrictedBy", pol, _trim(self.text, s0, s1), False,
                          bool(lx.HEDGE[self.lang].search(seg)), 0.5)
                have.add((m.iri, pol))

    def _maker_in_name(self, ms: list[Mention], span, hedged: bool) -> None:
        """"Nvidia H20", "华为昇腾910C" matched as one product label -> the maker develops it."""
        for m in ms:
            if m.cls not in lx.TECH or not m.iri or m.kind not in ("registry", "fuzzy"):
                continue
            maker = _maker_prefix(self.gaz, self.text[m.start:m.end], m.iri)
            if maker:
                self._add(maker, "develops", m.iri, span, False, hedged, 0.75)
                self.implied_makers.add((span[0], maker))
        for m in ms:  # "华为海思", "Huawei HiSilicon": a unit named with its parent before its own name (not "阿里云",
            # "Tencent Cloud": a name alone states no ownership)
            if m.cls in lx.FIRM and m.iri and m.kind == "registry":
                surf = fold(self.text[m.start:m.end])
                for o in self.gaz.prefixes(surf):
                    e = self.gaz.entities[o]
                    if o != m.iri and e.cls in lx.FIRM - {"Organization"} and any(  # (not "Tsinghua" + "Unigroup")
                            surf.startswith(fold(lab)) and self.gaz.lookup(surf[len(fold(lab)):].strip()) == m.iri
                            for _lg, lab in e.labels + e.alt_labels):
                        self._add(m.iri, "subsidiaryOf", o, span, False, hedged, 0.7)
        for m in ms:  # "中国电信人工智能研究院", "中芯北方集成电路制造（北京）有限公司": a unit named after its parent
            if m.kind == "discovered" and m.iri and m.data.get("unit_of") and m.data["unit_of"] != m.iri \
                    and not self._no_longer_of(m.data["unit_of"]):
                self._add(m.iri, "subsidiaryOf", m.data["unit_of"], span, False, hedged, 0.7)
        for m in ms:  # "江苏无锡"
            if m.cls == "City" and m.iri and m.start in self.province_of:
                self._add(m.iri, "locatedIn", self.province_of[m.start], span, False, hedged, 0.7)
        for m in ms:  # "台积电（南京）", "Hua Hong Manufacturing (Wuxi)": a unit's seat in brackets is where it is
            seat = _SEAT_IN_NAME.search(self.folded, m.start, m.end) if m.kind in ("discovered", "registry") and \
                m.cls in lx.FIRM else None
            if not (seat and m.iri and _LEGAL_AFTER_SEAT.fullmatch(self.folded, seat.end(), m.end)):
                continue
            city = self.gaz.lookup(seat.group(1))
            if m.kind == "registry" and not (city and self._cls(city) in ("City", "Country")):
                continue  # ("浪潮信息（000977）": a stock code, no seat)
            if m.kind == "registry":  # a registry unit named after its parent ("Infineon Technologies (Wuxi)")
                parent = ontology.unit_parents().get(m.iri) or next(
                    (o for o in reversed(self.gaz.prefixes(self.folded[m.start:m.end]))
                     if o != m.iri and self._cls(o) in lx.ORG), None)
                if parent is None or self._seated_at_home(self.text[m.start:m.end], parent):
                    continue  # ("中微半导体设备（上海）股份有限公司": the firm's own legal name, no unit)
                if not self._no_longer_of(parent):  # ("non appartiene più a Intel": still in Dalian, no longer Intel's)
                    self._add(m.iri, "subsidiaryOf", parent, span, False, hedged, 0.65)
            if city and self._cls(city) == "City":
                self._add(m.iri, "locatedIn", city, span, False, hedged, 0.65)
        for m in ms:  # "la lista nera del dipartimento del Commercio": a registry policy named with its issuer
            if m.cls == "Policy" and m.kind == "registry" and m.iri:
                for gov in self.gaz.inside(self.folded[m.start:m.end], {"GovernmentBody"}, _LISTED_KIND):
                    self._add(m.iri, "imposedBy", gov, span, False, hedged, 0.7)
        for m in ms:  # "美国商务部工业与安全局": the bureau belongs to the department its name starts with
            if m.cls == "GovernmentBody" and m.iri and m.kind == "registry":
                for o in self.gaz.prefixes(fold(self.text[m.start:m.end])):
                    if o != m.iri and self.gaz.entities[o].cls == "GovernmentBody":
                        self._add(m.iri, "subsidiaryOf", o, span, False, hedged, 0.7)

    def _dangling(self, seg: str, s0: int, span, hedged: bool) -> None:
        last = getattr(self, "_last_cmp", None)
        if not last or last[2] != s0:
            return
        subj, target, _ = last
        for rx, pred in DANGLING[self.lang]:
            for m in rx.finditer(seg):
                neg = bool(lx.NEGATION[self.lang].search(_NOT_NEG[self.lang].sub(" ", seg[max(0, m.start() - 12):m.start()])))
                self._add(subj, pred, target, span, neg, hedged, 0.6)

    def _numbers(self, seg: str, s0: int, ms: list[Mention], span, hedged: bool) -> None:
        prods = [m for m in ms if m.cls in lx.PRODUCT and m.iri
                 and not re.match(r"(?:hbm|dram|ddr|gddr|memory)", fold_label(self._label(m.iri)))
                 and not _ARCHITECTURE_AFTER.match(self.folded, m.end)]  # "built on the Hopper architecture"
        lead = next((m for m in ms if m.kind == "pronoun" and m.start - s0 <= 3), None) if self.lang == "en" else None
        if lead is not None and lead.data["cands"] and self._cls(lead.data["cands"][0]) in lx.PRODUCT:
            # "It keeps the 24GB of the original ...": the sentence's subject is the product the pronoun stands for
            prods = sorted(prods + [Mention(lead.start, lead.end, lead.data["cands"][0], self._cls(lead.data["cands"][0]),
                                            kind="coref", conf=0.7)], key=lambda m: m.start)
        lp = _LEAD_PARTICIPLE_EN.match(seg) if self.lang == "en" else None
        if not prods and not (lp is not None and self.topic.get("chip")):
            return
        seen: set = set()
        count_rx = lx.COMPONENT_COUNT.get(self.lang)
        if count_rx is not None:
            for mt in count_rx.finditer(seg):
                pos = s0 + mt.start()
                systems = [m for m in prods if m.cls == "System" and m.end <= pos and not re.search(r"[;:]", self.folded[m.end:pos])]
                if systems:
                    self._add(systems[-1].iri, "componentCount", _count(mt.group("n")), span, False, hedged, 0.7)
        main = None  # "Built on the Hopper architecture and carrying 96 GB of HBM3, it ...": the main clause's subject
        if lp is not None:
            main = next((m for m in prods if m.start == s0 + lp.end()), None)
            if main is None and self.topic.get("chip") and re.match(r"(?:it|the (?:chip|processor|accelerator|gpu|card))\b",
                                                                    seg[lp.end():]):
                t = self.topic["chip"]
                main = Mention(s0 + lp.end(), s0 + lp.end(), t, self._cls(t), kind="coref", conf=0.7)
        for rx, pred in ((_MEMORY_IT if self.lang == "it" else _MEMORY, "memoryGB"), (_NODE, "processNodeNm"),
                         (_POWER, "powerWatts")):
            for mt in rx.finditer(seg):
                val = mt.group("n") or (mt.groupdict().get("n2"))
                if not val:
                    continue
                pos = s0 + mt.start()
                before = [m for m in prods if m.end <= pos]
                semi = seg.rfind(";", 0, mt.start())
                if semi >= 0 and any(m.start >= s0 + semi for m in before):
                    before = [m for m in before if m.start >= s0 + semi]  # "A avrà 128 GB; B salirà a 144 GB"
                close = [m for m in before if pos - m.end <= 15]
                target = (close[-1] if close else before[0]) if before else (
                    min(prods, key=lambda m: m.start - pos) if prods else main)
                if target is None:
                    continue
                after = re.match(r"\s+(?:of\s+|for\s+|on\s+|di\s+|del\s+|dell'|della\s+)(?:the\s+|il\s+|l')?"
                                 r"(?:[a-z][\w-]*'s?\s+(?:(?:flagship|own|new|latest|older|rival|top-end|high-end)\s+)?)?",
                                 self.folded[s0 + mt.end():s0 + mt.end() + 45])  # "the 80 GB of Nvidia's flagship H100"
                if after:
                    nxt = [m for m in prods if m.start == s0 + mt.end() + after.end()]
                    if nxt:
                        target = nxt[0]  # "the 80GB of the H100"
                if re.search(r"\d-", mt.group(0)):  # "the company's 72-watt L4 card": a compound modifies the product after it
                    nxt = [m for m in prods if 0 <= m.start - (s0 + mt.end()) <= 2]
                    if not nxt and _UNKNOWN_CODE_AFTER.match(self.folded, s0 + mt.end(), s0 + mt.end() + 20):
                        continue  # "the 72-watt L4 card": a product the text names but the extractor does not know
                    target = nxt[0] if nxt else target
                if main is not None and mt.end() <= lp.end():
                    target = main
                if pred == "processNodeNm" and self.lang == "zh":
                    # "SG2042，采用…玄铁C920核心，据报道由台积电以12纳米工艺代工": the node is the manufactured chip's
                    made = {c.subject for c in self._sentence_claims(span) if c.predicate == "manufacturedBy"}
                    by_fab = any(m.cls in lx.ORG and 0 <= pos - m.end <= 3 for m in ms if m.iri)
                    cand = [m for m in before if m.iri in made]
                    if by_fab and cand and target.iri not in made:
                        target = cand[-1]
                if pred == "processNodeNm" and target.cls != "Chip":
                    continue
                if pred == "powerWatts" and (_DIFFERENCE_BEFORE.search(seg, max(0, mt.start() - 4), mt.start())
                                             or _DIFFERENCE_AFTER.match(seg, mt.end())):
                    continue  # "功耗比A100低50W", "50W less than": a difference, not the product's power
                if pred == "memoryGB" and _NOT_DEVICE_MEMORY.search(seg, max(0, mt.start() - 24), mt.start()):
                    continue  # "un checkpoint da 600 GB", "a 671GB model": the size of data, not of a device's memory
                if pred in ("memoryGB", "powerWatts") and target.iri and _MEMORY_NAME.search(self._label(target.iri)):
                    # "24 GB LPDDR4X", "4GB of LPDDR4 memory": the memory's kind, the size is the product's before it
                    hosts = [m for m in before if m.iri and m.kind != "coref" and not _MEMORY_NAME.search(self._label(m.iri))]
                    if not hosts:
                        continue
                    target = hosts[-1]
                if pred == "processNodeNm" and self.lang == "it" and _FAB_LIMIT_IT.search(seg, max(0, mt.start() - 60), mt.start()):
                    continue  # "SMIC, che oggi si ferma ai 14 nanometri": the foundry's limit, not a chip's node
                num = _number(val, self.lang)
                targets = [target]
                if self.lang == "en" and _BOTH_EN.search(seg, max(0, mt.start() - 40), mt.start()):
                    # "the T20 and the i20, both built at 12nm": every product named before shares the value
                    targets = [m for m in before if m.cls == target.cls and not _CONTRAST_BEFORE_EN.search(
                        self.folded[max(s0, m.start - 16):m.start])] or [target]
                elif self.lang == "zh" and close and pred == "processNodeNm":
                    # "昇腾910B和昇腾910C主要由中芯国际以7纳米工艺代工": the products listed together share the node
                    targets = self._list_before(ms, target, frozenset({target.cls})) + [target]
                # "il Kirin X90 non è un chip a 5 nanometri", "is not a 5nm chip", "并非5纳米芯片": a denied value
                near = _NOT_NEG[self.lang].sub(" ", self.folded[max(s0, target.end, pos - 30):pos])
                denied = bool(re.split(r"[,;:，；：]", near)[-1].strip()) and bool(lx.NEGATION[self.lang].search(
                    re.split(r"[,;:，；：]", near)[-1]))
                for target in targets:
                    if (target.iri, pred) in seen:
                        continue
                    seen.add((target.iri, pred))
                    for iri in (target.iri,) + tuple(target.data.get("also", ())):
                        self._add(iri, pred, int(num) if num.is_integer() else num, span, denied, hedged, 0.75)

    # -- dates -----------------------------------------------------------------
    def _policy_dates(self, seg: str, s0: int, s1: int, ms: list[Mention], span, hedged: bool) -> None:
        """announcedDate / effectiveDate of a policy from a calendar day next to a cue
        (kg/extract/dates.py): "the rule takes effect on 29 September", "dal 14 luglio la Malesia impone un permesso",
        "announced by METI on 31st March", "商务部10月9日宣布…出口管制", "自9月29日起实施". The policy is the subject or
        object of the cue's verb, or (for a starting preposition) the one policy of the clause; never a denied or
        hedged one, never a date tied to another verb ("finalized on 23rd May")."""
        lang = self.lang
        found = dx.find_dates(lang, seg)
        if not found or lx.DENIAL[lang].search(seg):
            return
        targets = [m for m in ms if m.cls == "Policy" and (m.iri or m.kind == "policy")]
        if not targets:
            return
        chars = list(seg)
        for m in ms:  # organisations, places and pronouns become one word of "Q"s
            if m.cls in lx.ORG | lx.PLACE | {"Pronoun"} and s0 <= m.start and m.end <= s1:
                chars[m.start - s0:m.end - s0] = "Q" * (m.end - m.start)
        masked = "".join(chars)
        bounds = [0] + [x.end() for x in _CLAUSE_BREAK.get(lang, _CLAUSE_BREAK["en"]).finditer(masked)] + [len(masked)]
        done = getattr(self, "_dated_facts", None)
        if done is None:
            done = self._dated_facts = set()
        for a, b, parts in found:
            c0 = max(x for x in bounds if x <= a)
            c1 = min((x for x in bounds if x >= b), default=len(masked))
            here = [t for t in targets if c0 <= t.start - s0 and t.end - s0 <= c1 and not (t.start - s0 < b and a < t.end - s0)]
            named = next((t for t in targets if t.cls == "Policy" and t.iri and t.start - s0 <= a and b < t.end - s0), None)
            if named is not None and lang == "zh":  # "2022年10月7日发布的出口管制新规": the date inside the policy's name
                mt = _ZH_DATED_NAME.match(masked, b)
                if mt and mt.lastgroup in _DATED and not lx.NEGATION[lang].search(masked[a:b + mt.end()]) \
                        and (named.iri, mt.lastgroup) not in done:
                    day = dx.resolve(parts, self.a.date, "past")
                    if day:
                        done.add((named.iri, mt.lastgroup))
                        self._add(named.iri, mt.lastgroup, day, span, False, hedged, 0.7)
                continue
            if not here:
                continue
            left, right = masked[c0:a], masked[b:c1]
            hit = None  # (predicate, preposition only, cue start, cue end) in segment offsets
            for rx, pred, prep in dx.BEFORE.get(lang, ()):
                mt = rx.search(left)
                if mt and not prep:
                    hit = (pred, False, c0 + mt.start(), b)
                    break
            if hit is None:
                for rx, pred, prep in dx.AFTER.get(lang, ()):
                    mt = rx.match(right)
                    if mt:
                        hit = (pred, prep, a, b + mt.end())
                        break
            if hit is None:
                for rx, pred, prep in dx.BEFORE.get(lang, ()):
                    mt = rx.search(left)
                    if mt and prep:
                        hit = (pred, True, c0 + mt.start(), b)
                        break
            target = self._date_target(hit, here, masked, s0, a, b, c0, c1) if hit else None
            if target is None:
                target = self._announced_object(here, masked, s0, a, b, c0)
                if target is None:
                    continue
                hit = ("announcedDate", False, target.start - s0, b)
            pred, prep, q0, q1 = hit
            if pred not in _DATED:
                continue
            lo, hi = min(q0, a, target.start - s0), max(q1, b, target.end - s0)
            window = masked[lo:a] + " " * (b - a) + masked[b:hi]  # the date itself is no modal ("May 12")
            if lx.NEGATION[lang].search(_NOT_NEG[lang].sub(" ", window)) or dx.MODAL[lang].search(window):
                continue  # "has not taken effect", "could take effect on", "或将于…生效"
            if target.iri is None and self._bind(target) is None:  # its issuer, or the policy the article described
                gov = next((m for m in ms if m.iri and m.cls in lx.GOV | {"City"} and lo <= m.start - s0 and m.end - s0 <= hi), None)
                c = self._compatible(gov, lx.GOV) if gov is not None else None
                if c is None or self._bind(target, c[0]) is None:  # "announced by METI", "il Mofcom ha varato"
                    continue
            if prep and LIST_POLICY.search(self._label(target.iri)):
                continue  # "on the Entity List from May 2019": the date of an entry, not of the list
            cue = masked[max(c0, q0 - 24):min(c1, q1 + 12)]
            tense = "future" if dx.FUTURE[lang].search(cue) else (
                "present" if pred == "effectiveDate" and dx.PRESENT[lang].search(cue) else "past")
            day = dx.resolve(parts, self.a.date, tense)
            if day is None or (target.iri, pred) in done:
                continue
            done.add((target.iri, pred))
            self._add(target.iri, pred, day, span, False, hedged, 0.7)

    def _date_target(self, hit, here: list[Mention], masked: str, s0: int, a: int, b: int, c0: int, c1: int):
        """The policy a date cue is about (offsets within the sentence)."""
        lang = self.lang
        pred, prep, q0, q1 = hit
        rel = [(t.start - s0, t.end - s0, t) for t in here]
        if pred == "announcedDate":
            obj, subj = dx.OBJECT_GAP[lang], dx.SUBJECT_GAP[lang]
            after = [t for ts, te, t in rel if ts >= q1 and obj.fullmatch(masked, q1, ts)]
            if after:
                return after[0]
            before = [t for ts, te, t in rel if te <= q0 and subj.fullmatch(masked, te, q0)]
            if before:
                return before[-1]
            if q0 == a and lang == "zh":  # "出口管制新规于2022年10月7日发布"
                before = [t for ts, te, t in rel if te <= a and subj.fullmatch(masked, te, a)]
                return before[-1] if before else None
            return None
        if not prep:  # an entry-into-force verb: its subject before it, else the policy the fronted date opens
            before = [t for ts, te, t in rel if te <= min(q0, a) and min(q0, a) - te <= 90 and ";" not in masked[te:q0]]
            inside = [t for ts, te, t in rel if q0 <= ts and te <= q1]
            after = [t for ts, te, t in rel if ts >= q1 and ts - q1 <= 40]
            if inside:
                return inside[0]
            if before:
                return before[-1]
            if after and (lang == "zh" and re.fullmatch(r"的?", masked[q1:after[0].start - s0]) or a - c0 <= 6):
                return after[0]
            return None
        pols = [(min(abs(ts - b), abs(a - te)), t) for ts, te, t in rel if t.cls == "Policy"]
        pols = [(d, t) for d, t in pols if d <= 100]
        return min(pols, key=lambda x: x[0])[1] if pols else None

    def _announced_object(self, here: list[Mention], masked: str, s0: int, a: int, b: int, c0: int):
        """"issued the new rules on Oct. 7", "ha varato il divieto il 4 ottobre": verb, object, then its date."""
        lang = self.lang
        tail = _DATE_TAIL.get(lang)
        if tail is None:
            return None
        for t in reversed(here):
            ts, te = t.start - s0, t.end - s0
            if te <= a and tail.fullmatch(masked, te, a) and _ANNOUNCED_BEFORE[lang].search(masked, c0, ts):
                return t
        return None

    def _contrast(self, ms: list[Mention], s0: int, s1: int, span, hedged: bool) -> None:
        """"Unlike Huawei, ByteDance has not been placed on the Entity List" -> Huawei has; "Like X, Y ..." -> X too."""
        if self.lang != "en":
            return
        mt = _CONTRAST_EN.match(self.folded, s0, s1)
        if mt:
            x = next((m for m in ms if m.start == mt.end()), None)
            if x is None or not x.iri or x.kind not in ("registry", "fuzzy", "discovered") or \
                    not re.match(r"\s*,", self.folded[x.end:x.end + 3]):
                return
            for c in list(self._sentence_claims(span)):
                if c.subject == x.iri or _GROUP.get(self._cls(c.subject)) != _GROUP.get(x.cls):
                    continue
                if not any(m.iri == c.subject and m.start > x.end for m in ms):
                    continue
                neg = (c.polarity == POSITIVE) if mt.group("un") else (c.polarity == NEGATIVE)
                self._add(x.iri, c.predicate, c.object, span, neg, hedged, 0.6)
            return
        # "Baidu, like Tencent and Alibaba, remains a customer of Nvidia": the firms of the aside share Baidu's facts
        for k, y in enumerate(ms):
            mt = _CONTRAST_MID_EN.match(self.folded, y.end, s1)
            if not mt or not y.iri or y.cls not in lx.FIRM:
                continue
            x = next((m for m in ms[k + 1:] if m.start == mt.end()), None)
            if x is None or not x.iri or x.kind not in ("registry", "fuzzy", "discovered") or _GROUP.get(x.cls) != "firm":
                continue
            xs = [x] + self._list_after(ms, x, lx.FIRM)
            if not re.match(r"\s*,", self.folded[xs[-1].end:xs[-1].end + 3]):
                continue
            for c in list(self._sentence_claims(span)):
                if y.iri not in (c.subject, c.object):
                    continue
                for xm in xs:
                    if xm.iri and xm.iri not in (c.subject, c.object):
                        neg = (c.polarity == POSITIVE) if mt.group("un") else (c.polarity == NEGATIVE)
                        s_, o_ = (xm.iri, c.object) if c.subject == y.iri else (c.subject, xm.iri)
                        self._add(s_, c.predicate, o_, span, neg, hedged, 0.6)


_PAIR_SEP = re.compile(r"\s*(?:与|和|及|以及|,|/)\s*")
_ZH_FIRM_SUFFIX = re.compile(r"(?:集成电路|微电子(?:技术)?|半导体|电子(?:科技|技术)?|信息技术|科技)(?:股份)?(?:有限公司|公司)?"
                             r"(?!产业|行业|领域|板块|概念|市场)")
_HEAD_DESC = {
    "en": re.compile(r"\b(?:the|this|that) (?:(?P<mod>[a-z][a-z-]+) )?(?P<n>institute|university|academy|laboratory|lab|bank|"
                     r"lender|ministry)\b(?! of\b)(?!'s)"),
    "it": re.compile(r"\b(?:l'|quell'|dell'|all'|dall'|nell'|la |il |lo |della |del |alla |al |dalla |dal |questa |questo )"
                     r"(?P<n>istituto|universita|accademia|laboratorio|banca|ministero)\b(?! d)(?: (?P<mod>[a-z]+))?"),
    "zh": re.compile(r"(?:该|这家|此|这所)(?P<n>研究院|研究所|大学|银行|实验室|学院)"),
}
_LATIN_FIRM_SUFFIX = re.compile(r"(?: (?:integrated circuits?|microelectronics|semiconductors?|electronics|information|"
                                r"technology|technologies|tecnologia|microelettronica|semiconduttori|elettronica|design|"
                                r"co\.,? ?ltd\.|co\.|ltd\.|inc\.|s\.p\.a\.)){1,3}(?![a-z])")
_APPOS_NAME_EN = re.compile(r"\s*[,:]\s*(?:the\s+)?")  # "a new AI processor, the Ascend 910C"
_NAMED_GAP = re.compile(r"\s*,?\s*(?:(?:which is |that is |che e |che si )?(?:called|named|dubbed|branded|known as|codenamed|"
                        r"code-named|chiamat[oaie]|battezzat[oaie]|denominat[oaie]|not[oaie] come|si chiama|名为|称为|命名为|"
                        r"叫做|代号为?)\s*(?:the |il |lo |la |l')?[\"']?)")
# ("O1" after "XRING O1": a letter code needs no article; a bare number does, "950 units" is no product)
# another name of the product just named: "offered under the name X", "also sold as X", "con il nome X", "又名X"
_ALIAS_BEFORE = re.compile(r"(?:\b(?:under|with) the (?:name|brand)|\b(?:sold|offered|marketed|branded|rebranded|known)"
                           r"(?: in [a-z]+)? as|\ba\.?k\.?a\.?|\b(?:con|col|sotto) (?:il )?(?:nome|marchio)|"
                           r"\b(?:vendut|commercializzat|not)[oaie] (?:anche )?come|又名|亦称|也称为?|又称为?)\s*[\"“‘']?$")
_SENT_END = re.compile(r"[.!?;]\s|[。！？；]")
_SHORT_CODE = re.compile(r"\b(?:(?:il|lo|l'|del|dello|dell'|dal|dallo|dall'|al|allo|all'|nel|sul|col|the)\s*(?P<c>\d{3,4}[a-z]{0,2})|"
                         r"(?P<c2>[a-z]{1,3}\d{1,4}[a-z]{0,2}))\b")
# a word that is not a conjunction or preposition right before "the ...": the description is a verb's object
_VERB_BEFORE_EN = re.compile(r"\b(?!(?:and|or|but|while|as|when|before|after|because|since|of|in|on|at|by|from|with|for|to|"
                             r"than|that|which|like|unlike)\s)[a-z]+\s+$")
_NATION_DESC_EN = re.compile(r"\b(?:chinese|american|taiwanese|dutch|japanese|korean|south korean|us|u\.s\.)\s")
_FOUNDRY_NOUN = re.compile(r"foundr|contract (?:chip ?)?manufacturer|contract chipmaker|fonderi|produttore a contratto|代工|晶圆厂")
_APPOS_THEN_AND = re.compile(r"\s*,\s+(?:(?:(?:la|il|l'|lo|una|un|uno)\s*|(?:con sede|controllat[ao]|partecipat[ao]|sostenut[ao]|"
                             r"fondat[ao]|guidat[ao]|quotat[ao]|specializzat[ao]|nat[ao])\b)[^,.;:()]{1,100}?,\s+(?:e|ed)\s+"
                             r"(?:(?:con|contro)\s+)?(?:la\s+|il\s+|l')?(?:[a-z]+(?:ese|ense)\s+)?|"
                             r"(?:a|an|the)\s+(?![^,.;:()]{0,100}?\b(?:which|that|who|whose)\b)[^,.;:()]{1,80}?,\s+and\s+(?:the\s+)?|"
                             r"which\s[^,.;:()]{1,80}?,\s+and\s+(?:with|against)\s+(?:the\s+)?(?:[\w-]+-based\s+)?)")
# "owned by PIF, and AMD agreed to ...": a new clause, not the last member of a list
_COMPARED_BEFORE = re.compile(r"\b(?:above|below|than|against|versus|vs\.?|over|beyond|behind|like|rival(?:ling|ing)?|"
                             r"match(?:es|ing)?|trails?|beats?|to)\s+(?:the\s+)?$")
_CLAUSE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|says|agreed|has|have|had|is|are|was|were|will|would|could|"
                           r"can|may|might|plans|wants|did|does|carries|runs|uses|offers|delivers|draws|sits|comes|makes|gets|"
                           r"needs|relies|remains|costs|ships|supports|beats|trails|lags|matches|targets|includes|features|"
                           r"packs|boasts|reaches|consumes|requires|provides|brings|keeps|stays|looks|seems|became|becomes|"
                           r"took|takes|won|wins|lost|loses)\b")
# a product list whose members each carry a class noun: "云燧T20训练卡、云燧i20推理卡以及驭算TopsRider软件平台"
_ZH_TAILED_SEP = re.compile(r"(?:(?:ai|智算|训练|推理|云端|边缘|数据中心)?(?:芯片|晶片|训练卡|推理卡|加速卡|显卡|处理器|gpu|cpu|服务器|"
                            r"集群|软件平台|软件栈|平台|系统|大模型|模型))(?:、|和|及|以及|与|,\s*以及|,)")
_TECH_GROUPS = ("chip", "system", "platform")
# "e il fondo sovrano di Abu Dhabi", "and the state fund of Abu Dhabi": a list member described by its place
_PLACE_DESC_SEP = re.compile(r"\s*(?:, and|,and| and| e| ed|,)\s+(?:the\s+|il\s+|la\s+|lo\s+|l')?(?:[\w-]+\s+){1,3}?"
                             r"(?:of|from|in|di|del|della|da|dal|dalla)\s+(?:the\s+)?")
_ACRONYM_AS_TOOL = re.compile(r"\s?(?:设备|刻蚀|蚀刻|机台|腔体|etch\w*|tools?\b|chambers?\b|reactors?\b|plasma\b)")
# English genres where "we" is the firm: filings, calls, prepared remarks, press releases
_FIRST_PERSON_GENRE = re.compile(r"(?i)\b(?:form\s+)?(?:10-k|10-q|20-f|8-k)\b|annual report|prospectus|earnings call|"
                                 r"conference call|prepared remarks|transcript|press release|forward-looking statements|"
                                 r"risk factors|analyst day|shareholder letter|letter to shareholders")
_WE = re.compile(r"(?<![\w'])(?:we|We|WE)(?![\w'])")
_COUNT_WORDS = {w: n for words in lx.COUNT_WORDS.values() for w, n in words.items()}
# ", like Huawei,", ", come Tencent e Alibaba,": firms named as alike right after the subject
_LIKE_AFTER = {"en": re.compile(r"\s*,\s*(?:(?:which|who|that)\s*,\s*)?(?:just\s+)?(?:like|as with|as is)\s+"),
               "it": re.compile(r"\s*,\s*(?:(?:che|la quale|il quale)\s*,\s*)?(?:(?:proprio|esattamente)\s+)?(?:come|al pari di|"
                                r"cosi come)\s+")}
_LIKE_BEFORE = {lang: re.compile(rx.pattern + r"(?:the\s+|il\s+|la\s+|l')?") for lang, rx in _LIKE_AFTER.items()}


def _strip_spans(text: str, a: int, b: int, spans: list) -> str:
    """text[a:b] without the given mentions (what separates them)."""
    out, at = [], a
    for x in sorted(spans, key=lambda x: x.start):
        out.append(text[at:x.start])
        at = x.end
    out.append(text[at:b])
    return "".join(out)


_CONJ = re.compile(r"\b(?:and|e|ed|or|o|as well as)\b|、|和|与|及|/")
_OWNER_OF_MEMBER = re.compile(r"['’]s?\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:brand|marque|unit|subsidiary|arm|division)\b")
_HEAD_NOUN_AFTER = re.compile(r"^\s+(?:chips?|npus?|gpus?|cpus?|processors?|accelerators?|cards?|socs?|series|boards?)(?=\s*,)")
_ADDITIVE = re.compile(r"\b(?:oltre che|oltre a|nonche|as well as)\b|^\s*,?\s*(?:and|e|ed)\s+(?:with|con|against|contro)\b")


def _same_group(a: Mention, b: Mention, mixed: bool = False) -> bool:
    """Two list members of one kind (firms, chips, ...); with `mixed`, firms and their products count as one kind."""
    ga, gb = _GROUP.get(a.cls), _GROUP.get(b.cls)
    return ga == gb or (mixed and {ga, gb} <= {"firm", "chip", "system"})


def _closed_list(members: list, seps: list[str], first_is_last: bool, enum: bool = False) -> list:
    """Keep list members joined by commas only when a conjunction closes the list ("A, B and C")."""
    if not members or (enum and not any(_CONJ.search(s) for s in seps)):
        return members
    if any(_CONJ.search(s) for s in seps):
        # after the conjunction nothing more belongs to the list
        out, closed = [], False
        for mem, sep in zip(members, seps):
            if closed and not _ADDITIVE.search(sep):
                break  # "A e B, oltre che con C", "A and B, as well as C": an added member reopens a closed list
            out.append(mem)
            closed = closed or (_CONJ.search(sep) is not None and not first_is_last)
        return out
    return []


# patterns whose two sides are one noun phrase (a modifier and its head): the clause's negation is not theirs
_ATTRIBUTIVE = frozenset({"en-x-based", "en-city-s-firm", "en-city-startup", "en-possessive", "en-gov-possessive",
                          "en-gov-possessive-body", "en-unit-possessive", "en-x-backed", "zh-hq-de"})
_NEG_BEFORE_SUBJECT = {"it": re.compile(r"\bne\s*(?:l'|il\s|la\s|lo\s|i\s|gli\s|le\s)?$"
                                      # a denied cleft: "Non è TSMC a produrre il Kirin 9000S"
                                      r"|\bnon\s+(?:e|era|sara|sarebbe|fu)\s+(?:stat[oaie]\s+)?$"
                                      # "Nemmeno il nuovo C600 di MetaX riesce a superare l'A100"
                                      r"|\b(?:nemmeno|neanche|neppure)\s+(?:(?:l'|il|la|lo|i|gli|le)\s*)?(?:nuov[oaie]\s+)?$"),
                       "en": re.compile(r"\b(?:neither|nor|not even|no)\s+(?:the\s+)?(?:[\w.-]+'s?\s+)?$"),
                       "zh": re.compile(r"(?:既不是|既非|并非|不是)$")}
# a firm as a person's employer: (regex ending right before the firm, regex starting right after it)
_TITLE_EN = (r"(?:vice[- ]president|president|chief [a-z]+ officer|ceo|cto|cfo|executive|engineer|researcher|"
             r"director|manager|head|chairman|founder|employee|scientist|veteran)")
_TITLE_IT = r"(?:vicepresidente|presidente|amministratore delegato|ceo|cto|dirigente|manager|ingegnere|ricercatore|direttore|fondatore|dipendente)"
_TITLE_ZH = r"(?:副总裁|总裁|首席\w{0,3}官|ceo|cto|高管|工程师|研究员|董事长|总经理|创始人|员工|副总经理|负责人)"
_EMPLOYER = {
    "en": (re.compile(rf"\b(?:former|ex-|onetime|one-time)\s*(?:[a-z-]+\s+){{0,2}}?{_TITLE_EN}s?\s+(?:of|at)\s+(?:the\s+)?$"),
           re.compile(rf"'s?\s+(?:former|ex-)\s*(?:[a-z-]+\s+){{0,2}}?{_TITLE_EN}\b")),
    "it": (re.compile(rf"\b(?:ex|gia|ex-)\s*(?:[a-z]+\s+){{0,2}}?{_TITLE_IT}\s+(?:di|del|della|dell'|presso)\s*$"),
           re.compile(r"(?!)")),
    "zh": (re.compile(r"(?:曾任|曾在|曾于|前|原|出身于?)\s*$"), re.compile(rf"[^,.;]{{0,4}}?{_TITLE_ZH}")),
}
_OF_GAP = re.compile(r"\s*(?:di|del|dello|della|dell'|of|by|的)\s*")
_COPULA_IT = {"it-copula-description-made-by", "it-chip-with-which", "it-product-rival-of-is", "it-rival-of-is", "it-bare-cliente-di"}
_NO_COREF_LEFT = {"it-firm-di-city"}
_RELATIONAL_LEFT_IT = {"it-customers-of-x-are"}  # "tra i clienti di SMIC figurano ...": the relation noun is the pattern's own
_NO_COREF_RIGHT = {"en-provide-with"}  # "X agreed to provide the company with ...": which company is unclear
_DESCRIPTOR = re.compile(r"(?:-based)?\s+(?:[\w-]+\s+){0,2}?(?:start-up|startup|company|firm|designer|chipmaker|group|"
                         r"developer|unicorn|lab|provider|operator|maker)\s+")
_APPOS_BEFORE = re.compile(r",\s+(?:(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?(?:of|at|from|to|for|by|whose|behind)\b|(?:like|unlike|which|who|whose|"
                           r"founded|co-founded|led|run|owned|backed|created|started|set up|spun off|headed|chaired|"
                           r"controlled|funded|formed)\b)[^,;:()]*$")
_APPOSITION_CLOSE = re.compile(r",\s+(?!(?:and|or|but|which|who|that|the|a|an|its|their)\b)")
_APPOS_BEFORE_IT = re.compile(r",\s+(?:(?:il|la|l'|lo|un|una|uno|un')\s*(?:[\w'-]+\s+){0,10}?(?:di|del|della|dell'|dei|degli|delle)\b|"
                              r"(?:come|fondat[oa]|controllat[oa]|guidat[oa]|creat[oa]|sostenut[oa]|partecipat[oa])\b)[^,;:()]*$")
# "a CentOS-derived Linux distribution, which …": the relative is the noun's, not the modifier's (but "its CloudMatrix 384
# system, which links …": a product named with its kind)
_MODIFIER_THEN_WHICH = re.compile(r"(?:-[a-z]+)?\s+(?!(?:[a-z][\w-]*\s+)?(?:systems?|chips?|processors?|gpus?|cpus?|cards?|"
                                  r"accelerators?|servers?|models?|platforms?|clusters?|supernodes?|supercomputers?|boards?|modules?|"
                                  r"series|family|line|range|socs?|npus?|parts?)\s*,)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,\s*"
                                  r"(?:which|that|who)\s")
_REL_CHE_IT = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?che\s")
_APPOS_OF_IT = re.compile(r",\s+(?:il|la|l'|lo|un|una|uno|un')\s*[\w'-]+(?:\s+[\w'-]+)?\s+(?:di|del|della|dell'|dei|degli|delle|dello)\s*(?:[a-z]+\s+)?$")
_APPOSITION_CLOSE_IT = re.compile(r",\s+(?!(?:e|ed|o|ma|che|il|la|lo|l'|un|una|uno|i|le|gli|cui|gi[aà]|anche|anch'\w+|ormai|"
                                  r"ora|poi|\w+(?:at|it|ut|ss|ost|ers|es)[oaie])\b)", re.IGNORECASE)
_APPOSITION_OPEN = re.compile(r",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,4}?(?:of|at|from|to)\s+$")
_CONTRAST_MID_EN = re.compile(r",\s+(?:(?P<un>unlike)|like|just like|as with)\s+(?:the\s+)?")
_CONTRAST_EN = re.compile(r"\s*(?:(?P<un>unlike)|like|just like|as with)\s+(?:the\s+)?")
_BOTH_EN = re.compile(r"\b(?:both|each|all (?:two|three|four|of them))\b[^.;]{0,30}$")
_CONTRAST_BEFORE_EN = re.compile(r"\b(?:unlike|than|versus|vs\.?|compared (?:with|to)|instead of|replacing|like)\s+(?:the\s+)?$")
_REL_BEFORE_EN = re.compile(r"\b(?:which|that)\s+$")
_LEAD_PARTICIPLE_EN = re.compile(r"\s*(?:built|based|fabricated|manufactured|made|produced|designed|equipped|fitted|"
                                 r"carrying|packing|featuring|boasting|offering|using|sporting|rated)\b[^,;:()]{0,160},\s+(?:the\s+)?")
_PREP_OBJ_COORD_EN = re.compile(r"\b(?:to|of|from|by|with|for|into|onto|than|against|over|about|at)\s+(?:the\s+)?$")
_PREP_OBJ_EN = re.compile(r"\b(?:by|from|to|with|than|against|at)\s+(?:the\s+)?$")
# a preposition whose object is not the topic of the next sentence (not "da"/"by", the agent, "secondo", a source, nor
# "per", which opens a topic: "Per Broadcom non sarebbe un territorio nuovo")
_PREP_TOPIC = {"en": _PREP_OBJ_EN,
               "it": re.compile(r"\b(?:a|ad|al|alla|all'|allo|ai|agli|alle|su|sul|sulla|sui|sulle|con|col|contro|verso)\s*$")}
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|or|e|ed|o))\s*(?:the\s+|l'|la\s+|il\s+)?")
_MAKER_OF_GAP = re.compile(r"\s+(?:di|of)\s+(?:la\s+|il\s+)?")
_COPULA = re.compile(r"\s+(?:(?:also|now|still|already|reportedly)\s+)*(?:is|was|are|were|remains|remained|became|becomes|"
                     r"has become)\s+(?:(?:also|now|still|already|by far)\s+)*(?:(?:one of|among)\s+)?(?:the\s+)?")
_LEADING_SUB = {"en": re.compile(r"\s*(?:because|since|although|though|while|whereas|if|when|once|after|before|until|"
                                 r"founded|co-founded|set up|established|created|spun (?:off|out)|backed|incubated|"
                                 r"of all|among all|unlike|despite|compared (?:with|to)|in contrast to|as with|apart from)\b"
                                 r"[^,;:]{0,160},"),
                "it": re.compile(r"\s*(?:poiche|perche|siccome|sebbene|benche|anche se|mentre|se|quando|dopo che|prima che)\b"
                                 r"[^,;:]{0,160},")}
# a sentence that opens with a name we do not know and its apposition ("Arm, headquartered in"): that name is the subject
_NAMED_OPENER = re.compile(
    r"[\s\"'(]*(?!(?:The|This|That|These|Those|It|Its|They|Their|He|She|We|Il|La|Lo|Le|Gli|I|L'|Un|Una|Uno|In|On|At|For|"
    r"By|From|After|Before|Under|Since|As|With|While|When|Meanwhile|However|Still|Yet|Now|Today|Yesterday|Also|Separately|"
    r"Instead|Earlier|Later|Last|Overall|Indeed|Founded|Based|Headquartered|Nel|Nella|Secondo|Intanto|Inoltre|Tuttavia|Ma|"
    r"And|But|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Oggi|Ieri)\b)"
    r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|de|di|&))*\s*,")
# a sentence that opens with a prepositional phrase ("In practice the new rules...") has its subject later
_LEADING_PREP = re.compile(r"(?:in|on|at|for|with|by|from|after|before|under|since|nel|nella|negli|su|per|con|dopo|"
                           r"prima|dal|dalla)\s", re.I)
_ZH_COPULA_BEFORE = re.compile(r"(?:也|亦|均|都|同样|一直|仍|则|曾)*(?:是|为|系|成为)")
# "与寒武纪等已被列入实体清单的公司不同": the object of 与 in a comparison is the relative clause's subject
_ZH_LIST_COPULA_BEFORE = re.compile(r"(?:等[^,.;:!?]{0,12}?)?(?:也|亦|均|都|同样|一直|仍|则|已|曾)*"
                                    r"(?:被(?:普遍|广泛|业内)?(?:认为|视为|看作)(?:是)?|是|为|系|成为)")
_ZH_UNLIKE_AFTER = re.compile(r"[^。；;!?]{0,40}?(?:不同|不一样|一样|相同|类似|相似|相仿)")
_XIANG = r"(?<![转面导走偏趋指方意倾])向"  # the preposition 向, not the verbs 转向, 面向, 方向 ...
_TARGET_BEFORE_ZH = re.compile(rf"(?:{_XIANG}|对|针对|给|与|跟)$")
_PREP_BEFORE = {"zh": re.compile(rf"(?:{_XIANG}|从|给|对|与|跟|被|把)$"), "en": re.compile(r"\bfrom $"),
                "it": re.compile(r"\b(?:dalla|dal|dall') ?$")}
# "does not, however, have more memory": a parenthetical does not end the clause that holds the negation
_PARENTHETICAL = re.compile(r",\s*(?:however|though|in fact|moreover|for now|so far|yet|tuttavia|pero|peraltro|invece|"
                            r"comunque|per ora|finora|però)\s*,|\([^)]{0,80}\)|\s-\s[^.;]{1,160}?\s-\s|（[^）]{0,40}）|，(?:不过|然而|但是)，")
_RANGE_OPEN = re.compile(r"\b(?:da|from)\s+(?:il\s+|lo\s+|la\s+|l'|the\s+)?$")
_RANGE_SEP = re.compile(r"\s+(?:(?:fino|sino|arrivando|passando(?: per)?)\s+)?(?:a|ad|al|allo|alla|all'|to|through)\s*(?:the\s+)?"
                        r"(?:(?:newer|newest|latest|older|current|upcoming)\s+)?")
# "X (in cinese Y), la societa di semiconduttori creata dal|del ...": a genitive or agent inside X's apposition
_APPOS_OWNER_IT = re.compile(r"(?:\s*\([^()]{1,60}\)|[^()]{0,60}\))?\s*,\s*(?:il|lo|la|l'|un|una|uno)\s*[^\W\d][^,.;()]{0,80}?\s")
_PRED_NOUN_IT = r"\s*,\s*|\s+(?:e|era|resta|rimane|sara|sarebbe|diventa)\s+(?:(?:ora|oggi|ormai|ancora|anche|gia)\s+)*"
# "HiSilicon, la controllata di Huawei che progetta i Kirin": the relative belongs to the unit, not to its owner
_UNIT_OF_IT = re.compile(r"\b(?:controllata|divisione|unita|filiale|sussidiaria|braccio|costola)\s+(?:[^\s,.;]+\s+){0,3}?"
                         r"(?:di|del|della|dell')\s*$")
_REL_START_IT = re.compile(r"\s*(?:che|il quale|la quale)\s")
# "ha affidato a TSMC la produzione del suo XRING O1": a firm after a preposition is not what "suo" refers to
_PREP_OBJ_IT = re.compile(r"\b(?:a|ad|al|alla|all'|di|del|della|dell'|per|con|contro|verso|su|sul|sulla)\s*$")
_RELATIONAL_OF_IT = re.compile(r"\b(?:casa madre|societa madre|capogruppo|controllante|client[ei]|fornitor[ei]|rival[ei]|"
                               r"concorrent[ei]|azionist[ai]|investitor[ei]|acquirent[ei])\s+(?:di|del|della|dell')\s*$")
_APPOS_ADJ_IT = re.compile(r"\s+(?!(?:di|del|della|dell|dei|degli|delle|da|dal|dalla|a|al|alla|e|ed|con|per|su|in|che|come|"
                           r"non|ha|ora|gia)\b)[a-z]+\s+")  # "il gruppo cinese Huawei": one adjective, then the name
_CONJ_E_IT = re.compile(r"\s+[eE]\s")  # "e" (and) that folding confuses with "è" (is)
_FAB_LIMIT_IT = re.compile(r"\b(?:fonderi\w*|smic|tsmc|samsung|hua hong|intel)\b[^.;:]{0,40}?\b(?:si ferma|si fermava|e ferm[oa]|"
                           r"arriva(?: solo| fino)?|non va oltre|e limitat[oa]|si e fermat[oa])\s+(?:a|ai|al|agli|alla)\s*$")
_REL_OPEN = re.compile(r",\s*(?:che|il quale|la quale|which|who)\s")
_REL_GAP_EN = re.compile(r",\s*(?:which|who)\s[^,.;]{1,80}$")
_POSSESSED_GAP_EN = re.compile(r"'s?\s+(?:[\w-]+\s+){0,3}?")
# "Nvidia's H800 chips, a part that was legal ... but was banned by": the apposition's relative, headed by the product
_APPOS_REL_EN = re.compile(r"(?:\s+(?:chips?|gpus?|processors?|accelerators?|cards?|parts?|models?))?,\s+(?:a|an|the)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:that|which)\s")
_COORD = re.compile(r"(?:,\s*|\s)(?:ed|e|and|but|ma|while|mentre|yet)\s+|[，,](?:并|且|而且|并且)?(?=[\u4e00-\u9fff\d])|并且|而且")

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NO_DET = {"en": re.compile(r"\b(?:no|none|nothing|nor|yet to)\b"), "it": re.compile(r"\b(?:nessun[oa]?|nessun'|niente|nulla|ne)\b"),
           "zh": re.compile(r"没有|无|未|不")}
_DEAL = re.compile(r"\b(?:purchase|takeover|acquisition|acquire[sd]?|acquiring|merger|buyout|bid for|acquisizione|"
                   r"acquisto|fusione|rilevare|rilevamento)\b|收购|并购|合并")
_ARCH_AFTER = re.compile(r"\s*(?:-based|-generation|\s*architecture|\s*generation|\s*platform)\b|\s*(?:架构|构架|平台)")
_ARCH_BEFORE = re.compile(r"(?:\barchitettura|\bgenerazione|\barchitecture)\s+$")
# a gap that opens another phrase between a firm and "on the Entity List" ("Huawei has competed with Nvidia for orders
# despite being on the Entity List"): the firm is not the one listed
_OTHER_PHRASE = {"en": re.compile(r"\b(?:for|from|with|against|than|despite|while|after|before|because|unlike|like)\b"),
                 "it": re.compile(r"\b(?:per|da|dal|dalla|con|contro|rispetto|nonostante|mentre|dopo|prima|come)\b"),
                 "zh": re.compile(r"与|和|跟|向|比|虽然|尽管")}
# a permit withdrawn, then what it allowed and who: "revoked licences that allowed", "ha revocato la licenza che
# consentiva a", "吊销了…允许…的许可证"
_REVOKED_PERMIT = {
    "en": re.compile(r"\b(?:revok\w*|withdr[ae]wn?|withdrawing|cancel\w*|rescind\w*|pulled|yanked|terminat\w*)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:licen[cs]es?|permits?|permissions?|waivers?|exemptions?|authori[sz]ations?)\s+(?:(?:that|which)\s+(?:had\s+)?"
                     r"(?:allow\w*|permitt\w*|let|enabl\w*|authori[sz]\w*)|for|covering)\s+(?:[^;]{0,60}?)$"),
    "it": re.compile(r"\b(?:revoca\w*|ritira\w*|sospes\w*|sospend\w*|annulla\w*|cancella\w*)\s+(?:\w+\s+){0,3}?"
                     r"(?:licenz[ae]|permess[oi]|autorizzazion[ei]|derog[ah]e?)\s+(?:che|con cui)\s+(?:consentiv\w*|permettev\w*|"
                     r"autorizzav\w*)\s+(?:[^;]{0,60}?)$"),
    "zh": re.compile(r"(?:吊销|撤销|收回|取消|暂停|撤回)(?:了)?[^。；，,]{0,12}?(?:允许|准许|授权)[^。；]{0,30}$"),
}
# a new referent with a relative clause between a firm and what follows: "letting Intel supply a company that has been
# on the Entity List", "fornire una società che"
_NEW_REFERENT = re.compile(r"\b(?:a|an|another|una|un|uno|un'altra)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|customer|supplier|chipmaker|"
                           r"business|group|entity|maker|start-?up|buyer|client|societa|azienda|impresa|gruppo|cliente|"
                           r"fornitore)\s+(?:that|which|who|che|la quale|il quale)\b")
# a product named inside another: "the Kirin 9000S in the Mate 60 Pro", "il Kirin 9000S dello smartphone Mate 60 Pro"
_PP_PRODUCT = {"en": re.compile(r"\s+(?:in|inside|within|powering|of)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?"),
               "it": re.compile(r"\s+(?:dello|della|del|dell'|nello|nella|nel|nell'|che equipaggia\s+(?:il|lo|la|l'))\s*"
                                r"(?:smartphone\s+|telefono\s+|portatile\s+|server\s+|pc\s+|laptop\s+|computer\s+)?")}
# a negation that scopes over a sale or a report, not over the relation a develops pattern reads
_NEG_WORDS = {"en": r"\b(?:not|never|n't)\s+(?:\w+\s+){0,2}?", "it": r"\b(?:non|mai)\s+(?:\w+\s+){0,2}?",
               "zh": r"(?:未|没有|并未|从未|尚未)(?:\S{0,2}?)"}
_SALE_VERBS = {"en": r"ship\w*|sold|sell\w*|deliver\w*|export\w*",
               "it": r"spedit\w*|vendut\w*|vend\w*|consegnat\w*|esportat\w*", "zh": r"出货|销售|交付|出口"}
_REPORT_VERBS = {"en": r"disclos\w*|name[sd]?|naming|reveal\w*|specif\w*|identif\w*|comment\w*|confirm\w*|say|said",
                 "it": r"rivelat\w*|dichiarat\w*|precisat\w*|indicat\w*|specificat\w*|comunicat\w*|confermat\w*|detto",
                 "zh": r"披露|透露|说明|公布|确认|回应"}
_WORD_END = {"en": r"\b", "it": r"\b", "zh": ""}
_NOT_REPORTED = {lg: re.compile(_NEG_WORDS[lg] + f"(?:{_REPORT_VERBS[lg]})" + _WORD_END[lg]) for lg in _NEG_WORDS}
_NEG_SCOPE_ELSEWHERE = {lg: re.compile(_NEG_WORDS[lg] + f"(?:{_SALE_VERBS[lg]}|{_REPORT_VERBS[lg]})" + _WORD_END[lg])
                        for lg in _NEG_WORDS}
_ZH_IMPOSE_GAP = re.compile(r"的?|(?:实施|实行|采取|施加|发起|启动|开展|加强|升级|扩大)(?:了)?(?:新一轮|新的|更严格的|全面的|严格的)?(?:的)?")
_SEAT_IN_NAME = re.compile(r"\(([^()]{2,12})\)")
_LEGAL_AFTER_SEAT = re.compile(r"\s*(?:(?:股份)?有限(?:责任)?公司|集团(?:有限公司)?|co\.?,?\s*ltd\.?|ltd\.?|limited|inc\.?|corp\.?|"
                               r"corporation|llc)?\s*")
# a firm named as a modifier of something else: "与华为关系密切的设备商", "close to Huawei", "a Huawei-led consortium"
_MODIFIER_BEFORE = re.compile(r"(?:与|和|跟|同|对|向|为|给|涉|涉及|涉嫌|\"涉|“涉)$|\b(?:with|to|from|like|unlike|than|by|for|con|a|da|di|come)\s+$")
_MODIFIER_AFTER = re.compile(r"-(?:led|linked|backed|related|affiliated|owned|funded|made|designed|based)\b|关系|相关|旗下|系")
_ENACTED = re.compile(r"\b(?:Act|Law|Plan|Xinchuang|Made in China|Five-Year|East Data|Programme|Program)\b")
# a sentence that speaks of a listing or a restriction ("Also listed: Zhipu", "被列入清单后"): the one a known listing
# is stated from when the list is named in a sentence nearby
_LISTING_CUE = {"en": re.compile(r"(?<![-\w])(?:list(?:ed|s)?(?! (?:on|in) (?:the )?(?:\w+ )?(?:stock|exchange|star|nasdaq|"
                                 r"market|board))|blacklist\w*|sanction\w*|added|restrict\w*|curb\w*|designat\w*|barred|"
                                 r"banned|(?<=companies )named|(?<=firms )named|(?<=entities )named)\b"),
                "it": re.compile(r"(?<![-\w])(?:lista|liste|inserit\w*|aggiunt\w*|sanzion\w*|iscritt\w*|restrizion\w*|"
                                 r"colpit\w*|vietat\w*)\b"),
                "zh": re.compile(r"名单|清单|列入|制裁|管制|限制|纳入|禁令|黑名单")}
# a sentence that speaks of funding or ownership: the one a known stake is stated from when the investor is named nearby
_FUNDING_CUE = {"en": re.compile(r"\b(?:invest\w*|stake\w*|backed|backer\w*|backing|funding|funded|raised|round|"
                                 r"shareholder\w*|holds?|owns?|valuation)\b"),
                "it": re.compile(r"\b(?:invest\w*|partecipazion\w*|quota|quote|finanziat\w*|finanziament\w*|round|"
                                 r"azionist\w*|raccolt\w*|sostenut\w*|valutazione)\b"),
                "zh": re.compile(r"投资|入股|融资|持股|股东|注资|领投|参投|估值|轮")}
# a question that asserts ("英伟达H20难道不也是由台积电代工的吗？", "Isn't the H20 made by TSMC too?")
_RHETORICAL = re.compile(r"难道|岂不|何尝不|\b(?:isn't|aren't|doesn't|don't|didn't|wasn't|weren't|hasn't|haven't)\b|"
                         r"\bnon (?:e|sono|era|erano) forse\b|\bforse non\b")
_YES_NO = re.compile(r"是否|有没有|能否|可否|吗[?？]\s*$|^\s*(?:[\w\s:]{0,12}[:-]\s*)?(?:does|do|did|is|are|was|were|has|have|will|can|"
                     r"could|would|should)\b|\bo no[?]")
# a list named after the verb that puts firms on it, the firms after the list: "ha aggiunto alla Entity List GMC e Jicun"
_ADDED_TO_FRONT = {"it": re.compile(r"\b(?:aggiun\w+|inseri\w+|inclus\w+|iscri\w+)\s+(?:anche\s+)?(?:nella|alla|nell'|all'|"
                                    r"sulla|sull')\s*$"),
                   "en": re.compile(r"\b(?:added|adds|adding|put|placed)\s+(?:to|on)\s+(?:the\s+)?$")}
_ORG_TO_ORG = frozenset({"supplies", "investsIn", "subsidiaryOf"})
# patterns whose left mention follows a preposition by design ("与地平线成立合资公司", "针对华为的规则")
_PREP_LEFT_OK = frozenset({"zh-jv-partner", "zh-aimed-at-x"})
_BUYER_LEFT = frozenset({"en-buys-from"})  # the left mention is the buyer, the clause's subject: never "from Nvidia"
_IT_IS_A = re.compile(r"\s*(?:it|this|that) (?:is|was) (?:a|an|the) (?:[\w\"'-]+ ){0,3}?(model|chip|processor|accelerator|gpu|"
                      r"system|server|supernode|platform|framework|company|firm|start-up|startup)\b")
_NOUN_GROUP = {"model": "platform", "platform": "platform", "framework": "platform", "chip": "chip", "processor": "chip",
               "accelerator": "chip", "gpu": "chip", "system": "system", "server": "system", "supernode": "system",
               "company": "firm", "firm": "firm", "start-up": "firm", "startup": "firm"}
_LED_ROUND = {"en": re.compile(r"\s+(?:(?:also|then|later|has|had|have|reportedly|jointly)\s+)*(?:led|co-led|joined|"
                               r"participated in|took part in|anchored|backed)\s+(?:a|an|the|its|that|this|another|a later|"
                               r"an earlier)\s+(?:[\w$.,-]+\s+){0,6}?(?:round|financing|fundraising|raise)\b"),
              "it": re.compile(r"\s+(?:(?:ha|hanno|aveva|avrebbe|avrebbero|anche|poi)\s+)*(?:guidato|guida|co-guidato|"
                               r"partecipato a|preso parte a|sottoscritto)\s+(?:il|un|l'|lo|un')\s*(?:[\w$.,'-]+\s+){0,6}?"
                               r"(?:round|aumento di capitale|finanziamento)\b")}
_ROUND_INVESTORS_AFTER = {
    "zh": re.compile(r"(?:本轮|此轮|该轮|这轮|本次|此次|新一轮)(?:融资|增资|投资)?(?:的)?(?:投资方|投资者|投资人|投资机构|参投方|参投机构|"
                     r"出资方|领投方|跟投方)(?:主要|还|则|分别)?(?:包括|包含|有|为|是|涵盖)"),
    "en": re.compile(r"\b(?:investors|backers|participants|investors taking part) in the (?:[\w$.,-]+\s+){0,5}?(?:round|financing|"
                     r"raise|fundraising)\s+(?:also\s+)?(?:include[sd]?|including|were|are|comprised?)\b"),
    "it": re.compile(r"\b(?:al|nel|all')\s*(?:round|aumento di capitale|finanziamento)\b[^.;]{0,40}?\b(?:hanno partecipato|"
                     r"ha partecipato|partecipano|figurano|compaiono|hanno aderito)\b")}
_ROUND_INVESTORS_BEFORE = {
    "zh": re.compile(r"等(?:原有|现有)?(?:老股东|原股东|现有股东|老投资方|老投资人)(?:也|均|亦)?(?:继续|持续|追加|再次|进一步)?"
                     r"(?:加码|跟投|追投|增持|参投|投资)"),
    "en": re.compile(r"\b(?:existing|earlier) (?:investors|backers|shareholders)\s+(?:also\s+)?(?:joined|took part|participated|"
                     r"re-?upped|doubled down)\b")}
_LISTED_INCLUDE = {
    "zh": re.compile(r"(?:此次|本次|这次|该批|新)?(?:被)?(?:列入|纳入|加入|新增)(?:的)?(?:\d+(?:家|个))?(?:中国)?(?:企业|实体|公司|机构)(?:中)?"
                     r"(?:包括|包含|有|涉及|为|是)(?:了)?[:：]?"),
    "en": re.compile(r"\b(?:the\s+)?(?:(?:chinese|other|new)\s+)?(?:companies|firms|entities|chipmakers|groups)\s+(?:that were\s+|which were\s+)?"
                     r"(?:added|named|listed|blacklisted|designated|targeted)\b[^.;:]{0,30}?\s+(?:include[sd]?|including|are|were)\s*:?\s*"),
    "it": re.compile(r"\b(?:tra|fra)\s+(?:le|gli|i)\s+(?:societa|aziende|entita|gruppi|imprese)\s+(?:cinesi\s+)?(?:aggiunt[ie]|inserit[ie]|"
                     r"colpit[ie]|sanzionat[ie])\b[^.;:]{0,30}?\s+(?:figurano|compaiono|ci sono|spiccano)\s+")}
_USE_CUE = {
    "en": re.compile(r"\b(?:(?:trained|training|trains|train|run|ran|runs|running|built|relies|relied|rely|relying|depends|"
                     r"depended)\s+(?:[\w-]+\s+){0,3}?on|used|using|uses|deploy(?:s|ed|ing)?|buying(?: up)?|bought|purchas(?:ed|ing)|"
                     r"order(?:ed|ing)|stockpil(?:ed|ing)|switch(?:ed|ing)? to|powered by)\b(?!\s+by\b)"
                     r"(?:\s+(?:(?:about|around|some|nearly|roughly|over|more than|up to|at least|only|just)\s+)?"
                     r"(?:\d[\d,.]*\s+(?:of\s+)?)?(?:the\s+|its\s+|their\s+)?)?"),
    "it": re.compile(r"\b(?:(?:addestrat\w*|addestra\w*|gira(?:to|no|va)?|girare|funziona(?:re|no)?|basat[oaie])\s+(?:\S+\s+){0,2}?"
                     r"su(?:i|gli|lle|l|lla)?|utilizz\w*|usa(?:to|ti|no|va|vano)?|impieg\w*|acquist\w*|compra\w*|ordina\w*)\b"
                     r"(?!\s+da\b)(?:\s+(?:(?:circa|oltre|almeno|solo)\s+)?(?:\d[\d.,]*\s+)?(?:(?:i|gli|le|il|la|lo)\s+|l')?)?"),
    "zh": re.compile(r"(?<!被)(?:(?:训练|运行|部署|跑)(?:于|在)|使用|采用|采购|购买|囤积|订购)(?:了)?(?:约|近|超过|逾)?(?:\d[\d,.]*(?:万)?(?:颗|张|块|片|台|枚)?)?(?:的)?")}
_USE_NOT_BEFORE = re.compile(r"(?:\bruled out|\brefus\w+ to|\bdeclin\w+ to|\bstopp?\w* |\bhalt\w* |\bceas\w* |\bavoid\w* |"
                             r"\brather than|\binstead of|\bfar from|\bwithout|\bsenza|\banziche|\binvece di|\brinuncia\w* a|"
                             r"拒绝|停止|不再|放弃|暂停|避免|而非|而不是)[^.;:]{0,12}$")
_UNLIKE_BEFORE = re.compile(r"(?:\bunlike|\bcontrary to|\bcompared with|\bcompared to|\ba differenza d\w*|\bcontrariamente a\w*|"
                            r"\brispetto a\w*|不同于|不像|相比于?|与其)\s*$")
# a headquarters stated as such (a country named as a firm's nationality is not: "the Dutch firm ASML", "日本信越化学")
_HQ_CUE = re.compile(r"headquarter|\bhq\b|head office|home base|\bbased\b|registered|incorporated|domicil|\bsede\b|"
                     r"quartier generale|basat[oaie]|con base|总部|總部|注册|註冊|设于|設於|位于|位於")
_SHORT_PAREN = re.compile(r"\s*\((?:[a-z0-9&.-]{1,8}|[0-9]{3,6}(?:\.[a-z]{1,3})?(?:\s+[a-z]{2})?|[\u3400-\u9fff·]{1,12})\)")
# "(tok)", "(688206 ch)", "Amlogic (晶晨)"
# after a first word that is also a common one ("Applied"), only what a firm's name is followed by
_PLAIN_CORE_AFTER = (r"(?=’s\b|'s\b|\s+(?:said|says|is|was|has|had|did|does|will|would|could|competes?|sells?|sold|sent|shipped|"
                     r"supplies|supplied|makes?|made|reported|expects?|declined|agreed|denied|confirmed|customer|customers|"
                     r"shares|stock)\b|,\s+(?:whose|which|based|the|a|an)\b)")
_NOUN_MODIFIED_CLOSE = re.compile(r"\s+(?:(?:senior|former|chief|vice|deputy|lead|principal)[\s-]+)*(?:customer|client|supplier|"
                                  r"partner|rival|veteran|executives?|engineers?|employees?|shares|stock|alumni|insiders?|"
                                  r"director|vice-president|president|founder|co-founder|chairman|ceo|cto|scientist|researcher)\s*,")
_CLAUSE_OPENER = re.compile(r"(?:,\s*|\s)(?:mentre|while|whereas|but|ma|pero|tuttavia|although|sebbene)\s|;")
_LISTED_KIND = re.compile(r"\s*(?:compan(?:y|ies)|firms?|entit(?:y|ies)|aziende|societa|imprese|企业|公司)")
# a filing's own subject at a sentence's opening: "公司的…", "(2)发行人在境内市场的…" (the scope before 的 included)
_FILER_OPENING = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.、])?\s*(?:(?:本|该)?公司|发行人)(?:在[^,]{1,12}?(?=的))?")
_ZH_LATIN_PAREN = re.compile(r"\([a-z0-9 .&-]{1,30}\)")
_ZH_NAME_PAREN = re.compile(r"\([^()]{1,40}\)")  # "迪恩士(screen)": a member's Latin name
_MEMBER_PAREN = {False: _SHORT_PAREN, True: _ZH_NAME_PAREN}  # a list member's bracketed short form, by "is Chinese"
_DESC_NATIONALITY_ANY = re.compile(lx.DESC_NATIONALITY.pattern.replace("(?P<adj>", "(?P<adj>chinese|cinese|"))
_POSSESSIVE_AFTER = re.compile(r"\s*['’]s?\b|的")
# "DeepSeek's next model was delayed after … training on Ascend": the firm's own model or cluster is the firm's use
_OWN_MODEL_AFTER = re.compile(r"\s*['’]s?\s+(?:[\w-]+\s+){0,2}?(?:models?|llms?|chatbot|assistant|training|cluster|data cent(?:re|er)s?|"
                              r"servers?|cloud|engineers|researchers)\b|的(?:[\u4e00-\u9fff]{0,4}?)(?:模型|大模型|训练|集群|数据中心|服务器|云)")
_PROBE_KINDS = {"anti-dumping": re.compile(r"anti-?dumping|antidumping|反倾销"),
                "anti-discrimination": re.compile(r"anti-?discrimination|antidiscriminazione|反歧视"),
                "antitrust": re.compile(r"anti-?trust|anti-?monopoly|antimonopolio|反垄断")}
_PROBE_KIND = re.compile("|".join(rx.pattern for rx in _PROBE_KINDS.values()))
_LICENCE_NEED = {
    "en": re.compile(r"\b(?:without|needs?|needed|requir\w+|must (?:first )?(?:obtain|get|apply for|seek)|subject to|only with|"
                     r"(?:apply|applied|applying) for)\s+(?:a|an|the|special|specific|export|u\.?s\.?|government|american)?\s*"
                     r"(?:special\s+|specific\s+|export\s+|government\s+)*licen[cs]e(?:s)?\b"),
    "it": re.compile(r"\b(?:senza|serve|servira|servono|richied\w*|necessari\w*|occorre|occorrera|soggett\w* a(?:d)?|previa|"
                     r"obbligo di|dovranno ottenere|dovra ottenere|chiedere)\s+(?:una\s+|la\s+|l'|un'|apposita\s+|specifica\s+)?\s*"
                     r"(?:apposita\s+|specifica\s+)?licenz[ae]\b"),
    "zh": re.compile(r"(?:需要|需|须|必须|应当|要)(?:先|事先|首先)?(?:获得|取得|申请|拿到)?(?:[^,。;，；]{0,10}?的)?(?:出口)?许可(?:证)?")}
_TRADE_VERB = {"en": re.compile(r"\b(?:ship\w*|export\w*|sell\w*|sold|sales?|deliver\w*|send\w*|sent)\b"),
               "it": re.compile(r"\b(?:sped\w*|esport\w*|vend\w*|consegn\w*|inviat\w*|invia\w*)\b"),
               "zh": re.compile(r"出口|销售|出售|发货|交付|运往|卖")}
_DESTINATION_BEFORE = re.compile(r"(?:\bto|\binto|\bin|\bverso|\ba|\bfor|向|对|往|到|赴)\s*(?:the\s+)?$")
_LICENCE_NOT = re.compile(r"\bno longer\b|\bnot (?:need|require)|n't (?:need|require)|\bexempt\w*|\bwaiv\w*|\blift\w*|\bscrapp\w*|"
                          r"\brevok\w*|\bgranted\b|\bapproved\b|\bnon (?:serve|servira|e piu|richied)\w*|\besent\w*|\brevoc\w*|"
                          r"\bconcess[oa]\b|无需|不再需要|不需要|豁免|取消|撤销|获批|批准")
_RESPECTIVELY = {"en": re.compile(r"\brespectively\b"), "it": re.compile(r"\brispettivamente\b"), "zh": re.compile(r"分别")}
_SEAT_WORD = {"en": re.compile(r"\b(?:based|headquartered|headquarters|located)\b"),
              "it": re.compile(r"\b(?:sede|sedi|basat\w*|quartier generale)\b"),
              "zh": re.compile(r"总部|總部|位于|位於|设在|設在|坐落")}
_MUTUAL = {"en": re.compile(r"\b(?:compet\w*|vie|vying|jostl\w*)\s+(?:(?:fiercely|directly|hard|head-to-head)\s+)?(?:with|against)\s+"
                            r"(?:each other|one another)\b"),
           "it": re.compile(r"\bsi fanno (?:\w+\s+)?concorrenza\b|\b(?:compet\w+|in concorrenza) (?:tra|fra) (?:di )?loro\b"),
           "zh": re.compile(r"(?:彼此|相互|互相)[^。；，,]{0,12}?(?:竞争|较量|角逐|厮杀)")}
_ALSO_ADDED = re.compile(r"\s+(?:(?:were|was|have been|has been|had been)\s+(?:also\s+)?|(?:also\s+)?(?:got|get|gets)\s+)"
                         r"(?:added|blacklisted|listed)\b(?!\s+(?:on|to|in)\s+(?:the\s+)?(?:\w+\s+)?(?:stock|exchange|nasdaq|board|market))")
_LIST_LABEL = re.compile(r"(?i)\blist\b|lista|名单|清单")
_LIST_WORD = re.compile(r"(?:black)?list(?:ing|ed)?$|lista(?: nera)?$|elenco$|名单$|清单$|列名$|上榜$")
_BLACKLIST = {"en": re.compile(r"\b(?:a|an) (?:(?:us|u\.s\.|american|commerce department) )?(?:trade|export|entity) blacklist\b"),
              "it": re.compile(r"\b(?:una|in una|nella|sulla) lista nera\b(?! (?:cinese|di pechino))")}
# a dateline ("BEIJING, Nov 8 (Reuters) -", "PECHINO –", "Hangzhou, October 20, 2025 —", "Milano, 3 marzo"): the
# city where the story was filed, no firm's home
_DATELINE = re.compile(r"[A-Z][A-Z .'/-]{2,}(?:,|\s[-–—])|[A-Z][\w .'/-]{2,30}?,\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                       r"Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)[a-z]*\b)")


@lru_cache(maxsize=4)
def _model_codes(gaz) -> dict[str, list[str]]:
    """Bare code -> registry models named "<maker or family>-<code>" ("DeepSeek-R1" -> "R1", "Kimi K2" -> "K2")."""
    out: dict[str, list[str]] = {}
    for iri, e in gaz.entities.items():
        if e.cls not in lx.PLATFORM:
            continue
        m = re.fullmatch(r".+?[- ]([A-Z]\d{1,2}(?:\.\d)?)", e.label("en"))
        if m:
            out.setdefault(m.group(1), []).append(iri)
    return out


_YARDSTICK = frozenset({"comparableTo", "outperforms", "compatibleWith", "alternativeTo", "hasMoreMemoryThan",
                        "consumesMorePowerThan", "competesWith"})
_WINDOW = 2  # sentences either side of a product in which its known maker is named (_known_in_article)


@lru_cache(maxsize=1)
def _stakes_in() -> dict[str, tuple[str, ...]]:
    """Investee IRI -> its known investors (ontology/investors.tsv)."""
    out: dict[str, list[str]] = {}
    for inv, firm in sorted(ontology.known_stakes()):
        out.setdefault(firm, []).append(inv)
    return {k: tuple(v) for k, v in out.items()}


# a firm's name used as a modifier of its goods: "Kunlunxin chips", "i chip Huawei"
_FIRM_AS_MODIFIER = re.compile(r"(?:'s)?\s+(?:chips?|gpus?|processors?|accelerators?|cards?|servers?|hardware|products?|"
                               r"equipment|tools?|machines?|scanners?)\b")


# patterns whose verb stands before the left side ("完成A与B的适配"): a negation before the verb denies the relation
_VERB_BEFORE_LEFT = frozenset({"zh-adaptation-of-with"})


# what may follow "City, Region": the region's own word, the end of the apposition or of the sentence
_REGION_AFTER = re.compile(r"(?:\s+(?:province|state|provincia|regione))?\s*(?:[,.;:)]|$|\s+(?:and|e|in|on|for|per|was|is|has|had|where|dove))")


# contract manufacture: the firm acts as the foundry, whatever else it is ("由三星代工", "fabbed by Samsung")
# a spec sheet (_spec_line): a heading line, a "- Key: value" bullet and the keys it reads
# after a compound measure ("the 72-watt L4 card"): a model code the extractor does not know, not a kind or a process
_UNKNOWN_CODE_AFTER = re.compile(r"\s+(?=[a-z-]*\d)(?!(?:chips?|processors?|gpus?|cpus?|cards?|accelerators?|parts?|socs?|"
                                 r"process|node|version|model|design|module|board|die|dies|limit|tdp|memory|"
                                 r"of|and|or|in|at|chip|processore|scheda|versione|nodo|processo|finfet|euv|duv|class|grade|"
                                 r"level|generation|technology|tecnologia|wafers?|fabs?|lines?|plants?|"
                                 r"word-line|pitch|gate|transistors?)\b)[a-z0-9]")
# a difference, not a value: "功耗比A100低50W", "50W less than"
_DIFFERENCE_BEFORE = re.compile(r"(?:低|高|少|多|省|降低|减少|增加)(?:了|约)?\s*$")
_DIFFERENCE_AFTER = re.compile(r"\s*(?:less|lower|more|higher|fewer|in meno|in piu|di meno|di piu)\b")
_NOT_DEVICE_MEMORY = re.compile(r"\b(?:checkpoints?|weights|pesi|dataset|file|download|model|modello)\s+(?:of\s+|da\s+|di\s+)?"
                                r"(?:about\s+|circa\s+|oltre\s+|some\s+)?$|(?:模型|权重|文件)(?:约|大小为|为)?$")
_SPEC_HEAD = re.compile(r"(?:\*\*|#{1,4}\s*|[一二三四五六七八九十]+、\s*)?[^:：.。!?\n]{2,60}?(?:\*\*)?")
_SPEC_BULLET = re.compile(r"\s*(?:[-*•·]\s*)?(?P<key>[^:：\n]{1,30}?)\s*[:：]\s*")
_SPEC_MEMORY = re.compile(r"memor|ram\b|hbm|显存|内存|存储")
_SPEC_POWER = re.compile(r"power|consumo|tdp|potenza|功耗|功率")
_SPEC_PROCESS = re.compile(r"process|node|nodo|制程|工艺|制造|fabbricazione|manufactur")
_SPEC_PROCESSOR = re.compile(r"processor|chip|gpu|npu|soc|built on|based on|basat|芯片|处理器|核心|基于")
_SPEC_SOFTWARE = re.compile(r"software|framework|stack|软件|生态")
_SPEC_COUNT = re.compile(r"(?P<n>\d{1,3})\s*(?:[×x]|颗|块|个|枚)|(?P<w>\bone|\btwo|\bfour|\beight|\buna?|\bdue|\bquattro|\botto)\s")
_SPEC_WORDS = {"one": 1, "un": 1, "una": 1, "two": 2, "due": 2, "four": 4, "quattro": 4, "eight": 8, "otto": 8}
_OWN_MODIFIER = re.compile(r"\s+(?:kernels?|code|ports?|versions?|variants?|extensions?|plug-?ins?|libraries|library|"
                           r"operators?|backends?|drivers?|compatibility|support|layer|tooling|tools?|implementation)\b")
# "由三星代工", "made by Samsung's foundry", "prodotto da Samsung con un processo a 8 nanometri", "made by Samsung on its 8nm process"
_FAB_AFTER = re.compile(r"代工|\s+(?:foundry|fabs?)\b")
# "prodotto da Samsung con un processo a 8 nanometri", "made by Samsung on its 8nm process": a node after the maker of a
# making verb (not "progettato da Baidu a 7 nanometri")
_NODE_AFTER = re.compile(r"\s*(?:(?:con|using|on|in|at|with|a|al|nel|col)\s+)?(?:(?:un|uno|il|its|a|an|the|suo|la|sua|their)\s+)?"
                         r"(?:(?:processo|process|node|nodo|tecnologia)\s+(?:a\s+|di\s+|da\s+)?)?\d+(?:[.,]\d+)?\s*-?\s*(?:nm\b|nanomet)")
_MAKING = re.compile(r"\b(?:prodott|produc|fabbricat|fabricat|manufactur|made\b|mak|stampat|costruit|built\b|fabbed)")
_FAB_BEFORE = re.compile(r"\b(?:fabbed|fabricated under contract)\s+(?:by|at)\s+$|\d\s*(?:nm|nanometr\w*|-nanomet\w*)\s*\(?(?:da|by)\s+$")


# a filing's definition of "the Company": '("ACM" or the "Company")', '(di seguito "la Società")'
_DEFINES_COMPANY = {
    "en": re.compile(r"\((?:hereinafter\s+)?(?:[“\"][^”\"()]{1,40}[”\"]\s*(?:,|or|and)\s*)*(?:the\s+)?[“\"](?:the\s+)?Company[”\"]"),
    "it": re.compile(r"\((?:di seguito|in seguito|d'ora in poi|anche)?\s*(?:[“\"«][^”\"»()]{1,40}[”\"»]\s*(?:,|o|e)\s*)*"
                     r"(?:la\s+)?[“\"«](?:la\s+)?Società[”\"»]"),
}


# a described group and the examples of it at the end of a gap: "supplies customers such as", "competes with
# international giants such as", "sells to Chinese firms like", "fornisce produttori come", "tra cui": the verb governs the examples
_EXAMPLES = {
    "en": re.compile(r",?\s+(?:such as|including|like|notably|among them|the likes of)\s+(?:the\s+)?$"),
    "it": re.compile(r",?\s+(?:come|tra cui|fra cui|quali|tra i quali|tra le quali|ad esempio|per esempio)\s+"
                     r"(?:(?:il|lo|la|l'|i|gli|le)\s*)?$"),
}
_DESCRIPTOR_WORD = re.compile(r"\s+[a-z][\w'-]*$")


def _through_examples(pat: Pattern, gap: str, lang: str):
    """The gap's match once a described group before its examples is left out (up to four words: "customers",
    "international giants", "Chinese firms"), or None."""
    ex = _EXAMPLES[lang].search(gap)
    if not ex:
        return None
    head = gap[:ex.start()]
    for _ in range(5):
        mt = pat.gap.fullmatch(head + " ")
        if mt:
            return mt
        w = _DESCRIPTOR_WORD.search(head)
        if not w:
            return None
        head = head[:w.start()]
    return None


@lru_cache(maxsize=1)
def _registry_makers() -> dict[str, str]:
    """Registry product IRI -> its maker: the one firm whose name starts one of its labels ("Nvidia H20" -> Nvidia),
    or the firm ontology/makers.tsv names."""
    gaz = _gazetteer()
    out: dict[str, str] = {}
    for iri, e in gaz.entities.items():
        if e.cls not in lx.TECH:
            continue
        makers = {m for _lang, lab in tuple(e.labels) + tuple(e.alt_labels) for m in [_maker_prefix(gaz, lab, iri)] if m}
        if len(makers) == 1:
            out[iri] = makers.pop()
    out.update(ontology.product_makers())  # products whose labels do not name their maker (ontology/makers.tsv)
    return out


@lru_cache(maxsize=1)
def _units_of() -> dict[str, tuple[str, ...]]:
    """Parent -> its chip-design units (lexicon.DESIGN_UNITS, by English prefLabel): a chip of the parent named with
    the unit in one sentence is the unit's design too ("HiSilicon ... Kirin")."""
    gaz = _gazetteer()
    parents = ontology.unit_parents()
    out: dict[str, list[str]] = {}
    for label in lx.DESIGN_UNITS:
        u = gaz.lookup(label)
        if u and parents.get(u):
            out.setdefault(parents[u], []).append(u)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _maker_prefix(gaz: Gazetteer, surface: str, iri: str) -> str | None:
    """The firm whose label starts a product label ("Nvidia" in "Nvidia H20"), if any."""
    for o in reversed(gaz.prefixes(fold(surface))):  # the longest: "Alibaba Cloud" in "Alibaba Cloud Model Studio"
        if o != iri and gaz.entities[o].cls in lx.FIRM:
            own = gaz.prefixes(fold(gaz.entities[iri].label("en")))
            if any(x != o and x != iri and gaz.entities[x].cls in lx.FIRM for x in own) and o not in own:
                return None  # "Tesla T4" is the "Nvidia T4": a brand that is also a firm's name is not its maker
            return o
    tail = _MAKER_AFTER.search(fold(surface))  # "la piattaforma di Nvidia", "la scheda di Nvidia"
    o = gaz.lookup(tail.group(1)) if tail else None
    return o if o and o != iri and gaz.entities[o].cls in lx.FIRM else None


_MAKER_AFTER = re.compile(r"^(?:la|il|lo|l')?\s*[a-z]+(?:\s+[a-z]+)?\s+(?:di|del|della|dell')\s*(\S.*)$")


@lru_cache(maxsize=None)
def _anchor_automaton(lang: str):
    """One Aho-Corasick automaton over every pattern anchor of the language: a sentence is scanned once."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for _pat, anchor in _ordered(lang):
        for x in anchor or ():
            auto.add_word(x, x)
    auto.make_automaton()
    return auto


class _PatternIndex:
    """The language's patterns (in `_ordered` order) as bits of integers, by the classes and literals they need.

    Selecting the patterns that can fire in a sentence is then a few ORs over the classes present and the anchors
    found, instead of set tests for each of the ~150 patterns."""

    def __init__(self, lang: str):
        ordered = _ordered(lang)
        self.lang = lang
        self.patterns = tuple(p for p, _anchor in ordered)
        self.right: dict[str, int] = {}  # class -> patterns whose right side takes it
        self.left: dict[str, int] = {}  # class -> patterns whose left side takes it
        self.by_anchor: dict[str, int] = {}  # required literal -> patterns that need one of theirs
        self.unanchored = 0  # patterns with no required literal
        for k, (pat, anchor) in enumerate(ordered):
            bit = 1 << k
            for c in pat.right:
                self.right[c] = self.right.get(c, 0) | bit
            for c in pat.left:
                self.left[c] = self.left.get(c, 0) | bit
            if anchor is None:
                self.unanchored |= bit
            for x in anchor or ():
                self.by_anchor[x] = self.by_anchor.get(x, 0) | bit

    def select(self, seg: str, right_at: dict[str, int], left_classes) -> list[Pattern]:
        """The patterns, in order, with a right class in `right_at`, a left class in `left_classes` and, when they
        need one, one of their required literals in the (folded) sentence `seg` before their right side.

        `right_at` maps a class to the start (in `seg`) of the sentence's last mention that can take it. Every gap a
        pattern matches ends where its right mention starts (an explicit left's gap, or the sentence's opening for
        the implicit subject and a coordinated clause), so a required literal must end there too; only one that
        starts with a space may come from the space those fallbacks put before the opening, so it counts anywhere."""
        mask = _bits(self.right, right_at) & _bits(self.left, left_classes)
        anchored = mask & ~self.unanchored
        if anchored:  # some candidates need a literal: scan the sentence once for all of them
            auto = _anchor_automaton(self.lang)
            first_end: dict[str, int] = {}  # literal -> end of its first occurrence in seg (the scan goes left to right)
            for end, key in auto.iter(" " + seg) if len(auto) else ():
                first_end.setdefault(key, end)  # (an index in " " + seg: the end, exclusive, in seg)
            found = 0
            for c, at in right_at.items():
                if self.right.get(c, 0) & anchored:
                    found |= self.right[c] & _bits(self.by_anchor, [k for k, end in first_end.items()
                                                                     if end <= at or k.startswith(" ")])
            mask &= self.unanchored | found
        out = []
        while mask:
            low = mask & -mask
            out.append(self.patterns[low.bit_length() - 1])
            mask ^= low
        return out


def _bits(index: dict[str, int], keys) -> int:
    """The union of the bit masks `index` holds for `keys`."""
    mask = 0
    for k in keys:
        mask |= index.get(k, 0)
    return mask


@lru_cache(maxsize=None)
def _pattern_index(lang: str) -> _PatternIndex:
    return _PatternIndex(lang)


@lru_cache(maxsize=None)
def _coref_rules(lang: str) -> tuple[tuple[re.Pattern, str, re.Pattern | None], ...]:
    """The language's coreference rules (regex, group), each with a regex for the literals one of which every match
    contains (None: no such guarantee, e.g. for a case-insensitive regex)."""
    out = []
    for rx, group in lx.COREF.get(lang, []):
        need = None if rx.flags & re.IGNORECASE else anchors(rx.pattern)
        out.append((rx, group, re.compile("|".join(map(re.escape, sorted(need)))) if need else None))
    return tuple(out)


@lru_cache(maxsize=None)
def _ordered(lang: str) -> tuple[tuple[Pattern, frozenset[str] | None], ...]:
    """The language's patterns with their required literals, develops/imposedBy first (placeholders bind early)."""
    return tuple((p, anchors(p.gap.pattern)) for p in sorted(PATTERNS[lang], key=lambda p: _PRED_ORDER.get(p.pred, 5)))


_PRED_ORDER = {DEV_OR_FAB: 0, "develops": 0, "imposedBy": 1, "hasComponent": 2, "manufacturedBy": 3}


def _count(text: str) -> int:
    """"8,192", "8.192", "15 488", "3万" -> an integer count (separators are thousands in a count)."""
    t = text.replace(" ", "")
    if t.lower() in _COUNT_WORDS:
        return _COUNT_WORDS[t.lower()]  # "eight", "otto"
    mult = 10_000 if t.endswith("万") else 1
    t = t.rstrip("万")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", t):
        return int(re.sub(r"[.,]", "", t)) * mult
    return int(round(float(t.replace(",", ".")) * mult))


# a halted supply: said of shipments, not of who makes what ("暂停H20生产" stops a product, it does not deny Nvidia made it)
_SUPPLY_HALTED = {"en": re.compile(r"\b(?:suspend(?:s|ed|ing)?|cut off|cuts off|cutting off)\b"),
                  "it": re.compile(r"\b(?:sospes[oaie]|sospend\w*|interrott\w*|interromp\w*)\b"),
                  "zh": re.compile(r"暂停|中止|中断|断供|停供")}
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u00a0](?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \u00a0](?=[\u4e00-\u9fff])")


def _cjk_spacing(text: str) -> list[int] | None:
    """Offsets of the characters to keep when a Chinese text puts spaces between Chinese and Latin words or numbers
    ("昇騰 910B", "輝達 H20 的"), or None when it does not."""
    drop = {m.start() for m in _CJK_SPACE.finditer(text)}
    if not drop:
        return None
    return [i for i in range(len(text)) if i not in drop]


# patterns whose gap names the goods: a firm named there is what changed hands ("buy Arm from SoftBank")
_NO_FIRM_BETWEEN = frozenset({"en-bought-from", "en-buys-from", "it-bought-from", "zh-bought-from", "zh-order-from"})
# a short capitalised prefix hyphenated to a firm's name: "TF-AMD"
_HYPHEN_PREFIX = re.compile(r"(?<![\w.-])[A-Z]{1,4}-$")
# a capital that acts is its government ("Beijing has asked tech firms", "Pechino ha vietato", "北京要求"): no place
_GOV_ACTS = {
    "en": re.compile(r"(?:'s)?\s+(?:(?:has|have|had|is|was|will|would|also|reportedly|quietly|then|now|later|again)\s+)*"
                     r"(?:asked|asks|told|tells|ordered|orders|urged|urges|said|says|wants|wanted|banned|bans|required|requires|"
                     r"demanded|pushed|warned|summoned|retaliat\w*|announced|imposed|added|blacklisted|restricted|approved|"
                     r"blocked|discouraged|instructed|issued|responded|accused|insist\w*|threaten\w*|hit back|struck back)\b"),
    "it": re.compile(r"\s+(?:(?:ha|avrebbe|aveva|avra|gia|anche|ora)\s+)*(?:chiesto|chiede|ordinato|ordina|imposto|impone|vietato|"
                     r"vieta|bloccato|blocca|annunciato|annuncia|deciso|decide|risposto|risponde|vuole|minaccia\w*|accusa\w*|"
                     r"spinge|spinto|invita\w*|reagito|reagisce)\b"),
    "zh": re.compile(r"(?:政府|当局|方面)?(?:已|已经|曾|正|也|还)?(?:要求|命令|禁止|宣布|表示|限制|约谈|回应|敦促|指示|反制|施压)"),
}
# a Chinese firm's name ending in a trade word ("通富微电", "长电科技", "華天科技"): the words before it are its short name
_ZH_TRADE_SUFFIX = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:微电子|微電子|半导体|半導體|科技|微电|微電|电子|電子|集团|集團|股份|国际|"
                              r"國際|信息|資訊|创新|創新|光电|光電|通信|精密|装备|裝備|控股|智能)")
# short names that are also common words or places ("应用材料" is no licence to read every "应用" as the firm)
_ZH_SHORT_STOP = frozenset("应用 應用 上海 东京 東京 大众 大眾 大陆 大陸 神州 比特 创意 創意 清华 清華 复旦 復旦 大唐 美满 美滿 同方 中环 中環 "
                           "东山 東山 微芯 国投 國投 海通 国科 國科 国盛 國盛 元禾 天风 天風 太极 太極 南大 新思 华工 華工 华星 華星 "
                           "并行 並行 生数 生數 联华 聯華 联发 聯發 安路 源杰 精测 精測 景旺 光库 光庫 剑桥 劍橋 招商局 塔塔".split())
# the character before a short name: the start of the text or of a clause, punctuation or a function word
_ZH_SHORT_BEFORE = re.compile(r"|[^\u4e00-\u9fff]|[的与與和及对對向在是为為由从從被将將给給称稱据據而但且或等了着著把让讓跟同、即如若就仍也还還已則则]")
_NO_LONGER = re.compile(r"(?:\bno longer\b|\bnon\b[^.;:]{0,30}\bpiu\b|\bnon [^.;:]{0,20}\b(?:piu|ormai)\b|不再|已不|早已不)"
                        r"[^.;:]{0,40}$")
_PORT_TAIL = re.compile(r"-(?:[A-Z][A-Za-z0-9]{1,10}|[A-Z0-9]{2,10})(?![A-Za-z0-9-])")
_CLAUSE_SEPS = ";；:："  # what ends a clause inside a sentence (folded text)
_NAMED_ONLY = {"zh-clause-self-developed", "en-joint-venture-between", "zh-runs-on-chip-part"}
_BRACKETED = re.compile(r"\s*[(（]\s*[\"“'‘]?([^()（）\"“”'‘’,，;；:：]{2,40}?)[\"”'’]?\s*(?:[,，;；)）]|\s(?:or|o|e|and)\s)")


def _short_names(ent: Entity) -> list[str]:
    """Short English names of an issuer ("US", "U.S.") for the alt labels of a policy named after it."""
    return [a for lang, a in ent.alt_labels if lang == "en" and len(a) <= 6][:3]


def _trim(text: str, s0: int, s1: int) -> tuple[int, int]:
    while s0 < s1 and text[s0].isspace():
        s0 += 1
    while s1 > s0 and text[s1 - 1].isspace():
        s1 -= 1
    return (s0, s1)


@lru_cache(maxsize=1)
def _registry_tails_cached(key: int) -> dict[str, tuple[str, ...]]:
    gaz = _gazetteer()
    tails: dict[str, set[str]] = {}
    for iri, ent in gaz.entities.items():
        if ent.cls not in lx.TECH:
            continue
        for _lang, label in list(ent.labels) + list(ent.alt_labels):
            parts = re.split(r"[\s-]", fold_label(label))
            if len(parts) > 1 and any(ch.isdigit() for ch in parts[-1]) and len(parts[-1]) >= 2:
                tails.setdefault(parts[-1], set()).add(iri)
    return {t: tuple(sorted(i)) for t, i in tails.items() if t not in gaz.by_label}


def _registry_tails(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Model-code tails of registry product labels ("v3" of "DeepSeek-V3") and the products that have them."""
    return _registry_tails_cached(id(gaz)) if gaz is _gazetteer() else {}


def _overlaps_any(s: int, e: int, spans) -> bool:
    return any(s < b and a < e for a, b in spans)


def _drop_inside(ms: list[Mention], spans) -> list[Mention]:
    """Mentions not strictly inside a discovered span (the place or product a discovered name swallowed)."""
    if not spans:
        return ms
    return [m for m in ms if not any(s <= m.start and m.end <= e and (m.start, m.end) != (s, e) for s, e, *_ in spans)]


def _guess_lang(text: str) -> str:
    cjk = sum(1 for c in text[:2000] if "\u4e00" <= c <= "\u9fff")
    if cjk > 20:
        return "zh"
    low = f" {text[:3000].lower()} "
    it = sum(low.count(w) for w in (" il ", " della ", " che ", " di ", " non ", " per ", " sono "))
    en = sum(low.count(w) for w in (" the ", " of ", " and ", " to ", " is ", " that ", " with "))
    return "it" if it > en else "en"


# a clause that opens with its own noun subject and verb: no topic is its implicit subject ("Lo status VEU era stato
# introdotto dopo le regole dell'ottobre 2022", "The status was created after the October 2022 rules")
_OWN_SUBJECT = {
    "it": re.compile(r"\s*(?:il|lo|la|i|gli|le|l'|questo|questa|quel|quella)\s*(?!(?:sua|suo|loro|prima|primo|seconda|secondo|ultima|ultimo|stessa|stesso|societa|azienda|gruppo|startup|"
                     r"colosso|impresa|fonderia)\b)[a-z]{3,}\s+(?:[a-z]+\s+){0,2}?"
                     r"(?:e|era|sono|erano|e stato|e stata|era stato|era stata|sara|fu|ha|aveva|hanno|avevano)\b"),
    "en": re.compile(r"\s*(?:the|this|that|these|those)\s+(?!(?:company|firm|chip|group|former|latter|start-?up|chipmaker|"
                     r"foundry|same)\b)[a-z]{3,}\s+(?:[a-z]+\s+){0,2}?"
                     r"(?:is|was|are|were|has|had|have)\b"),
}
# the words between a government and the policy its verb introduces (see _Run._introducing_gov)
_INTRO_VERB = {
    "en": re.compile(r"(?:'s?)?(?:,[^,.;]{1,80},)?\s+[^.;]{0,40}?\b(?:requir\w*|impos\w*|introduc\w*|put|puts|putting|plac\w*|"
                     r"issu\w*|unveil\w*|announc\w*|adopt\w*|enact\w*|followed(?:[^.;]{0,30}?\bwith)?|told|informed|notified|"
                     r"slapp\w*|extend\w*)\b[^.;]{0,100}?\s(?:(?:an?|the|new|its|their|export|special)\s+)*"),
    "it": re.compile(r"\s+[^.;]{0,40}?\b(?:ha|hanno|aveva|avevano)\s+(?:(?:gia|poi|anche|inoltre)\s+)?(?:impost\w*|introdott\w*|"
                     r"esteso|estes\w*|comunicato|informato|notificato|chiesto|richiesto|deciso|varato|stabilito)\b[^.;]{0,100}?"
                     r"\s(?:(?:un|una|l'|il|la|le|lo|gli|i|nuov[aoie]|nuovo)\s*)*|\s+(?:impone|imporra|richiede|richiedera|"
                     r"introduce|estende)\s+(?:[^.;]{0,60}?\s)?(?:(?:un|una|l'|il|la|le|lo|gli|i)\s*)*"),
    "zh": re.compile(r"[^。；;!?]{0,16}?(?:要求|规定|通知|告知|宣布|决定|出台|实施|推出)[^。；;!?]{0,40}?"),
}
_POLICY_DET = re.compile(r"^(?:the|a|an|its|their|il|lo|la|i|gli|le|l'|un|una|uno)\s+|^l'", re.I)


# clause breaks for the date cues: a date and its policy stand in one clause
_CLAUSE_BREAK = {"en": re.compile(r";|:\s|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bbefore\b"),
                 "it": re.compile(r";|:\s|\bma\b|\bmentre\b|\bpero\b|\bdopo\b|\bprima\b"),
                 "zh": re.compile(r"[;:]|但|而|此前|之后")}
LIST_POLICY = dx.LIST_LABEL
# the date predicates stated: an entry into force is written as one ("takes effect on", "entrata in vigore il", "自…起
#实施"), while the day a policy was announced is mostly background annotators leave out (1 in 6 right on dev)
_DATED = frozenset({"effectiveDate"})
_ZH_DATED_NAME = re.compile(r"(?:美国|美方)?(?P<announcedDate>(?:正式)?(?:发布|公布|出台|宣布|推出|印发|颁布)的)|"
                            r"(?P<effectiveDate>(?:起)?(?:正式)?(?:生效|实施|施行)的)")
# "issued the new rules on Oct. 7": the words between the policy and its date, and the verb before it
_DATE_TAIL = {"en": re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:\s+(?:on|of|for|against|into|covering)\s+(?:[\w'.-]+\s+){0,3}?[\w'.-]+)?"
                              r",?\s*(?:(?:on|in|last)\s+)?(?:the\s+)?"),
              "it": re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:\s+(?:di|del|della|dei|delle|sul|sulla|sulle|sui|su|per|contro|"
                              r"nei confronti di)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?,?\s*(?:(?:il|l'|lo|in data)\s*)?")}
_ANNOUNCED_BEFORE = {
    "en": re.compile(r"\b" + dx._ANN_EN + r"\s+" + dx._ADV_EN + dx.OBJECT_GAP["en"].pattern + r"$"),
    "it": re.compile(r"\b" + dx._ANN_IT + r"\s+" + dx._ADV_IT + dx.OBJECT_GAP["it"].pattern + r"$"),
}


def _policy_surface(text: str) -> str:
    """The wording of a described policy as a label: one line, no leading article ("the foundry rule" -> "foundry rule")."""
    t = " ".join(text.split()).strip(" ,;:.")
    return re.sub(r"^(?:的|之|对华)+", "", _POLICY_DET.sub("", t))  # "…实施的23项设备出口管制": not the particle


_ARCHITECTURE_AFTER = re.compile(r"\s*(?:-based\b|architecture|microarchitecture|architettura|架构|构架)")
