"""Relation patterns per language.

A pattern joins two mentions of one sentence, LEFT ... RIGHT, when the text between them (the
"gap", folded: lower case, no accents, simplified Chinese) fully matches `gap`. `left_is_subject`
says which side is the fact's subject. `pred` is an ontology property, or DEV_OR_FAB: `develops`
(organisation -> product) unless the organisation is a Foundry, then `manufacturedBy`.
Optional `pre` must be found in the sentence text before LEFT, `post` must match right after RIGHT,
`post_not` must not. A named group `n` in the gap is a count (componentCount).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import (CHIP, COUNT_WORDS, FAB, FIRM, GOV, ORG, PLACE, PLATFORM, POLICY, PRODUCT, SYSTEM, TECH)

DEV_OR_FAB = "develops|manufacturedBy"
EXCLUDED = "restrictedBy|excludedBy"  # excludedBy when the clause denies supply or manufacture


@dataclass(frozen=True)
class Pattern:
    pred: str
    left: frozenset
    right: frozenset
    left_is_subject: bool
    gap: re.Pattern
    pre: re.Pattern | None = None
    post: re.Pattern | None = None
    post_not: re.Pattern | None = None
    confidence: float = 0.8
    name: str = ""
    lists: bool | str = True  # whether a list around either side ("right": the right side only) shares the relation


_EN_DEV_PASSIVE = (r"(?:developed|co-developed|codeveloped|designed|co-designed|created|unveiled|launched|introduced|built|"
                   r"released|made|produced|manufactured|fabricated|fabbed|etched|printed|researched|engineered)\s+"
                   r"(?:in-house\s+|domestically\s+|locally\s+|mostly\s+|largely\s+|mainly\s+|partly\s+|primarily\s+|"
                   r"exclusively\s+|jointly\s+)?")


def _any(n: int) -> str:
    """Up to n tokens (space-separated, or ending in an elided apostrophe); a dash between words ends a clause."""
    return rf"(?:(?![-–—]+\s)(?:[^\s.;!?,']+'|[^\s.;!?,]+\s+)|u\.s\.\s+|\$?\d{{1,3}}(?:,\d{{3}})+\s+){{0,{n}}}"


W = r"[^.;!?]"
# what a chip's performance is measured in ("three times the compute of", "60 per cent of the performance of")
_PERF_EN = r"(?:performance|compute|computing power|speed|throughput|bandwidth|capability|power)"
EN_AUX = (r"(?:\s*\((?:[a-z0-9&.-]{1,8}|[0-9]{3,6}(?:\.[a-z]{1,3})?(?:\s+[a-z]{2})?|(?:nasdaq|nyse|hkex|sse|szse):\s*[a-z0-9.]{1,8})\))?"
          r"(?:,?\s+(?:inc|corp|co|ltd|plc|llc|ag|nv|se|gmbh|limited|corporation|incorporated)\b\.?)*"
          r"(?:\s+(?:chips?|processors?|gpus?|accelerators?|cards?)(?=\s*,))?(?:\s*-(?=\s))?(?:,?(?![^,.;]{0,80}?\b(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|customer|supplier|chipmaker|"
          r"business|group|entity|maker|start-?up|buyer|client)\s+(?:that|which|who)\b)[^,.;]{0,80}?\b(?:which|that|who)\b)?(?:\s*,[^,.;]{1,80},|"
          r"\s+-\s[^.;]{1,120}?\s-(?=\s))?(?:\s*,)?\s*(?:(?:is|are|was|were|be|been|being|has|have|had|will|"
          r"would|could|may|might|can|cannot|did|does|do|to|not|never|also|reportedly|allegedly|still|now|already|"
          r"currently|recently|previously|originally|initially|mainly|largely|only|officially|publicly|quietly|first|"
          r"no longer|n't|itself|as a whole|too|in turn|reported|said|expected|set|going|plans|planned|plan|aims|began|begun|started|"
          r"(?:on|last|this|earlier)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
          r"continues|continued|keeps|kept|keep|keeping|instead|resumed|resumes|resume|resuming|restarted|restarts|successfully|jointly|further|then|later|soon|again|just|believed|thought|understood|"
          r"likely|mostly|largely|partly|mainly|primarily|widely|agreed|intends|intended|wants|wanted|promised|pledged|"
          r"hopes|hoped|due|preparing|appears|seems|able|separately|all|both|each|(?:said|says|announced|confirmed|added|stated)"
          r"(?:\s+(?:on|last|this|earlier)\s+[a-z]+day)?(?:\s+that)?\s+(?:it|they)|"
          # "Cambricon shares rose 5% after it said it would supply Baidu": the market move, then the firm's own words
          r"(?:shares\s+)?(?:rose|fell|jumped|surged|climbed|slid|dropped|soared|tumbled|gained|rallied|slumped)(?:\s+[\w.%-]+){0,4}?"
          r"\s+(?:after|as|when)\s+(?:it|the company|the firm|the group))\s+)*"
          r"(?:(?:on|in|last|this|earlier|late|early|next)\s+[\w-]+\s+|today\s+|yesterday\s+|[a-z]+ly\s+)*"
          r"(?:(?:is|are|was|were|has|have|had|will|would|also|not|never|n't|to|be|been)\s+)*")
# "is", "is also now", "is reported to be", "has become one of the": a copula before a predicative noun
EN_COP = (EN_AUX + r"(?:is|was|are|were|be|been|becomes?|became|remains?|remained)\s+(?:(?:now|also|still|already|"
          r"effectively|essentially|basically|simply|largely|reportedly|by far)\s+)*(?:(?:one of|among)\s+)?(?:the\s+)?")
GOV_BODY = frozenset({"GovernmentBody"})
IT_AUX = (r"(?:\s*\([^()]{1,60}\))?(?:,?[^,.;]{0,80}?\b(?:che|il quale|la quale|cui)\b(?:[^,.;]{0,120},)?)?(?:\s*,[^,.;]{1,80},(?:\s*(?:che|il quale|la quale)\b)?)?"
          r"(?:\s*,(?=\s*(?:(?:gia|anche|poi|ora|oggi|inizialmente|originariamente|interamente|recentemente|anch'ess[oaie])\s+)?"
          r"[a-z]+(?:at|ut|it|tt|ss|ist|ost|est|ast|ert|ort|ers|es|is|os)[oaie]\b))?\s*"
          r"(?:secondo\s+(?:(?:gli|i|le|la|il|l'|alcuni|alcune|molti|diversi|diverse)\s*)?[a-z]+(?:\s+(?:del|di)\s+settore)?"
          r"\s*,?\s+)?(?:(?:e|sono|era|erano|sarebbe|sarebbero|sara|sia|siano|fosse|fossero|venga|vengano|venisse|venissero|"
          r"saranno|stato|stata|stati|state|ha|hanno|aveva|avevano|avrebbe|avrebbero|avra|non|mai|anche|gia|ancora|ora|"
          r"recentemente|ufficialmente|inoltre|infatti|comunque|ormai|infine|quindi|dunque|invece|nuovamente|di nuovo|"
          r"successivamente|formalmente|definitivamente|stesso|stessa|a sua volta|gli|le|lo|la|li|si|ne|viene|vengono|venne|"
          r"verrebbe|verrebbero|puo|possono|potrebbe|potrebbero|dovrebbe|dovrebbero|essere|venire|starebbe|sta|stanno|piu|"
          r"attualmente|per|in|di|da|al|ad|a|prima|poi|sempre|solo|soltanto|ieri|oggi|scors[oa]|prossim[oa]|anno|mese|settimana|anch'ess[oaie]|nel|nell'|\d{4}|gennaio|febbraio|"
          r"continua|continuano|continuava|continuavano|continuera|continueranno|continuato|torna|tornano|tornera|tornare|tornato|"
          r"riprende|riprendono|ripreso|inizia|iniziato|comincia|cominciato|"
          r"marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\s+|(?:l'|gli|le|lo|la)\s*)*")
# a quantity before a product: "2.048 GPU H800", "circa 50.000 chip", "oltre 10 mila schede"
_IT_QTY = r"(?:(?:circa|oltre|almeno|quasi|ben|piu di|fino a|decine di|migliaia di)\s+)?(?:\d[\d.,]*\s+(?:mila\s+|milioni\s+)?)?"
ZH_ANY = r"(?:[^。；！？.;!?，,]|(?<=\d)\.(?=\d))"  # no clause break ("V3.5": a decimal point is none)
ZH_ANYC = r"[^。；！？.;!?]"  # may cross commas


def _r(s: str) -> re.Pattern:
    return re.compile(s, re.S)


_COUNTED = {lang: "|".join(sorted(words, key=len, reverse=True)) for lang, words in COUNT_WORDS.items()}


# the Italian causative of making: "Huawei fa produrre da Smic il suo Ascend 910C"
_IT_HAS_MADE = (r"(?:fa|fanno|faceva|facevano|farebbe|farebbero|fara|faranno|fatto)\s+"
                r"(?:produrre|fabbricare|realizzare|stampare|costruire)")
# "il suo Ascend", "i propri chip Kirin": the firm's own product after the causative
_IT_ITS_CHIP = (r"(?:(?:il|lo|la|l'|i|gli|le)\s*)?(?:(?:suo|sua|suoi|sue|propri[oaie]|nuov[oaie])\s+)*"
                r"(?:(?:chip|processore|processori|acceleratore|acceleratori|gpu|soc)\s+)?")
# the owner's description before its name: "controllata dal gruppo cinese Sai Microelectronics", "dal fondo Canyon Bridge"
_IT_OWNER_DESC = (r"(?:(?:gruppo|fondo|colosso|gigante|conglomerato|holding|societa|azienda|produttore|costruttore)"
                  r"(?:\s+(?:[a-z]+(?:ese|ano|ana|ense|ico|ica|ino|ina)|statale|pubblico|pubblica|americano|americana))?\s+)?")
# Italian rivalry wording, shared by the competesWith patterns
_IT_RIVAL = r"(?:rival[ei]|concorrent[ei]|avversari[oe]?|sfidant[ei])"
_IT_STILL = r"(?:(?:ormai|ancora|oggi|ora|proprio|forse|probabilmente|gia)\s+)*"
_IT_RIVAL_OF_BEFORE = _r(r"\b" + _IT_RIVAL + r"\s+(?:(?:piu dirett[oaie]|principal[ei]|dirett[oaie]|maggior[ei])\s+)?"
                         r"(?:(?:cinese|cinesi|locale|nazional[ei])\s+)?(?:di|del|della|dell'|dei|degli|delle)\s*$")

_POST_BUY = _r(r"\s*(?:chips?\s+|gpus?\s+)?(?:orders?|purchases?|imports?|stockpiles?|sales|shipments|deliveries|"
               r"inventory|buyers?|customers?|usage|users?|purchas\w*|acquisti|ordini|vendite|采购|订单|进口)\b|"
               # "launched DeepSeek-R1 inference services": the service is theirs, the model is another's
               r"(?:\s+(?:inference|cloud|api|hosting|deployment))?\s+(?:services?|offerings?|endpoints?)\b|-(?:based|powered)\b")

# Italian verbs of use in the present: "usa", "utilizzano", "monta" ...
_IT_USES_NOW = (r"usa|usano|utilizza|utilizzano|impiega|impiegano|adotta|adottano|acquista|acquistano|compra|comprano|"
                r"ordina|ordinano")
# "Baidu lo usa": the clitic "lo" is the object of the verb after it, not a product of the firm before it
_POST_BUY_OR_CLITIC = _r(_POST_BUY.pattern + r"|\s+(?:(?:gia|anche|ora|ormai|oggi)\s+)*(?:" + _IT_USES_NOW + r"|usava|usera|"
                         r"utilizzava|utilizzera|produce|producono|produrra|produrrebbe|fabbrica|fabbricano|fabbricherebbe|"
                         r"stampa|stampano)\b")

MEDIA = frozenset({"MediaOutlet"})  # "TechInsights, the Ottawa-based research firm"
_UNIT_AFTER = r"'s?\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|arm|division|affiliate)\b"
_EN_HOLDERS = r"(?:shareholders?|investors?|backers?|stakeholders?)"

EN: list[Pattern] = [
    # develops ---------------------------------------------------------------
    Pattern("develops", ORG, TECH, True, _r(r"'s?\s+(?:(?:new|newest|latest|own|flagship|upcoming|next-generation|next-gen|"
            r"homegrown|domestic|in-house|ai|gpu|inference|training|top-end|high-end|advanced|china-specific|china-only|"
            r"cut-down|downgraded|older|newer|previous|forthcoming|next|first|second|third|current|popular|most advanced|powerful|"
            r"[a-z]+(?:-[a-z]+){1,3}|\d+(?:\.\d+)?-[a-z]+|"
            r"(?:far|much|even)\s+(?:bigger|larger|smaller|faster|newer|cheaper|older|slower|more powerful))\s+){0,4}(?:(?:chips?|gpus?|processors?|"
            r"accelerators?|systems?|platform|software|series|family|line|lineup)\s+)?(?:(?:the|,)\s+)?"),
            post_not=_POST_BUY, confidence=0.85, name="en-possessive"),
    # "Nvidia's data-centre processors, from the H100 to the Blackwell generation", "Huawei's AI chips, including the Ascend 910B"
    Pattern("develops", ORG, TECH, True, _r(r"'s?\s+(?:[\w-]+\s+){0,3}?(?:chips?|gpus?|processors?|accelerators?|cards?|"
            r"products|parts|models|systems|servers|platforms|lineup|line-up|range|portfolio|offerings|designs|silicon)\s*,?\s+"
            r"(?:from|including|such as|like|notably|especially|namely|chiefly|mainly|in particular)\s+(?:the\s+)?"),
            post_not=_POST_BUY, confidence=0.8, name="en-possessive-including"),
    Pattern("develops", ORG, TECH, True, _r(r"\s+(?:-\s+)?"), post_not=_POST_BUY, confidence=0.8, name="en-adjacent"),
    # "Huawei, whose Ascend processors have become ...", "Cambricon, whose latest Siyuan 590 ..."
    Pattern("develops", FIRM, TECH, True, _r(r",?\s+whose\s+(?:(?:own|new|newest|latest|flagship|in-house|home-grown|homegrown|"
            r"upcoming|current|first|ai)\s+){0,3}"), post_not=_POST_BUY, confidence=0.8, name="en-whose-product"),
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(EN_AUX + r"(?:develop\w*|design\w*|unveil\w*|launch\w*|introduc\w*|"
            r"releas\w*|announc\w*|buil[dt]\w*(?<!built)|built(?!\s+(?:on|upon|around|from|using)\b)|creat\w*|roll(?:s|ed|ing)? out|debut\w*|showcas\w*|demonstrat\w*|"
            r"show(?:s|ed|ing|n)?(?: off)?|work(?:s|ed|ing)? on|mak(?:e|es|ing)|made(?!\s+(?:on|from|using)\b)|ship(?:s|ped|ping)?|"
            r"(?:began|begins|started|starts) (?:mass )?(?:production of|producing|shipping)|mass-produc\w*|"
            r"manufactur\w*|fabricat\w*|produc(?:e|es|ed|ing)|tap(?:ed|es) out|taped-out|unveil|"
            r"detail\w*|present\w*|prepar(?:e|es|ed|ing)|rolled out|brought out|came up with|come up with|sell(?:s|ing)?|sold|offer(?:s|ed|ing)?|"
            r"market(?:s|ed)?)\s+(?!(?:(?:a|an|its|their|new|large|huge|giant|massive|big|several)\s+)*(?:clusters?|data cent(?:er|re)s?|"
            r"supercomputers?|servers?|systems?|racks?|pods?|farms?|computing cent(?:er|re)s?)\s+(?:of|with|using|based on|powered by|"
            r"around|on)\s)(?:(?!(?:running|runs|run|based|built|powered|hosted|services?|on|using)\s)[^\s.;!?,]+'|"
            r"(?!(?:running|runs|run|based|built|powered|hosted|services?|on|using)\s)[^\s.;!?,]+\s+|\$?\d{1,3}(?:,\d{3})+\s+){0,6}"),
            post_not=_POST_BUY, name="en-verb"),
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r"(?:\s+(?:chips?|gpus?|processors?|accelerators?|systems?|dies?|wafers?|"
            r"platform|model|framework|software|server|supernode|output|production|volumes?|supply|shipments))?" + EN_AUX +
            _EN_DEV_PASSIVE + r"(?:by|at)\s+" + _any(3)),
            post_not=_r(_UNIT_AFTER), name="en-passive"),  # "designed by Huawei's HiSilicon unit": the unit designs it
    # "The Feixing One platform was developed by iFlytek together with Huawei": the partner develops it too
    Pattern("develops", TECH, ORG, False, _r(r"(?:\s+(?:chips?|gpus?|processors?|accelerators?|systems?|platform|model|framework|"
            r"software|server|supernode))?" + EN_AUX + _EN_DEV_PASSIVE + r"by\s+(?:[^\s.;,]+\s+){1,4}?(?:together with|along with|"
            r"alongside|in partnership with|in collaboration with|jointly with)\s+(?:the\s+)?" + _any(1)), name="en-passive-with"),
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r"(?:\s+(?:chips?|gpus?|processors?|accelerators?|cards?))?\s+(?:from|by)\s+"
            + _any(1)), post_not=_r(_UNIT_AFTER + r"|'s?\s"), confidence=0.7, name="en-from"),  # (not "from ByteDance's plan")
    # "the H20 of Nvidia", "the Ascend 910C of Huawei" (not "the H20 of Nvidia's rivals")
    Pattern("develops", TECH, FIRM, False, _r(r"(?:\s+(?:chips?|gpus?|processors?|accelerators?|cards?))?\s+of\s+"),
            # (also after a comparison: "competes with Dimensity 9400 of MediaTek"; not after "and": "A and B of X" is
            # ambiguous)
            pre=_r(r"\b(?:the|its|their|with|against|versus|vs\.?)\s+$"), post_not=_r(r"'s?\s"), confidence=0.7,
            name="en-of-maker"),
    # "The H200 is a Hopper-generation data-centre GPU, fabricated by TSMC": a participle after a predicate noun
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r"\s+(?:is|was|remains)\s+(?:a|an|the)\s+[^,.;()]{1,60},\s+(?:developed|designed|"
            r"made|built|fabricated|produced|manufactured)\s+(?:in-house\s+)?by\s+(?:the\s+)?"), post_not=_r(_UNIT_AFTER),
            confidence=0.75, name="en-predicate-noun-participle"),
    # "Biren is best known for the BR100", "Cambricon, known for its Siyuan chips"
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(r"(?:,[^,.;]{1,80},)?\s*(?:,\s*)?(?:(?:is|are|was|were|has been|remains)\s+)?"
            r"(?:(?:best|mostly|mainly|widely|chiefly|perhaps best)\s+)?known\s+for\s+(?:(?:the|its|their)\s+)?"),
            post_not=_POST_BUY, confidence=0.75, name="en-known-for"),
    Pattern("develops", ORG, TECH, True, _r(W + r"{0,120}?\b(?:family|series|line|lineup|range|generation) of "
            r"(?:\S+\s+){0,2}?(?:chips|processors|accelerators|gpus|ai chips)\s+(?:(?:called|named|dubbed|the)\s+)*"),
            name="en-family"),
    Pattern("develops", ORG, TECH, True, _r(r"'s?\s+" + W + r"{0,40}?(?:chip family|chip series|family|series|line)"
            r"\s+(?:of\s+)?(?:\S+\s+){0,2}?"), confidence=0.75, name="en-family-possessive"),
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r",?\s+(?:[^\s.;!?,]+\s+){0,8}?(?:(?:that|which)\s+)?"),
            post=_r(r"\s+(?:(?:had|has|have|previously|first|already|also)\s+)*(?:announced|unveiled|developed|launched|"
                    r"designed|introduced|released|built|made|produced|manufactured|fabricated|showed|showcased|created|"
                    r"prepared)\b"),
            confidence=0.7, name="en-rel-object"),
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r",\s+(?:a|an|the)\s+" + _any(4) + r"(?:from|by|of|developed by|designed by)\s+"
            + _any(1)), post_not=_r(_UNIT_AFTER), name="en-apposition"),
    # manufacturedBy ---------------------------------------------------------
    Pattern("manufacturedBy", PRODUCT, FAB, True, _r(EN_AUX + r"(?:manufactured|fabricated|produced|made|built|fabbed|"
            r"etched|printed)\s+(?:\S+\s+){0,3}?(?:on|using|with|in)\s+" + _any(2)),
            post=_r(r"'s?\s+(?:\S+\s+){0,3}(?:process|node|technology|fabs?|lines?|facilities|plants?)\b"), name="en-fab-process"),
    Pattern("manufacturedBy", PRODUCT, FAB, True, _r(W + r"{0,60}?\b(?:uses?|using|on|relies on|built on|based on)\s+"
            + _any(2)), post=_r(r"'s?\s+(?:\S+\s+){0,3}(?:process|node|technology|fabs?)\b"), confidence=0.7,
            name="en-uses-process"),
    Pattern("manufacturedBy", frozenset({"Foundry"}), PRODUCT, False, _r(EN_AUX + r"(?:manufactur\w*|fabricat\w*|"
            r"produc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|build(?:s|ing)?|built|fab(?:s|bed|bing)?|print\w*|"
            r"mass-produc\w*)\s+(?:" + _any(5) + r"|" + _any(4) + r"[^\s.;!?,]+,\s+(?:including|such as|notably|like)\s+"
            r"(?:the\s+)?(?:\d[\w-]*\s+)?)"),
            name="en-fab-active"),  # "TSMC, the foundry that had made its flagship processors, including the 5-nanometre Kirin 9000"
    Pattern("manufacturedBy", FAB, PRODUCT, False, _r(r"(?:\s+(?:is|was|as|remains))?\s+(?:the\s+|a\s+)?(?:sole\s+|main\s+|"
            r"key\s+|contract\s+)?(?:foundry|manufacturer|fab|chipmaker)\s+(?:partner\s+)?(?:for|of|behind)\s+" + _any(3)),
            name="en-foundry-for"),
    Pattern("manufacturedBy", FAB, PRODUCT, False, _r(r"-(?:made|built|fabricated|manufactured|produced)\s+" + _any(2)),
            name="en-fab-compound"),
    # compatibility and comparisons -------------------------------------------
    Pattern("compatibleWith", TECH, TECH, True, _r(W + r"{0,120}?\bcompatib(?:le|ility)\s+with\s+" + _any(4)),
            name="en-compatible"),
    Pattern("compatibleWith", TECH, TECH, True, _r(EN_AUX + r"(?:built|designed|optimi[sz]ed|made)?\s*(?:to\s+)?"
            r"(?:run(?:s|ning)? on|works? (?:with|on))\s+" + _any(2)), confidence=0.7, name="en-runs-on"),
    Pattern("compatibleWith", TECH, PLATFORM, True, _r(W + r"{0,60}?\b(?:supports?|supporting|runs?|running|works with)\s+"
            + _any(2)), confidence=0.7, name="en-supports"),
    # "EulerOS, a CentOS-derived distribution, which supports the Kunpeng 920": the software runs on the chip
    # "Hygon's DCUs run code written for CUDA", "Journey 5 is supported by the Tiangong Kaiwu platform",
    # "FeiTeng processors, paired with the Kylin operating system, …"
    Pattern("compatibleWith", TECH, PLATFORM, True, _r(EN_AUX + r"(?:run(?:s|ning)?|ran|execut(?:e|es|ing))\s+(?:[\w-]+\s+)?"
            r"(?:code|software|applications|apps|programs|programmes|workloads|models|kernels)\s+(?:written|built|developed|"
            r"compiled|designed)\s+(?:for|with|in)\s+"), name="en-runs-code-written-for"),
    Pattern("compatibleWith", TECH, PLATFORM, True, _r(EN_AUX + r"(?:(?:is|are|was|were|has been|have been)\s+)?(?:fully\s+|natively\s+|"
            r"officially\s+)?(?:supported|certified|validated|qualified)\s+(?:by|on|in)\s+(?:the\s+)?(?:[\w-]+'s?\s+)?"),
            name="en-supported-by-platform"),
    Pattern("compatibleWith", CHIP, PLATFORM, True, _r(r"(?:\s+(?:chips?|processors?|cpus?|gpus?))?,?\s+(?:paired|bundled|shipped|"
            r"combined)\s+with\s+(?:the\s+)?(?:[\w-]+'s?\s+)?"), name="en-paired-with-platform"),
    Pattern("compatibleWith", PLATFORM, CHIP | frozenset({"System"}), True, _r(W + r"{0,60}?\b(?:supports?|supporting|"
            r"runs? on|running on)\s+" + _any(2)), confidence=0.7, name="en-platform-supports-chip"),
    Pattern("comparableTo", TECH, TECH, True, _r(W + r"{0,100}?\b(?:comparable|similar|equivalent|on par|on a par|close|"
            r"roughly equal|(?<!half )(?<!third )(?<!quarter )(?<!times )(?<!twice )(?<!fraction )(?:as fast as|as powerful as)|matching|match(?:es)?|rival(?:s|ling|ing)?|approach(?:es|ing)?|"
            r"in the same class as|in the same league as|level with|(?:counterpart|equivalent|analogue|analog) to)\s*"
            r"(?:(?:to|with|that of|those of|the performance of|"
            r"the\s+[\d.,]+\s*(?:tops|tflops|pflops|petaflops|teraflops|gb|w)\s+of)\s+)*"
            + _any(2)), post_not=_r(r"\s*(?:\S+\s+){0,3}in (?:terms of )?(?:memory|power)"), name="en-comparable"),
    # "Tencent is building clusters of Ascend 910B chips", "ByteDance built a data centre with Nvidia GPUs": what it runs on
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:build(?:s|ing)?|built|set(?:s|ting)? up|deploy(?:s|ed|ing)?|assembl\w*|"
            r"operat(?:e|es|ed|ing)|run(?:s|ning)?|ran|install(?:s|ed|ing)?)\s+(?:(?:a|an|its|their|new|large|huge|giant|massive|"
            r"big|several|two|three|\d[\d,]*)\s+)*(?:[\w-]+\s+){0,2}?(?:clusters?|data cent(?:er|re)s?|supercomputers?|servers?|"
            r"racks?|pods?|farms?|computing cent(?:er|re)s?)\s+(?:of|with|using|based on|powered by|around|on)\s+"
            r"(?:(?:up to|some|about|around|more than|over|thousands of|tens of thousands of|\d[\d,]*)\s+)*"), name="en-cluster-of"),
    Pattern("alternativeTo", TECH, TECH, True, _r(W + r"{0,100}?\b(?:alternatives?|replacements?|substitutes?|answer|"
            r"challengers?|stand-ins?|successor)\s+(?:to|for|of)\s+" + _any(3)), name="en-alternative"),
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:ordered|orders|bought|buys|purchased|purchases|sourced|sources|"
            r"received|procured|procures|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|obtain(?:s|ed|ing)?)\s+(?!(?:(?:an?|the|its|their|new|large|big|fresh|first|major|further|more)\s+)*"
            r"(?:orders?|contracts?|deals?|investments?|funding|backing|licen[cs]es?|approvals?|permission)\b)"
            r"(?:[^\s.;!?,]+\s+){0,8}?from\s+(?:the\s+)?"), name="en-bought-from"),
    Pattern("supplies", FIRM, FIRM, False, _r(EN_COP),
            post=_r(r"'s?\s+(?:\S+\s+){0,2}?(?:customers?|clients?|buyers?)\b"), name="en-customer-of"),
    # "Baidu placed an order for AI chips with Huawei", "ByteDance has signed orders worth $2bn with Nvidia"
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:plac(?:e|es|ed|ing)|sign(?:s|ed|ing)?|book(?:s|ed|ing)?|"
            r"submit(?:s|ted|ting)?)\s+(?:an?\s+|its\s+|their\s+|the\s+|new\s+|large\s+|big\s+|bulk\s+|first\s+|"
            r"initial\s+|major\s+|sizeable\s+|sizable\s+)*(?:orders?|purchase orders?)\s+(?:(?:for|worth|of)\s+"
            r"[^.;]{0,70}?\s+)?with\s+(?:the\s+)?"), name="en-order-with"),
    # "ByteDance plans to train its model mainly on processors designed by Huawei", "Baidu bought chips made by Kunlunxin"
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:us(?:e|es|ed|ing)|train\w*|run(?:s|ning)?|ran|buy(?:s|ing)?|bought|"
            r"order\w*|purchas\w*|deploy\w*|rent\w*|rel(?:y|ies|ied|ying) on|switch\w* to|turn\w* to|stockpil\w*)\s+"
            r"[^.;]{0,60}?\b(?:chips|processors|gpus|accelerators|hardware|servers|cards|silicon)\s+(?:that\s+(?:were|are|was|is)\s+)?"
            r"(?:designed|made|supplied|developed|built|sold|provided)\s+by\s+(?:the\s+)?"), name="en-uses-chips-by"),
    # "ByteDance remains the biggest buyer in China of the H20", "Tencent is a major user of Enflame's cards"
    Pattern("uses", FIRM, TECH, True, _r(EN_COP + r"(?:[\w-]+\s+){0,3}?(?:buyers?|customers?|users?|purchasers?|"
            r"importers?|consumers?)\s+(?:(?:in|outside|among)\s+(?:[\w-]+\s+){1,3}?)?(?:of|for)\s+(?:the\s+)?"
            r"(?:[a-z-]+'s?\s+)?(?:[\w-]+\s+)?"), post_not=_r(r"\s+(?:maker|vendor|supplier)s?\b"), name="en-buyer-of"),
    # "it spent about $2 billion on Nvidia chips": the maker of the chips supplies the buyer
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:spent|spends|spending|spend|paid|pays|paying|splashed out|"
            r"has spent|have spent)\s+" + W + r"{0,50}?\bon\s+(?:(?:more|its|their|the)\s+)?"),
            post=_r(r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:chips?|gpus?|processors?|accelerators?|hardware|servers?|cards?)\b"),
            name="en-spent-on-maker"),
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:is|was|are|were|became|become|has become|remains?|remained)\s+"
            r"(?:(?:one of|among)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:customers?|clients?|buyers?)\s+"
            r"(?:of|for)\s+(?:the\s+)?"), name="en-customer-of-x"),
    # "Inspur, a major buyer of Intel and Nvidia components", "Baidu, the biggest customer of Nvidia's H20 in China"
    Pattern("supplies", FIRM, FIRM, False, _r(r",\s+(?:[^,.;()]{1,60}?\s+and\s+)?(?:a|an|the|one of the)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:buyers?|customers?|clients?|purchasers?)\s+(?:of|for)\s+(?:the\s+)?"),
            post=_r(r"(?:'s?\s+|\s+(?:and\s+[\w-]+\s+)?)(?:[\w-]+\s+){0,2}?(?:chips?|gpus?|processors?|accelerators?|components?|"
                    r"hardware|servers?|cards?|products?|parts?|silicon|wafers?|equipment|tools?)\b|\s*(?:[,.;:)]|$)"),
            name="en-apposition-buyer-of"),
    Pattern("alternativeTo", TECH, TECH, True, _r(W + r"{0,80}?\b(?:to replace|replac(?:e|es|ing)|positioned against|"
            r"aimed at|aimed squarely at|targeting|targets|substitut(?:e|es|ing) for|in place of|instead of|take on|"
            r"takes on|go up against)\s+" + _any(3)), confidence=0.7, name="en-replace"),
    Pattern("competesWith", FIRM, FIRM, True, _r(EN_AUX + r"(?:compet\w*\s+(?:directly\s+|head-on\s+)?(?:(?:in|for)\s+(?:the\s+)?"
            r"[^,.;]{1,40}?\s+)?(?:with|against)|"
            r"rivals?|rivalling|challeng(?:e|es|ing)|tak(?:e|es|ing) on|vie[sd]? with|vying with|"
            r"(?:go(?:es|ing)?|went|run(?:s|ning)?|ran) head[- ]to[- ]head (?:with|against)|squar(?:e|es|ed|ing) off (?:with|against)|"
            r"(?:is|are|was|were)\s+(?:locked\s+)?in\s+an?\s+(?:[\w-]+\s+)?(?:scrap|battle|race|fight|duel|rivalry|showdown|"
            r"price war|turf war)\s+with)\s+" + _any(3)), name="en-competes-org"),
    Pattern("competesWith", TECH, TECH, True, _r(EN_AUX + r"(?:compet\w*\s+(?:directly\s+|head-on\s+)?(?:with|against)|"
            r"go(?:es)? head-to-head with)\s+" + _any(3)), name="en-competes-product"),
    Pattern("competesWith", FIRM, FIRM, True, _r(W + r"{0,60}?\bin (?:\S+\s+){0,2}?competition (?:with|against)\s+"
            + _any(2)), name="en-in-competition"),
    # "in direct competition with Nvidia, whose ..., and with Google"
    Pattern("competesWith", FIRM, FIRM, True, _r(W + r"{0,60}?\bin (?:\S+\s+){0,2}?competition (?:with|against)\s+"
            r"[^.;]{1,120}?,?\s+and\s+(?:also\s+)?(?:with|against)\s+" + _any(2)), name="en-in-competition-and"),
    # "Cambricon and Huawei are competing for the same customers"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\s+and\s+(?:the\s+)?"),
            post=_r(r"\s+(?:(?:are|were|have been|will be|also|now|still|increasingly|directly)\s+)*(?:compet(?:e|ing)\b|"
                    r"(?:fierce\s+|direct\s+|close\s+|main\s+)?(?:rivals|competitors)\b|vie\b|vying\b|go head-to-head\b)"
                    r"(?!\s+(?:with|against|of|to)\s+(?!each other|one another))"),
            confidence=0.75, name="en-a-and-b-compete"),
    # "Moore Threads, MetaX's closest listed rival"
    # "Huawei is Nvidia's most formidable rival in China", "SMIC has become Hua Hong's main competitor"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\s+(?:is|was|are|were|remains?|remained|has become|had become|became|becomes)\s+"
            r"(?:(?:now|also|still|already|arguably|probably|widely|increasingly|seen as|considered|regarded as|not|no longer|"
            r"never)\s+)*"),
            post=_r(r"'s?\s+(?:[\w.-]+\s+){0,3}?(?:rival|competitor|challenger)s?\b"), confidence=0.75, name="en-x-is-y-rival"),
    # "TSMC, ASML's largest customer, ...", "SK hynix, the Company's first major customer": the customer in an apposition
    Pattern("supplies", FIRM, FIRM, False, _r(r",\s+(?:the\s+|one of\s+|among\s+)?"),
            post=_r(r"'s?\s+(?:[\w.-]+\s+){0,3}?(?:customers?|clients?|buyers?)\b(?=\s*(?:[,.;:)]|$|(?:in|for|since|and|with|which|that)\b))"),
            confidence=0.75, name="en-x-y-customer"),
    # "SMIC, China's largest foundry and a longtime Applied customer"
    Pattern("supplies", FIRM, FIRM, False, _r(r",\s+(?:[^,.;]{0,60}?\band\s+)?(?:a|an|the)\s+(?:(?:long-?time|long-?standing|"
            r"major|key|big|large|important|loyal|top|big-spending|longtime)\s+)+"),
            post=_r(r"\s+(?:customer|client|buyer)\b"), confidence=0.75, name="en-a-longtime-x-customer"),
    # "Samsung's HBM3 was reportedly cleared by Nvidia", "Nvidia qualified Samsung's HBM3E": the part's maker supplies the buyer
    Pattern("supplies", FIRM, FIRM, True, _r(r"'s?\s+(?:[\w.+-]+\s+){1,4}?(?:(?:chips?|memory|modules?|parts?|stacks?)\s+)?"
            r"(?:(?:was|were|has been|have been|had been|is|are|got|gets|finally|reportedly|now|already|officially|recently)\s+)*"
            r"(?:cleared|qualified|certified|validated)\s+(?:for\s+use\s+)?by\s+(?:the\s+)?"),
            confidence=0.7, name="en-part-qualified-by"),
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:qualified|certified|validated|cleared|qualifies|certifies)\s+"), post=_r(r"'s?\s+(?:[\w.+-]+\s+){0,3}?(?:hbm\w*|memory|chips?|dram|nand|modules?|parts?|wafers?|"
            r"products?|stacks?|process)\b"), confidence=0.7, name="en-buyer-qualified-part"),
    # "Innolight, Nvidia's main supplier of optical modules, ...": the supplier in an apposition
    Pattern("supplies", FIRM, FIRM, True, _r(r",\s+(?:the\s+)?"),
            post=_r(r"'s?\s+(?:[\w.-]+\s+){0,3}?(?:suppliers?|vendors?)\b(?=\s*(?:[,.;:)]|$|(?:of|in|for|since|and|with|which|that)\b))"),
            confidence=0.75, name="en-x-y-supplier"),
    Pattern("competesWith", FIRM, FIRM, True, _r(r",\s+(?:the\s+)?"),
            post=_r(r"'s?\s+(?:[\w.-]+\s+){0,3}?(?:rival|competitor|challenger)s?\b(?=\s*(?:[,.;:)]|$|(?:in|for|on|since|"
                    r"and|with|after|at|which|that)\b))"), confidence=0.75, name="en-x-y-rival"),
    # "For Nvidia, Huawei has become its most serious competitor"
    Pattern("competesWith", FIRM, FIRM, False, _r(r",\s+"), pre=_r(r"\bfor\s+$"),
            post=_r(r"\s+(?:(?:has|have|had)\s+)?(?:become|becomes|became|is|was|remains?|remained)\s+(?:its|their)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?:rival|competitor|challenger)\b"), confidence=0.75, name="en-for-x-its-rival"),
    # "put the Chinese company ahead of its far larger rivals, Micron, Samsung and SK Hynix", "competes with its rivals
    # such as Biren": the clause's firm and each rival of the list
    Pattern("competesWith", FIRM, FIRM, True, _r(r"(?!\s*,\s*(?:whose|which|who)\b)" + W + r"{0,80}?\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:rivals|competitors|challengers)\s*(?:,|:|\s+such as|\s+like|\s+including|\s+namely|,\s+(?:including|such as|"
            r"notably|like|namely))\s*(?:the\s+)?"), confidence=0.7, name="en-its-rivals-list"),
    # "a processor its backers pitch as the country's first credible challenger to Nvidia", "Moore Threads is a rival to Nvidia"
    Pattern("competesWith", FIRM | TECH, FIRM | TECH, True, _r(W + r"{0,100}?\b(?:as|is|was|are|were|becomes?|became|remains?)\s+"
            r"(?:a|an|the|one of the)\s+(?:[\w'-]+\s+){0,4}?(?:challengers?|rivals?|competitors?)\s+(?:to|of|for)\s+" + _any(1)),
            confidence=0.7, name="en-as-a-challenger-to"),
    Pattern("competesWith", FIRM, FIRM, True, _r(r",\s+(?:a|an|another|one of the|one of several|the main|the chief|the biggest|"
            r"the closest)\s+" + _any(2) + r"(?:rivals?|competitors?|challengers?)\s+(?:of|to)\s+" + _any(1)), name="en-rival-of"),
    Pattern("outperforms", TECH, TECH, True, _r(r"(?!\s*,?\s*(?:but|while|whereas|yet|although|though)\b)" + W +
            r"{0,80}?\b(?:outperform\w*|beat(?:s|ing)?|surpass\w*|exceed\w*|"
            r"outpac\w*|outstrip\w*|(?:faster|more powerful|stronger|better|quicker) than|superior to|ahead of|"
            r"outclass\w*|(?:rated|ranked|benchmarked|positioned|placed)\s+(?:well\s+|far\s+|slightly\s+|comfortably\s+|"
            r"clearly\s+)?above)(?!\s+by(?:\b|$))\s+" + _any(3)),
            post_not=_r(r"\s*(?:\S+\s+){0,4}(?:in|on) (?:terms of )?(?:memory|hbm|power|energy|capacity)"), name="en-outperforms"),
    # "The MI308 is a slower, cut-down version of AMD's MI300X", "the H20, a downgraded variant of the H100"
    Pattern("outperforms", TECH, TECH, False, _r(r"(?:,\s+|" + EN_COP + r")(?:a|an|the)\s+(?:[\w-]+,?\s+){0,3}?(?:slower|"
            r"cut-down|cut down|downgraded|down-rated|scaled-down|scaled-back|pared-back|pared-down|watered-down|"
            r"stripped-down|less powerful|weaker|detuned|de-rated|derated|hobbled|throttled|reduced|lower-performance|"
            r"lower-spec|slimmed-down|trimmed-down)(?:(?:,?\s+(?:[\w-]+))?\s+(?:version|variant|edition|derivative|model|relative|"
            r"sibling|cousin)\s+of)?\s+(?:the\s+)?(?:[a-z0-9-]+'s?\s+)?(?:own\s+)?"), name="en-weaker-version-of"),
    # "the H800 offers about three times the performance of the A800"
    Pattern("outperforms", TECH, TECH, True, _r(EN_AUX + r"(?:offers?|offered|delivers?|delivered|provides?|provided|has|had|brings?|"
            r"gives?|achieves?|achieved)\s+(?:about|roughly|nearly|almost|up to|more than|over|around|some)?\s*(?:\d+(?:\.\d+)?\s*(?:x|times)|"
            r"(?:two|three|four|five|six|eight|ten)\s+times|twice|double|triple)\s+(?:the\s+)?(?:[\w-]+\s+)?" + _PERF_EN
            + r"\s+of\s+(?:the\s+)?(?:[a-z0-9-]+'s?\s+)?"), name="en-times-the-performance-of"),
    # "a TSMC-made die inside a Huawei Ascend 910B": the die's maker made the chip
    Pattern("manufacturedBy", FIRM, TECH, False, _r(r"\s*-\s*(?:made|fabricated|built|produced|manufactured)\s+(?:die|dies|chip|chips|"
            r"silicon|wafer|wafers)\s+(?:[\w-]+\s+){0,5}?(?:inside|in|within|found in)\s+(?:an?\s+|the\s+)?(?:[\w-]+'s?\s+)?"),
            pre=_r(r"(?:^|\s|\()(?:a|an|the)\s+$"), confidence=0.75, name="en-x-made-die-inside"),
    # "the A800, a China version of its A100": the market's stand-in for the original
    Pattern("alternativeTo", TECH, TECH, True, _r(r"(?:,\s+|" + EN_COP + r")(?:a|an|the)\s+(?:[\w-]+,?\s+){0,2}?(?:china|"
            r"china-specific|china-only|china-market|chinese|export|export-compliant|compliant|sanctions-compliant|"
            r"rules-compliant)\s+(?:market\s+)?(?:version|variant|edition|model)\s+of\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:[a-z0-9-]+'s?\s+)?(?:own\s+)?"), name="en-china-version-of"),
    # "The MI308 is a cut-down version of AMD's MI300X": the maker of the original makes the version
    Pattern("develops", TECH, FIRM, False, _r(r"(?:,\s+|" + EN_COP + r")(?:a|an|the)\s+(?:[\w-]+,?\s+){0,4}?(?:version|"
            r"variant|edition|derivative)\s+of\s+(?:the\s+)?"), post=_r(r"'s?\s+(?:own\s+)?(?:[\w-]+\s+)?[a-z0-9]"),
            confidence=0.7, name="en-version-of-makers"),
    Pattern("outperforms", TECH, TECH, False, _r(W + r"{0,60}?\b(?:trails?|trailing|lags? behind|lagging behind|falls? short of|"
            r"fell short of|is slower than|slower than|less powerful than|weaker than|behind|"
            # the passive: "the S80 was beaten by the RTX 3060 in every game"
            r"(?:is|are|was|were|be|been|being|gets?|got)\s+(?:\w+ly\s+)?(?:beaten|bested|outperformed|outpaced|outclassed|"
            r"outstripped|surpassed|exceeded|trounced|eclipsed|overtaken)\s+by|(?:delivers?|offers?|provides?|achieves?|"
            r"has|have|manages?)\s+(?:only\s+|just\s+|roughly\s+|about\s+|barely\s+)?(?:a fraction|a third|half|a quarter|"
            r"one-third|one-half|two-thirds)\s+of(?:\s+(?:the\s+)?(?:performance|compute|computing power|speed|throughput)\s+"
            r"of)?(?:\s+what)?)\s+" + _any(2)),
            post_not=_r(r"\s*(?:\S+\s+){0,4}(?:in|on) (?:terms of )?(?:memory|power)"), name="en-trails"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(W + r"{0,100}?\b(?:more|larger|bigger|higher|greater|extra)\s+"
            r"(?:on-board\s+|onboard\s+|high-bandwidth\s+)?(?:memory|hbm\w*|vram|dram|memory capacity)(?:\s+capacity)?\s+"
            r"(?:than|compared (?:to|with)|versus|vs\.?)\s+" + _any(3)), name="en-more-memory"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(r"(?:(?!than\b)[^.;!?]){0,60}?\b\d+\s*gb\b[^.;]{0,30}?,?\s*(?:more|larger|higher|"
            r"bigger|greater) than (?:[^.;]{0,80}?\s+and\s+(?:also\s+)?(?:more|larger|higher|bigger|greater) than\s+)?(?:the\s+)?"
            r"(?:\d+\s*gb\s+(?:of\s+)?(?:the\s+)?(?:[a-z-]+'s?\s+)?(?:[\w-]+\s+){0,2}?)?"), name="en-gb-more-than"),
    # "The MI300X packs 192GB of memory, more than twice as much as the H100", "96 gigabytes, more than the 80 on an H100"
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(r"(?:(?!than\b)[^.;!?]){0,60}?\b\d+\s*(?:gb|gigabytes)\b[^.;,]{0,40}?,\s*"
            r"(?:more than|over|nearly)\s+(?:(?:twice|double|three times|triple)\s+(?:as much as\s+|that of\s+)?|(?:the\s+)?"
            r"\d+\s*(?:gb|gigabytes)\s+(?:on|of|in|for)\s+)(?:the\s+|an?\s+)?(?:[a-z-]+'s?\s+)?"),
            name="en-gb-more-than-as-much"),
    Pattern("hasMoreMemoryThan", TECH, TECH, False, _r(r",\s*(?:the\s+)?"), pre=_r(r"\b(?:compared (?:with|to)|unlike|versus|vs\.?)\s+(?:the\s+)?$"),
            post=_r(r"\s+(?:has|offers|carries|packs|comes with|boasts)\s+(?:\S+\s+)?more\s+(?:memory|hbm)"), name="en-compared-memory"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(W + r"{0,80}?\b(?:outperform\w*|beat(?:s|ing)?|surpass\w*|exceed\w*|"
            r"outstrip\w*|tops?)\s+" + _any(3)), post=_r(r"\s*(?:\S+\s+){0,4}(?:in|on) (?:terms of )?(?:memory|hbm)"),
            name="en-beats-memory"),
    Pattern("consumesMorePowerThan", TECH, TECH, True, _r(W + r"{0,60}?\b(?:consum\w*|draw\w*|us(?:e|es|ing)|needs?|requir\w*)\s+"
            r"(?:roughly\s+|about\s+|nearly\s+|some\s+|around\s+)?(?:\d+(?:\.\d+)?|two|three|four|five)\s+times\s+(?:as much|more)\s+"
            r"(?:power|energy|electricity)\s+(?:as|than)\s+" + _any(2)), name="en-times-power"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(W + r"{0,60}?\b(?:\d+(?:\.\d+)?|two|three|four|five)\s+times\s+(?:as much|more)\s+"
            r"(?:memory|hbm|memory capacity)\s+(?:as|than)\s+" + _any(2)), name="en-times-memory"),
    Pattern("consumesMorePowerThan", TECH, TECH, True, _r(W + r"{0,100}?\b(?:(?:consum\w*|draw\w*|us(?:e|es|ing)|needs?|"
            r"requir\w*|burn\w*) more (?:power|energy|electricity|watts)|more power-hungry|(?:higher|greater|bigger) "
            r"(?:power|energy)(?: consumption| draw| usage| budget)?|hungrier)\s+(?:than|compared (?:to|with)|versus)\s+"
            + _any(3)), name="en-more-power"),
    # systems ----------------------------------------------------------------
    Pattern("hasComponent", SYSTEM, CHIP, True, _r(W + r"{0,80}?\b(?:integrat\w*|contain\w*|pack\w*|combin\w*|link\w*|"
            r"connect\w*|us(?:es|ing)|with|built (?:from|with|around|on)|powered by|equipped with|hous\w*|compris\w*|"
            r"featur\w*|cluster\w*|harness\w*|bring\w* together|ties together|based on|made up of|consists of|has|have|had|"
            r"holds?|will (?:have|hold|contain|link|use|pack)|scal\w* (?:up )?to|carr(?:y|ies|ied|ying)|ties|tied|tying|"
            r"strings|strung|stringing|puts|hosts|hosting)\s+"
            r"(?:up to\s+|as many as\s+|a total of\s+|some\s+|nearly\s+|over\s+|more than\s+|(?:tens of\s+)?thousands of\s+|"
            r"hundreds of\s+)?(?:(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+(?:\.\d+)?\s?万?|"
            + _COUNTED["en"] + r")\s+)?"
            r"(?:of\s+)?(?:(?:its|their|the)\s+)?(?:[a-z]+'s\s+)?(?:own\s+)?(?:in-house\s+)?"),
            name="en-has-component"),
    # "the Kirin 9000S in the Mate 60 Pro": the system holds the chip
    Pattern("hasComponent", CHIP, SYSTEM, False, _r(r"\s+(?:in|inside|powering)\s+(?:the\s+|its\s+|huawei's\s+)?(?:(?:new|latest|"
            r"flagship)\s+)?(?:smartphones?\s+|phones?\s+|laptops?\s+|handsets?\s+|servers?\s+)?"), name="en-chip-in-system"),
    Pattern("hasComponent", SYSTEM, CHIP, True, _r(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:rack|cluster|system|pod|"
            r"supernode|server|node|board|machine|array)\s+(?:of|with|built from|made up of)\s+(?:up to\s+|some\s+)?"
            r"(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:[a-z]+'s\s+)?"), name="en-a-rack-of"),
    Pattern("hasComponent", CHIP, SYSTEM, False, _r(r"\s+(?:chips?|processors?|gpus?|accelerators?|units?|npus?|cards?)\s+"
            r"(?:are\s+|were\s+)?(?:inside|in|power(?:s|ing)?|used in|packed into|linked in|connected in)\s+(?:the\s+|its\s+|a\s+)?"),
            name="en-component-in"),
    # policies ---------------------------------------------------------------
    Pattern("restrictedBy", FIRM | TECH | MEDIA, POLICY, True, _r(r"(?:,\s*[^.;]{0,120}?)?(?:\s+and\s+(?:\d+|dozens|several|other|"
            r"more|two|three|four|five|six|seven|eight|nine|ten|a dozen|some|its|their|a number|a handful|a host|a string|"
            r"a raft|a series|many|a few)[^.;]{0,60}?)?" + EN_AUX + r"(?:added|placed|put|listed|included|blacklisted|named|moved|"
            r"designated)?\s*(?:\S+\s+){0,2}?(?:to|on|onto|in|under)\s+" + _any(4)),
            pre=_r(r"(?:add(?:ed|s|ing)?|plac(?:ed|es|ing)|put(?:s|ting)?|blacklist\w*|mov(?:ed|es)|list(?:ed|s|ing)|"
                   r"includ\w*|designat\w*)\b[^.;]*$"), name="en-added-to"),
    # "YMTC … was one of 31 Chinese entities added to BIS's Unverified List"
    Pattern("restrictedBy", FIRM | TECH | MEDIA, POLICY, True, _r(EN_AUX + r"(?:(?:one|among)\s+(?:of\s+)?(?:the\s+)?(?:\d+|[a-z]+)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:entities|companies|firms|groups|parties|organi[sz]ations|chipmakers|businesses)\s+"
            r"(?:that\s+(?:were|was)\s+)?)?(?:added|placed|put|listed|included|blacklisted|"
            r"moved|designated)\s+(?:\S+\s+){0,2}?(?:to|on|onto|in|into|under)\s+" + _any(4)), name="en-was-added"),
    # "Sophgo, which Washington added to its Entity List last year", "the firms that the Commerce Department blacklisted"
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(r",?\s+(?:which|that|whom)\s+(?:the\s+)?[^,.;]{1,50}?\s+"
            r"(?:(?:has|had|have|also|later|then|quietly|first)\s+)*(?:added|placed|put|listed|blacklisted|moved|named)\s+"
            r"(?:\S+\s+){0,2}?(?:to|on|onto|in|under)\s+(?:the\s+|its\s+|their\s+)?(?:us\s+|u\.s\.\s+|american\s+)?"),
            name="en-which-gov-added"),
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(EN_AUX + r"(?:(?:subject(?:ed)? to|hit by|targeted by|affected by|"
            r"restricted (?:by|under)|covered by|caught (?:by|up in|in)|banned (?:by|under)|blocked (?:by|under)|"
            r"sanctioned under|constrained by|limited by|governed by|captured by|swept up (?:by|in)|targeted under|"
            r"restricted|controlled under|falls? under|fell under)\s+" + _any(4) + r"|(?:(?:too|as well)\s+)?(?:(?:sits?|sat|remains?|"
            r"remained|stays?|stayed)\s+)?(?:on|in)\s+(?:(?!that\b|which\b|\S*\d)"
            r"[^\s.;!?,]+\s+){0,3}(?:(?:commerce|defense|treasury)\s+department's\s+)?)"),
            name="en-subject-to"),
    # "the foreign direct product rule cut Huawei off", "the rules locked Chinese buyers out of the H100": barred outright
    Pattern("excludedBy", POLICY, FIRM | TECH, False, _r(EN_AUX + r"(?:cut|cuts|cutting|shut|shuts|shutting|lock|locks|"
            r"locked|locking)\s+(?:(?:off|out)\s+)?"), post=_r(r"(?:'s)?\s+(?:off|out)\b"), name="en-policy-cut-off"),
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(W + r"{0,80}?\b(?:will\s+|would\s+|now\s+)?(?:need|needs|needed|"
            r"require|requires|required|must obtain|must get|subject to)\s+(?:an?\s+)?(?:export\s+)?"), name="en-needs-licence"),
    # "the H100, which cannot be exported to China without a licence under the October 2022 rules"
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(r"(?:,\s*(?:which|that)\s+|\s+)(?:(?:still|now|also)\s+)?(?:cannot|can't|"
            r"could not|couldn't|may not|must not|can no longer|could no longer)\s+(?:legally\s+)?be\s+(?:exported|sold|shipped|"
            r"supplied|delivered|exported or sold)\s+[^.;]{0,60}?\bwithout\s+(?:(?:an?|the|us|u\.s\.|american|export|special|"
            r"government)\s+)*licen[cs]es?\s+(?:under|because of|due to|required by|as required by|according to)\s+"
            + _any(4)), name="en-not-without-licence-under"),
    Pattern(EXCLUDED, FIRM | TECH, POLICY, True, _r(W + r"{0,100}?\b(?:because of|due to|owing to|as a result of)\s+"
            + _any(4)), confidence=0.65, name="en-because-of"),
    Pattern("excludedBy", POLICY, FIRM | TECH, False, _r(W + r"{0,30}?\b(?:shut|shuts|locked|locks?|kept|keeps?|froze|"
            r"freezes?|pushed|forced)\s+(?:the\s+)?"), post=_r(r"\s+out\b"), name="en-policy-shut-out"),
    Pattern("excludedBy", POLICY, FIRM | TECH, False, _r(W + r"{0,40}?\b(?:cut off|cuts off|bar(?:s|red)?|exclud\w*|"
            r"prohibit\w*|shut out|locked out|block(?:s|ed)?)\s+(?:sales of\s+|exports of\s+|shipments of\s+)?"
            + _any(2)), name="en-policy-cut-off"),
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(W + r"{0,40}?\b(?:restrict\w*|cover(?:s|ed)?|hit|target\w*|"
            r"curb\w*|captur\w*|appl(?:y|ies|ied) to|ban(?:s|ned)?|limit\w*|affect\w*|catch(?:es)?|caught|"
            r"reach(?:es|ed)?|extend(?:s|ed)? to|sweep(?:s)? up|swept up|encompass\w*|nam(?:es|ed)|add(?:s|ed)|"
            r"blacklist(?:s|ed))\s+(?:sales of\s+|exports of\s+|"
            r"shipments of\s+)?" + _any(2)), name="en-policy-restricts"),
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"\s+of\s+"), confidence=0.6, name="en-listing-of"),
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"\s+(?:on|against|targeting|covering|for)\s+(?:sales of\s+|"
            r"exports of\s+|shipments of\s+)?" + _any(2)), confidence=0.7,
            # (not "Washington lifted the ban on Huawei": a measure that ended restricts no more)
            pre=_r(r"^(?![\s\S]*\b(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|scrap(?:s|ped|ping)?|remov(?:e|es|ed|ing)|rescind\w*|"
                   r"dropp?(?:s|ed|ing)?|eas(?:e|es|ed|ing)|revok\w*|withdr[ae]w\w*|overturn\w*)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
                   r"(?:[\w-]+\s+){0,2}$)"), name="en-policy-on"),
    # "licence requirements on chips such as the A100", "controls on advanced processors, including Nvidia's H100"
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"\s+(?:on|against|targeting|covering|for)\s+(?:(?:sales|exports|"
            r"shipments) of\s+)?(?:[\w-]+\s+){0,4}?(?:\w+,?\s+)?(?:such as|including|like|notably)\s+(?:the\s+|its\s+)?"
            r"(?:[a-z-]+'s?\s+)?"), confidence=0.7, name="en-policy-on-such-as"),
    Pattern("excludedBy", FIRM | TECH, POLICY, True, _r(EN_AUX + r"(?:excluded|cut off|shut out|barred|locked out|"
            r"frozen out|blocked)\s+(?:from\s+[^.;]{0,60}?\s+)?(?:by|under|because of|due to)\s+" + _any(4)),
            name="en-excluded"),
    Pattern("imposedBy", POLICY, GOV, True, _r(W + r"{0,50}?\b(?:imposed|introduced|issued|announced|enacted|adopted|"
            r"unveiled|implemented|tightened|expanded|drawn up|drafted|published|set|maintained|administered|enforced|"
            r"ordered|decided|rolled out|put in place|established|approved|updated|passed|signed(?: into law)?|legislated|"
            r"voted through|written|crafted)\s+by\s+" + _any(2)), name="en-imposed-by"),
    Pattern("imposedBy", GOV, POLICY, False, _r(EN_AUX + r"(?:impos\w*|introduc\w*|issu\w*|announc\w*|enact\w*|adopt\w*|"
            r"unveil\w*|implement\w*|tighten\w*|expand\w*|updat\w*|roll(?:s|ed)? out|publish\w*|add(?:s|ed)?|plac\w*|invok\w*|"
            r"us(?:e|es|ed|ing)|exercis\w*|wield\w*|"
            r"put|maintain\w*|administer\w*|enforc\w*|revok\w*|reinstat\w*|lift\w*|eas(?:e|es|ed)|reverse[sd]?|"
            r"scrap\w*|extend\w*|broaden\w*|finaliz\w*|finalis\w*|widen\w*|requir\w*|slapp\w*|mov(?:e|ed) to|"
            r"pass(?:es|ed)|legislat\w*|sign(?:s|ed)? into law)\s+"
            + _any(8)), name="en-gov-imposed"),
    Pattern("imposedBy", GOV, POLICY, False, _r(r"'s?\s+(?:\S+\s+){0,2}?"), name="en-gov-possessive"),
    # "the US government told the company that exports of the H20 to China would need a licence", "Washington notified
    # AMD that the MI308 now required a licence": the government that tells a firm it needs a licence imposes it
    Pattern("imposedBy", GOV, POLICY, False, _r(EN_AUX + r"(?:told|informed|notified|warned|instructed|ordered)\s+"
            r"[^.;]{1,140}?\b(?:need|needs|needed|require|requires|required|must (?:obtain|get|apply for|seek)|to (?:obtain|get|"
            r"apply for|seek))\s+(?:(?:an?|the|us|u\.s\.|export|special|government)\s+)*"), name="en-gov-told-licence"),
    # "the Commerce Department put Huawei, the Shenzhen group, and 68 affiliates on the Entity List"
    Pattern("imposedBy", GOV, POLICY, False, _r(EN_AUX + r"(?:put|puts|putting|placed|places|placing|added|adds|adding|moved|"
            r"blacklisted)\s+[^.;]{1,140}?\s+(?:on|onto|to|in)\s+(?:the\s+|its\s+|their\s+)?(?:us\s+|u\.s\.\s+|american\s+|"
            r"trade\s+|export\s+)?"), name="en-gov-put-on"),
    Pattern("imposedBy", POLICY, GOV, True, _r(r"\s+(?:of the|of|from the|from)\s+"), confidence=0.7, name="en-policy-of"),
    Pattern("imposedBy", POLICY, GOV, True, _r(r"\s+(?:that|which)\s+(?:the\s+)?(?:us\s+|u\.s\.\s+|american\s+)?"),
            post=_r(r"\s+(?:\S+\s+){0,2}?(?:unveiled|imposed|introduced|issued|announced|published|adopted|rolled out|"
                    r"enacted|drew up|drafted|tightened|expanded|finali[sz]ed)\b"), name="en-policy-that-gov"),
    # "the AI diffusion rule, the framework the Biden administration issued in January", "rules the BIS drew up"
    Pattern("imposedBy", POLICY, GOV, True, _r(r"(?:,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:framework|rules?|regulations?|"
            r"measures?|controls|restrictions|regime|policy|package|requirement|ban|list|guidance|curbs)\s+|\s+)"
            r"(?:(?:that|which)\s+)?(?:the\s+)?(?:us\s+|u\.s\.\s+|american\s+|chinese\s+)?"),
            post=_r(r"\s+(?:(?:had|has|have|first|originally|quietly)\s+)?(?:issued|imposed|introduced|unveiled|announced|"
                    r"published|adopted|rolled out|enacted|drew up|drafted|finali[sz]ed|put in place|wrote|maintains|"
                    r"maintained|administers|administered|enforces|enforced|keeps|kept|runs|ran|oversees|oversaw)\b"),
            name="en-policy-the-gov-issued"),
    # "guidance saying that using Huawei's Ascend 910B could breach US export controls"
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"\s+(?:saying|stating|warning|declaring|clarifying|"
            r"(?:that|which)\s+(?:says|said|states|stated|warns|warned|declares|declared))\s+(?:that\s+)?(?:the\s+)?"
            r"(?:using|use of|buying|purchasing|purchase of|selling|sale of|sales of|exporting|exports? of|shipping|"
            r"shipments of|deploying|supplying|trading in|dealing in|dealings with|transactions with|doing business with)"
            r"(?:\s+(?:to|with))?\s+(?:(?:the|any)\s+)?(?:[a-z-]+'s?\s+)?"), post_not=_r(r"'s?\s"), name="en-policy-saying-using"),
    # places -----------------------------------------------------------------
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(W + r"{0,60}?\b(?:based|headquartered|located|hq'd|"
            r"headquarters|headquarters are|hq)\s+(?:is\s+|are\s+)?in\s+(?:the\s+)?(?:\S+\s+)?"), name="en-based-in"),
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"-(?:based|headquartered)\s+(?:(?!(?:backed|owned|controlled|funded|"
            r"by|of|from|with|for|and|or|which|that|whose|to|in|at|on|rival|rivals|like|such)\s)[^\s.;!?,]+\s+){0,4}"), name="en-x-based"),
    # "Beijing's Moore Threads", "Shanghai's MetaX", "South Korea's SK Hynix": a firm named with its home
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"'s?\s+"), post_not=_r(r"'s?\s"), confidence=0.7, name="en-city-s-firm"),
    # (not "Founded by researchers from Tsinghua, the Beijing-based company": the opening clause has no apposition)
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(r"(?:,\s+|\s+(?:is|was|,)\s+)(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?"),
            pre=_r(r"\A(?!\W*(?:founded|co-founded|set up|established|created|spun (?:off|out)|backed|incubated|started)\b)"),
            post=_r(r"-(?:based|headquartered)\b"), name="en-a-x-based"),
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(r"(?:,\s+|\s+(?:is|was)\s+)(?:a|an|the)\s+"),
            post=_r(r"\s+(?:[\w-]+\s+)?(?:designer|company|firm|startup|start-up|chipmaker|maker|group|developer|supplier|"
                    r"manufacturer|foundry|unicorn|giant)\b"), confidence=0.7, name="en-a-city-designer"),
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"\s+(?:startup|start-up|chipmaker|chip designer|company|firm|"
            r"group|designer|unicorn)\s+"), name="en-city-startup"),
    Pattern("locatedIn", frozenset({"City"}), frozenset({"Country"}), True, _r(r",\s+"),
            post_not=_r(r"\s*(?:,|and\b)"), confidence=0.7, name="en-city-country"),
    Pattern("locatedIn", frozenset({"City"}), frozenset({"Country", "Place"}), True, _r(r",?\s+(?:in|in southern|in eastern|"
            r"in northern|in western|in central)\s+"), confidence=0.7, name="en-city-in"),
    Pattern("locatedIn", frozenset({"City"}), frozenset({"Country", "Place"}), True, _r(r",\s+(?:the|a)\s+(?:provincial\s+|"
            r"national\s+|[\w-]+\s+)?(?:capital|city|port city|tech hub|hub)\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+)?"),
            confidence=0.7, name="en-city-capital-of"),
    # "SK Hynix operates a DRAM fab in Wuxi", "Nexperia has factories in Hamburg and Manchester": where a firm's plant is
    Pattern("locatedIn", FIRM, frozenset({"City", "Place"}), True, _r(EN_AUX + r"(?:has|have|had|operates|operated|runs|ran|owns|"
            r"owned|built|builds|building|opened|opens|set up|sets up|established|maintains|with)\s+(?:(?:a|an|its|their|two|three|"
            r"four|several|new|one|another|second|third|largest|biggest|main|only)\s+)*(?:[\w-]+\s+){0,3}?(?:plants?|fabs?|"
            r"factor(?:y|ies)|facilit(?:y|ies)|campus(?:es)?|production lines?|data cent(?:er|re)s?|r&d cent(?:er|re)s?|"
            r"assembly lines?|packaging lines?)\s+(?:(?:both|all)\s+)?(?:in|at|near)\s+(?:the\s+)?(?:city of\s+)?"),
            confidence=0.7, name="en-has-a-plant-in"),
    # ownership and money ----------------------------------------------------
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(r",?\s+(?:(?:a|an|the)\s+)?" + _any(3) + r"(?:subsidiary|unit|arm|division|"
            r"affiliate|spin-?off|spun off|business)\s+(?:of|from|under)\s+" + _any(1)), name="en-subsidiary-of"),
    # "Shanghai Xuanjie Technology, the chip subsidiary which Xiaomi established in 2021"
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:subsidiary|unit|arm|division|affiliate|"
            r"spin-?off|venture)\s+(?:which|that)\s+"), post=_r(r"\s+(?:had\s+|has\s+)?(?:set up|established|created|founded|"
            r"launched|spun off|formed|registered|incorporated)\b"), name="en-subsidiary-which-founded"),
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(r"'s?\s+" + _any(3) + r"(?:unit|subsidiary|arm|division|affiliate|"
            r"chip unit|chip arm|chip-design unit|business)\s*,?\s*(?:the\s+)?"),
            # (not "a former head of Nvidia's China business, the company ...": a person's post, then the clause's subject)
            pre=_r(r"(?<!\bhead of )(?<!\bchief of )(?<!\bboss of )(?<!\bpresident of )(?<!\bdirector of )(?<!\bmanager of )"
                   r"(?<!\bexecutive at )(?<!\bveteran of )(?<!\bhead of the )(?<!\bran )(?<!\bled )(?<!\bheaded )$"),
            name="en-unit-possessive"),
    # "Baidu designs accelerators through Kunlunxin, its chip subsidiary": the unit of the clause's firm
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(r"(?!\s*,)" + W + r"{1,80}?\b(?:through|via|by|from|at|with|in|of|to|for|"
            r"under|and)\s+(?:the\s+)?"), post=_r(r",\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|arm|"
            r"division|affiliate|spin-?off)\s*(?:[,.;:)]|$|and\b|but\b|which\b)"), confidence=0.7, name="en-x-its-unit"),
    # "Huawei's HiSilicon unit", "Alibaba's T-Head chip arm", "Baidu's Kunlunxin subsidiary"
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(r"'s?\s+"), post=_r(r"\s+(?:[\w-]+\s+){0,2}?(?:unit|subsidiary|arm|"
            r"division|affiliate|spin-?off)\b"), name="en-x-s-y-unit"),
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(r",\s+(?:the\s+)?"), post=_r(r"'s?\s+(?:[\w-]+\s+){0,3}(?:unit|subsidiary|"
            r"arm|division|affiliate|business|chip unit|chip arm)\b"), name="en-x-y-unit"),
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(EN_AUX + r"(?:owned|controlled|spun off|spun out)\s+(?:by|from)\s+"
            + _any(2)), name="en-owned-by"),
    # "Humain, a new AI company owned by Saudi Arabia's Public Investment Fund"
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:owned|controlled|majority-owned|"
            r"wholly-owned|wholly owned|spun off|spun out)\s+(?:by|from)\s+" + _any(2)), name="en-apposition-owned-by"),
    # "Nvidia's 2020 purchase of Mellanox", "AMD's $49 billion acquisition of Xilinx": the bought firm
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(r"'s?\s+(?:(?:\d{4}|\$?[\d.,]+(?:-?(?:billion|bn|million|m)\b)?|roughly|about|some|nearly|[\d.,]+-?(?:billion|bn|"
            r"million|m)|billion|bn|million|dollar|completed|earlier|landmark|recent)\s+){0,4}"
            r"(?:purchase|acquisition|takeover|buyout)\s+of\s+(?:the\s+)?"),
            pre=_r(r"^(?![^.;]*\b(?:block\w*|reject\w*|kill\w*|derail\w*|scupper\w*|torpedo\w*|veto\w*|thwart\w*|abandon\w*|"
                   r"oppos\w*|prevent\w*|stop\w*)\b)"),
            post_not=_r(r"[^.;]*\b(?:collaps\w*|abandon\w*|fail\w*|fell through|f[ae]ll(?:s|en)? apart|scrap\w*|terminat\w*|"
                        r"called off|cancel\w*|blocked|rejected|derail\w*|withdr[ae]wn?|pending|stalled|never|under review)\b"),
            name="en-x-s-acquisition-of"),
    # "ByteDance, the owner of TikTok", "Alibaba, the parent company of T-Head": the right one is the subsidiary
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(r"(?:,\s+|" + EN_COP + r")(?:(?:its|their)\s+)?(?:[\w-]+\s+)?(?:owner|"
            r"parent(?: company| group| firm)?|holding company)\s+of\s+(?:the\s+)?"), name="en-owner-of"),
    # "TikTok's owner ByteDance", "T-Head's parent company, Alibaba"
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(r"'s?\s+(?:[\w-]+\s+)?(?:owner|parent(?: company| group| firm)?|"
            r"holding company)\s*,?\s*(?:the\s+)?"), name="en-x-owner-y"),
    # "ByteDance, which owns TikTok", "Baidu also controls Kunlunxin"
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(EN_AUX + r"(?:owns|owned|controls|controlled|acquired|bought|took over|"
            r"takes over)\s+(?:(?:a\s+)?(?:majority|controlling)\s+stake\s+in\s+)?(?:the\s+)?"),
            post_not=_r(r"'s?\s|-?\s*(?:made|designed|based|branded|built)\b|\s+(?:[\w-]+\s+)?(?:chips?|gpus?|processors?|"
                        r"accelerators?|hardware|servers?|cards?|products?|shares?|stock|equipment|tools?|wafers?)\b"),
            name="en-owns"),
    # "BIS, the export-control arm of the US Commerce Department", "BIS, part of the Commerce Department"
    Pattern("subsidiaryOf", GOV_BODY, GOV_BODY, True, _r(r"(?:,\s+(?:which\s+(?:is|sits)\s+)?|\s+(?:is|was|sits)\s+)(?:(?:a|an|the)\s+)?"
            r"(?:(?:[\w-]+\s+){0,3}?(?:arm|agency|bureau|office|division|unit|branch|body|department|regulator)\s+"
            r"(?:of|within|under|inside|at)|part of|within|under|inside)\s+(?:the\s+)?"), name="en-gov-arm-of"),
    # "the Commerce Department's Bureau of Industry and Security"
    Pattern("subsidiaryOf", GOV_BODY, GOV_BODY, False, _r(r"'s?\s+"), name="en-gov-possessive-body"),
    # "sold H20s to Tencent", "sent equipment worth hundreds of millions of dollars to SMIC" (not "sent engineers to")
    Pattern("supplies", FIRM, FIRM | TECH, True, _r(EN_AUX + r"(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|ship(?:s|ped|"
            r"ping)?|deliver\w*|provid\w*|sen[dt]s?|sending|export(?:s|ed|ing)?)\s+"
            r"(?!(?:\S+\s+){0,2}?(?:engineers|staff|employees|people|teams?|letters?|executives|officials)\b)" + _any(6)
            + r"(?:(?:worth|valued at)\s+[^.;!?]{1,50}?\s+)?(?:(?<!made )(?<!built )(?<!designed )(?<!tailored )(?<!produced )"
            r"(?<!manufactured )to|for)\s+(?:[\w.-]+'s?\s+)?" + _any(1)), name="en-supplies-to"),  # not "chips made to Huawei's designs"
    Pattern("supplies", FIRM, FIRM | TECH, True, _r(EN_AUX + r"suppl(?:y|ies|ied|ying)\s+(?:the\s+|its\s+)?" + _any(1)), name="en-supplies"),
    Pattern("supplies", FIRM, FIRM, True, _r(W + r"{0,80}?\b(?:shipments|supplies|deliveries|sales|exports|orders)\s+(?:of\s+(?:[^\s.;!?,]+\s+){1,5}?)?to\s+"
            + _any(1)), confidence=0.7, name="en-shipments-to"),
    Pattern("supplies", frozenset({"Foundry"}), FIRM, True, _r(EN_AUX + r"(?:produc\w*|mak(?:e|es|ing)|made|manufactur\w*|"
            r"fabricat\w*|build\w*)\s+(?:\S+\s+){0,5}?(?:for\s+|of\s+)"), post=_r(r"(?:'s?)?(?:\s|[,.;:]|$)"),
            post_not=_r(_UNIT_AFTER), confidence=0.7, name="en-foundry-produces-for"),
    # "the foundry kept producing HiSilicon's designs", "SMIC fabricates Huawei's chips": a foundry's customer
    Pattern("supplies", frozenset({"Foundry"}), FIRM, True, _r(EN_AUX + r"(?:(?:kept|keeps|keep|continued|continues)\s+"
            r"(?:to\s+)?)?(?:produc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|manufactur\w*|fabricat\w*|build(?:s|ing)?|built|"
            r"print(?:s|ed|ing)?)\s+(?:the\s+|all\s+(?:of\s+)?|most\s+of\s+)?"),
            post=_r(r"'s?\s+(?:[\w-]+\s+){0,2}?(?:designs?|chips?|processors?|wafers?|orders?|dies|silicon|socs?)\b"),
            post_not=_r(_UNIT_AFTER), confidence=0.7, name="en-foundry-makes-firms-designs"),
    # "made chips for Huawei's chip unit HiSilicon": the customer is the unit
    Pattern("supplies", frozenset({"Foundry"}), FIRM, True, _r(EN_AUX + r"(?:produc\w*|mak(?:e|es|ing)|made|manufactur\w*|"
            r"fabricat\w*|build\w*)\s+(?:\S+\s+){0,3}?for\s+[^.;,]{1,40}?" + _UNIT_AFTER + r"\s*,?\s*(?:the\s+)?"),
            confidence=0.7, name="en-foundry-produces-for-unit"),
    Pattern("supplies", FIRM, FIRM | TECH, True, _r(r",?\s+(?:is\s+|was\s+|as\s+|a\s+|the\s+|an\s+|key\s+|main\s+|major\s+|"
            r"sole\s+)*(?:supplier|vendor|provider)s?\s+(?:\S+\s+){0,2}?(?:to|of|for)\s+" + _any(1)), name="en-supplier-of"),
    # "Bosch would build its next driver-assistance platform on the J6E and J6M": the builder uses the chip
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:build|builds|built|building|bas(?:e|es|ed|ing))\s+(?:(?:its|their|the|a|an|"
            r"next|new|own|first|latest|[\w-]+)\s+){0,5}?(?:platforms?|systems?|products?|servers?|cars?|vehicles?|devices?|"
            r"models?|clusters?|stacks?|packages?|cards?|boards?|phones?|laptops?|offerings?|lineup)\s+(?:on|around|upon)\s+"
            r"(?:the\s+)?"), confidence=0.7, name="en-build-on"),
    # "Inspur and H3C will offer servers based on Gaudi2", "sells laptops powered by the Kirin 9006C"
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:offer\w*|sell\w*|sold|ship\w*|launch\w*|build\w*|built|make|makes|"
            r"made|mak(?:e|es|ing)|market\w*|unveil\w*|introduc\w*|roll\w* out)\s+(?:[\w-]+\s+){0,3}?(?:servers?|systems?|"
            r"machines?|boards?|cards?|pcs|laptops?|cars?|vehicles?|phones?|smartphones?|handsets?|devices?|clusters?)\s+"
            r"(?:based on|built (?:around|on)|powered by|equipped with|running|using|featuring|with)\s+(?:the\s+|its\s+)?"
            r"(?:[\w-]+'s?\s+)?"), confidence=0.7, name="en-offers-machines-based-on"),
    # "The J6P's 560 TOPS is more than double the 254 TOPS of Nvidia's Orin-X": the bigger figure's chip outperforms
    Pattern("outperforms", TECH, TECH, True, _r(r"'s?\s+[\d.,]+\s*(?:tops|tflops|pflops|petaflops|teraflops)\s+(?:is|are|was|were)\s+"
            r"(?:(?:more than|over|nearly|almost|roughly|about|well over)\s+)?(?:double|twice|triple|three times|four times|"
            r"\d+(?:\.\d+)?\s*(?:x|times)|higher than|above|greater than)\s+(?:that of\s+|the\s+[\d.,]+\s*(?:tops|tflops|pflops|"
            r"petaflops|teraflops)\s+of\s+)?(?:the\s+)?(?:[a-z0-9-]+'s?\s+)?"), name="en-figure-above"),
    # "Nvidia will supply 18,000 GB300 chips to Humain": the buyer uses the product
    Pattern("uses", TECH, FIRM, False, _r(r"(?:\s+(?:chips?|gpus?|processors?|accelerators?|cards?|servers?|units?|systems?))?"
            r"\s+(?:to|for)\s+(?:the\s+)?"),
            pre=_r(r"^(?![^.;]*\b(?:barred|banned|prohibited|forbidden|stopp\w*|stops?|halt\w*|ceas\w*|blocked|unable|"
                   r"cannot|can't|no longer|not|never|neither|nor|none|nobody|no one|refus\w*|denied|without)\b)[^.;]*\b(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|"
                   r"ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?|provid(?:e|es|ed|ing))\s+[^.;]{0,60}$"), confidence=0.7,
            name="en-supply-product-to"),
    # "AMD agreed to provide Humain with its accelerators", "TSMC supplies Sophgo with wafers"
    Pattern("supplies", FIRM, FIRM, True, _r(EN_AUX + r"(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|equip(?:s|ped|ping)?|"
            r"furnish(?:es|ed|ing)?)\s+(?:the\s+)?"), post=_r(r"\s+with\b"), name="en-provide-with"),
    Pattern("supplies", FIRM | TECH, FIRM, False, _r(EN_AUX + r"(?:supplied|sold|shipped|delivered|provided)\s+(?:\S+\s+){0,3}?"
            r"by\s+" + _any(1)), name="en-supplied-by"),
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:us(?:e|es|ed|ing)|deploy\w*|adopt\w*|rel(?:y|ies|ied|ying) on|"
            r"train\w*(?:\s+\S+){0,5}?\s+(?:on|using|with)|bought|buy(?:s|ing)?|purchas\w*|order\w*|acquir\w*|"
            r"stockpil\w*|run(?:s|ning)?(?: on)?|ran on|switch\w* to|install\w*|rent\w*|procur\w*|fit(?:s|ted|ting)?|"
            r"depend(?:s|ed|ing)? on|"
            r"test(?:s|ed|ing)|trial(?:s|led|ed|ling|ing)|fill(?:s|ed|ing)? (?:[\w-]+\s+){0,4}?with|"
            r"(?:had|has|have|gained|gain|gains|with) access to|"
            r"import\w*|snap(?:s|ped|ping)? up|buy up|bought up|hoard\w*|migrat\w* to|"
            r"took delivery of|placed (?:an?\s+|new\s+|large\s+|bulk\s+)*orders? for|ordered|signed up for|asked for|"
            r"request(?:s|ed|ing)?|sought|seeks?|seeking)\s+(?:(?:at least|about|around|some|nearly|over|"
            r"more than|up to)\s+)?(?:\$?[\d.,]+\s+(?:billion|million|bn|m)?\s*(?:worth\s+)?(?:of\s+)?)?" + _any(5)),
            post_not=None, name="en-uses"),
    # "Tencent and ByteDance placed H20 orders worth $16 billion", "Baidu has booked large Ascend 910B orders"
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:plac(?:e|es|ed|ing)|book(?:s|ed|ing)?|sign(?:s|ed|ing)?|submit(?:s|ted|ting)?|"
            r"(?:step|ramp)(?:s|ped|ping)? up|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|expand(?:s|ed|ing)?)\s+"
            r"(?:(?:an?|its|their|new|fresh|large|big|huge|massive|bulk|initial|first|additional|further|sizeable|sizable|"
            r"major|urgent)\s+)*"),
            post=_r(r"(?:\s+(?:chips?|gpus?|processors?|accelerators?|cards?|servers?))?\s+(?:purchase\s+)?(?:orders?|purchases)\b"),
            name="en-placed-x-orders"),
    # "the H20, which ByteDance uses for inference", "the Ascend 910, which it will use in its cloud"
    Pattern("uses", TECH, FIRM, False, _r(r"(?:\s+(?:chips?|gpus?|processors?|accelerators?|cards?))?,\s+(?:(?:the|a|an)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:chip|gpu|processor|accelerator|card|model|system|platform|software|stack)\s+)?(?:which|that)\s+"
            r"(?:the\s+)?"), post=_r(r"(?:'s)?\s+(?:(?:will|would|also|now|still|already|plans to|intends to|has|have|had|"
            r"mainly|mostly|largely|currently|is|are|was|were|reportedly|lining up to|preparing to|planning to|set to|"
            r"expected to|trying to|hoping to|racing to|rushing to|scrambling to)\s+)*(?:use[sd]?|deploy(?:s|ed)?|buy|buys|"
            r"bought|rel(?:y|ies|ied) on|order(?:s|ed)?|purchas(?:e|es|ed)|stockpil(?:e|es|ed))\b"),
            confidence=0.7, name="en-rel-object-uses"),
    # "DeepSeek has about 50,000 H100 chips", "ByteDance owns more than 10,000 A100s"
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:has|have|had|owns?|owned|operates?|operated|possess(?:es|ed)?|"
            r"holds?|held|amassed|accumulated|built up)\s+(?:(?:at least|about|around|some|nearly|over|more than|up to|"
            r"roughly|an estimated|as many as|tens of thousands of|thousands of)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)\s+"
            r"(?:[a-z]+'s\s+)?"), post=_r(r"(?:s\b|\s+(?:chips?|gpus?|processors?|accelerators?|cards?|units?)\b)"),
            name="en-has-n-chips"),
    # "serving DeepSeek's models on Huawei's Ascend chips", "runs its inference on Ascend 910C processors"
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:serv(?:e|es|ed|ing)|host(?:s|ed|ing)?|run(?:s|ning)?|ran|"
            r"deploy(?:s|ed|ing)?)\s+[^.;,]{0,60}?\s+on\s+(?:(?:its|their)\s+(?:own\s+)?)?"
            r"(?:[a-z-]+'s\s+)?"), name="en-serve-on"),
    # "ordered $5 billion of Nvidia chips, mostly A800s"
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:bought|buy(?:s|ing)?|purchas\w*|order\w*|acquir\w*|stockpil\w*|"
            r"import\w*|hoard\w*|procur\w*)\s+[^.;]{0,60}?,\s+(?:mostly|mainly|largely|chiefly|primarily|predominantly|"
            r"many of them|most of them|including|notably)\s+(?:the\s+)?"), name="en-bought-mostly"),
    Pattern("uses", TECH, FIRM, False, _r(EN_AUX + r"(?:used|deployed|adopted|bought|purchased|ordered|acquired|"
            r"stockpiled|tested|installed|rented|procured|imported|snapped up|hoarded|favoured|favored|preferred)\s+"
            r"(?:\S+\s+){0,2}?by\s+" + _any(2)), name="en-used-by"),
    Pattern("investsIn", ORG, FIRM, True, _r(EN_AUX + r"(?:invest\w*|put|poured|injected)\s+(?:\S+\s+){0,6}?(?:in|into)\s+"
            + _any(1)), name="en-invests"),
    Pattern("investsIn", FIRM, ORG, False, _r(r",?\s+whose\s+(?:\S+\s+){0,2}?(?:shareholders|investors|backers|owners)\s+"
            r"(?:include|included|are|were)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"), name="en-whose-shareholders"),
    # "the Tencent-backed Enflame", "Alibaba-backed start-up Moonshot AI"; "Moonshot AI, another Alibaba-backed lab"
    Pattern("investsIn", ORG, FIRM, True, _r(r"-(?:backed|funded|financed)\s+(?:(?:ai|chip|gpu|model|tech|start-?up|"
            r"startup|lab|company|firm|developer|designer|unicorn|maker|chipmaker)\s+){0,2}"),
            pre=_r(r"(?<!\band )(?<!\bor )(?<!, )$"), lists=False, name="en-x-backed"),  # (not "state-backed SMIC and Alibaba-backed X")
    Pattern("investsIn", FIRM, ORG, False, _r(r",\s+(?:(?:a|an|another|the|also)\s+)?(?:[\w-]+,?\s+){0,2}?"),
            post=_r(r"-(?:backed|funded|financed)\b"), lists=False, name="en-a-x-backed"),
    Pattern("investsIn", FIRM, ORG, False, _r(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:backed|funded|financed|supported)\s+"
            r"by\s+(?:the\s+)?"), name="en-apposition-backed-by"),
    Pattern("investsIn", FIRM, ORG, False, _r(EN_AUX + r"(?:backed|funded|financed|bankrolled|invested in|supported)\s+"
            r"(?:\S+\s+){0,2}?by\s+" + _any(3)), name="en-backed-by"),
    Pattern("investsIn", FIRM, ORG, False, _r(r",\s+(?:based|headquartered|founded|located|listed)\b[^.;]{0,100}?,?\s+and\s+"
            r"(?:(?:is|was|has been)\s+)?(?:\S+\s+)?(?:backed|funded|financed|bankrolled|supported)\s+by\s+" + _any(4)),
            name="en-based-and-backed-by"),
    Pattern("investsIn", ORG, FIRM, True, _r(EN_AUX + r"(?:(?:led|co-led|joined|participated in)\s+(?:\S+\s+){0,5}?"
            r"(?:round|financing|investment|raise)\s+(?:in|for|of|into)|(?:took|takes|holds|acquired) (?:a|an)\s+"
            r"(?:\S+\s+){0,2}?stake in|(?:is|was|are|were) (?:an?\s+)?(?:\S+\s+)?(?:investor|shareholder|backer)s?\s+in)\s+"
            + _any(1)), name="en-led-round"),
    # "CARIZON is 60% owned by CARIAD … and 40% by Horizon": each owner holds a stake
    Pattern("investsIn", FIRM, ORG, False, _r(EN_AUX + r"(?:\d+(?:\.\d+)?\s*(?:%|per cent|percent)|minority|partly|"
            r"partially|jointly)[-\s]owned\s+by\s+(?:the\s+)?"), name="en-pct-owned-by"),  # ("majority-owned": a parent)
    Pattern("investsIn", FIRM, ORG, False, _r(EN_AUX + r"\d+(?:\.\d+)?\s*(?:%|per cent|percent)[-\s]owned\s+by\s+[^;]{1,80}?,?\s+"
            r"and\s+\d+(?:\.\d+)?\s*(?:%|per cent|percent)\s+(?:is\s+(?:owned|held)\s+)?by\s+(?:the\s+)?"), lists=False,
            name="en-pct-owned-by-and"),
    # "Tencent is now Enflame's largest institutional shareholder", "Tencent, Enflame's biggest backer, ..."
    Pattern("investsIn", ORG, FIRM, True, _r(r"(?:,\s+(?:(?:one|two|three|some|several|all|each|both) of\s+)?|" + EN_COP + r")"),
            post=_r(r"(?:'s?|(?<=its)|(?<=their))\s+(?:[\w-]+\s+){0,3}?(?:shareholders?|investors?|backers?|stakeholders?|"
                    r"financiers?)\b"), name="en-is-shareholder-of"),
    # "Alibaba is the largest shareholder in Zhipu", "the fund was among the early investors in MetaX"
    Pattern("investsIn", ORG, FIRM, True, _r(EN_COP + r"(?:[\w-]+\s+){0,3}?" + _EN_HOLDERS + r"\s+(?:in|of)\s+(?:the\s+)?"),
            name="en-shareholder-in"),
    # "Tsinghua Unigroup, a major shareholder of YMTC", "the Big Fund -- one of the largest investors in SMIC"
    Pattern("investsIn", ORG, FIRM, True, _r(r"(?:\s*,|\s+-{1,2}|\s+[–—])\s+(?:[^,.;]{1,80}?\s+and\s+)?(?:a|an|the|one of the|"
            r"among the)\s+(?:[\w-]+\s+){0,3}?" + _EN_HOLDERS + r"\s+(?:in|of)\s+(?:the\s+)?"), name="en-apposition-shareholder-of"),
    # "Hygon, in which AMD holds a minority interest"
    Pattern("investsIn", FIRM, ORG, False, _r(r",?\s+in\s+which\s+(?:the\s+)?"),
            post=_r(r"\s+(?:(?:now|still|also|only|already)\s+)*(?:holds?|held|has|had|owns?|owned|retains?|retained|kept|keeps|"
                    r"acquired|took)\s+(?:a|an|the)\s+(?:[\w%.-]+\s+){0,3}?(?:stake|interest|share|holding)\b"),
            name="en-in-which-x-holds"),
    # "SiEngine, set up in 2018 as a joint venture between ECARX and Arm China", "its Chengdu plant, a joint venture with X"
    Pattern("investsIn", FIRM, ORG, False, _r(r"(?:\s*,[^,.;]{0,60}?|\s+(?:is|was|began|started|started life|began life|was set up|"
            r"was formed|was founded|was created)(?:\s+in\s+\d{4})?)\s+"
            r"(?:as\s+)?(?:a|an|the)\s+(?:[\w%-]+\s+){0,2}?joint[- ]venture\s+(?:between|of|among|by|with|set up by|"
            r"formed by)\s+(?:the\s+)?"), name="en-joint-venture-between"),
    # "Enflame raised its first outside money in a pre-A round led by Tencent"
    Pattern("investsIn", FIRM, ORG, False, _r(r"(?:\s*,[^.;]{1,160}?,)?" + EN_AUX + r"(?:rais\w*|secur\w*|clos\w*|complet\w*|land\w*|got|gets|"
            r"receiv\w*|bagged|announc\w*|took in|drew)\s+" + W + r"{0,100}?\b(?:round|financing|funding|investment|"
            r"raise|tranche|series [a-e]\d?)\s*,?\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:led|co-led|anchored|headed)\s+by\s+"
            + _any(3)), name="en-round-led-by"),
    # "SenseTime has raised money from SoftBank's Vision Fund, Alibaba and Qualcomm", "raised $1bn from investors including X"
    Pattern("investsIn", FIRM, ORG, False, _r(r"(?:\s*,[^.;]{1,160}?,)?" + EN_AUX + r"(?:rais\w*|secur\w*|receiv\w*|took in|drew|"
            r"attract\w*|gets|got)\s+(?:(?:money|funds|funding|capital|cash|investment|backing|financing|an? \S+ investment|"
            r"(?:about |around |some |more than |over |nearly |almost |up to )?(?:(?:us|hk)?\$\s?|rmb\s?|cny\s?|€\s?|¥\s?)?"
            r"\d[\d.,]*\s?(?:bn|billion|million|mn|m|trillion)?(?:\s+(?:yuan|renminbi|rmb|dollars|euros|hong kong dollars))?)\s+)"
            r"(?:(?:in|of)\s+[^.;]{0,40}?\s+)?from\s+(?:(?:[\w-]+\s+){0,2}?investors\s+(?:including|such as|like)\s+)?(?:the\s+)?"
            + _any(3)), name="en-raised-from"),
    # "Megvii, which counts Alibaba Group and Ant Financial among its backers"
    Pattern("investsIn", FIRM, ORG, False, _r(r"(?:,?\s+(?:which|that|who)|" + EN_AUX + r")\s*(?:now\s+|also\s+)?counts\s+(?:the\s+)?" + _any(1)),
            post=_r(r"[^.;]{0,80}?\s+among\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:backers|investors|shareholders|"
                    r"stakeholders|owners)\b"), name="en-counts-among-backers"),
    # --- phrasebook families (round 6) ----------------------------------------
    # "The October 2022 rules barred Nvidia from selling its A100 and H100 to China": the products are restricted too
    Pattern("restrictedBy", POLICY, TECH, False, _r(r"(?:(?!\b(?:package|rules|regulations|measures|round)\b)" + W + r"){0,40}?"
            r"\b(?:barr(?:ed|ing|s)|bar|bann(?:ed|ing)|bans?|prohibit\w*|"
            r"block(?:s|ed|ing)?|stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|forb(?:id|ade|ids|idden)|restrict(?:s|ed|ing)?)\s+"
            r"(?:[\w-]+\s+){1,4}?from\s+(?:selling|exporting|shipping|supplying|offering|delivering|providing)\s+"
            r"(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?"), name="en-policy-barred-from-selling"),
    # "SMIC was placed on the Entity List by the Bureau of Industry and Security"
    Pattern("imposedBy", POLICY, GOV, True, _r(r"\s+(?:(?:in|on|last|this|earlier)\s+(?:[\w-]+\s+){0,2}?)?by\s+(?:the\s+)?"),
            pre=_r(r"\b(?:added|placed|put|listed|moved|blacklisted|included|designated|named)\s+(?:[\w-]+\s+){0,3}?"
                   r"(?:to|on|onto|in|under)\s+(?:the\s+|its\s+|a\s+)?(?:us\s+|u\.s\.\s+|american\s+)?$"),
            name="en-listed-on-by"),
    # "Huawei has developed a new AI processor, the Ascend 910C", "Alibaba unveiled its first server chip: the Yitian 710"
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(EN_AUX + r"(?:develop\w*|design\w*|unveil\w*|launch\w*|introduc\w*|releas\w*|"
            r"announc\w*|buil[dt]|creat\w*|roll(?:s|ed)? out|debut\w*|showcas\w*|present\w*|tap(?:ed|es) out|taped-out)\s+"
            r"(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,4}?(?:chips?|processors?|accelerators?|gpus?|cards?|systems?|servers?|"
            r"models?|platforms?|supernodes?|clusters?|toolkits?|frameworks?|socs?)\s*(?:,|:|-|called|named|dubbed|known as|"
            r"branded)\s*(?:(?:the|its)\s+)?"), post_not=_r(_POST_BUY.pattern + r"|'s?\s"), name="en-verb-named-apposition"),
    # "HiSilicon is responsible for both the Kirin processors and the Ascend accelerators", "the unit behind the Ascend line"
    Pattern("develops", FIRM, TECH, True, _r(EN_AUX + r"(?:(?:responsible|in charge)\s+for|the\s+(?:[\w-]+\s+){0,2}?"
            r"(?:unit|team|company|firm|designer|developer|group|division|arm|subsidiary|lab)\s+behind)\s+(?:(?:designing|"
            r"developing|building|creating|making)\s+)?(?:both\s+)?(?:the\s+|its\s+|their\s+)?"),
            post_not=_POST_BUY, name="en-responsible-for"),
    # "the first flagship processor Xiaomi has designed in-house" (a relative with no "that", after a parenthetical)
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r",[^,.;]{1,60},\s+(?:is|was|became|remains)\s+(?:the|a|an|its)\s+"
            r"(?:[^\s.;!?,]+\s+){0,6}?(?:chips?|processors?|accelerators?|gpus?|systems?|socs?|products?|models?)\s+(?:that\s+|which\s+)?"),
            post=_r(r"\s+(?:(?:had|has|have|ever|previously|first|already|also)\s+)*(?:announced|unveiled|developed|launched|"
                    r"designed|introduced|released|built|made|produced|created)\b"), confidence=0.7, name="en-is-the-chip-x-designed"),
    # "Kirin 9000S ... came off SMIC's production lines", "the chips roll off TSMC's assembly lines"
    Pattern("manufacturedBy", PRODUCT, FAB, True, _r(EN_AUX + r"(?:c(?:a|o)me|comes|coming|roll(?:s|ed|ing)?)\s+off\s+(?:the\s+)?"),
            post=_r(r"'s?\s+(?:[\w-]+\s+){0,2}?(?:production|assembly|manufacturing|fabrication)?\s*(?:lines?|fabs?|plants?|"
                    r"factories|facilities)\b"), name="en-came-off-lines"),
    # "iFlytek's Spark model was trained entirely on Huawei Ascend hardware"
    Pattern("uses", FIRM, TECH, True, _r(r"'s?\s+(?:[^\s.;!?,]+\s+){0,3}?(?:models?|llms?|chatbots?|systems?|services?)\s+"
            r"(?:(?:is|are|was|were|has been|have been|had been|will be|is being|was being)\s+)(?:[a-z]+ly\s+)?"
            r"(?:trained|built|run|running|deployed|served|hosted)\s+(?:[a-z]+ly\s+)?(?:on|using|with)\s+"
            r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:cluster|fleet)\s+of\s+)?(?:[\d,]+\s+)?(?:[a-z-]+'s?\s+)?"),
            name="en-firms-model-trained-on"),
    # "Baidu has switched on a cluster of 30,000 Kunlun P800 chips", "Tencent brought online a supercomputer with 10,000 H800s"
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:switch(?:es|ed|ing)? on|turn(?:s|ed|ing)? on|brought online|bring(?:s|ing)? "
            r"online|fire[sd]? up|deploy(?:s|ed|ing)?|install(?:s|ed|ing)?|operat(?:e|es|ed|ing)|set up|sets up|built|builds|"
            r"assembl(?:e|es|ed|ing))\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:cluster|supercomputer|computing cent(?:re|er)|"
            r"data cent(?:re|er)|server farm|pool)\s+(?:of|with|using|powered by|built on|based on|running)\s+"
            r"(?:(?:about|around|some|nearly|over|more than|up to|roughly)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)?\s*(?:[a-z-]+'s?\s+)?"),
            name="en-cluster-of"),
    # "Nvidia's partner page also added Analog Devices, onsemi and Renesas as silicon providers", "Apple picked TSMC as
    # its sole supplier"; "Nvidia added it to the list of silicon suppliers for its 800-volt architecture"
    Pattern("supplies", FIRM, FIRM, False, _r(r"(?:'s?\s+(?:[\w-]+\s+){0,2}?(?:page|website|site|list|filing|roster)\s*)?"
            + EN_AUX + r"(?:added|adds|adding|named|names|naming|selected|selects|selecting|picked|picks|chose|chosen|choose|"
            r"chooses|tapped|taps|qualified|qualifies|certified|certifies|approved|approves|listed|lists)\s+(?:the\s+)?"),
            post=_r(r"(?:[^;!?]{0,100}?)?\s+(?:as\s+(?:an?\s+|its\s+|their\s+|one of (?:its|their|the)\s+|the\s+)?|to\s+(?:its|their|the)\s+"
                    r"(?:[\w-]+\s+){0,2}?list\s+of\s+)(?:[\w-]+\s+){0,3}?(?:suppliers?|providers?|vendors?|sources?)\b"),
            name="en-added-as-supplier"),
    # "Naura and AMEC count SMIC and Hua Hong among their biggest customers"
    Pattern("supplies", FIRM, FIRM, True, _r(EN_AUX + r"(?:count(?:s|ed|ing)?|list(?:s|ed|ing)?|name(?:s|d)?|includ(?:e|es|ed|ing))\s+"
            r"(?:the\s+)?"), post=_r(r"(?:\s*,?\s+(?:and|as well as)\s+[^.;]{1,60}?|\s*,\s+[^.;]{1,60}?)?\s+(?:among|as)\s+(?:one of\s+)?(?:(?:by far|easily|now|still)\s+)?"
                                 r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:customers?|clients?|buyers?)\b"), name="en-counts-among-customers"),
    # "Ant Group trained its models on chips from Alibaba and Huawei", "runs its cloud on processors from Hygon"
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:us(?:e|es|ed|ing)|train\w*|run(?:s|ning)?|ran|deploy\w*|"
            r"rel(?:y|ies|ied|ying) on|switch\w* to|turn\w* to)\s+[^.;]{0,60}?\b(?:chips|processors|gpus|accelerators|hardware|"
            r"servers|cards|silicon)\s+from\s+(?:the\s+)?"), name="en-uses-chips-from"),
    # "Microsoft bought about 485,000 of Nvidia's Hopper chips": the maker of the chips supplies the buyer
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:bought|buys?|buying|ordered|orders|purchas(?:e|es|ed|ing)|acquired|"
            r"stockpiled|imported|snapped up|took delivery of|received)\s+(?:[^.;]{0,40}?\s+)?(?:of\s+)?(?:the\s+)?"),
            post=_r(r"'s?\s+(?:[\w-]+\s+){0,2}?(?:chips?|gpus?|processors?|accelerators?|hardware|servers?|cards?)\b"),
            name="en-bought-makers-chips"),
    # "SiliconFlow and Huawei Cloud launched DeepSeek-R1 inference services running on Ascend chips"
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:launch\w*|offer\w*|roll(?:s|ed|ing)? out|introduc\w*|start\w*|began|"
            r"debut\w*|provid\w*|host\w*)\s+(?:(?:an?|its|their|the|new)\s+)?"),
            post=_r(r"(?:-based|-powered)?\s+(?:(?:inference|cloud|hosting|api|model)\s+)*(?:services?|apis?|hosting|endpoints?)\b"),
            name="en-launched-x-services"),
    Pattern("uses", FIRM, TECH, True, _r(EN_AUX + r"(?:launch\w*|offer\w*|roll(?:s|ed|ing)? out|introduc\w*|debut\w*|provid\w*)\s+"
            r"[^.;]{0,50}?\b(?:services?|apis?|hosting|endpoints?|clusters?|instances?)\s+(?:running|built|hosted|based)\s+on\s+"
            r"(?:(?:its|their)\s+(?:own\s+)?)?(?:[a-z-]+'s?\s+)?"), name="en-services-running-on"),
    # "Tencent Cloud claims it is the first cloud in China to offer the H800", "Alibaba Cloud rents out H20s": a cloud
    # offering a chip runs it (not its maker: rules.py drops a maker offering its own chip)
    Pattern("uses", FIRM, CHIP, True, _r(EN_AUX + r"(?:(?:claims|says|said|claimed)\s+(?:that\s+)?it\s+(?:is|was|became)\s+)?"
            r"(?:the\s+first\s+[^,.;]{0,40}?\s+to\s+)?(?:offer(?:s|ed|ing)?|rent(?:s|ed|ing)?(?:\s+out)?|"
            r"provid(?:e|es|ed|ing)\s+access\s+to|ma(?:ke|kes|de|king)\s+available)\s+(?:(?:the|its)\s+)?(?:[\w-]+'s?\s+)?"),
            post_not=_r(r"(?:-based|-powered)?\s+(?:(?:[\w-]+\s+){0,2}?(?:services?|servers?|instances?|clusters?|apis?))\b|\s+to\s"),
            confidence=0.7, name="en-cloud-offers-chip"),
    # "Baidu, which holds a majority stake in Kunlunxin": a controlling stake makes a subsidiary
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(EN_AUX + r"(?:holds|held|has|had|took|takes|acquired|owns|owned|built)\s+"
            r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:majority|controlling|\d{2}(?:\.\d+)?\s*(?:%|per cent|percent))\s+stake\s+in\s+(?:the\s+)?"),
            post_not=_r(r"'s?\s"), name="en-majority-stake"),
    # "Arm holds just under half of Arm China", "SoftBank owns about 90% of Arm", "the Big Fund, which also holds stakes in YMTC"
    Pattern("investsIn", ORG, FIRM, True, _r(EN_AUX + r"(?:holds|held|hold|owns|owned|own|controls|controlled|has|had|took|takes|"
            r"acquired|bought|retains|retained|kept|keeps|maintains|maintained)\s+(?:(?:just|roughly|about|around|nearly|almost|"
            r"some|more than|less than|just under|just over|over|under|a little (?:over|under))\s+)*(?:(?:a|an|one|two)\s+)?"
            r"(?:half|third|thirds|quarter|majority|minority|\d+(?:\.\d+)?\s*(?:%|per cent|percent))\s+"
            r"(?:(?:equity|ownership|economic|voting)\s+)?(?:stake\s+|interest\s+|share\s+)?(?:of|in)\s+(?:the\s+)?"),
            post_not=_r(r"'s?\s"), name="en-holds-share-of"),
    Pattern("investsIn", ORG, FIRM, True, _r(EN_AUX + r"(?:holds|held|hold|has|had|took|takes|acquired|bought|owns|built)\s+"
            r"(?:(?:minority|small|sizeable|sizable|large|significant|big|direct|indirect)\s+)?(?:stakes|shares|holdings)\s+in\s+(?:the\s+)?"),
            post_not=_r(r"'s?\s"), name="en-holds-stakes-in"),
    # "SMIC's customers include Cambricon", "Its biggest clients are Baidu and Tencent", "Customers of SMIC include Huawei"
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:'s?|’s?)?\s+(?:(?:main|biggest|largest|key|major|top|other|big|important|"
            r"notable|best-known|chinese|domestic|foreign)\s+){0,2}(?:customers|clients|buyers)\s+(?:include|included|includes|"
            r"are|were|range from|ranged from|comprise)\s+(?:the\s+)?"), name="en-customers-include"),
    Pattern("supplies", FIRM, FIRM, True, _r(r"\s+(?:include|included|includes|are|were|range from|ranged from|comprise)\s+"
            r"(?:the\s+)?"), pre=_r(r"\b(?:customers|clients|buyers)\s+(?:of|for)\s+(?:the\s+)?$"), name="en-customers-of-x-include"),
    # "ASML supplies the deep-ultraviolet scanners that fill SMIC's fabs", "supplies the EUV tools SK Hynix runs"
    Pattern("supplies", FIRM, FIRM, True, _r(EN_AUX + r"(?:suppl(?:y|ies|ied)|provid(?:e|es|ed)|sell(?:s)?|sold|ship(?:s|ped)?|"
            r"make(?:s)?|made|build(?:s)?|built)\s+(?:(?:the|most of the|many of the|much of the|all the)\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:tools|machines|scanners|systems|equipment|chips|wafers|memory|parts|components)\s+"
            r"(?:(?:that|which)\s+(?:fill|fills|filled|power|powers|run in|equip|equips)\s+)?"),
            post=_r(r"(?:'s?\s+(?:[\w-]+\s+)?(?:fabs?|factor(?:y|ies)|plants?|lines|production lines|data cent(?:er|re)s|"
                    r"servers)|\s+(?:runs|uses|buys|needs|relies on|depends on|installs)\b)"), name="en-supplies-the-goods-x-runs"),
    # "Equipment from Applied Materials, Lam Research and KLA fills much of YMTC's production lines"
    Pattern("supplies", FIRM, FIRM, True, _r(r"\s+(?:fill|fills|filled|dominate|dominates|"
            r"dominated|equip|equips|equipped|power|powers|powered)\s+(?:(?:much|most|many|all|part|some)\s+of\s+)?(?:the\s+)?"),
            pre=_r(r"\b(?:equipment|tools|machines|chips|scanners|gear|kit|memory|wafers|components|hardware)\s+(?:made\s+)?"
                   r"(?:from|by)\s+(?:[^.;]{1,60}?(?:,|\band)\s+)?$"),
            post=_r(r"'s?\s+(?:[\w-]+\s+)?(?:fabs?|factor(?:y|ies)|plants?|lines|production lines|data cent(?:er|re)s|servers)"),
            name="en-goods-from-x-fill-y"),
    # "Applied, whose customers also include TSMC and Samsung"
    Pattern("supplies", FIRM, FIRM, True, _r(r"\s*,\s+whose\s+(?:(?:main|biggest|largest|key|major|top|other|chinese|domestic|"
            r"foreign)\s+){0,2}(?:customers|clients|buyers)\s+(?:also\s+|already\s+)?(?:include|included|includes|are|were|"
            r"comprise)\s+(?:the\s+)?"), name="en-whose-customers-include"),
    # "YMTC has leaned on domestic suppliers such as Naura and AMEC"
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:lean(?:s|ed|ing)?\s+on|rel(?:y|ies|ied|ying)\s+on|turn(?:s|ed|ing)?\s+to|"
            r"depend(?:s|ed|ing)?\s+on|switch(?:es|ed|ing)?\s+to)\s+(?:(?:domestic|local|chinese|foreign|other|alternative|"
            r"home-grown|homegrown|new)\s+)?(?:suppliers|vendors|toolmakers|equipment makers|chipmakers|foundries)\s+"
            r"(?:such as|like|including)\s+(?:the\s+)?"), name="en-leans-on-suppliers-such-as"),
    # "Horizon, like most Chinese chip designers, depends on TSMC for manufacturing": the foundry supplies the firm
    Pattern("supplies", FIRM, FIRM, False, _r(r"(?:\s*,\s+(?:like|as with)\s[^,.;]{1,60},)?" + EN_AUX + r"(?:lean(?:s|ed|ing)?|"
            r"rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?|count(?:s|ed|ing)?)\s+(?:(?:heavily|largely|entirely|mostly|still|"
            r"solely|exclusively)\s+)?(?:up)?on\s+(?:the\s+)?"),
            post=_r(r"\s+for\s+(?:(?:its|their|the|most|all|much)\s+(?:of\s+)?)?(?:[\w-]+\s+){0,2}?(?:manufacturing|production|"
                    r"fabrication|wafers|foundry services|chipmaking|supply|supplies|tools|equipment|memory|hbm|components)\b"),
            name="en-depends-on-for-supply"),
    # "Eoptolink is said to count Amazon and Nvidia among its largest accounts": the firm supplies them
    Pattern("supplies", FIRM, FIRM, True, _r(EN_AUX + r"(?:(?:is|are|was|were)\s+(?:said|believed|reported|thought|understood|"
            r"known)\s+to\s+)?(?:count(?:s|ed|ing)?|list(?:s|ed|ing)?|name(?:s|d)?)\s+(?:the\s+)?"),
            post=_r(r"\s+(?:among|as)\s+(?:its|their)\s+(?:(?:largest|biggest|main|key|major|top|important|leading|new|early|"
                    r"first|anchor)\s+)*(?:customers?|clients?|accounts?|buyers?)\b"), name="en-counts-among-customers"),
    # "which are widely believed to supply most of Nvidia's 800G pluggables": the buyer named by its goods
    Pattern("supplies", FIRM, FIRM, True, _r(EN_AUX + r"(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|mak(?:e|es|ing)|made|"
            r"ship(?:s|ped|ping)?)\s+(?:(?:most|much|all|the bulk|a (?:large |big )?(?:share|part|portion)|part|some|many|half)\s+"
            r"of\s+(?:the\s+)?)"), post=_r(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:chips?|gpus?|dsps?|lasers?|modules?|pluggables?|"
                                        r"transceivers?|optics|wafers|memory|components?|parts|tools|switch(?:es)?|boards?|servers?|"
                                        r"engines?|substrates?|packaging)\b"), name="en-supplies-most-of-xs"),
    # "fabricated by GlobalFoundries, Enflame's foundry partner since its first chip": the foundry supplies the firm
    Pattern("supplies", FIRM, FIRM, True, _r(r"\s*,\s+(?:the\s+)?"), post=_r(r"['’]s?\s+(?:(?:long-?time|longstanding|main|"
            r"sole|only|chief|key|primary|exclusive|usual)\s+)?(?:foundry|contract manufacturer|chipmaker|supplier|packaging house)"
            r"(?:\s+partner)?\b"), name="en-firm-x-s-foundry"),
    # "Zhaoxin's main domestic rival on x86 is Hygon"
    Pattern("competesWith", FIRM | TECH, FIRM | TECH, True, _r(r"['’]s?\s+(?:(?:main|chief|biggest|closest|nearest|key|only|"
            r"principal|direct|domestic|foreign|local|chinese|american|most serious|strongest|fiercest)\s+){0,3}"
            r"(?:rivals?|competitors?|challengers?|contenders?)(?:\s+(?:on|in|for)\s+[\w.-]+(?:\s+[\w.-]+)?)?\s+(?:is|are|was|were|remains?|remained)\s+(?:the\s+)?"),
            name="en-x-s-rival-is"),
    # "Backers of SMIC include the Big Fund", "Investors in Moore Threads include Tencent"
    Pattern("investsIn", FIRM, ORG, False, _r(r"\s+(?:include|included|includes|are|were|range from|ranged from|comprise)\s+"
            r"(?:(?:the|its|state-backed|state-owned|state|government-backed|government)\s+)*(?:[\w-]+\s+){0,1}?"),
            pre=_r(r"\b(?:backers|investors|shareholders|funders|financial backers|owners|stakeholders)\s+(?:of|in)\s+(?:the\s+)?$"),
            name="en-backers-of-x-include"),
    # "Tencent has taken part in several of Enflame's funding rounds", "Alibaba joined Zhipu's Series B"
    Pattern("investsIn", ORG, FIRM, True, _r(EN_AUX + r"(?:led|co-led|lead|leads|joined|joins|join|participated in|participates in|"
            r"took part in|taken part in|takes part in|take part in|backed|invested in|anchored|contributed to)\s+"
            r"(?:(?:several|many|most|all|each|two|three|four|both|some|one)\s+of\s+)?(?:the\s+)?"),
            post=_r(r"'s?\s+(?:[\w-]+\s+){0,3}?(?:funding|financing|fundraising|investment|series\s+[a-e]\d?|pre-ipo|"
                    r"seed|angel)?\s*(?:rounds?|raises?|financings?|fundraisings?|series\s+[a-e]\d?)\b"), name="en-joined-firms-round"),
    # "Alibaba led a funding round of more than $1 billion in Moonshot AI"
    Pattern("investsIn", ORG, FIRM, True, _r(EN_AUX + r"(?:led|co-led|joined|participated in|took part in)\s+(?:an?|the)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:round|financing|raise)\s+(?:worth\s+|of\s+)(?:(?:more than|about|around|nearly|over|"
            r"up to|some|roughly|almost)\s+)?(?:\$|us\$|rmb\s*)?[\d.,]+\s*(?:billion|million|bn|m|yuan)?\s+(?:yuan\s+|dollars\s+)?"
            r"(?:in|into|for)\s+(?:the\s+)?"), name="en-led-round-of-amount-in"),
    # "the Ascend 910C delivers about 60 per cent of the inference performance of Nvidia's H100"
    Pattern("outperforms", TECH, TECH, False, _r(W + r"{0,40}?\b(?:delivers?|offers?|provides?|achieves?|reach(?:es)?|has|have|"
            r"manages?|matches?|hits?|gets?|runs? at)\s+(?:only\s+|just\s+|roughly\s+|about\s+|around\s+|barely\s+|nearly\s+|"
            r"almost\s+|some\s+|up to\s+)?(?:\d{1,2}(?:\.\d+)?\s*(?:%|per cent|percent)|a fraction|a third|half|a quarter|"
            r"two-thirds|three-quarters)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _PERF_EN
            + r"\s+of\s+(?:the\s+)?(?:[a-z-]+'s?\s+)?"), name="en-pct-of-performance-of"),
    # "researchers put the Ascend 910C at roughly 60% of an Nvidia H100": the reference chip is the faster one
    Pattern("outperforms", TECH, TECH, False, _r(r"\s+at\s+(?:(?:only|just|roughly|about|around|barely|nearly|almost|some|"
            r"less than|under)\s+)?(?:\d{1,2}(?:\.\d+)?\s*(?:%|per cent|percent)|half|a third|a quarter|two-thirds|"
            r"three-quarters)\s+of\s+(?:that of\s+)?(?:the\s+|an?\s+)?(?:[a-z-]+'s?\s+)?"), name="en-put-at-pct-of"),
    # "the B30A would be about half as powerful as Nvidia's B300", "a third as fast as the H100"
    Pattern("outperforms", TECH, TECH, False, _r(EN_AUX + r"(?:(?:only|just|roughly|about|around|barely|nearly|almost)\s+)?(?:half|"
            r"a third|one-third|a quarter|one-quarter|two-thirds|a fraction|\d{1,2}(?:\.\d+)?\s*(?:%|per cent|percent))\s+as\s+"
            r"(?:powerful|fast|quick|capable|strong|efficient|performant)\s+as\s+(?:the\s+)?(?:[a-z-]+'s?\s+)?(?:[\w-]+\s+)?"),
            name="en-half-as-powerful"),
    # "its BR100 would deliver peak compute above that of Nvidia's A100"
    Pattern("outperforms", TECH, TECH, True, _r(W + r"{0,60}?\b(?:above|higher than|greater than|beyond|exceeding|surpassing|"
            r"better than|faster than|ahead of)\s+(?:that|those)\s+of\s+(?:the\s+)?(?:[a-z-]+'s?\s+)?"), name="en-above-that-of"),
    # "The B30A would be ... but still far stronger than the H20": the coordinated comparative keeps its clause subject
    Pattern("outperforms", TECH, TECH, True, _r(EN_AUX + r"(?:[^.;]{1,80}?)\s+but\s+(?:(?:is|was|would be|will be|remains?|"
            r"still|also|yet|far|much|well|significantly|considerably|clearly)\s+)*(?:faster|more powerful|stronger|better|"
            r"quicker|more capable)\s+than\s+(?:the\s+)?(?:[a-z-]+'s?\s+)?"), name="en-x-but-stronger-than"),
    # "Cambricon's Siyuan 590 takes aim at Nvidia's A100", "the MTT S4000 squares off against the H20"
    Pattern("competesWith", TECH, TECH, True, _r(EN_AUX + r"(?:tak(?:e|es|ing)\s+aim\s+at|took\s+aim\s+at|squar(?:e|es|ed|ing)\s+"
            r"off\s+(?:against|with)|(?:is|are|was|were)\s+pitted\s+against|up\s+against)\s+(?:the\s+)?(?:[a-z-]+'s?\s+)?"),
            name="en-takes-aim-at"),
    Pattern("competesWith", FIRM, FIRM, True, _r(EN_AUX + r"(?:tak(?:e|es|ing)\s+aim\s+at|took\s+aim\s+at|squar(?:e|es|ed|ing)\s+"
            r"off\s+(?:against|with)|(?:(?:racing|rushing|scrambling|trying|struggling|working|striving|hoping)\s+to\s+)?"
            r"catch(?:es|ing)?\s+up\s+(?:with|to|on)|caught\s+up\s+(?:with|to)|chas(?:e|es|ing)|gaining\s+on|closing\s+(?:the\s+gap|in)\s+"
            r"on)\s+(?:the\s+)?"), post_not=_r(r"'s?\s"), name="en-catch-up-with"),
    # "DeepSeek says R1 performs comparably to OpenAI's o1", "performs on a par with", "performs as well as"
    Pattern("comparableTo", TECH, TECH, True, _r(EN_AUX + r"(?:perform(?:s|ed|ing)?|compet(?:e|es|ed|ing)|scor(?:e|es|ed|ing)|"
            r"stack(?:s|ed)? up)\s+(?:roughly\s+|about\s+|broadly\s+)?(?:comparably|similarly|on (?:a\s+)?par|as well as|"
            r"equally well|at the level of|at a similar level)\s*(?:(?:to|with|as)\s+)?(?:the\s+)?(?:[a-z-]+'s?\s+)?"),
            name="en-performs-comparably"),
    # "Tokyo Electron of Japan and Applied Materials of the United States" (not "dubbed the Nvidia of China")
    Pattern("headquarteredIn", FIRM, frozenset({"Country"}), True, _r(r"\s+of\s+(?:the\s+)?"),
            pre=_r(r"(?<!the )(?<!\ba )(?<!\ban )(?<!own )(?<!next )(?<!new )(?<!'s )\Z"), post_not=_r(r"'s?\s|-|\s+(?:market|government)"),
            confidence=0.7, name="en-firm-of-country"),
    # "From its headquarters in Hangzhou, DeepSeek ...", "At its base in Shenzhen, Huawei ..."
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r",\s+"), pre=_r(r"\b(?:from|at|in|inside)\s+(?:its|their)\s+(?:[\w-]+\s+)?"
            r"(?:headquarters|head office|hq|home base|base|campus)\s+in\s+(?:the\s+)?$"), name="en-from-its-hq-in"),
    # "Manus has relocated its headquarters to Singapore", "moved its head office from Beijing to Singapore"
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(EN_AUX + r"(?:relocat\w*|mov(?:e|es|ed|ing)|shift\w*|transferr?\w*)\s+"
            r"(?:its|their)\s+(?:global\s+|corporate\s+|official\s+)?(?:headquarters|head office|hq|registered office|domicile|"
            r"base)\s+(?:from\s+[^.;]{1,40}?\s+)?to\s+(?:the\s+)?"), name="en-moved-hq-to"),
    # "YMTC's headquarters and main fabs are in Wuhan", "Biren's head office is located in Shanghai"
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(r"'s?\s+(?:[\w-]+\s+)?(?:headquarters|head office|hq|home base)"
            r"(?:\s+and(?:\s+[\w-]+){1,3}?)?\s+(?:(?:is|are|was|were|remains?|remained|sits?|lies?|has been|have been)\s+)?"
            r"(?:(?:still|now|also)\s+)?(?:located\s+|situated\s+|based\s+)?in\s+(?:the\s+)?"), name="en-firms-hq-are-in"),
    # "Nexperia ..., even though its parent, Wingtech, is Chinese", "its owner ByteDance"
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(W + r"{1,80}?\b(?:its|their)\s+(?:[\w-]+\s+)?(?:parent(?: company| group| firm)?|"
            r"owner|holding company|controlling shareholder)\s*,?\s*(?:the\s+)?"), post_not=_r(r"'s?\s"),
            confidence=0.7, name="en-its-parent-y"),
]

# a fronted participle at the start of the sentence: "Progettato da AMD ..., l'Instinct MI308"
_IT_FRONT = r"^\W*(?:(?:originariamente|inizialmente|interamente|gia|anch'ess[oaie]|pure)\s+)?"
_IT_FRONT_BY = (r"[oaie]\s+(?:(?:interamente|in casa|internamente|anche|soprattutto|principalmente|in parte|gia|nel \d{4}|\S+ \d{4})\s+)*"
                r"(?:da|dalla|dal|dall'|dallo|dai|dagli|dalle)\s*(?:[^,.;:]{1,40}?(?:,|\be\b|\bed\b)\s*(?:(?:da|dalla|dal|dall')\s*)?)?$")
_IT_FRONT_GAP = (r"[^,.;:]{0,100}?(?:\s*,[^,.;:]{1,100}?)?,\s*(?:(?:il|la|lo|l'|i|gli|le)\s*)?(?:(?:nuov[oaie]|cosiddett[oaie]|"
                 r"chip|processore|processori|acceleratore|acceleratori|gpu|cpu|soc|scheda|modello|sistema|piattaforma|supercomputer|"
                 r"server|start-?up|societa|azienda|gruppo)\s+)*")

IT: list[Pattern] = [
    Pattern("develops", TECH, ORG, False, _r(r"(?:\s+(?:ai|ia))?\s+(?:di|della|dell'|del|da parte di)\s*(?:(?:controllata|divisione|"
            r"societa|startup|azienda|gruppo|colosso|casa|produttrice|cinese|americana|statunitense)\s+)?"), post_not=_POST_BUY,
            confidence=0.85, name="it-di"),
    # apposition: "CUDA, la piattaforma di Nvidia", "l'Ascend 910B, l'acceleratore per l'intelligenza artificiale di Huawei"
    Pattern("develops", TECH, ORG, False, _r(r",\s+(?:il|la|lo|l'|un|una|uno|un')\s*(?:(?:nuov[oa]|ultim[oa]|principale)\s+)?"
            r"(?:chip|processore|acceleratore|scheda|gpu|piattaforma|software|ecosistema|architettura|sistema|supernodo|"
            r"server|soluzione|prodotto|modello|memoria|linguaggio|ambiente)(?:\s+(?:grafic[ao]|video|ai|ia|di punta|software|"
            r"(?:per|di|dedicat[oa] a)\s+(?:l'|il\s+|la\s+)?(?:intelligenza artificiale|ai|ia|inferenza|addestramento|data center|"
            r"gaming|calcolo|smartphone|sviluppo|programmazione)))*\s+(?:di|della|dell'|del)\s*"), post_not=_POST_BUY, confidence=0.8,
            name="it-apposition-di"),
    Pattern("develops", ORG, TECH, True, _r(r"\s+(?:-\s+)?"), post_not=_POST_BUY_OR_CLITIC, confidence=0.8, name="it-adjacent"),
    # "ST conta tra i propri clienti Tesla e Geely", "annovera fra i suoi clienti Xiaomi": the firm supplies them
    Pattern("supplies", FIRM, FIRM, True, _r(IT_AUX + r"(?:conta\w*|annover\w*|includ\w*|elenc\w*|ha|aveva|avrebbe)\s+"
            r"(?:(?:gia|anche|oggi|ora)\s+)?(?:tra|fra)\s+(?:i\s+)?(?:propri|suoi|loro)\s+(?:(?:principali|maggiori|primi|"
            r"grandi|nuovi)\s+)?clienti\s+(?:anche\s+)?"), name="it-counts-among-clients"),
    # "Bosch costruirà la sua prossima piattaforma sul Journey 6": the builder uses the chip
    Pattern("uses", FIRM, TECH, True, _r(IT_AUX + r"(?:costrui\w*|bas\w*)\s+(?:(?:la|il|i|le|gli|sua|suo|sue|suoi|propri[oaie]|"
            r"prossim[oaie]|nuov[oaie]|[\w-]+)\s+){0,5}?(?:piattaform[ae]|sistem[ai]|prodott[oi]|server|auto|vettur[ae]|"
            r"dispositivi|modell[oi]|cluster|schede?)\s+(?:su|sul|sulla|sull'|sui|sugli|sulle|attorno a(?:l|lla|ll')?)\s*"),
            confidence=0.7, name="it-build-on"),
    Pattern("investsIn", FIRM, ORG, False, _r(IT_AUX + r"(?:controllat|partecipat|detenut|possedut)[oaie]\s+(?:al|per il)\s+"
            r"\d+(?:[.,]\d+)?\s*(?:%|per cento)\s+da\s+[^;]{1,80}?\s+e\s+(?:al|per il)\s+\d+(?:[.,]\d+)?\s*(?:%|per cento)\s+"
            r"(?:da|dalla|dal|dall')\s*"), lists=False, name="it-pct-held-by-and"),
    # "ha presentato un server basato su chip X": X is a component the firm uses, not its product
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(r"(?![^.;]*\b(?:basat|fondat|alimentat|equipaggiat|dotat)[oaie] (?:su|sui|sugli|con|di)\s+"
            r"(?:(?:chip|processori|acceleratori|gpu|schede)\s+)?$)(?![^.;]*\bcostrui\w*\s[^.;]*\bsu(?:l|lla|ll'|i|gli|lle)?\s*$)"
            r"(?![^.;]*\b(?:costruit|basat|realizzat|progettat)\w*\s+(?:attorno|intorno)\s+a)"
            r"(?![^.;]*\b(?<!lavoro )(?<!lavora )(?<!lavorano )(?<!lavorando )(?<!lavorare )(?:su|sui|sugli|sulle|sul|sulla|sull')\s*"
            r"(?:(?:propri|suoi|loro)\s+)?(?:(?:chip|gpu|processori|acceleratori|"
            r"schede|server|cluster|npu)\s+)?$)" + IT_AUX + r"(?:svilupp\w*|progett\w*|present\w*|lanci\w*|annunci\w*|"
            r"realizz\w*|costrui\w*|cre\w*|introdott\w*|introduc\w*|dimostrat\w*|svelat\w*|svela\w*|"
            r"messo a punto|mette a punto|al lavoro su|lavor\w* (?:a|su)|produc\w*|prodott\w*|fabbric\w*|"
            r"rilasciat\w*|rilasci\w*|commercializz\w*|debutt\w*|pres\w* il|ha (?:in )?(?:cantiere|preparato)|"
            r"vende|vendono|vendeva|vendevano|vendera|venderanno|(?:tolto|toglie|tolgono|togliera|togliendo) il velo)\s+"
            r"(?![^.;]*\b(?:per|con)\s+(?:(?:il|lo|la|i|gli|le)\s+|l')?(?:(?:modell[oi]|chip|"
            r"piattaforma|sistema|framework|software|gpu|processori|acceleratori)\s+)?$)(?![^.;]*\b(?:che|cui)\s)" + _any(8)),
            post_not=_POST_BUY, name="it-verb"),  # (not "ha costruito un'estensione che permette a PyTorch")
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r"(?:\s+(?:ai|ia))?(?:\s+(?:di|del|della|dell'|dello)\s*[^,.;]{0,40}?)?" + IT_AUX
            + r"(?:sviluppat\w*|progettat\w*|propost\w*|"
            r"presentat\w*|lanciat\w*|realizzat\w*|costruit\w*|creat\w*|prodott\w*|fabbricat\w*|stampat\w*|"
            r"annunciat\w*|firmat\w*|ideat\w*)(?:\s*,[^,.;]{1,60},)?\s+(?:[^\s(]+\s+){0,3}?\(?(?:da|dalla|dal|dall'|dallo|dai|dalle|presso)\s*"
            + _any(2)), name="it-passive"),
    Pattern("develops", ORG, TECH, True, _r(r"(?:\s*\([^)]{0,60}\))?,\s+[^.;!?]{0,120}?\b(?:not[ao]|conosciut[ao]|famos[ao]|"
            r"celebre)\s+(?:soprattutto\s+|anche\s+|in particolare\s+|principalmente\s+)?(?:per|grazie a)\s+"
            r"(?:(?:il|la|i|le|l'|gli)\s*)?(?:(?:sua|suo|sue|suoi|propri[aoie])\s+)?(?:(?:scheda|schede|chip|gpu|processore|processori|"
            r"acceleratore|acceleratori|piattaforma|serie|famiglia|linea)\s+)?(?:(?:grafic[ahe]|ai|ia)\s+)?"),
            post_not=_POST_BUY, name="it-noto-per"),
    # "Il prodotto di punta (per i data center) è la scheda MTT S4000" (the firm is the topic)
    Pattern("develops", ORG, TECH, True, _r(W + r"{0,40}?\b(?:il|la)\s+(?:(?:suo|sua|propri[oa])\s+)?(?:prodotto|chip|processore|"
            r"scheda|gpu|acceleratore)\s+(?:di punta|principale|piu avanzat[oa]|di riferimento|bandiera)(?:\s+(?:per|nel|nei|sul|sui)\s+"
            r"(?:\S+\s+){0,3}?)?\s*(?:e|resta|rimane|sara|era)\s+(?:(?:il|la|l'|lo)\s*)?(?:(?:nuov[oa]|scheda|chip|gpu|processore|"
            r"acceleratore)\s+)*"), post_not=_POST_BUY, name="it-flagship-is"),
    Pattern("develops", ORG, TECH, True, _r(r"(?:\s+-\s[^.;]{1,160}?\s-)?\s*,?\s*(?:(?:oggi|ora|gia|ancora)\s+)?(?:ha|hanno|aveva|"
            r"avevano)\s+come\s+(?:(?:suo|sua|proprio|propria)\s+)?(?:prodotto|chip|processore|scheda|gpu|acceleratore)\s+"
            r"(?:di punta|principale|piu avanzat[oa]|di riferimento|bandiera)\s+(?:(?:il|la|l'|lo)\s*)?"), post_not=_POST_BUY,
            name="it-ha-come-prodotto"),
    Pattern("develops", ORG, TECH, True, _r(r"\s+(?:per\s+(?:\S+\s+){0,3}?)?(?:e|resta|rimane|sara|era)\s+(?:(?:il|la|l'|lo)\s*)?"
            r"(?:(?:nuov[oa]|scheda|chip|gpu|processore|acceleratore)\s+)*"),
            pre=_r(r"\b(?:prodotto|chip|processore|scheda|gpu|acceleratore)\s+(?:di punta|principale|piu avanzat[oa])\s+"
                   r"(?:di|del|della|dell')\s*$"), post_not=_POST_BUY, name="it-flagship-of-is"),
    Pattern("develops", ORG, TECH, True, _r(W + r"{0,160}?\b(?:famiglia|serie|linea|gamma|generazione) (?:di|dei)\s+"
            r"(?:chip|processori|acceleratori|gpu|semiconduttori)(?:\s+(?:ai|ia))?\s+"), name="it-family"),
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(W + r"{0,160}?\b(?:come|quale)\s+(?:un|una|il|la)\s+(?:chip|processore|"
            r"acceleratore|gpu|soc)\b[^,.;]{0,40}?\b(?:prodott|fabbricat|realizzat|progettat|sviluppat|stampat)\w*\s+"
            r"(?:\S+\s+){0,2}?(?:da|dalla|dal|dall')\s*"), confidence=0.7, name="it-described-as-made-by"),
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(IT_AUX + r"(?:(?:non|mai)\s+)?(?:(?:e|sarebbe|era)\s+)?(?:stat[oaie]\s+)?"
            r"(?:prodott|fabbricat|realizzat|progettat|sviluppat|stampat)\w*\s+(?:(?:non|neppure|nemmeno)\s+)?"
            r"(?:da|dalla|dal|dall')\s*[^,.;]{1,40}?(?:\s*,[^,.;]{1,100}?)?,?\s+(?:ma|bensi|bensì)\s+(?:(?:piuttosto|invece)\s+)?(?:da|dalla|dal|dall')\s*"),
            name="it-not-by-but-by"),
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r",?\s+(?:(?!rispetto\b|(?:al|all|alla|dell|della|del|nell|sull|dall)['\s])"
            r"[^\s.;!?,]+\s+){0,8}?(?:che|il quale|la quale|cui)\s+"),
            post=_r(r"\s+(?:(?:aveva|ha|hanno|avevano|avrebbe|avrebbero|gia|stesso|stessa)\s+)*(?:annunci\w*|present\w*|"
                    r"svilupp\w*|lanc\w*|progett\w*|realizz\w*|svel\w*|introd\w*|prodott\w*|produc\w*|produrr\w*|"
                    r"fabbric\w*|(?:ri)?disegn\w*|cre[ao]\w*|ide[ao]\w*|costrui\w*|commercializz\w*|mess[oa] a punto|mette a punto)"),
            confidence=0.7, name="it-rel-object"),
    # clitics: "(il chip) lo produce SMIC", "lo utilizza già China Unicom" (the object is the topic)
    Pattern("manufacturedBy", PRODUCT, FAB, True, _r(r"\s*(?:e\s+|ed\s+|ma\s+)?(?:lo|la|li|le)\s+(?:produc\w*|produrr\w*|fabbric\w*|"
            r"realizz\w*|stamp\w*)\s+(?:\S+\s+){0,2}?"), confidence=0.7, name="it-clitic-produce"),
    Pattern("uses", TECH, FIRM, False, _r(r"\s*(?:e\s+|ed\s+|ma\s+)?(?:lo|la|li|le)\s+(?:utilizz\w*|usa\w*|adott\w*|acquist\w*|"
            r"impieg\w*|compr\w*|ordin\w*)\s+(?:gia\s+|anche\s+|ora\s+|oggi\s+)*"), confidence=0.7, name="it-clitic-uses"),
    Pattern("uses", FIRM, TECH, True, _r(r"\s+(?:(?:gia|anche|ora|ormai|oggi)\s+)*"),
            post=_r(r"\s+(?:(?:gia|anche|ora|ormai|oggi)\s+)*(?:usa|usano|usava|usera|utilizza|utilizzano|utilizzava|utilizzera|"
                    r"impiega|impiegano|adotta|adottano|acquista|acquistano|compra|comprano|ordina|ordinano)\b"),
            confidence=0.7, name="it-firm-clitic-uses"),
    Pattern("manufacturedBy", PRODUCT, FAB, False, _r(r"\s+(?:(?:gia|anche|ora|ormai|oggi)\s+)*"),
            post=_r(r"\s+(?:(?:gia|anche|ora|ormai|oggi)\s+)*(?:produce|producono|produrra|produrrebbe|fabbrica|fabbricano|"
                    r"fabbricherebbe|stampa|stampano)\b"), confidence=0.7, name="it-fab-clitic-produces"),
    # "smontando un Ascend 910B vi avrebbe trovato un die prodotto da TSMC": a part of the product made by a foundry
    Pattern("manufacturedBy", PRODUCT, FAB, True, _r(W + r"{0,100}?\b(?:un|il|i|dei|alcuni|due|dei|gli)\s+(?:die|chiplet|wafer)\s+"
            r"(?:\S+\s+){0,2}?(?:prodott|fabbricat|realizzat|stampat)\w*\s+(?:\S+\s+){0,2}?(?:da|dalla|dal)\s*"),
            confidence=0.7, name="it-die-made-by"),
    # partitive clitic: "l'H20 resta richiesto e Tencent ne ha ordinati altri 100.000"
    Pattern("uses", TECH, FIRM, False, _r(W + r"{0,100}?"), post=_r(r"\s+(?:(?:gia|anche|ora|inoltre|poi)\s+)?ne\s+(?:(?:ha|hanno|"
            r"avrebbe|avrebbero|aveva|avevano|avra|avranno)\s+(?:gia\s+|anche\s+)?(?:ordinat|acquistat|comprat|installat|impiegat|"
            r"utilizzat|accumulat)\w*|(?:ordina|ordinano|acquista|acquistano|compra|comprano|utilizza|utilizzano|usa|usano|impiega|"
            r"impiegano)\b)"), confidence=0.7, name="it-clitic-ne-uses"),
    Pattern("manufacturedBy", frozenset({"Foundry"}), PRODUCT, False, _r(IT_AUX + r"(?:produc\w*|produrr\w*|fabbric\w*|stamp\w*|"
            r"realizz\w*|costruisc\w*)\s+(?:(?:a|con (?:il|un) (?:processo|nodo)(?: a)?|sul (?:processo|nodo)(?: a| da)?)\s+"
            r"\d+(?:[.,]\d+)?\s*(?:nm|nanometri)\s+)?" + _any(5)), name="it-fab-active"),
    # "è prodotto da SMIC con lo stesso processo N+2 a 7 nanometri già usato per il Kirin 9000S"
    Pattern("manufacturedBy", frozenset({"Foundry"}), PRODUCT, False, _r(r"\s+(?:con\s+(?:il|lo|un)|sul|sullo|su un)\s+(?:stesso\s+)?"
            r"(?:process\w*|nodo)\b[^,.;]{0,60}?,?\s(?:gia\s+|anche\s+|pure\s+)*(?:usat|utilizzat|impiegat|adottat|sfruttat)[oa]\s+"
            r"(?:(?:gia|anche|pure|in passato)\s+)*(?:per|nel|nello|sul|sullo|con)\s+(?:(?:il|lo|la|l'|i|gli)\s*)?"),
            name="it-same-process-used-for"),
    Pattern("manufacturedBy", PRODUCT, FAB, True, _r(W + r"{0,80}?\b(?:process[oi] (?:produttiv[oi]\s+)?(?:a\s+)?"
            r"(?:\S+\s+){0,2}?(?:di|della|dell')|nodo (?:\S+\s+){0,2}?(?:di|della|dell')|fonderia|fonderie|linee di)\s*"),
            confidence=0.7, name="it-process-of"),
    # "la fonderia ... per fabbricare in volume processori progettati da HiSilicon", "produce chip per conto di Huawei"
    Pattern("supplies", frozenset({"Foundry"}), FIRM, True, _r(W + r"{0,100}?\b(?:fabbric|produ|realizz|stamp)\w*\s+"
            r"(?:\S+\s+){0,3}?(?:i\s+|gli\s+|le\s+)?(?:chip|processori|acceleratori|gpu|soc|componenti|wafer)\s+"
            r"(?:\S+\s+){0,3}?(?:(?:progettat|disegnat|sviluppat|ordinat|commissionat)\w*\s+(?:da|dalla|dal|dall')|"
            r"per conto (?:di|del|della|dell')|(?:destinat\w* )?(?:a|ad|al|alla|all'|per))\s*"), name="it-fab-for"),
    Pattern("compatibleWith", TECH, TECH, True, _r(r"(?!\s+(?:e|ed)\s)" + W + r"{0,220}?\bcompatibil(?:e|i|ita)(?:\s+(?:pin a pin|a livello di \w+|"
            r"binari[oa]|nativamente|in tutto e per tutto))?\s+con\s+" + _any(3)), name="it-compatible"),
    # "HarmonyOS gira in modo nativo su Honghu 818", "il KX-6000 è in grado di far girare Windows 10"
    Pattern("compatibleWith", PLATFORM, TECH, True, _r(r"\s+(?:(?:gia|ora|anche|oggi)\s+)?(?:gira|girano|girava|girera|funziona|"
            r"funzionano|gira anche|e ottimizzat[oa])\s+(?:(?:in modo nativo|nativamente|senza problemi|gia|anche)\s+)?"
            r"(?:su|sui|sul|sulla|sulle|sugli|sull')\s*(?:(?:chip|processori|processore|soc|gpu)\s+)?"), name="it-runs-on"),
    Pattern("compatibleWith", TECH, PLATFORM, True, _r(IT_AUX + r"(?:(?:e|sono|era|sarebbe|sarebbero)\s+)?(?:in grado di|capac[ei] di|"
            r"pu[oò]|possono|potrebbe)\s+(?:far\s+girare|eseguire|far\s+funzionare)\s+(?:(?:il|la|lo|l'|i|gli|le)\s*)?"),
            name="it-can-run"),
    Pattern("compatibleWith", TECH, TECH, False, _r(W + r"{0,60}?\b(?:trasferit\w*|portat\w*|migrat\w*|eseguit\w*|ricompilat\w*|"
            r"adattat\w*|spostat\w*|convertit\w*)\s+(?:\S+\s+){0,3}?(?:su|sulla|sul|verso|in)\s+(?:(?:sua|suo|propria|proprio|loro)\s+)?"
            r"(?:(?:piattaforma|architettura|ambiente|stack|software|ecosistema)\s+)?"),
            pre=_r(r"\b(?:codice|software|programmi|applicazioni|modelli|carichi di lavoro)\s+(?:\S+\s+){0,2}?(?:per|in|su|con)\s+$"),
            name="it-ported-to"),
    Pattern("compatibleWith", TECH, PLATFORM, True, _r(W + r"{0,60}?\b(?:support\w*|esegu\w*)\s+" + _any(2)), confidence=0.7,
            name="it-supports"),
    # "il chip supporta i principali framework di sviluppo, da TensorFlow a PyTorch", "... framework come PyTorch"
    Pattern("compatibleWith", TECH, PLATFORM, True, _r(W + r"{0,60}?\b(?:support\w*|esegu\w*|compatibil\w* con)\s+"
            r"(?:(?:i|le|gli|tutti i|tutte le|diversi|diverse|molti|molte)\s+)?(?:(?:principali|maggiori|piu diffus[ie]|"
            r"popolari|comuni)\s+)?(?:framework|librerie|piattaforme|ambienti|software)(?:\s+(?:di sviluppo|software|"
            r"di intelligenza artificiale|di ia|per l'ia|ai|ia|open source|di apprendimento automatico|di deep learning|piu diffus[ie]|"
            r"piu popolari|principali|comuni|standard))*"
            r"\s*,?\s+(?:da|come|tra cui|fra cui|quali|compresi|inclusi|incluso|ovvero|cioe)\s+(?:(?:il|lo|la|l')\s*)?"),
            confidence=0.7, name="it-supports-frameworks"),
    Pattern("comparableTo", TECH, TECH, True, _r(W + r"{0,100}?\b(?:simil\w*|paragonabil\w*|equivalent\w*|comparabil\w*|"
            r"analog\w*|(?:si\s+)?avvicin\w*|alla pari (?:con|di)|al livello (?:di|del|dell')|pari a|vicin\w* a|all'altezza (?:di|del|dell')|"
            r"(?:una|la|un')\s*(?:semplice\s+)?variante (?:di|del|dell'))"
            r"\s*(?:(?:a|al|alle|ai|allo|all'|con|quelle|quella|quelli|di|del|della|dell'|dei|delle)\s*)*" + _any(2)),
            post_not=_r(r"\s*(?:\S+\s+){0,3}in (?:termini di )?(?:memoria|consum)"), name="it-comparable"),
    Pattern("alternativeTo", TECH, TECH, True, _r(W + r"{0,100}?\b(?:alternativ\w*|sostitut\w*|rimpiazz\w*|risposta|rivale)\s+"
            r"(?:(?:a|ai|al|alla|all'|allo|agli|alle|di|del|della|dell'|per|cinese|nazionale|domestica|locale)\s*)+"),
            name="it-alternative"),
    Pattern("alternativeTo", TECH, TECH, True, _r(W + r"{0,80}?\b(?:sostituire|rimpiazzare|prend\w* il posto (?:di|del|"
            r"dell')|in concorrenza diretta con|al posto (?:di|del|dell'|degli)|invece (?:di|del|dell'))\s*" + _any(3)),
            confidence=0.7, name="it-replace"),
    # "a Cadence, alla concorrente Synopsys e a Siemens", "Nvidia e la rivale Amd": the firm and its named rival
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\s*(?:,|e|ed)\s+(?:(?:a|ad|con|di|da|per)\s+)?(?:la|il|l'|alla|al|all'|della|del|"
            r"dell'|dalla|dal|dall')\s*(?:sua\s+|suo\s+|diretta\s+|storica\s+|principale\s+|grande\s+){0,2}(?:concorrente|rivale|"
            r"avversari[ao])\s+(?:[a-z]+(?:an[ao]|es[ei]|ens[ei])\s+)?"), confidence=0.7, lists=False, name="it-and-rival"),
    # "Cadence e la sua controllata cinese, Cadence Design Systems Management (Shanghai)"
    # "Nel 2007 ASML ha comprato Brion", "STMicroelectronics ha rilevato Norstel": the bought firm
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(r"(?:\s*\([^()]{1,60}\))?(?:\s*,[^,.;]{1,60},|\s*,\s*che)?"
            r"(?:\s+(?:nel|a|ad)\s+(?:\d{4}|\S+\s+\d{4}))?\s+(?:(?:ha|hanno|aveva|avevano|avrebbe|"
            r"avrebbero)\s+)?(?:(?:gia|poi|anche|infine)\s+)?"
            r"(?:comprato|acquistato|acquisito|rilevato|assorbito|inglobato|compro|acquisto|acquisi|rilevo|rileva|acquisisce|"
            r"compra|acquista)\s+(?:(?:nel|a|ad)\s+\S+\s+(?:\d{4}\s+)?)?(?:(?:il|la|l'|lo)\s*)?(?:(?:controllo|totalita)\s+"
            r"(?:di|del|della|dell')\s*)?(?:(?:statunitense|americana|tedesca|svedese|olandese|francese|italiana|cinese|"
            r"giapponese|taiwanese|coreana|britannica|israeliana|canadese|lombarda)\s+)?"),
            post_not=_r(r"'|\s*-?\s*(?:made|based)\b|\s+(?:[\w-]+\s+)?(?:chip|gpu|processori|acceleratori|server|schede|prodotti|"
                        r"azioni|quote|macchinari|strumenti|wafer)\b"), confidence=0.75, name="it-bought-firm"),
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(r"\s*(?:,|e|ed)\s+(?:la|le|il|i|l')\s*(?:sua|sue|suo|suoi|propria)\s+"
            r"(?:controllat[aei]|filiale|sussidiaria|consociata)(?:\s+[a-z]+)?\s*,?\s*"), name="it-and-its-unit"),
    Pattern("competesWith", FIRM, FIRM, True, _r(W + r"{0,60}?\b(?:compet\w*|(?<!\bla )(?<!\balla )(?<!\bdella )(?<!\bdalla )"
            r"concorr\w*|sfid\w*|rivaleggi\w*|tallon\w*|si confront\w*|contend(?:e|ono|eva|evano|endo)\s+(?:ad?|alla|al|all')|"
            r"conten(?:de|dono|deva|devano)(?=\s))"
            r"(?:\s+dirett\w*)?(?:\s+(?:ormai|gia|sempre piu|da vicino|apertamente))?\s+(?:con|contro)?\s*" + _any(3)),
            name="it-competes"),
    # "Huawei si scontra con Xiaomi e Vivo", "Gaudi 2 se la gioca con l'A800"
    Pattern("competesWith", FIRM | TECH, FIRM | TECH, True, _r(IT_AUX + r"(?:si scontr\w*|scontrandosi|si contend\w*|se la gioca|"
            r"se la giocano|se la vede|se la vedono|se la vedra|se la vedranno|se la vedeva|se la vedevano|se la vedrebbe)\s+(?:(?:direttamente|apertamente|ormai|anche)\s+)?(?:(?:il|la|i|le|gli)\s+"
            r"(?:[\w'-]+\s+){0,3}?)?con\s*"
            r"(?:(?:il|lo|la|l'|i|gli|le)\s*)?"), name="it-clashes-with"),
    # "ST, che nel carburo di silicio conta tra i propri clienti Tesla e Geely"
    Pattern("supplies", FIRM, FIRM, True, _r(IT_AUX + r"(?:conta|contano|annovera|annoverano|vanta|vantano)\s+(?:(?:tra|fra)\s+i\s+"
            r"(?:propri|suoi|loro)\s+(?:[\w-]+\s+){0,2}?clienti|(?:come|quali)\s+clienti)\s+(?:(?:il|lo|la|l'|i|gli|le)\s*)?"),
            name="it-counts-among-clients"),
    # "Asml, che tra i suoi clienti cinesi conta proprio Smic e Hua Hong"
    Pattern("supplies", FIRM, FIRM, True, _r(W + r"{0,40}?\b(?:tra|fra)\s+i\s+(?:propri|suoi|loro)\s+(?:[\w-]+\s+){0,2}?clienti"
            r"(?:\s+[\w-]+){0,2}?\s+(?:conta|contano|contava|annovera|annoverano|vanta|vantano|ha|figurano|ci sono)\s+"
            r"(?:(?:proprio|anche|gia|oggi|ora)\s+)*(?:(?:il|lo|la|l'|i|gli|le)\s*)?"), name="it-among-its-clients-counts"),
    # "Huali, di cui Hua Hong è azionista di controllo": X, che di Y è azionista -> X invests in Y
    Pattern("investsIn", ORG, FIRM, True, _r(r",?\s+che\s+di\s+"),
            post=_r(r"\s*(?:e|era|resta|rimane|e ancora|sarebbe)\s+(?:(?:il|l'|un|uno|una|primo|principale|maggiore|grande)\s*)*"
                    r"(?:azionista|socio|investitore)"), name="it-x-of-which-shareholder"),
    # "Hygon ... produce CPU x86 grazie a una joint venture con AMD", "through a joint venture with AMD"
    Pattern("investsIn", FIRM, ORG, False, _r(W + r"{0,80}?\b(?:grazie a|attraverso|tramite|mediante)\s+(?:una|la)\s+joint venture\s+"
            r"(?:(?:paritetica|[a-z]+-[a-z]+)\s+)?con\s+(?:(?:la|il|lo|l'|gli)\s*)?"), confidence=0.7, lists="right",
            name="it-through-jv-with"),
    Pattern("competesWith", TECH, TECH, True, _r(IT_AUX + r"(?:compet\w*|concorr\w*|sfid\w*)\s+(?:con|contro)?\s*" + _any(3)),
            name="it-competes-product"),
    Pattern("outperforms", TECH, TECH, True, _r(W + r"{0,80}?\b(?:super(?:a|ano|ava|avano|era|eranno|erebbe|erebbero|ato|ata|ati|ate|are|ando|i|ino|iore|iori)\b|batt(?:e|ono|eva|evano|ere|erebbe|erebbero|uto|uta|uti|ute|endo|a|ano)\b|surclass\w*|(?:piu|molto piu) "
            r"(?:veloce|potente|performante|efficiente) (?:di|del|dell'|rispetto a(?:l|ll')?)|migliore (?:di|del)|"
            r"prestazioni superiori (?:a|al|all'|rispetto a)|(?:offre|offrono|ha|hanno|garantisce|vanta)\s+(?:molta\s+|molto\s+)?"
            r"(?:piu|maggiore)\s+(?:potenza|capacita)(?: di calcolo)?(?:\s+[a-z0-9]+)?\s+(?:di|del|dell'|della|dello|rispetto a(?:l|ll'|lla)?)\s*(?:un\s+|una\s+)?|(?:va|vanno|andava|andavano|andrebbe|funziona|funzionava|gira|girava|"
            r"rende|rendeva)\s+(?:(?:nettamente|decisamente|molto|ben|sensibilmente|leggermente|anche)\s+)?meglio\s+"
            r"(?:di|del|dello|della|dell'|dei|degli|delle|rispetto (?:a|al|allo|alla|all'))\s*)(?!\s*(?:da|dal|dall'|dalla|dai|dagli|dalle|dallo)(?:\b|\s|$))\s*"
            + _any(3)),
            post_not=_r(r"\s*(?:\S+\s+){0,4}in (?:termini di )?(?:capacita di )?(?:memoria|consum)"), name="it-outperforms"),
    # "offre una potenza di calcolo molto inferiore a quella dell'H100", "circa la metà delle prestazioni della B300"
    Pattern("outperforms", TECH, TECH, False, _r(W + r"{0,100}?\b(?:(?:potenza|prestazioni|capacita|velocita)(?: di calcolo)?\s+"
            r"(?:\S+\s+){0,2}?inferior[ei]\s+(?:a|al|alla|all'|ai|alle|rispetto (?:a|al|alla|all'|ai|alle))\s*|meno "
            r"(?:potente|veloce|performante) (?:di|del|della|dell'|rispetto (?:a|al|alla|all'))\s*|(?:ha|hanno|offre|offrono)\s+(?:molta\s+|molto\s+)?meno\s+(?:potenza|capacita)(?: di calcolo)?(?:\s+[a-z0-9]+)?\s+"
            r"(?:di|del|dell'|della|dello|rispetto a(?:l|ll'|lla)?)\s*(?:un\s+|una\s+)?|(?:circa\s+|quasi\s+|solo\s+|"
            r"appena\s+|poco piu (?:della|di)\s+)?(?:la meta|un terzo|un quarto|una frazione) (?:della potenza|delle prestazioni|"
            r"della capacita)(?: di calcolo)? (?:di|del|della|dell')\s*|(?:circa\s+|quasi\s+|solo\s+|appena\s+|oltre\s+)?(?:il\s+|l')?"
            r"[1-9]\d?(?:[.,]\d+)?\s*(?:%|per cento)\s+(?:delle prestazioni|della potenza|della capacita|della velocita)"
            r"(?: di calcolo)? (?:di|del|della|dell')\s*|"
            # the passive: "è stato battuto dall'H100", "viene superata dalla B200"
            r"(?:e|sono|era|erano|fu|viene|vengono|venne|verrebbe|sarebbe|sarebbero|risulta)\s+(?:stat[oaie]\s+)?(?:\w+mente\s+)?"
            r"(?:superat[oaie]|battut[oaie]|surclassat[oaie]|distanziat[oaie])\s+(?:da|dal|dalla|dall'|dai|dagli|dalle|dallo)\s*)"
            r"(?:(?:quella|quelle|quello|quelli)\s+(?:di|del|della|dell'|dei)\s*)?"),
            post_not=_r(r"\s*(?:\S+\s+){0,4}in (?:termini di )?(?:capacita di )?(?:memoria|consum)"), name="it-trails"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(W + r"{0,100}?\bpiu (?:memoria|hbm|ram|vram)(?: \S+)?\s+(?:rispetto "
            r"(?:a|al|all'|alla)|di|del|dell'|della|che|che non)\s*(?:(?:quella|quello|la|il|l')\s*(?:di|del|dell')?\s*)?"),
            name="it-more-memory"),
    # "La Type B ha il doppio della memoria della Type A"
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(IT_AUX + r"(?:ha|hanno|avra|avrebbe|offre|offrono|monta|montano|porta|"
            r"portano)\s+(?:quindi\s+|cosi\s+|ben\s+)?(?:il doppio|il triplo|piu del doppio|quasi il doppio|[\d,.]+ volte)\s+"
            r"(?:della|di)\s+(?:memoria|hbm|ram|vram)\s+(?:di|del|dello|della|dell'|rispetto (?:a|al|alla|all'))\s*"),
            name="it-double-memory-of"),
    Pattern("hasMoreMemoryThan", TECH, TECH, False, _r(r",\s*(?:il\s+|la\s+|l')?"), pre=_r(r"\b(?:rispetto (?:a|al|all'|alla)|in confronto (?:a|al|all'))\s*$"),
            post=_r(r"\s+(?:ha|avrebbe|offre|offrirebbe|dispone di|disporrebbe di)\s+piu\s+(?:memoria|hbm)"), name="it-compared-memory"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(W + r"{0,80}?\b(?:super(?:a|ano|ava|avano|era|eranno|erebbe|erebbero|ato|ata|ati|ate|are|ando|ino|iore|iori)\b|batt(?:e|ono|eva|evano|ere|erebbe|erebbero|uto|uta|uti|ute|endo)\b|surclass\w*)\s+" + _any(3)),
            post=_r(r"\s*(?:\S+\s+){0,4}in (?:termini di )?(?:capacita di )?memoria"), name="it-beats-memory"),
    Pattern("consumesMorePowerThan", TECH, TECH, True, _r(W + r"{0,100}?\b(?:(?:consum\w*|assorb\w*) (?:piu|di piu)"
            r"(?: energia| corrente| potenza)?|consumi (?:piu alti|superiori|maggiori)|maggior(?:e|i) consum\w*)\s+"
            r"(?:rispetto (?:a|al|all'|alla)|di|del|dell'|della|che)\s*"), name="it-more-power"),
    # "il Kirin 9000S dello smartphone Mate 60 Pro": the system holds the chip
    Pattern("hasComponent", CHIP, SYSTEM, False, _r(r"\s+(?:dello|della|del|dell'|nello|nella|nel|nell')\s*(?:(?:nuovo|nuova|"
            r"ultimo|ultima)\s+)?(?:smartphone\s+|telefono\s+|portatile\s+|pc\s+|laptop\s+|server\s+)?"), name="it-chip-of-system"),
    Pattern("hasComponent", SYSTEM, CHIP, True, _r(IT_AUX + r"(?:mont\w*|equipaggiat\w*|dotat\w*|animat\w*|spinto|spinta)\s+"
            r"(?:(?:il|lo|la|l'|un|una|dal|dalla|dallo|dall'|da|di|con|del|della|dello|dell')\s*)?(?:(?:nuovo|nuova|proprio|propria|"
            r"chip|processore|soc)\s+)?"), name="it-monta"),
    Pattern("hasComponent", SYSTEM, CHIP, True, _r(W + r"{0,80}?\b(?:integr\w*|contien\w*|comprend\w*|include\w*|"
            r"utilizz\w*|basat\w* su|equipaggiat\w* con|dotat\w* di|mette insieme|collega|con|combina|monta|conterr\w*|conten\w*|"
            r"ospit\w*|riun\w*|unisc\w*|aggreg\w*|raggrupp\w*|colleg\w*|avr\w*|ha|hanno|(?:format|compost|costituit)\w* da|"
            r"(?:arriv|sal|scal)\w* (?:fino )?a)\s+"
            r"(?:ben\s+|fino a\s+|oltre\s+|circa\s+|migliaia di\s+|centinaia di\s+)?(?:(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+(?:\.\d+)?\s?万?|"
            + _COUNTED["it"] + r")\s+)?(?:(?:unita|chip|processori|acceleratori|"
            r"gpu|schede)\s+)?(?:(?:di|del|della|dell')\s*)?"), name="it-has-component"),
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(W + r"{0,60}?\b(?:entra|entrano|entrera|entreranno|finisce|finiscono|"
            r"e finita|sono finite|sono finiti|compaiono|figurano|rientrano|compare|figura|rientra|e entrata|e entrato)\s+" + _any(1)),
            name="it-nella-lista-entrano"),
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(r"(?!\s*(?:due|tre|quattro|cinque|\d+|alcun[ie]|divers[ie]|altr[ie]|"
            r"molt[ie]|numeros[ie]|i|gli|le|il|la|lo|l')\s)(?:[^.;!?,]{0,80}?\b(?:ricad\w*|rientr\w*|finisc\w*|finit\w*|entra\w*|"
            r"soggett\w*|figura\w*|compar\w*)|\s*(?:\([^)]{0,60}\)\s*)?[-,][^.;!?]{0,80}?\b(?:ricade|rientra|finisce|finit[ao]|"
            r"entra|entrat[ao]|soggett[ao]|figura|compare|comparsa|comparso))\s+"
            r"(?:sotto|nel|nella|nell'|nei|negli|tra|a|al|all'|alla)\s*" + _any(3)), name="it-ricade-sotto"),
    # "l'A800 e l'H800 di Nvidia, versioni depotenziate dell'A100 ..., ricadono sotto l'obbligo": a plural verb after an
    # apposition belongs to the list before it
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(r"(?:\s+(?:di|del|della|dell')\s*[^\s,.;]+)?(?:\s*,[^.;!?]{1,160}?,)?\s+"
            r"(?:(?:ora|quindi|anche|ormai|adesso|pure)\s+)*(?:ricadono|rientrano|finiscono|entrano|figurano|compaiono|"
            r"sono (?:(?:ora|quindi|anche|ormai|adesso|pure)\s+)*(?:soggett[ie]|sottopost[ie]|inclus[ie]))\s+"
            r"(?:sotto|nel|nella|nell'|nei|negli|tra|a|al|all'|alla|allo)\s*" + _any(3)),
            pre=_r(r"\b(?:e|ed)\s+(?:l'|il\s+|la\s+|lo\s+|i\s+|gli\s+|le\s+)?$"), name="it-list-apposition-ricadono"),
    # "il gruppo è nella Entity List dal 2020", "Huawei resta ancora nella lista nera"
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(IT_AUX + r"(?:e|sono|era|erano|resta|restano|rimane|rimangono|sara|"
            r"saranno)\s+(?:(?:gia|ancora|ormai|tuttora|da tempo|anche|pure|a sua volta|invece)\s+)*(?:nella|nel|nell'|tra le|fra le|tra gli|fra gli)\s*"
            r"(?:(?:cosiddett[ao]|famigerat[ao])\s+)?"), name="it-is-in-list"),
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(IT_AUX + r"(?:impon\w*|impong\w*|impost\w*|obblig\w*|richied\w*)\s+"
            r"(?:anche\s+|ora\s+|gia\s+)*(?:a|ad|al|alla|all'|agli|ai|alle)\s*"), name="it-policy-imposes-on"),
    # "Washington ne vietò la vendita alla Cina con i controlli del dicembre 2024"
    Pattern("imposedBy", GOV, POLICY, False, _r(IT_AUX + r"(?:ne\s+|lo\s+|la\s+|li\s+|le\s+)?(?:viet|blocc|limit|ridu|colp|"
            r"impedi|impedisc|fren|tagli|restring|strins|vincol|sottopo|proib)\w*\s+[^.;]{0,80}?\bcon\s+(?:i|il|la|le|l'|gli|lo)\s*"),
            name="it-gov-restricts-with"),
    # "la stessa lista in cui Huawei figura dal 2019"
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"\s+(?:in cui|nella quale|nel quale|dove)\s+(?:gia\s+|anche\s+)?"),
            post=_r(r"\s+(?:gia\s+|anche\s+|ancora\s+)?(?:figur\w*|compar\w*|si trova\w*|(?:e|era) (?:stat[oa] )?inserit\w*|"
                    r"rientr\w*|(?:e|era) presente|(?:e|era) (?:entrat|finit)\w*)\b"), name="it-list-in-cui"),
    # clitic object: "(SMIC) ... aveva spinto il Pentagono a inserirla nel suo elenco"
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(W + r"{0,200}?\b(?:inserirl[aoie]|aggiungerl[aoie]|inserendol[aoie]|"
            r"aggiungendol[aoie]|metterl[aoie]|(?:l'|li\s+|le\s+)(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+"
            r"(?:(?:comunque|gia|poi|anche|infine|ormai|quindi|nuovamente|formalmente|ufficialmente)\s+)?(?:inserit|aggiunt|"
            r"mess)[aoie]|(?:la|lo|li|le)\s+(?:inserisce|inseriscono|aggiunge|aggiungono|inserira|inseriranno))\s+"
            r"(?:\S+\s+){0,2}?(?:nella|nel|nell'|alla|al|all'|tra|fra)\s*(?:(?:sua|suo|propria|proprio|loro)\s+)?"),
            confidence=0.7, name="it-clitic-added"),
    # "Huawei, che Washington ha inserito nella Entity List nel 2019": the relative's object
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(r",\s+che\s+(?:[^,.;]{1,50}?\s+)?(?:ha|hanno|aveva|avevano|avrebbe|"
            r"avrebbero)\s+(?:(?:comunque|gia|poi|anche|infine|ormai|quindi|nuovamente|formalmente|ufficialmente)\s+)?"
            r"(?:inserit|aggiunt|mess)[oaie]\s+(?:\S+\s+){0,2}?(?:nella|nel|nell'|alla|al|all'|tra|fra)\s*"
            r"(?:(?:sua|suo|propria|proprio|loro)\s+)?"), confidence=0.7, name="it-che-gov-added"),
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(W + r"{0,80}?\b(?:necessit\w*|richied\w*|serv\w*|dovr\w* ottenere|"
            r"soggett\w* (?:a|al|all'))\s*(?:di\s+)?(?:una\s+|un'\s*)?"), name="it-needs-licence"),
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(IT_AUX + r"(?:inserit\w*|aggiunt\w*|iscritt\w*|colpit\w*|"
            r"sottopost\w*|soggett\w*|incluse?|inclus\w*|finit\w*|messa|messo|mess\w*|entrat\w*|limitat\w*|"
            r"bloccat\w*|vietat\w*|interessat\w*|penalizzat\w*)\s+(?:\S+\s+){0,2}?(?:nella|nel|nell'|alla|al|all'|dalla|"
            r"dal|dall'|dai|dalle|a|in)\s*" + _any(4)), name="it-added-to"),
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(r"(?:,\s*[^.;]{0,80}?)?(?:\s+e\s+(?:altre|altri|\d+)[^.;]{0,60}?)?"
            r"\s+(?:nella|nel|nell'|alla|all')\s*" + _any(3)),
            pre=_r(r"(?:inserit\w*|aggiunt\w*|iscritt\w*|inserisce|inserendo|aggiunge|aggiungendo|mette|mettendo|inseriment\w*|"
                   r"ingresso|aggiunta)\b[^.;]*$"),
            name="it-inserted-x-in"),
    Pattern(EXCLUDED, FIRM | TECH, POLICY, True, _r(W + r"{0,100}?\b(?:a causa (?:di|del|della|dello|dei|delle|dell')|"
            r"per via (?:di|del|della|dello|dei|delle|dell')|in seguito (?:a|al|alla|all')|per effetto (?:di|del|della|dell')|"
            r"a seguito (?:di|del|della|dell')|dopo)\s*" + _any(3)), confidence=0.65, name="it-because-of"),
    Pattern("excludedBy", FIRM | TECH, POLICY, True, _r(IT_AUX + r"(?:esclus\w*|tagliat\w* fuori|estromess\w*|"
            r"bloccat\w*)\s+(?:\S+\s+){0,4}?(?:da|dal|dalla|dall'|a causa (?:del|della|dell'))\s*" + _any(3)),
            name="it-excluded"),
    Pattern("imposedBy", POLICY, GOV, True, _r(W + r"{0,90}?\b(?:impost\w*|introdott\w*|emanat\w*|annunciat\w*|"
            r"adottat\w*|decis\w*|varat\w*|approvat\w*|stabilit\w*|voluti?|volut\w*|deciso|firmat\w*|inasprit\w*|"
            r"ampliat\w*|rivist\w*|avviat[oaie]|apert[oaie]|condott[oaie])\s+(?:\S+\s+){0,4}?(?:da|dal|dalla|dall'|dallo|dai|dalle)\s*"
            + _any(2)), name="it-imposed-by"),
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(W + r"{0,120}?\b(?:vietat\w*|vieta\w*|bloccat\w*|blocca\w*|"
            r"limitat\w*|limita\w*|colpit\w*|colpisc\w*|riguard\w*|impedi\w*|impedisc\w*|inclus\w*|includ\w*)\s+"
            + _any(6)), name="it-policy-restricts"),
    # "YMTC di Wuhan", "Yangtze Memory Technologies (YMTC) di Wuhan", "3Peak, di Suzhou," "SG Micro, con base a Pechino"
    Pattern("headquarteredIn", FIRM, frozenset({"City"}), True, _r(r"(?:\s*\([^()]{1,40}\)|\))?(?:\s*,)?\s+(?:di|con sede a|"
            r"con base a|basat\w* a|con sede (?:nell'area|nella zona|nell'hinterland|nei dintorni|alle porte) di)\s+"), confidence=0.7,
            name="it-firm-di-city"),
    Pattern("imposedBy", POLICY, GOV, True, _r(r"\s+(?:del|della|dell'|dei|degli|di)\s*"), confidence=0.7, name="it-policy-of"),
    # "la Entity List, la lista nera del dipartimento del Commercio", "the Entity List, the blacklist of the Commerce Department"
    Pattern("imposedBy", POLICY, GOV, True, _r(r"\s*,\s+(?:la|il|l'|lo|una|un|the|a|an)\s*(?:[\w-]+\s+){0,2}?(?:lista|elenco|"
            r"black\s?list|blacklist|registro|regola|regolamento|norma|misura|blacklist|list|rule|register|regulation|"
            r"trade blacklist)(?:\s+(?:nera|nere|commerciale|delle entita|of entities))?\s+(?:del|della|dell'|dei|degli|di|of|"
            r"kept by|maintained by|run by|drawn up by)\s*(?:the\s+)?(?:us\s+|u\.s\.\s+|american\s+)?"), confidence=0.75,
            name="it-en-policy-apposition-of-gov"),
    Pattern("imposedBy", GOV, POLICY, False, _r(IT_AUX + r"(?:impo\w*|introdu\w*|eman\w*|annunci\w*|adott\w*|var\w*|"
            r"approv\w*|stabil\w*|inaspr\w*|ampli\w*|rivist\w*|rimoss\w*|revoc\w*|allentat\w*|allent\w*|esteso|estes\w*|"
            r"inseri\w*|aggiunt\w*|aggiung\w*|pubblic\w*|avvia\w*|avvi[ao]\w*|apert[oa]|apre|aprono|aprira|condott[oa]|conduce|"
            r"conclus[oa]|conclude|chius[oa]|chiude|usa|uso|usato|usera|usare|esercit\w*|applic\w*|attiv\w*|azion\w*|"
            r"fatto ricorso a|ricorre a|ricorso al)\s+" + _any(8)), name="it-gov-imposed"),
    # "i limiti fissati dall'amministrazione Biden con i controlli dell'ottobre 2023"
    Pattern("imposedBy", GOV, POLICY, False, _r(r"\s+(?:con|attraverso|tramite|mediante)\s+(?:(?:i|il|la|le|l'|gli|lo)\s*)?"),
            pre=_r(r"\b(?:fissat\w*|impost\w*|stabilit\w*|decis\w*|introdott\w*|definit\w*|tracciat\w*|varat\w*)\s+"
                   r"(?:\S+\s+){0,2}?(?:da|dal|dalla|dall'|dai|dalle)\s*$"), name="it-set-by-gov-with"),
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(W + r"{0,60}?\b(?:con sede|sede|con base|basat\w*|headquarter|quartier "
            r"generale)\s+(?:legale\s+|principale\s+)?(?:a|in|nel|nella|nei|negli|nelle|(?:nell'area|nella zona|nell'hinterland|nei dintorni|"
            r"alle porte) di)\s+"), name="it-sede-a"),
    # "Hangzhou, città dove il gruppo ha sede", "a Shenzhen, dove ha sede Huawei"
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"\s*,\s+(?:(?:la\s+)?(?:citta|metropoli|capitale(?:\s+\S+)?)\s+)?"
            r"(?:dove|in cui|nella quale)\s+(?:(?:ha|hanno|aveva|avevano)\s+(?:(?:la|il)\s+)?(?:(?:sua|suo|propria|proprio|loro)\s+)?"
            r"(?:sede|quartier generale)(?:\s+(?:centrale|principale|legale|operativ[oa]))?\s*,?\s+(?:anche\s+)?|(?:si trova|si trovano|"
            r"c'e|ha sede|sorge)\s+(?:anche\s+)?(?:(?:la|il)\s+)?(?:sede|quartier generale)(?:\s+(?:centrale|principale|legale))?\s+"
            r"(?:di|del|della|dell')\s*)"), name="it-city-where-hq"),
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"\s*,\s+(?:(?:la\s+)?(?:citta|metropoli|capitale(?:\s+\S+)?)\s+)?"
            r"(?:dove|in cui|nella quale)\s+(?:(?:anche|gia)\s+)?(?:(?:il|la|lo|l')\s*)?"),
            post=_r(r"\s+(?:(?:ha|hanno|aveva|avevano)\s+(?:(?:la\s+)?(?:sua|propria|loro)\s+)?sede|e nat[oa]|e stat[oa] fondat[oa])\b"),
            name="it-city-where-firm-hq"),
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(W + r"{0,60}?\b(?:quartier generale|sede centrale|sede principale)"
            r"\s+(?:di|a|in)\s+"), name="it-quartier-generale-di"),
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(r"(?:\s*\([^)]{0,40}\))?,\s+(?:(?:una|la|un|il|lo|uno|l')\s*)?(?:\S+\s+){0,3}?"
            r"(?:societa|azienda|startup|start-up|produttore|gruppo|impresa|progettista|compagnia|colosso|campione|sviluppatore|"
            r"costruttore|fornitore|fabbricante|specialista|fonderia|gigante)\s+(?:\S+\s+){0,2}?"
            r"(?:di|con sede a)\s+"), confidence=0.7, name="it-societa-di"),
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(r",?\s+(?:(?:la|una|il|un)\s+|l')?(?:[^\s,]+\s+){0,4}?(?:controllat\w*|"
            r"sussidiari\w*|filial\w*|divisione|unita|braccio|costola|societa)(?:\s+\S+){0,3}?\s+(?:di|del|della|dell'|da|"
            r"dal|dalla|dall')\s*" + _IT_OWNER_DESC + _any(1)), name="it-controllata"),
    # "il Bureau of Industry and Security (BIS), l'ufficio del Dipartimento del Commercio che ...": an agency of a ministry
    Pattern("subsidiaryOf", GOV_BODY, GOV_BODY, True, _r(r"(?:\s*\([^)]{1,12}\))?\s*,\s+(?:l'|la\s+|il\s+|un\s+|una\s+|lo\s+)?"
            r"(?:ufficio|agenzia|divisione|autorita|organismo|braccio|sezione|direzione)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:del|della|dello|dell'|di)\s*"), name="it-gov-office-of"),
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(W + r"{0,100}?"), post=_r(r"(?:\s*,\s*(?:la|una)\s+(?:sua\s+|propria\s+)?"
            r"(?:controllata|sussidiaria|filiale)\b(?!\s+(?:di|del|della|dell'|da|dal|dalla)\b)|\s+(?:(?:e|era|resta|restera|"
            r"rimane|rimarra|sara|diventa|diventera|diventerebbe|resterebbe|rimarrebbe)\s+)(?:(?:ancora|comunque|pure|anche)\s+)?"
            r"(?:una|la)\s+(?:sua|propria)\s+(?:controllata|sussidiaria|filiale|divisione))"), confidence=0.7,
            name="it-owner-then-controllata"),
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(r"(?![^,.;]*\b(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|avra|avranno|abbia|"
            r"abbiano)\s+(?:gia\s+|anche\s+|poi\s+)?(?:controllat|posseduto|rilevat|acquisit|acquistat|comprat))"
            + IT_AUX + r"(?:controllat\w*|posseduta|posseduto|rilevat[oa]|acquisit[oa]|"
            r"acquistat[oa]|comprat[oa]|assorbit[oa]|inglobat[oa])\s+(?:(?:nel|a|ad)\s+\S+\s+)?(?:da|dal|dalla|dall')\s*" + _IT_OWNER_DESC + _any(1)),
            name="it-controllata-da"),
    Pattern("supplies", FIRM, FIRM | TECH, True, _r(IT_AUX + r"(?:forni\w*|vend\w*|spedi\w*|consegn\w*)\s+" + _any(6)
            + r"(?:a|ad|al|alla|all'|per)\s*" + _any(1)), name="it-fornisce-a"),
    # "Xi'an, nella provincia cinese dello Shaanxi", "Ipoh, nello Stato di Perak", "Batam, in Indonesia", "Tianshui, nel Gansu",
    # "Chengdu, capoluogo del Sichuan": a place within a larger one
    Pattern("locatedIn", frozenset({"City", "Place"}), frozenset({"Country", "Place"}), True, _r(r",\s+(?:(?:nella|nello|nel)\s+"
            r"(?:provincia|regione|stato|contea|prefettura)\s+(?:(?:cinese|americano|americana|statunitense|indiana|malese|"
            r"meridionale|settentrionale|orientale|occidentale|sudorientale|nordorientale|costiera)\s+)?(?:di|del|dello|della|dell')\s*|"
            r"(?:in|nel|nella|nello|nell')\s*|(?:capoluogo|capitale)\s+(?:del|della|dello|dell'|di)\s*)"
),
            post_not=_r(r"\s*(?:e|ed)\s"), lists=False, confidence=0.7, name="it-place-in-larger"),
    # "nel distretto di Guanlan, a Shenzhen", "Huaqiangbei, il quartiere dell'elettronica di Shenzhen": a district of a city
    Pattern("locatedIn", frozenset({"City", "Place"}), frozenset({"City"}), True, _r(r",\s+(?:a\s+|(?:il|la|l')\s*(?:quartiere|distretto|"
            r"zona|area|parco)\s+(?:[^,.;]{0,30}?\s)?(?:di|del|della)\s+)"),
            pre=_r(r"\b(?:distretto|quartiere|zona|area|parco|polo)\s+(?:industriale\s+|tecnologico\s+|hi-tech\s+)?(?:di|del|della)\s+$|"
                   r"^\s*$|^.*\b(?:a|ad|in)\s+$"), lists=False, confidence=0.7, name="it-district-of-city"),
    # "Nexperia ha sede a Nimega e fabbriche ad Amburgo e a Manchester", "gestisce uno stabilimento a Xi'an": a firm's plant
    Pattern("locatedIn", FIRM, frozenset({"City", "Place"}), True, _r(IT_AUX + r"(?:(?:ha\s+sede|con\s+sede)\s+(?:a|ad|in)\s+\S+\s+e\s+|"
            r"(?:ha|hanno|aveva|avevano|gestisce|gestiscono|possiede|possiedono|costruisce|costruiscono|costruito|aperto|apre|"
            r"aprira|con)\s+(?:(?:uno|una|un|un'|due|tre|diversi|diverse|la\s+sua|il\s+suo|le\s+sue|i\s+suoi|nuov[oaie]|"
            r"altr[oaie]|grande|grandi)\s*)*)(?:[\w'-]+\s+){0,3}?(?:stabiliment[oi]|fabbric(?:a|he)|impiant[oi]|linea|linee|"
            r"data center|centro di ricerca|centri di ricerca)\s+(?:[\w'-]+\s+){0,3}?(?:a|ad|in|nel|nella|presso)\s+"),
            confidence=0.7, name="it-ha-stabilimento-a"),
    # "Huawei fa produrre da Smic il suo Ascend 910C": the firm that has its chips made by a foundry is its customer
    Pattern("supplies", FIRM, FIRM, False, _r(IT_AUX + _IT_HAS_MADE + r"\s+(?:(?:[^\s.;!?,']+'|[^\s.;!?,]+\s+){0,5}?"
            r"(?:a|ad|alla|al|all'))?(?:da|dal|dalla|dall'|dai)?\s*"), name="it-has-made-by"),
    Pattern("develops", FIRM, TECH, True, _r(IT_AUX + _IT_HAS_MADE + r"\s+(?:(?:da|dal|dalla|dall'|a|ad|al|alla)\s*[^\s.;!?,]+"
            r"(?:\s+[^\s.;!?,]+)?\s+)?" + _IT_ITS_CHIP), name="it-has-own-made"),
    Pattern("manufacturedBy", FIRM, TECH, False, _r(r"\s+" + _IT_ITS_CHIP),
            pre=_r(r"\b" + _IT_HAS_MADE + r"\s+(?:da|dal|dalla|dall')\s*$"), name="it-has-made-by-foundry"),
    # "Smic produce l'Ascend 910B per Huawei": a foundry that makes something for a firm supplies it
    Pattern("supplies", frozenset({"Foundry"}), FIRM, True, _r(IT_AUX + r"(?:produc\w*|produ[ck]\w*|fabbric\w*|realizz\w*|stamp\w*)\s+"
            r"(?:[^\s.;!?,']+'|[^\s.;!?,]+\s+){0,5}?per\s+(?:conto\s+(?:di|del|della|dell')\s*)?"), name="it-makes-x-for"),
    # "Biren ha raccolto 5 miliardi di yuan da investitori tra cui Hillhouse e Tencent": the round's backers
    Pattern("investsIn", FIRM, ORG, False, _r(IT_AUX + r"(?:raccolt[oaie]|raccoglie|raccolgono|ottenut[oaie]|ottiene|ottengono|"
            r"incassat[oaie]|incassa|ricevut[oaie]|riceve|attirat[oaie]|attira)\s+(?:(?:circa|oltre|quasi|ben|altri|nuovi)\s+)?"
            r"(?:(?:\$|€|usd|eur)\s?)?(?:\d[\d.,]*\s*(?:mila|milioni|miliardi|mln|mld)?\s+(?:di\s+)?(?:dollari|euro|yuan|renminbi)?\s*|"
            r"(?:fondi|finanziamenti|capitali|risorse)\s+)(?:[^\s.;!?,]+\s+){0,6}?(?:da|dal|dalla|dall'|dai|dagli|dalle)\s*"
            r"(?:(?:[a-z]+\s+){0,2}?(?:investitori|fondi|soci)\s+(?:tra cui|fra cui|come|quali)\s+)?(?:(?:il|lo|la|l')\s*)?"),
            name="it-raised-from"),
    # "Tsmc fornisce Huawei", "rifornisce i produttori come Samsung": the firm supplied is the verb's object
    Pattern("supplies", FIRM, FIRM, True, _r(IT_AUX + r"(?:forni(?:sce|scono|va|vano|ra|ranno|rebbe|rebbero|re)|"
            r"riforni\w*)\s+(?:(?:piu|ancora|anche|gia|direttamente)\s+)?(?:(?:il|lo|la|l'|i|gli|le)\s*)?"), name="it-fornisce-x"),
    Pattern("supplies", FIRM, FIRM, False, _r(r"(?:\s*,[^,.;]{1,100},)?\s+(?:e|era|resta|rimane|sono|erano|restano|rimangono)\s+"
            r"(?:(?:da anni|da tempo|gia|ancora|oggi|ora|tuttora|storicamente|anche)\s+)*(?:uno dei|una delle|tra i|fra i|il|un)\s+(?:\S+\s+){0,2}?(?:clienti|"
            r"cliente|acquirenti)\s+(?:\S+\s+){0,1}?(?:di|del|della|dell')\s*"), name="it-cliente-di"),
    Pattern("supplies", FIRM, FIRM | TECH, True, _r(r",?\s+(?:e\s+|era\s+|come\s+)?(?:il\s+|un\s+|uno\s+|principale\s+)*"
            r"fornitor\w*\s+(?:\S+\s+){0,2}?(?:di|del|della|dell'|per)\s*" + _any(1)), name="it-fornitore-di"),
    Pattern("uses", FIRM, TECH, True, _r(IT_AUX + r"(?:utilizz\w*|us\w*|adott\w*|impieg\w*|acquist\w*|comprat\w*|integra|integrano|integrato|integrera\w*|"
            r"scelto|scelta|scelti|scelgono|sceglie|sceglierebbe|sceglierebbero|scegliera|sceglieranno|"
            r"mont(?:a|ano|ava|avano|era|eranno|ato|ati|ata|ate)\b|"
            r"compr\w*|ordinat\w*|ordin\w*|addestrat\w*(?:\s+\S+){0,4}?\s+(?:su|con)|addestra\w*(?:\s+\S+){0,4}?\s+(?:su|con)|"
            r"affid\w* (?:a|al|all')(?![^.;]{0,60}\b(?:produzione|fabbricazione|realizzazione|progettazione)\b)|si affida (?:a|al|all')|install\w*|"
            r"(?:distribuit\w*|distribui\w*)\s+(?:nei|nel|negli|sui|sul|nelle)\s+(?:(?:propri|suoi|loro|propria|sua)\s+)?(?:data center|"
            r"server|cluster|centri dati|centri di calcolo|infrastruttur\w*)|dispiegat\w*|dispieg[ao]\w*|"
            r"passat\w* (?:a|al|all')|migrat\w* (?:a|su|verso)|accumulat\w*|fatto incetta di|dispo\w* di|disporr\w* di|"
            r"(?:acces|attivat|avviat|inaugurat|costruit|messo in funzione|mett\w* in funzione)\w*\s+(?:un|una|il|la|i|le)\s+"
            r"(?:nuov[oa]\s+)?(?:cluster|supercomputer|data center|centro di calcolo|sistema|supernodo)\s+(?:da|di|con)\s+)\s*"
            + _IT_QTY + _any(5)),
            name="it-uses"),
    Pattern("uses", FIRM, TECH, True, _r(r"[^.;!?]{0,100}?\b(?:ha|hanno|aveva|avevano|sta|stanno|gestisce|gestiscono|offre|"
            r"offrono|ospita|ospitano)\s+[^.;!?]{0,120}?\b(?:su|sulla|sul|nella|nel|con la|con il|tramite la|tramite il|la|il)\s+"
            r"(?:propri[ao]|sua|suo|loro)\s+(?:infrastruttur\w*|piattaform\w*|cloud|server|cluster|data center|centr\w* (?:dati|di calcolo)|"
            r"sistem\w*|servizi\w*)\s+(?:\S+\s+){0,2}?(?:basat\w*|fondat\w*|costruit\w*|equipaggiat\w*|dotat\w*|alimentat\w*)\s+"
            r"(?:su|sui|sugli|sulle|con|di|da)\s+(?:(?:chip|processori|acceleratori|gpu|schede)\s+)?"), name="it-own-infra-uses"),
    # "il die sarebbe stato ordinato a TSMC da Sophgo" -> TSMC supplies Sophgo
    Pattern("supplies", FIRM, FIRM, True, _r(r"\s+da\s+(?:parte (?:di|del|della|dell')\s*)?"),
            pre=_r(r"\b(?:ordinat\w*|acquistat\w*|comprat\w*|commissionat\w*)\s+(?:\S+\s+){0,2}?(?:a|ad|presso)\s+$"),
            name="it-ordered-from-by"),
    # "Sophgo ha ordinato i die a TSMC", "ha acquistato chip da Nvidia" -> the seller supplies the buyer
    Pattern("supplies", FIRM, FIRM, False, _r(IT_AUX + r"(?:ordinat\w*|ordin[ao]\w*|acquistat\w*|acquist[ai]\w*|comprat\w*|"
            r"compr[ai]\w*|commissionat\w*|commission[ai]\w*)\s+(?:\d{1,3}(?:\.\d{3})+\s+|[^\s.;!?,]+\s+){0,8}?(?:a|ad|da|dalla|dal|dall'|presso)\s*"),
            post_not=_r(r"\s+di\s+[a-z]+(?:are|ere|ire)\b"), name="it-bought-from"),
    # "Tencent avrebbe comprato grandi quantità di H20 di Nvidia", "usa processori progettati da Huawei": the maker supplies the buyer
    Pattern("supplies", FIRM, FIRM, False, _r(IT_AUX + r"(?:comprat\w*|compr[ao]\w*|acquistat\w*|acquist[ao]\w*|ordinat\w*|"
            r"ordin[ao]\w*|accumulat\w*|accumul[ao]\w*|fatto incetta)\s+(?:[^.;]|\.(?=\d)){0,60}?\b(?:chip|gpu|processori|acceleratori|schede|"
            r"server|[a-z]{0,3}\d[\w-]*)\s+(?:(?:di|del|della|dell'|dei)\s*|(?:progettat|prodott|fornit|realizzat|sviluppat)[ie]\s+"
            r"(?:da|dalla|dal|dall')\s*)"), name="it-bought-chips-of"),
    Pattern("uses", TECH, FIRM, False, _r(IT_AUX + r"(?:utilizzat\w*|usat\w*|adottat\w*|impiegat\w*|acquistat\w*|"
            r"comprat\w*|ordinat\w*|scelt\w*)\s+(?:\S+\s+){0,2}?(?:da|dal|dalla|dall'|dai|dalle)\s*" + _any(5)),
            name="it-used-by"),
    # "Phytium, con sede a Tianjin e tra i cui azionisti figura il colosso statale CEC"
    Pattern("investsIn", FIRM, ORG, False, _r(r"(?:\s*,[^,.;]{1,80}?\s+(?:e|ed))?,?\s+(?:i cui|tra i cui|fra i cui)\s+"
            r"(?:(?:principali|maggiori|primi)\s+)?(?:azionisti|investitori|soci|finanziatori)\s+(?:\S+\s+){0,4}?"),
            name="it-i-cui-azionisti"),
    # "tra gli azionisti di Moore Threads figurano Tencent e ByteDance", "fra i soci di Kunlunxin c'è anche BYD"
    Pattern("investsIn", FIRM, ORG, False, _r(r"\s+(?:(?:figura|figurano|figurerebbe|figurerebbero|compare|compaiono|ci sono|"
            r"ci sarebbero|c'e|c'era|c'erano|ci sarebbe|spicca|spiccano|si trova|si trovano|si contano)\s+)"
            r"(?:(?:anche|gia|ora|oggi|pure|ormai)\s+)*(?:(?:il|lo|la|l'|i|gli|le)\s*)?(?:[^\s,.;]+\s+){0,5}?"),
            pre=_r(r"\b(?:tra|fra)\s+(?:i|gli)\s+(?:(?:principali|maggiori|nuovi|primi)\s+)?(?:azionisti|soci|investitori|"
                   r"finanziatori)(?:\s+(?:di minoranza|principali|istituzionali|di peso|di riferimento))?\s+(?:di|del|della|dell')\s*$"),
            name="it-tra-gli-azionisti-di"),
    Pattern("investsIn", ORG, FIRM, True, _r(IT_AUX + r"(?:investit\w*|invest\w*|entrat\w* nel capitale|finanziat\w*)\s+"
            r"(?:\S+\s+){0,6}?(?:in|nel|nella|nell'|di|del|della|dell')\s*" + _any(1)), name="it-invests"),
    Pattern("investsIn", FIRM, ORG, False, _r(W + r"{0,100}?"), post=_r(r"\s+(?:(?:gia|ancora|oggi|ora|tuttora)\s+)?ne\s+"
            r"(?:possiede|possiedono|possedeva|detiene|detengono|deteneva|controlla|controllano|ha\s+rilevato|ha\s+acquisito)\s+"
            r"(?:(?:circa|oltre|quasi|ancora|il|lo|la|una|un|poco piu del|poco meno del)\s+)*(?:\d|quota|partecipazione|maggioranza)"),
            confidence=0.7, name="it-ne-possiede"),
    Pattern("investsIn", ORG, FIRM, True, _r(IT_AUX + r"(?:possied\w*|posseduto|detien\w*|detenut\w*|rilevat\w*|rileva|"
            r"acquisit\w*|sottoscritt\w*)\s+(?:(?:circa|oltre|quasi|ancora|il|lo|la|una|un)\s+)*(?:\d[\d,.]*\s*%|quota|"
            r"partecipazione|maggioranza)(?![^.;]*\bmercato\b)[^.;]{0,30}?\s+(?:in|nel|nella|nell'|di|del|della|dell')\s*"),
            name="it-holds-stake"),
    Pattern("investsIn", FIRM, ORG, False, _r(IT_AUX + r"(?:sostenut\w*|finanziat\w*|partecipat\w*|appoggiat\w*)\s+"
            r"(?:\S+\s+){0,2}?(?:da|dal|dalla|dall'|dai|dalle)\s*" + _any(3)), name="it-backed-by"),
    # "Avatr, la casa partecipata da Changan"
    Pattern("investsIn", FIRM, ORG, False, _r(r",\s+(?:(?:la|il|lo|l'|una|un|uno)\s*)?(?:[\w'-]+\s*){0,5}?(?:sostenut|finanziat|"
            r"partecipat|appoggiat)[oaie]\s+(?:anche\s+|gia\s+)?(?:da|dal|dalla|dall'|dai|dalle)\s*" + _any(2)),
            lists="right", name="it-apposition-backed-by"),
    # "Yinwang ha aperto il capitale a Seres e ad Avatr"
    Pattern("investsIn", FIRM, ORG, False, _r(IT_AUX + r"(?:apert\w*|apre|aprono|aprira|aprirebbe)\s+(?:il\s+(?:proprio\s+|suo\s+)?"
            r"capitale|le porte del (?:proprio\s+|suo\s+)?capitale)\s+(?:anche\s+)?(?:a|al|alla|ad|all'|ai|agli)\s*" + _any(2)),
            name="it-opens-capital"),
    # "la piattaforma è stata sviluppata dal gruppo di Hefei insieme a Huawei": the partner develops it too
    Pattern("develops", TECH, ORG, False, _r(IT_AUX + r"(?:(?:e|sarebbe|era)\s+)?(?:stat[oaie]\s+)?(?:sviluppat|progettat|realizzat|"
            r"creat|ideat|co-sviluppat)[oaie]\s+(?:\S+\s+){0,2}?(?:da|dal|dalla|dall'|dai)\s*(?:[^\s.;,]+\s+){1,5}?(?:insieme a|"
            r"insieme con|in collaborazione con|assieme a|in partnership con)\s*(?:(?:il|la|l')\s*)?" + _any(1)), name="it-passive-with"),
    # "PyTorch, il framework nato in casa Meta"
    Pattern("develops", TECH, ORG, False, _r(r",\s+(?:il|la|lo|l'|un|una|uno)\s*(?:[\w-]+\s+){0,3}?(?:nat|sviluppat|cresciut)[oaie]\s+"
            r"in casa\s+(?:di\s+|del\s+|della\s+|dell')?"), name="it-born-in-house"),
    # "PaddlePaddle, la piattaforma creata da Baidu", "il Kunlun, un processore progettato in casa da Baidu"
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r",\s+(?:il|la|lo|l'|un|una|uno|un')\s*(?:(?:nuov[oa]|ultim[oa]|stess[oa]|propri[oa])\s+)?"
            r"(?:chip|processore|acceleratore|scheda|gpu|piattaforma|software|framework|libreria|ecosistema|architettura|sistema|"
            r"supernodo|server|modello|memoria|linguaggio|ambiente|soc)(?:\s+(?:grafic[ao]|video|ai|ia|software|di sviluppo|"
            r"open source|di calcolo|(?:per|di|dedicat[oa] a)\s+(?:l'|il\s+|la\s+)?(?:intelligenza artificiale|ai|ia|inferenza|"
            r"addestramento|data center|smartphone)))*(?:\s+(?!da\b|dal\b|dalla\b|che\b|cui\b)[^\s,.;]+){0,4}?"
            r"\s+(?:(?:gia|interamente|internamente|in casa|a sua volta)\s+)?"
            r"(?:creat|sviluppat|progettat|realizzat|lanciat|ideat|disegnat|prodott|fabbricat)[oaie]\s+(?:\S+\s+){0,2}?"
            r"(?:da|dalla|dal|dall'|dallo)\s*"), name="it-apposition-made-by"),
    # copular description: "(il Kunlun) è il primo chip per l'IA progettato da Baidu", "l'H20 resta la GPU sviluppata da Nvidia"
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r"(?:\s*,[^,.;]{1,80},)?\s*(?:(?:e|era|sara|sarebbe|resta|rimane|fu|diventa)\s+)?"
            r"(?:(?:stat[oa]|anche|ancora|gia|ormai|oggi|proprio)\s+)*(?:il|la|lo|l'|un|una|uno|un')\s*(?:(?:primo|prima|nuov[oa]|"
            r"ultim[oa]|unic[oa]|second[oa]|terz[oa]|vero|vera|principale)\s+)?(?:chip|processore|acceleratore|gpu|cpu|npu|soc|"
            r"scheda|modello|sistema|server|supercomputer|supernodo|piattaforma|framework|software|prodotto|architettura|memoria)"
            r"(?:\s+(?!da\b|dal\b|dalla\b|che\b|cui\b)[^\s,.;]+){0,5}?\s+(?:(?:interamente|internamente|in casa|in proprio)\s+)?"
            r"(?:creat|sviluppat|progettat|realizzat|lanciat|ideat|disegnat|prodott|fabbricat)[oaie]\s+"
            r"(?:(?:interamente|internamente|in casa|in proprio)\s+)?(?:da|dalla|dal|dall'|dallo)\s*"),
            name="it-copula-description-made-by"),
    # "l'Ascend 910B, il chip con cui Huawei cerca di sostituire le GPU americane", "il Gaudi 3 è l'arma con cui Intel spera di ..."
    Pattern("develops", TECH, ORG, False, _r(r"(?:\s*,[^,.;]{1,80},)?(?:\s*,\s*|\s+(?:e|era|sara|sarebbe|resta|rimane|diventa)\s+)"
            r"(?:il|la|lo|l'|un|una|uno|un')\s*(?:(?:nuov[oa]|ver[oa]|principale|vera e propria|ultim[oa])\s+)?"
            r"(?:chip|processore|acceleratore|gpu|cpu|scheda|prodotto|arma|carta|piattaforma|modello|sistema|soluzione|risposta)"
            r"(?:\s+(?!da\b|che\b)[^\s,.;]+){0,3}?\s+(?:con cui|con il quale|con la quale|grazie al quale|grazie alla quale|"
            r"grazie a cui|attraverso cui|tramite cui|mediante cui)\s+"),
            post=_r(r"\s+(?:(?:ora|oggi|ormai|gia|anche|adesso)\s+)*(?:cerca|cercano|cercava|punta|puntano|puntava|spera|sperano|"
                    r"sperava|vuole|vogliono|voleva|prova|provano|provava|conta|contano|contava|intende|intendono|mira|mirano|mirava|"
                    r"tenta|tentano|tentava|sfida|sfidano|risponde|rispondono|attacca|attaccano|affronta|affrontano|compete|competono|"
                    r"insidia|insidiano|ambisce|ambiscono)\b"), name="it-chip-with-which"),
    # cleft with a clitic object: "A progettarlo è stata T-Head", "a produrla sarebbe TSMC" (the clitic is the topic chip)
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r"\s+(?:(?:e|sono|sara|saranno|sarebbe|sarebbero|era|erano|fu|furono)\s+)?"
            r"(?:(?:stat[oaie]|proprio|invece|ancora|gia|sempre|probabilmente)\s+)*"),
            pre=_r(r"\b(?:a|ad)\s+(?:progettar|sviluppar|realizzar|produr|fabbricar|costruir|disegnar|idear|stampar)$"),
            name="it-cleft-clitic"),
    # "Iluvatar può continuare a rifornirsi da TSMC", "Infineon si rifornisce dal 2018 dalla statunitense Wolfspeed":
    # the firm it buys from supplies it
    Pattern("supplies", FIRM, FIRM, False, _r(IT_AUX + r"(?:(?:continuare|continua|continuano|potra|potranno|dovra|dovranno|"
            r"deve|devono|puo|possono|potrebbe|potrebbero)\s+(?:a\s+)?)?(?:rifornir\w*|si rifornisc\w*|si riforni\w*|"
            r"approvvigionar\w*|si approvvigion\w*|acquistare|comprare)\s+(?:\S+\s+){0,3}?(?:da|dalla|dal|dall'|presso)\s*"
            r"(?:(?:statunitense|americana|giapponese|cinese|taiwanese|coreana|sudcoreana|tedesca|olandese|europea)\s+)?"),
            name="it-buys-from"),
    # "da SMIC a Hua Hong, entrambi clienti di ASML", "Tencent, tra i maggiori clienti di Nvidia"
    Pattern("supplies", FIRM, FIRM, False, _r(r",\s+(?:(?:entrambi|entrambe|tutti|tutte|anch'ess[aoie]|anche|gia|oggi|ora|"
            r"storicamente)\s+)*(?:(?:tra|fra)\s+(?:i|gli)\s+|uno dei\s+|una delle\s+|il\s+|l')?(?:(?:principal[ei]|maggior[ei]|"
            r"grand[ei]|important[ei]|primo|prim[ie]|storic[oi]|fedel[ei])\s+)*client[ei]\s+(?:(?:cinesi|principali|storici)\s+)?"
            r"(?:di|del|della|dell')\s*"), name="it-appos-clienti-di"),
    # "la maggior parte degli acceleratori di Alibaba è fornita da Nvidia"
    Pattern("supplies", FIRM, FIRM, False, _r(r"\s+(?:(?:e|sono|era|erano|viene|vengono|sara|saranno|sarebbe|sarebbero)\s+)"
            r"(?:(?:gia|ancora|oggi|ora|tuttora|soprattutto|principalmente|in gran parte|stat[oaie])\s+)*"
            r"(?:fornit|vendut|consegnat)[oaie]\s+(?:(?:soprattutto|principalmente|in gran parte|quasi tutt[oaie])\s+)?"
            r"(?:da|dalla|dal|dall')\s*"),
            pre=_r(r"\b(?:(?:chip|processori|acceleratori|gpu|schede|server|componenti|macchinari|sistemi)\b[^.;]{0,60}?"
                   r"\b(?:di|del|della|dell')|(?:a|ad|al|alla|all')\s*)\s*$"), name="it-supplied-by"),
    # "Huawei è il principale rivale di Alibaba", "il rivale più diretto di Alibaba sarebbe Huawei"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\s+(?:(?:non|piu|ancora|mai)\s+)*(?:(?:e|sono|sarebbe|sarebbero|resta|rimane|era|sara|diventa)\s+)"
            + _IT_STILL + r"(?:il|la|l'|uno dei|una delle|tra i)\s*"
            r"(?:(?:principal[ei]|maggior[ei]|piu dirett[oaie]|dirett[oaie]|vero|veri|grand[ei]|temibil[ei])\s+)*"
            + _IT_RIVAL + r"\s+(?:(?:piu dirett[oaie]|principal[ei]|dirett[oaie]|piu (?:temibil[ei]|pericolos[oaie]|forti?|agguerrit[oaie]|"
            r"seri[oaie]|accanit[oaie]|insidios[oaie]|credibil[ei]))\s+)?"
            r"(?:(?:cinese|cinesi|locale|nazional[ei])\s+)?(?:di|del|della|dell')\s*"), name="it-is-rival-of"),
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\)?\s*,\s+(?:il|la|l'|uno dei|una delle|tra i)\s*"
            r"(?:(?:principal[ei]|maggior[ei]|piu dirett[oaie]|dirett[oaie]|vero|veri|grand[ei]|temibil[ei]|storic[oaie])\s+)*"
            + _IT_RIVAL + r"\s+(?:(?:piu dirett[oaie]|principal[ei]|dirett[oaie]|domestic[oaie]|intern[oaie]|cinese|cinesi|"
            r"locale|local[ei]|nazional[ei]|american[oaie]|europe[oaie]|asiatic[oaie])\s+)*(?:di|del|della|dell')\s*"),
            name="it-apposition-rival-of"),
    Pattern("competesWith", FIRM, FIRM, False, _r(W + r"{0,60}?\s(?:e|sono|sarebbe|sarebbero|resta|rimane|era|sara)\s+"
            + _IT_STILL + r"(?:(?:il|la|l'|i|le)\s*)?"),
            pre=_IT_RIVAL_OF_BEFORE,
            name="it-rival-of-is"),
    # the same for products: "il vero avversario dell'HL-328 sarebbe l'H20", "la rivale diretta del Gaudi 3 resta l'H100"
    Pattern("competesWith", TECH, TECH, False, _r(r"(?:\s+(?:(?:di|del|della|dell')\s*\S+|e\s+(?:l'|il\s+|la\s+|lo\s+)?\S+))?"
            r"\s+(?:e|sono|sarebbe|sarebbero|resta|rimane|era|sara|restano|rimangono|saranno)\s+"
            + _IT_STILL + r"(?:(?:il|la|l'|i|le|gli|lo)\s*)?"),
            pre=_IT_RIVAL_OF_BEFORE,
            name="it-product-rival-of-is"),
    # "Tencent ha già un suo processore per l'inferenza, lo Zixiao", "la società sviluppa il proprio modello, Hunyuan"
    Pattern("develops", ORG, TECH, True, _r(IT_AUX + r"(?:ha|hanno|aveva|avevano|vanta|vantano|possiede|possiedono|sviluppa|"
            r"sviluppano|sviluppava|progetta|progettano|produce|producono|ha sviluppato|hanno sviluppato|ha creato|ha progettato|"
            r"dispone di|ha messo a punto|ha lanciato|ha presentato)\s+(?:(?:gia|anche|ora|oggi|pure|ormai|da tempo)\s+)*"
            r"(?:un|una|uno|un'|il|la|lo|l')\s*(?:(?:suo|sua|proprio|propria)\s+)(?:(?:nuov[oa]|primo|prima)\s+)?"
            r"(?:chip|processore|acceleratore|gpu|scheda|modello|sistema|piattaforma|framework|software|soc|cpu|npu|"
            r"architettura|ecosistema|supercomputer|server)\b[^,.;()]{0,50}?(?:,|\s*\(|:)\s*(?:(?:il|la|lo|l'|chiamat[oa]|"
            r"battezzat[oa]|denominat[oa])\s*)*"),
            post_not=_POST_BUY, name="it-own-product-apposition"),
    # "Intel spera di strappare a Nvidia quote di mercato", "Huawei punta a sottrarre clienti a Nvidia"
    Pattern("competesWith", FIRM, FIRM, True, _r(W + r"{0,60}?\b(?:strappar\w*|strapp[ai]\w*|sottrarr\w*|sottra\w*|"
            r"rosicchiar\w*|rubar\w*|erodere|erode)\s+(?:(?:quote|una quota|fette|una fetta|clienti|terreno|spazio)\s+"
            r"(?:(?:di|del|dei)\s+)?(?:mercato\s+)?)?(?:a|ad|al|alla|all'|allo)\s*"),
            post_not=_r(r"\s*(?:\S+\s+){0,3}?(?:a favore|in favore)"), name="it-wrest-share-from"),
    # "il Pentagono ha inserito Tencent, insieme a CATL, nella lista 1260H": the second firm is added too
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(r",\s*(?:insieme|assieme)\s+(?:a|ad|al|alla|all'|ai|agli|alle|con)\s*"
            r"[^.;]{1,100}?,\s+(?:nella|nel|nell'|alla|all'|tra|fra)\s*" + _any(3)),
            pre=_r(r"\b(?:inserit\w*|aggiunt\w*|iscritt\w*|inserisce|inseriscono|inserendo|aggiunge|aggiungono|aggiungendo|"
                   r"mette|mettendo)\s+(?:\S+\s+){0,2}?$"), name="it-inserted-x-with-y-in"),
    # "il Pentagono ha inserito Tencent, insieme a CATL, nella lista 1260H": the list is the government's
    Pattern("imposedBy", GOV, POLICY, False, _r(IT_AUX + r"(?:inserit\w*|aggiunt\w*|iscritt\w*|inserisce|inseriscono|aggiunge|"
            r"aggiungono|inserira|inseriranno|aggiungera|aggiungeranno|mette|mettono|mettera|metteranno|mess[oaie])\s+[^.;]{1,140}?\s(?:nella|nel|nell'|alla|all'|tra le|"
            r"fra le|tra gli|fra gli)\s*(?:(?:sua|suo|propria|proprio|cosiddett[ao]|famigerat[ao])\s+)?"),
            name="it-gov-added-to-list"),
    # "SMIC, inserita da Washington nella Entity List": the list is the government's
    Pattern("imposedBy", GOV, POLICY, False, _r(r"\s+(?:(?:gia|ancora|poi|nel \d{4}|\S+ \d{4})\s+)*(?:nella|nel|nell'|alla|all'|tra le|"
            r"fra le|tra gli|fra gli)\s*(?:(?:sua|suo|propria|proprio|cosiddett[ao]|famigerat[ao])\s+)?"),
            pre=_r(r"\b(?:inserit|aggiunt|iscritt|mess)[oaie]\s+(?:(?:gia|anche|poi|nel \d{4})\s+)?(?:da|dal|dalla|dall'|dai|"
                   r"dagli)\s*$"), name="it-added-by-gov-to-list"),
    # "SMIC, inserita nella Entity List da Washington nel 2020"
    Pattern("imposedBy", POLICY, GOV, True, _r(r"(?:\s+(?:(?:del|della|dell')\s*)?[^\s,.;]+){0,4}?\s+(?:da|dal|dalla|dall'|dai|dagli)\s*"),
            pre=_r(r"\b(?:inserit|aggiunt|iscritt)[oaie]\s+(?:(?:gia|anche|poi|nel \d{4})\s+)?(?:nella|nel|nell'|alla|all'|"
                   r"tra le|fra le|tra gli|fra gli)\s*(?:(?:sua|suo|propria|proprio|cosiddett[ao]|famigerat[ao])\s+)?$"),
            name="it-added-to-list-by-gov"),
    # "una licenza per esportare in Cina l'H20", "l'obbligo di licenza per le vendite dell'MI308"
    Pattern("restrictedBy", POLICY, TECH, False, _r(r"\s+(?:(?:obbligatori[ao]|necessari[ao]|special[ei]|apposit[ao])\s+)?"
            r"(?:per|sulle|sulla|alle|alla)\s+(?:(?:poter|potere)\s+)?(?:(?:esportare|vendere|spedire|consegnare|fornire)\s+"
            r"(?:(?:in|verso|alla|ai|a)\s+(?:cina|clienti cinesi|pechino)\s+)?|(?:le\s+)?(?:esportazioni|vendite|spedizioni|"
            r"forniture|consegne)\s+(?:(?:in|verso|alla|ai|a)\s+(?:cina|clienti cinesi|pechino)\s+)?(?:di|del|dell'|della|dei|degli|"
            r"delle)\s*)(?:(?:il|la|lo|l'|i|gli|le)\s*)?"), name="it-licence-to-export"),
    # --- round 6 -------------------------------------------------------------------------------------------------
    # clitic "vi"/"ci" for a list just named: "Huawei è nella Entity List dal 2019; SMIC vi è finita l'anno dopo"
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"[^.!?]{0,160}?"),
            post=_r(r"\s+(?:(?:gia|poi|anche|pure|a sua volta|invece|stessa|stesso)\s+)*(?:vi|ci)\s+(?:(?:e|sono|era|erano|sarebbe|"
                    r"sarebbero|sara|saranno|fu|furono)\s+(?:(?:gia|poi|anche|pure|stat[oaie])\s+)*(?:finit|entrat|inserit|aggiunt|"
                    r"iscritt|inclus|mess|rientrat|ricadut)[oaie]|(?:figura|figurano|figurava|compare|compaiono|rientra|rientrano|"
                    r"finisce|finiscono|entra|entrano|resta|restano|rimane|rimangono)\b)"),
            confidence=0.7, name="it-clitic-vi-list"),
    # "i chip di Huawei, a cominciare dai Kunpeng", "i processori di Intel, come lo Xeon": the products named are the firm's
    Pattern("develops", ORG, TECH, True, _r(r"\s*,\s+(?:(?:a cominciare|a partire|partendo|cominciando)\s+(?:da|dai|dal|dalla|"
            r"dall'|dagli|dalle|dallo)\s*|(?:come|tra cui|fra cui|in particolare|soprattutto|cioe)\s+)(?:(?:il|lo|la|l'|i|gli|le)\s*)?"),
            pre=_r(r"\b(?:chip|processori|acceleratori|prodotti|gpu|cpu|schede|modelli|soluzioni)\s+(?:[^\s,.;]+\s+)?"
                   r"(?:di|del|della|dell')\s*$"), post_not=_POST_BUY, confidence=0.75, name="it-products-of-starting-with"),
    # "Biren ha annunciato una variante più contenuta, il BR104", "ha presentato un nuovo chip, chiamato X"
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(IT_AUX + r"(?:presentat\w*|present[ao]\w*|annunciat\w*|annunci[ao]\w*|lanciat\w*|"
            r"lanci[ao]\w*|svelat\w*|svel[ao]\w*|sviluppat\w*|svilupp[ao]\w*|progettat\w*|progett[ao]\w*|introdott\w*|realizzat\w*|"
            r"messo a punto|tolto il velo su|mostrat\w*|debuttat\w* con)\s+(?:(?:anche|ora|ieri|oggi|inoltre|poi|gia)\s+)*"
            r"(?:un|una|uno|un'|il|la|lo|l'|il suo|la sua|il proprio|la propria)\s*(?:[^\s,.;]+\s+){0,3}?(?:variante|versione|"
            r"chip|processore|acceleratore|gpu|cpu|scheda|modello|sistema|server|supercomputer|piattaforma|prodotto|soluzione|"
            r"architettura|framework|software)(?:\s+[^\s,.;]+){0,5}?\s*,\s*(?:(?:il|la|lo|l'|chiamat[oa]|battezzat[oa]|"
            r"denominat[oa]|ribattezzat[oa])\s*)*"), post_not=_POST_BUY, name="it-verb-noun-apposition"),
    # "BIRENSUPA, con cui il BR100 è pienamente compatibile"
    Pattern("compatibleWith", TECH, TECH, False, _r(r"\s*,\s+(?:con cui|con il quale|con la quale|con i quali|con le quali)\s+"
            r"(?:(?:il|lo|la|l'|i|gli|le)\s*)?"),
            post=_r(r"\s+(?:(?:e|sono|sarebbe|sarebbero|resta|restano|risulta|risultano|rimane|sara|saranno)\s+)"
                    r"(?:(?:gia|pienamente|completamente|totalmente|interamente|anche|ora|oggi|ancora|nativamente)\s+)*"
                    r"compatibil[ei]\b"), name="it-with-which-compatible"),
    # "Tra i clienti di SMIC figurano Cambricon e Huawei", "I principali clienti di TSMC sono Apple e Nvidia"
    Pattern("supplies", FIRM, FIRM, True, _r(r"\s+(?:(?:figurano|figura|compaiono|compare|spiccano|spicca|ci sono|c'e|si contano|"
            r"includono|comprendono|sono|erano)\s+)(?:(?:anche|gia|ormai)\s+)?(?:il\s+|la\s+|lo\s+|l'|i\s+|gli\s+|le\s+)?"),
            pre=_r(r"\b(?:(?:tra|fra)\s+)?(?:i|gli)\s+(?:(?:principali|maggiori|grandi|primi|nuovi|piu importanti)\s+)?clienti\s+"
                   r"(?:di|del|della|dell')\s*$"), name="it-customers-of-x-are"),
    # "Broadcom conta già ByteDance tra i propri clienti", "annovera Tencent fra i suoi maggiori clienti"
    Pattern("supplies", FIRM, FIRM, True, _r(IT_AUX + r"(?:conta|contano|contava|contavano|annovera|annoverano|annoverava|"
            r"vanta|vantano|vantava)\s+(?:(?:gia|anche|ora|oggi|ormai|tuttora|da anni|da tempo)\s+)*"),
            post=_r(r"\s+(?:(?:e|ed)\s+[^.;]{1,60}?\s+)?(?:tra|fra)\s+i\s+(?:(?:suoi|propri|loro)\s+)?(?:(?:principali|maggiori|"
                    r"grandi|primi|nuovi|migliori|piu importanti)\s+)?clienti\b"), name="it-counts-among-customers"),
    # "Nvidia, di cui il gruppo è uno dei maggiori clienti"
    Pattern("supplies", FIRM, FIRM, True, _r(r"\s*,\s+di cui\s+(?:(?:anche|gia|ora|oggi)\s+)*(?:(?:il|lo|la|l')\s*)?"),
            post=_r(r"\s+(?:(?:e|sono|era|erano|sarebbe|sarebbero|resta|restano|rimane|e stat[oa])\s+)(?:(?:gia|ancora|anche|"
                    r"oggi|ora|tuttora|da anni)\s+)*(?:uno dei|una delle|tra i|fra i|il|la|l')\s*(?:(?:principal[ei]|maggior[ei]|"
                    r"grand[ei]|primi|prim[oa]|piu grand[ei]|important[ei]|storic[oi])\s+)*client[ei]\b"),
            name="it-of-which-customer"),
    # "ByteDance, il gruppo che controlla TikTok", "Baidu, che possiede Kunlunxin": the firm named after the verb is a subsidiary
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(r"(?:\s*,\s+(?:(?:il|la|l'|un|una)\s*)?[^,.;]{0,60}?)?\s*,?\s+(?:che|la quale|"
            r"il quale)\s+(?:(?:gia|oggi|ora|anche|tuttora|da anni)\s+)*(?:controlla|controllano|controllava|possiede|possiedono|"
            r"possedeva)\s+(?:(?:anche|gia|pure)\s+)*(?:(?:il|lo|la|l'|i|gli|le)\s*)?"),
            confidence=0.7, name="it-che-controlla"),
    # "Zhaoxin è nata come joint venture tra VIA Technologies e il governo municipale di Shanghai"
    Pattern("investsIn", FIRM, ORG, False, _r(r"(?:\s*,[^,.;]{1,80},)?(?:\s*,\s*|\s+(?:(?:e|era|sarebbe|resta|rimane|fu)\s+)?"
            r"(?:(?:nat[oa]|stat[oa] (?:fondat|creat|costituit)[oa]|fondat[oa]|costituit[oa]|nacque|nasce)\s+)?(?:come\s+)?)"
            r"(?:(?:una|la|un')\s*)?joint venture\s+(?:(?:paritetica|[a-z]+-[a-z]+)\s+)?(?:(?:costituit|creat|fondat|nat)[ao]\s+"
            r"(?:nel \d{4}\s+)?(?:da|dalla|dal|dall')\s*|(?:tra|fra|di|con)\s+)(?:(?:la|il|lo|l'|i|gli|le)\s*)?"
            r"(?:(?:taiwanese|cinese|american[ao]|statunitense|giapponese|coreana|sudcoreana|olandese|statale|pubblic[ao])\s+)?"),
            name="it-joint-venture-between"),
    # "la resa del suo acceleratore più avanzato, l'Ascend 910C" is read by _possessive_pronoun; the apposition after the
    # product: "il BR100, il suo primo processore grafico"
    Pattern("develops", ORG, TECH, True, _r(r"(?![^.;!?]*\b(?:usa|usano|usava|utilizz|acquist|compr|ordin|impieg|adott|noleggi)\w*\s)"
            r"[^.;!?]{0,100}?"),
            post=_r(r"\s*(?:\([^()]{1,30}\)\s*)?,\s+(?:il|la|l'|i|le|lo)\s*(?:suo|sua|suoi|sue|proprio|propria)\s+(?:(?:primo|prima|"
                    r"nuov[oa]|ultim[oa]|attuale|principale)\s+)?(?:chip|processore|acceleratore|gpu|cpu|scheda|modello|prodotto|"
                    r"sistema|piattaforma|supercomputer|server|soc)\b"),
            post_not=_POST_BUY, confidence=0.7, name="it-product-its-own-apposition"),
    # --- round 7 (phrasebook) --------------------------------------------------------------------------------------
    # a fronted participle names the agent, the sentence's subject follows the comma: "Progettato da AMD per il mercato
    # cinese, l'Instinct MI308 ...", "Realizzati da SMIC e progettati da HiSilicon, i Kirin ..."
    Pattern(DEV_OR_FAB, ORG, TECH, False, _r(_IT_FRONT_GAP), pre=_r(_IT_FRONT + r"(?:sviluppat|progettat|realizzat|ideat|creat|"
            r"disegnat|prodott|fabbricat|costruit|presentat|annunciat|lanciat|svelat|concepit|stampat)" + _IT_FRONT_BY),
            post_not=_POST_BUY, name="it-fronted-made-by"),
    # "Sostenuta da Alibaba e Tencent, oltre che da fondi statali, Zhipu AI ...", "Finanziata dal Big Fund, YMTC ..."
    Pattern("investsIn", ORG, FIRM, True, _r(_IT_FRONT_GAP), pre=_r(_IT_FRONT + r"(?:sostenut|finanziat|partecipat|appoggiat|"
            r"foraggiat|capitalizzat)" + _IT_FRONT_BY), name="it-fronted-backed-by"),
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(_IT_FRONT_GAP), pre=_r(_IT_FRONT + r"(?:controllat|posseduto|posseduta|"
            r"detenut)" + _IT_FRONT_BY), name="it-fronted-owned-by"),
    # "Varati dal BIS nel dicembre 2024, i controlli sulle esportazioni ...", "Imposte da Washington, le restrizioni ..."
    Pattern("imposedBy", GOV, POLICY, False, _r(_IT_FRONT_GAP), pre=_r(_IT_FRONT + r"(?:varat|impost|introdott|annunciat|decis|"
            r"approvat|adottat|emanat|pubblicat|stabilit|volut|inasprit|ampliat|estes)" + _IT_FRONT_BY), name="it-fronted-imposed-by"),
    # "Principale fornitore di memorie HBM per gli acceleratori di Nvidia, la sudcoreana SK Hynix ..."
    Pattern("supplies", FIRM, FIRM, False, _r(r"[^,.;:]{0,60}?,\s*(?:(?:il|la|l'|lo)\s*)?(?:(?:sudcoreana|coreana|taiwanese|"
            r"giapponese|american[ao]|statunitense|cinese|olandese|europe[ao]|tedesc[ao])\s+)?(?:(?:societa|azienda|gruppo|produttore|"
            r"fonderia|colosso)\s+)?"),
            pre=_r(_IT_FRONT + r"(?:(?:il|l')\s*)?(?:(?:principale|maggiore|primo|unico|storico|grande|nuovo)\s+)?fornitore\s+"
                   r"(?:[^,.;]{0,60}?\s)?(?:di|del|della|dell'|dei|degli|per)\s*$"), name="it-fronted-supplier-of"),
    # dislocated object with a resumptive clitic: "Il BR100 Biren l'ha presentato nel 2022", "l'MTT S80, Moore Threads lo produce"
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r"\s*,?\s*"),
            post=_r(r"\s+(?:(?:gia|anche|poi|ora|invece)\s+)*(?:(?:(?:lo|la|li|le)\s+|l')(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|"
                    r"avra|avranno)\s+(?:(?:gia|anche|appena|poi|ufficialmente|infine)\s+)*(?:presentat|annunciat|lanciat|sviluppat|"
                    r"progettat|realizzat|svelat|prodott|fabbricat|costruit|ideat|disegnat|mess[oaie] a punto)[oaie]|(?:lo|la|li|le)\s+"
                    r"(?:presenta|presentano|presentera|sviluppa|sviluppano|progetta|progettano|realizza|realizzano|lancia|lanciano|"
                    r"lancera)\b)"), confidence=0.75, name="it-dislocated-object-clitic"),
    # "Il quartier generale di TSMC si trova a Hsinchu", "la sede di Cambricon è a Pechino"
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(r"\s+(?:(?:si trova|si trovava|e|era|resta|rimane|e situat[oa]|e ubicat[oa]|"
            r"e stat[oa] trasferit[oa])\s+)(?:(?:ancora|tuttora|oggi|da sempre|invece|pero)\s+)*(?:a|ad|in|nel|nella|nell')\s*"),
            pre=_r(r"\b(?:quartier generale|sede(?:\s+(?:centrale|principale|legale|operativa))?)\s+(?:di|del|della|dell')\s*$"),
            name="it-hq-of-firm-is-in"),
    # "non ha lì il suo quartier generale, che si trova a Shanghai", "la sua sede, che si trova a Pechino"
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(W + r"{0,60}?\b(?:sede|quartier generale)(?:\s+(?:centrale|principale|legale))?"
            r"\s*,\s*(?:che|la quale|il quale)\s+(?:(?:invece|pero|oggi|ancora|tuttora)\s+)*(?:si trova|e|resta|rimane)\s+"
            r"(?:(?:invece|pero|oggi|ancora|tuttora)\s+)*(?:a|ad|in|nel|nella|nell')\s*"), name="it-hq-which-is-in"),
    # "Santa Clara, in California: è qui che hanno il quartier generale Nvidia e Intel", "Shenzhen, dove ... : è lì che ha sede"
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"(?:\s*,[^.;:]{1,60}?)?\s*[:,]\s*(?:(?:ed|e)\s+)?(?:e|proprio)\s+(?:qui|li|la|proprio qui|"
            r"proprio li)\s+(?:che|dove)\s+(?:(?:ha|hanno|aveva|avevano)\s+(?:(?:la|il)\s+)?(?:(?:sua|suo|propria|proprio|loro)\s+)?"
            r"(?:sede|quartier generale)(?:\s+(?:centrale|principale|legale))?|(?:si trova|si trovano)\s+(?:(?:la|il)\s+)?"
            r"(?:sede|quartier generale)(?:\s+(?:centrale|principale|legale))?\s+(?:di|del|della|dell'))\s*"),
            pre=_r(r"^\W*(?:(?:a|ad|in)\s+)?$"), name="it-place-here-hq"),
    # "X figura tra gli azionisti di SMIC e di YMTC", "Tencent è tra i principali soci di Zhipu", "è azionista di minoranza di"
    Pattern("investsIn", ORG, FIRM, True, _r(r"(?:\s*,[^.;]{1,100}?,|\s*,)?\s+(?:(?:figura|figurano|e|sono|compare|compaiono|resta|"
            r"restano|rimane|rimangono|era|erano|risulta|risultano|sarebbe|sarebbero)\s+)(?:(?:anche|gia|ancora|ora|oggi|tuttora|"
            r"da tempo|da anni)\s+)*(?:(?:tra|fra)\s+(?:i|gli)\s+(?:(?:principali|maggiori|primi|nuovi|grandi)\s+)?(?:azionisti|soci|"
            r"investitori|finanziatori)|(?:(?:il|un|l')\s*)?(?:(?:principale|maggiore|primo|secondo|grande)\s+)?(?:azionista|socio|"
            r"investitore|finanziatore))(?:\s+(?:di minoranza|di maggioranza|principali|di riferimento|istituzional[ei]|strategic[oi]))?"
            r"\s+(?:di|del|della|dell')\s*"), name="it-among-shareholders-of"),
    # "Alibaba guida il round da 1 miliardo in Moonshot AI", "ha partecipato al round di finanziamento di Zhipu"
    Pattern("investsIn", ORG, FIRM, True, _r(IT_AUX + r"(?:guida|guidano|guidato|guidera|guidava|co-guidat\w*|partecipa|partecipano|"
            r"partecipato|partecipera|partecipava|sottoscritto|sottoscrive|sottoscrivono)\s+(?:(?:a|al|all')\s*)?(?:(?:il|un|lo|l')\s*)?"
            r"(?:(?:nuovo|ultimo|recente|maxi|ampio)\s+)?(?:round|giro di (?:raccolta|finanziamento)|aumento di capitale|"
            r"finanziamento|raccolta)\b[^.;]{0,80}?\s(?:in|di|del|della|dell'|per|a favore di)\s*"), name="it-leads-round-in"),
    # "Moonshot AI, la start-up di Kimi", "DeepSeek, la società dietro R1"
    Pattern("develops", FIRM, TECH, True, _r(r"\s*,\s+(?:la|il|l'|una|un)\s*(?:(?:giovane|piccola|nuova)\s+)?(?:start-?up|societa|"
            r"azienda|laboratorio|casa)\s+(?:(?:cinese|pechinese|shanghaiese)\s+)?(?:di|dietro|dietro a|dietro al|dietro all'|"
            r"madre di|creatrice di|sviluppatrice di|autrice di)\s*(?:(?:il|la|lo|l'|i|gli|le)\s*)?(?:(?:modello|chatbot|chip|"
            r"assistente|app)\s+)?"), post_not=_POST_BUY, confidence=0.75, name="it-firm-of-product"),
    # "Kunlunxin si sarebbe aggiudicata commesse da China Mobile", "ha vinto un contratto con China Telecom"
    Pattern("supplies", FIRM, FIRM, True, _r(IT_AUX + r"(?:aggiudicat\w*|aggiudica\w*|vint[oaie]|vince|vincono|ottenut[oaie]|"
            r"ottiene|ottengono|ricevut[oaie]|riceve|ricevono|strappat[oaie]|incassat[oaie])\s+(?:(?:un|una|uno|un'|il|la|lo|le|i|gli|"
            r"nuov[ieoa]|grand[ei]|important[ei]|maxi|prim[oaie])\s*)*(?:commess[ae]|ordin[ei]|ordinativ[oi]|contratt[oi]|"
            r"fornitur[ae]|gara|gare|appalt[oi])\b[^.;]{0,80}?\s(?:da|dal|dalla|dall'|da parte (?:di|del|della|dell')|con)\s*"),
            name="it-wins-order-from"),
    # "Tra i principali acquirenti dei server di Inspur figurano Alibaba, Tencent e Baidu"
    Pattern("supplies", FIRM, FIRM, True, _r(r"\s+(?:(?:in cina|in europa|negli stati uniti)\s+)?(?:figura|figurano|ci sono|c'e|"
            r"compaiono|compare|si contano|spiccano|spicca|troviamo|si trovano|si trova)\s+(?:(?:anche|gia|ora|oggi)\s+)*"
            r"(?:(?:il|lo|la|l'|i|gli|le)\s*)?"),
            pre=_r(r"\b(?:tra|fra)\s+(?:i|gli)\s+(?:(?:principali|maggiori|primi|grandi|piu importanti|nuovi)\s+)?(?:clienti|"
                   r"acquirenti|compratori)(?:\s+(?:dei|delle|degli|del|della)\s+(?:server|chip|gpu|processori|prodotti|acceleratori|"
                   r"memorie|macchinari|apparecchiature|sistemi))?\s+(?:di|del|della|dell')\s*$"), name="it-among-customers-of"),
    # "Hua Hong ... i suoi principali concorrenti, SMIC e TSMC", "favorire i suoi rivali locali, a cominciare da Huawei"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"(?!\s*,\s*(?:la cui|il cui|le cui|i cui|che)\b)" + W + r"{0,80}?\b(?:i suoi|i loro|ai suoi|"
            r"dei suoi|coi suoi|con i suoi|sui suoi|ai loro|dei loro)\s+(?:[\w-]+\s+){0,2}?(?:concorrenti|rivali|sfidanti)"
            r"(?:\s+[a-z]+){0,2}?\s*(?:,|:|\s+come|\s+tra cui|\s+fra cui|\s+quali|,\s+(?:come|tra cui|fra cui)|,?\s+a (?:cominciare|partire) "
            r"(?:proprio\s+)?da(?:l|lla|ll')?)\s*(?:(?:il|lo|la|l'|i|gli|le)\s*)?"), confidence=0.7, name="it-its-rivals-list"),
    # "AMD, principale rivale di Nvidia negli acceleratori", "Biren, tra i concorrenti più diretti di Moore Threads"
    # "Ymtc, il campione nazionale delle Nand con sede a Wuhan e rivale diretto di Western Digital, …"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\s*,\s+(?:il|la|l'|lo|un|una|uno)\s*[^,.;:()]{1,80}?\s(?:e|ed)\s+(?:(?:il|la|l')\s*)?"
            r"(?:(?:principale|diretto|storico|grande)\s+)?(?:rivale|concorrente|avversari[oa]|antagonista)(?:\s+(?:dirett[oa]|"
            r"storic[oa]|principale))?\s+(?:di|del|della|dell'|dei|degli)\s*"), name="it-appos-and-rival-of"),
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\s*,\s+(?:(?:il|la|l'|un|una|uno|tra i|fra i|uno dei|una delle)\s*)?"
            r"(?:(?:principal[ei]|maggior[ei]|piu dirett[oaie]|dirett[oaie]|vero|vera|grande|storic[oaie]|temibil[ei]|acerrim[oaie])\s+)*"
            + _IT_RIVAL + r"\s+(?:(?:piu dirett[oaie]|principal[ei]|dirett[oaie]|storic[oaie])\s+)?(?:(?:cinese|cinesi|locale|"
            r"nazional[ei]|american[oaie])\s+)?(?:di|del|della|dell')\s*"), name="it-appos-rival-of"),
    Pattern("competesWith", TECH, TECH, True, _r(r"\s*,\s+(?:(?:il|la|l'|un|una|uno)\s*)?(?:(?:principal[ei]|maggior[ei]|"
            r"piu dirett[oaie]|dirett[oaie]|vero|vera)\s+)*" + _IT_RIVAL + r"\s+(?:(?:piu dirett[oaie]|principal[ei]|dirett[oaie])\s+)?"
            r"(?:di|del|della|dell')\s*"), name="it-product-appos-rival-of"),
    # "i controlli sulle esportazioni di memorie HBM", "le restrizioni alla vendita di chip H20": the goods the policy covers
    Pattern("restrictedBy", POLICY, TECH, False, _r(r"\s+(?:di|dei|delle|degli)\s+(?:(?:memorie|memoria|chip|gpu|processori|"
            r"acceleratori|apparecchiature|macchinari|strumenti|scanner|sistemi)\s+)(?:(?:avanzat[ie]|ad alta larghezza di banda|"
            r"per (?:l'ia|l'intelligenza artificiale))\s+)?(?:(?:come|quali|tra cui|inclus[ie])\s+)?(?:(?:il|la|lo|l'|i|gli|le)\s*)?"),
            name="it-policy-on-goods"),
    # "In base alle norme varate dall'Aia, ASML deve chiedere una licenza per ...": the firm the rule binds
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"[^.;]{0,120}?,\s*(?:(?:il|la|l'|lo|i|gli|le)\s*)?"),
            pre=_r(r"\b(?:in base (?:a|al|alla|alle|ai|agli|all')|per effetto (?:di|del|della|delle|dei|dell')|a causa (?:di|del|della|"
                   r"delle|dei|dell')|sulla base (?:di|del|della|delle|dei|dell')|in virtu (?:di|del|della|delle|dei|dell')|con)\s*$"),
            post=_r(r"\s+(?:(?:ora|quindi|ormai|anche|gia)\s+)*(?:deve|devono|dovra|dovranno|dovrebbe|dovrebbero|doveva|dovevano|"
                    r"ha dovuto|hanno dovuto)\s+(?:(?:ora|quindi|anche|gia|sempre)\s+)*(?:chiedere|ottenere|richiedere|domandare|avere)\s+"
                    r"(?:(?:una|la|un'|le|apposit[ae]|special[ei]|un')\s*)+(?:\S+\s+)?licenz"), name="it-under-rule-needs-licence"),
    # "Alibaba ha affidato a TSMC la produzione del suo chip": the foundry makes it
    Pattern("manufacturedBy", FAB, PRODUCT, False, _r(r"\s+(?:(?:anche|gia|ora|poi)\s+)*(?:la|le)\s+(?:produzione|fabbricazione|"
            r"realizzazione)\s+(?:in volumi\s+|di massa\s+)?(?:(?:di|del|della|dell'|dei|degli|delle)\s*)(?:(?:suo|sua|suoi|sue|"
            r"propri[oaie]|nuov[oaie])\s+)*(?:(?:chip|processore|processori|soc|acceleratore|acceleratori|gpu)\s+)?"),
            pre=_r(r"\b(?:affid|commission|assegn)\w*\s+(?:(?:anche|gia|ora|poi)\s+)*(?:a|ad|al|alla|all')\s*$"),
            name="it-entrusted-fab-production-of"),
    # "ha affidato la produzione del chip a TSMC", "la produzione dell'Ascend 910C è affidata a SMIC"
    Pattern("manufacturedBy", PRODUCT, FAB, True, _r(r"(?:\s+(?:e|sara|sarebbe|viene|verra|verrebbe|e stata|sarebbe stata|e stata)\s+"
            r"(?:(?:ora|gia|anche|interamente|invece)\s+)*(?:affidat|commissionat|assegnat)[ao])?\s+(?:(?:anche|gia|ora|interamente)\s+)*"
            r"(?:a|ad|al|alla|all')\s*"),
            pre=_r(r"\b(?:produzione|fabbricazione|realizzazione)\s+(?:in volumi\s+|di massa\s+)?(?:di|del|della|dell'|dei|degli|delle)"
                   r"\s*(?:(?:suo|sua|suoi|sue|propri[oaie]|nuov[oaie])\s+)*(?:(?:chip|processore|processori|soc|acceleratore|"
                   r"acceleratori|gpu)\s+)?$"), post_not=_r(r"\s*(?:e|ed)\s"), name="it-production-of-entrusted-to"),
    # "HiSilicon, la controllata di Huawei che progetta i chip Kirin": the relative belongs to the subsidiary
    Pattern(DEV_OR_FAB, FIRM, TECH, True, _r(r"\s*,\s+(?:(?:la|una|il|un)\s+|l')?(?:(?:sua|propria)\s+)?(?:controllata|divisione|"
            r"unita|filiale|sussidiaria|braccio|costola)\b[^,.;]{0,60}?\s(?:che|la quale|il quale)\s+(?:(?:gia|oggi|ora|anche|da anni)\s+)*"
            r"(?:progett|svilupp|produc|realizz|disegn|fabbric|crea)\w*\s+" + _any(4)), post_not=_POST_BUY,
            name="it-unit-that-develops"),
]

_ZH_STAKE = (r"(?:(?:第[一二三四五六七八九十]大|最大|单一最大|主要|重要|控股|战略|大|前十大|机构|早期|核心|长期|上市前|ipo前|pre-ipo|"
             r"基石|天使轮?|[a-e]\+?轮|财务|原始|创始|外部|外资|境外|国资)的?)*"
             r"(?:股东|投资方|投资者|投资人)")
_ZH_RIVAL = (r"(?:(?:主要|最大|直接|潜在|核心|头号|最强|有力|国际|海外|国内|本土|强劲)的?)?(?:竞争对手|对手|竞争者|劲敌)")
# "A与B被视为C的主要竞争对手": A and B are both C's rivals, not each other's
_ZH_SEEN_AS_RIVAL = (r"(?:等)?(?:也|都|均|同样|一直|则)?(?:被视为|被视作|被看作|被认为是|被称为|是|为|成为|堪称)" + ZH_ANY + r"{0,16}?的?"
                     r"(?:(?:主要|最大|直接|潜在|核心|头号|最强|有力|强劲)的?)?(?:竞争对手|对手|竞争者|劲敌)")
_ZH_ALLY = r"合作|联合|共同|携手|签|结盟|联手|一起"  # "A与B联合…应对竞争": allies, not rivals
_ZH_FOUND = r"(?:成立|设立|组建|创办|创立)(?:了)?(?:一家)?"  # founding a firm: "成立了一家"
_ZH_JV = r"(?:合资公司|合营公司|合资企业)"
_ZH_SHARE = r"(?:[\d.]+\s*%|[一二三四五六七八九两]成|过半|半数)"  # a holding: "51%", "六成"
_ZH_PERF = r"(?:cpu|gpu|npu)?(?:整体|综合|推理|训练|运算|计算|ai|单卡|峰值|单核|多核)?(?:性能|效能|算力|速度|运算能力|计算能力)"
_ZH_MEM = r"(?:显存|内存|记忆体|存储|hbm)"
_ZH_TECH_TAIL = r"(?:的|之)?(?:新款|新一代|最新|自研|旗舰)?(?:芯片|晶片|处理器|gpu|加速卡|系列|产品)?"
# a GOV that sits inside a quotation or a "以…为由" reason ("以“支持中国军事现代化”为由，将…列入") is not the actor
_ZH_NOT_QUOTED = r'(?=[^"]*(?:"[^"]*"[^"]*)*"?$)(?![^以]*为由)'
# "被列入美国商务部的实体清单": the issuer named between the verb and the list
_ZH_ISSUER = r"(?:美国)?(?:商务部|政府|财政部|国防部)?(?:工业与安全局|工业和安全局|bis)?"
# "限制出口HBM产品，并将140家实体列入实体清单": what 将/把 moves onto the list is named in the gap, not the left
_ZH_NOT_OBJ_OF_JIANG = (r"(?!" + ZH_ANY + r"*?(?:将|把)(?!被|会|遭|可能|很快|于|在|要|面临)" + ZH_ANY
                        + r"{1,20}?(?:列入|纳入|加入|添加|增列|列进|加进))")
# "X、Y等主要晶圆代工厂均为": a list closed by 等 and a class noun, then an adverb and the copula
_ZH_LIST_COPULA = (r"(?:等" + ZH_ANY + r"{0,10}?)?(?:也|亦|均|都|同样|一直|仍|仍然|则|正|已|曾|曾经|一度|目前|至今|长期)*"
                   r"(?:被(?:普遍|广泛|业内)?(?:认为|视为|看作)(?:是)?|是|为|系|成为)")
# "与总部位于北京、同样筹备上市的地平线交锋", "与日本东京电子竞争": a relative premodifier or a nationality before the rival
_ZH_RIVAL_PREMOD = (r"(?:[^。；.;!?]{1,30}?的)?(?:美国|日本|韩国|德国|荷兰|欧洲|海外|国际|国外|本土|国内|台湾|英国|法国|以色列)?")
# "是英伟达高带宽内存（HBM）的主要供应商": right after the buyer (and its product), the supplier noun
_ZH_SUPPLIER_OF = (r"(?:\([^)]{0,20}\))?(?:[^，。；,的]{0,12}?(?:\([^)]{0,20}\))?)?的?(?:主要|重要|核心|独家|最大|唯一|第一大|首要|关键)?的?"
                   r"(?:供应商|供货商|供應商|(?:封测|封測|封装|封裝|代工|制造|製造|晶圆代工|晶圓代工)(?:伙伴|夥伴|厂|廠|厂商|廠商|服务商|服務商))")
# "并非阿里云自研，而是出自…", "不是A开发的，而是由B…": the denied alternative before the real one
_ZH_NOT_BUT = r"(?:(?:并非|不是|并不是|而非)" + ZH_ANY + r"{1,16}?,?(?:而是|实则|实际上是))?"
# "沐曦——一家由前AMD工程师创办的上海GPU公司——": an apposition between dashes
_ZH_DASH = r"(?:——|--)"
_ZH_APPOS = r"(?:" + _ZH_DASH + r"[^—。；！？;!?]{1,40}?" + _ZH_DASH + r")?"
_ZH_QTY = (r"(?:约|大约|多达|超过|逾|近|仅|只)?(?:(?:[\d.,]+\s*(?:万|千)?|数千|数百|数万|上万|上千|近万|几千|几万)(?:块|颗|张|枚|片))?")
_ZH_FIRM_NOUN = r"(?:公司|企业|厂商|初创公司|初创企业|独角兽|巨头|大厂|龙头|制造商|代工厂|设计商|设计公司|供应商)"
_ZH_HQ_VERB = r"(?:总部位于|总部设在|总部在|总部设于|位于|坐落于|总部坐落于|扎根于?|落户于?)"
# the words before a deal's verb: one clause before a comma (not a co-buyer's "联合…、…旗下"), never a deal given up
# ("放弃收购", "终止收购")
_ZH_DEAL_LEAD = (r"(?:(?:(?!联合|旗下|与|和|及|、)" + ZH_ANY + r"){0,16}?,)?(?!(?:曾|已|还|也)?(?:提出|提议|试图|寻求|意图|有意))"
                 + ZH_ANY + r"{0,16}?(?<!放弃)(?<!终止)(?<!取消)(?<!未能)(?<!叫停)(?<!拒绝)(?<!提出)(?<!提议)(?<!试图)(?<!寻求)"
                 r"(?<!有意)(?<!意图)")
# (a bid is no deal: "紫光曾提出以230亿美元收购美光，遭美方冷对，从未成案")

ZH: list[Pattern] = [
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(r"(?:的|旗下的?|自研的?|(?:自主|独立)?(?:推出|研发|开发|设计|发布)的)?(?:旗舰|新一代|最新|主力|"
            r"首款|新款|自研|最新一代)?(?:ai|人工智能|云端|数据中心)?(?:产品|芯片|gpu|加速卡|处理器|训练卡|推理卡|指令系统|指令集(?:架构)?|"
            r"(?:基础)?(?:软件)?(?:平台|栈|生态|架构))?[\"']?"),
            post_not=_r(_POST_BUY.pattern + r"|" + _ZH_SUPPLIER_OF), confidence=0.85, name="zh-possessive"),
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(ZH_ANY + r"{0,12}?(?:推出|发布|研发|开发|设计|打造|展示|亮相|量产|"
            r"出货|交付|推出了|发布了|研制|上市|正在研发|正在开发|着手研发|生产|制造|开发出|研发出|展出|发表|公布|首发|发售|开售)(?:了|的)?"
            r"(?:(?!基于|采用|搭载|使用|依托|兼容|适配)" + ZH_ANY + r"){0,12}?(?<!优于|高于|超过|超越|强于|媲美|对标|比肩|替代|取代|不如|低于)"), post_not=_r(_POST_BUY.pattern + r"|的(?:芯片|晶片|产品|gpu|加速卡|处理器)|(?:超节点|集群|服务器|系统|平台)|"
            r"(?:架构|工艺|制程)?(?:为基础|为蓝本|为核心|为底座)|" + ZH_ANY + r"{0,4}?(?:组成|构成|组建|互联而成|搭建而成)"),
            name="zh-verb"),
    # "腾讯首次对外公开三款自研芯片：AI推理芯片“紫霄”、…", "发布了两款新品，分别是A和B": the list after the colon
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(ZH_ANY + r"{0,10}?(?:公开|发布|推出|亮相|展示|公布|披露|首发|发表)(?:了)?" + ZH_ANY
            + r"{0,8}?(?:款|颗|代|个|项|种|套)" + ZH_ANY + r"{0,8}?(?:芯片|晶片|产品|新品|处理器|gpu|加速卡|系统|服务器)"
            r"(?::|,?分别(?:是|为):?)" + ZH_ANY + r"{0,10}?[\"']?"), post_not=_POST_BUY, confidence=0.75, name="zh-verb-colon"),
    # "华为推出由数千颗昇腾910组成的AI训练集群Atlas 900", "发布基于昇腾芯片的服务器Atlas 800": the named system
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(ZH_ANY + r"{0,8}?(?:推出|发布|研发|开发|设计|打造|研制|展示|亮相|发表|公布|首发)(?:了)?"
            r"(?:一款|一套|一台|新一代|新款|全新)?(?:由|基于|搭载|采用|以|集成)" + ZH_ANYC + r"{2,40}?的" + ZH_ANY + r"{0,10}?"
            r"(?:集群|系统|服务器|超节点|计算机|超算|一体机|芯片|晶片|处理器|加速卡|产品)(?:[,，]?(?:名为|命名为|型号为|代号|取名))?"),
            post_not=_POST_BUY, confidence=0.75, name="zh-verb-composed"),
    # "英伟达正研发一款以Blackwell架构为基础、性能高于H20的对华芯片B30A": the named chip after a long description
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(ZH_ANY + r"{0,8}?(?:推出|发布|研发|开发|设计|打造|研制|量产|正在研发|正在开发|"
            r"着手研发|开发出|研发出)(?:了)?(?:一款|一颗|一代|一系列|新一代|新款|全新)" + ZH_ANYC + r"{2,40}?(?:芯片|晶片|gpu|处理器|"
            r"加速卡|加速器|产品)(?:[,，]?(?:名为|命名为|型号为|代号|取名))?"), post_not=_POST_BUY, confidence=0.75, name="zh-verb-described"),
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r"(?:芯片|处理器)?" + _ZH_NOT_BUT + r"(?:是|为|系|均|则|主要|全部|均是)?(?:由|出自)"
            r"(?:" + ZH_ANY + r"{1,12}?(?:(?:旗下|下属)的?(?:芯片|设计|研发)?(?:公司|子公司|企业|部门|团队|厂商)?|的))?"),
            post=_r(r"(?<=代工)|(?:(?:采用|使用|以|用)" + ZH_ANY + r"{0,16}?(?:工艺|制程|技术|节点))?(?:自主|独立|负责|联合)?"
                    r"(?:设计|研发|开发|推出|打造|代工|生产|制造|流片|量产)|之手"), confidence=0.75, name="zh-by"),
    # "长鑫存储正与封测企业通富微电合作开发HBM": both partners develop it (the nearer one is zh-verb's)
    Pattern("develops", ORG, TECH, True, _r(r"(?:正|已|将|正在|曾|也|还|计划|拟)?(?:与|和|同|跟|联合)" + ZH_ANY
            + r"{1,16}?(?:合作|联合|共同|携手|一起)(?:研发|开发|研制|设计|打造|推出)(?:了)?"), confidence=0.75, name="zh-co-develop"),
    Pattern("develops", ORG, TECH, True, _r(ZH_ANY + r"{0,30}?(?:的)?(?:系列|家族)?(?:芯片|处理器|产品)?(?:系列|家族)(?:的)?"),
            confidence=0.75, name="zh-family"),
    Pattern("manufacturedBy", PRODUCT, FAB, True, _r(ZH_ANY + r"{0,12}?(?:由|交由|交给|依靠|委托|在)"),
            post=_r(r"(?:的\S{0,6})?(?:(?:以|用|采用|使用)" + ZH_ANY + r"{1,12}?)?(?:代工|生产|制造|流片|量产|制程|工艺|"
                    r"\d+\s*(?:纳米|奈米|nm))"), name="zh-you-daigong"),
    Pattern("manufacturedBy", FAB, PRODUCT, False, _r(ZH_ANY + r"{0,4}?(?:为|替|给)"), post=_r(r"\S{0,8}?(?:代工|生产|制造)"),
            name="zh-wei-daigong"),
    # "三星电子宣布，将以14纳米工艺为百度量产其自研的昆仑AI芯片": the foundry makes the client's chip
    Pattern("manufacturedBy", FAB, PRODUCT, False, _r(ZH_ANYC + r"{0,24}?(?:(?:以|用|采用)" + ZH_ANY + r"{1,12}?(?:工艺|制程|技术|节点))?"
            r"(?<!华)(?<!作)(?<!成)(?<!认)(?<!因)(?:为|替|给)" + ZH_ANY + r"{1,10}?(?:代工|生产|制造|量产|流片)(?:了)?(?:其|该|这款|一款)?"
            r"(?:自研|自主研发|设计|研发|自行设计)?的?"),
            name="zh-fab-for-client"),
    Pattern("manufacturedBy", PRODUCT, FAB, True, _r(ZH_ANY + r"{0,16}?(?:采用|使用|基于)"),
            post=_r(r"(?:的)?[^\s，。；、,;]{0,8}?(?:工艺|制程|节点)"), confidence=0.7, name="zh-uses-process"),
    Pattern("manufacturedBy", frozenset({"Foundry"}), PRODUCT, False, _r(ZH_ANY + r"{0,6}?(?:代工|生产|制造|量产)(?:了|的)?"
            + ZH_ANY + r"{0,8}?"), name="zh-fab-active"),
    Pattern("compatibleWith", TECH, TECH, True, _r(ZH_ANY + r"{0,24}?(?:兼容|适配|支持|支援|对接)(?:了)?" + ZH_ANY + r"{0,6}?"),
            post_not=_r(r"[^,，。；;]{0,8}?(?:记忆体|内存|显存)"), name="zh-compatible"),
    # "该芯片采用龙芯自主研发的指令系统“龙架构”", "3A6000基于LoongArch指令集": the chip implements the instruction set
    Pattern("compatibleWith", CHIP, PLATFORM, True, _r(ZH_ANY + r"{0,10}?(?:采用|基于|使用|支持|兼容|运行)(?:了)?" + ZH_ANY
            + r"{0,16}?(?:指令系统|指令集(?:架构)?)[\"']?"), name="zh-adopts-isa"),
    Pattern("compatibleWith", CHIP, PLATFORM, True, _r(ZH_ANY + r"{0,10}?(?:采用|基于|使用|支持|兼容|运行)(?:了)?(?:自主|自研的?)?[\"']?"),
            post=_r(r"[\"']?(?:\([^)]{0,20}\))?(?:指令系统|指令集)"), name="zh-adopts-isa-post"),
    Pattern("compatibleWith", CHIP | frozenset({"System"}), PLATFORM, True, _r(r"(?!记忆体|内存|显存|存储)" + ZH_ANYC + r"{0,40}?(?:通过|透过|借助|依托|凭借)"
            + ZH_ANY + r"{0,20}?(?:兼容|适配)(?:了)?" + ZH_ANY + r"{0,6}?"), name="zh-compatible-through"),
    Pattern("comparableTo", TECH, TECH, True, _r(ZH_ANY + r"{0,30}?(?:与|和|跟|同|媲美|比肩|接近|相当于|堪比|直逼|追平|看齐)"
            + ZH_ANY + r"{0,4}?"), post=_r(r"(?:\S{0,6}?)(?:相当|相近|接近|媲美|类似|差不多|持平|比肩|看齐|不相上下)"),
            name="zh-comparable"),
    Pattern("comparableTo", TECH, TECH, True, _r(ZH_ANY + r"{0,30}?(?:媲美|比肩|接近|相当于|堪比|直逼|追平|看齐|不输|对标)"
            + ZH_ANY + r"{0,3}?"), name="zh-rival"),
    Pattern("alternativeTo", TECH, TECH, True, _r(ZH_ANY + r"{0,6}?(?:成为|作为|被视为|视为|是|被看作|看作|被认为是|被定位为|定位为)"
            r"(?:" + ZH_ANY + r"{1,20}?的)?" + ZH_ANY + r"{0,4}?"),
            post=_r(r"的?(?:国产|本土|国内|降级|特供|中国特供)?(?:版)?(?:替代|平替|替代品|替代选择|替代方案|替代产品)"),
            name="zh-becomes-alternative"),
    Pattern("hasMoreMemoryThan", TECH, TECH, False, _r(r"相比[，,]?"), pre=_r(r"(?:与|和|跟|同)$"),
            post=_r(r"[^,.;，。；]{0,4}?(?:显存|内存|存储)[^,.;，。；]{0,3}?(?:更大|更多|更高)"), name="zh-compared-memory"),
    Pattern("consumesMorePowerThan", TECH, TECH, False, _r(r"相比[，,]?"), pre=_r(r"(?:与|和|跟|同)$"),
            post=_r(r"[^,.;，。；]{0,4}?(?:功耗|能耗|耗电)[^,.;，。；]{0,3}?(?:更高|更大|更多)"), name="zh-compared-power"),
    Pattern("alternativeTo", TECH, TECH, False, _r(r"的"), pre=_r(r"(?:可|能够|可以)?(?:替代|取代|平替|替换)$"),
            name="zh-alt-relative"),
    Pattern("comparableTo", TECH, TECH, False, _r(r"的"), pre=_r(r"(?:媲美|比肩|接近|看齐|相当于|对标)$"), name="zh-cmp-relative"),
    Pattern("alternativeTo", TECH, TECH, True, _r(ZH_ANY + r"{0,30}?(?:替代|取代|替换|平替|作为" + ZH_ANY
            + r"{0,6}?替代)" + ZH_ANY + r"{0,4}?"), name="zh-alternative"),
    Pattern("competesWith", FIRM | TECH, FIRM | TECH, True, _r(ZH_ANY + r"{0,12}?(?:与|和|同)?" + ZH_ANY + r"{0,4}?(?:竞争|角逐|抗衡|争夺|较量|叫板)"),
            confidence=0.7, name="zh-competes"),
    Pattern("competesWith", FIRM | TECH, FIRM | TECH, True, _r(r"(?:与|和|同)"), post=_r(r"(?:(?!" + _ZH_ALLY + r")[^.;。；]){0,16}?"
            r"(?:竞争|角逐|抗衡|争夺|较量|互为(?:竞争)?对手|同台竞技|同场竞技|正面交锋|短兵相接|抢市|抢夺市场|争抢|三强鼎立|三足鼎立)"),
            post_not=_r(r"[^.;。；]{0,16}?(?:与|和|同|跟)(?:两者|二者|双方|两家|三者|它们|他们|对方|其)|" + _ZH_SEEN_AS_RIVAL),  # "仅次于A和B，并与两者竞争"
            name="zh-yu-compete"),
    # "长电科技、通富微电、华天科技近年在中低阶市场急起直追，与日月光正面竞争": the clause after the subject's comma
    Pattern("competesWith", FIRM, FIRM, True, _r(ZH_ANY + r"{0,20}?,(?:并|也|更|则|恐|将|已)?(?:直接)?(?:与|和|同)"),
            post=_r(r"(?:正面|直接)(?:竞争|交锋|对决|厮杀)"), confidence=0.7, name="zh-clause-yu-compete"),
    # "中芯与华虹…已对联电、力积电等台湾二线晶圆代工厂形成价格压力"
    Pattern("competesWith", FIRM, FIRM, True, _r(ZH_ANYC + r"{0,40}?(?:对|向)"), post=_r(r"(?:(?:、|和|与|及)[^,，。；、和与及]{1,8})*(?:等)?"
            r"[^,，。；]{0,12}?(?:形成|构成|带来|施加)(?:了)?(?:价格|竞争|降价|很大|巨大|不小)?(?:的)?压力"), confidence=0.7,
            name="zh-puts-pressure-on"),
    # "寒武纪早年曾向华为海思授权寒武纪1A处理器IP": the licensor supplies the licensee
    Pattern("supplies", FIRM, FIRM, True, _r(ZH_ANY + r"{0,8}?向"), post=_r(r"(?:\([^()]{1,30}\))?(?:授权|授權|许可|出售|转让)"),
            name="zh-licenses-to"),
    # "两家公司正合力追赶美国芯片大厂英伟达", "寒武纪试图赶超英伟达": chasing a rival
    Pattern("competesWith", FIRM, FIRM, True, _r(r"(?:正在|正|都在|也在|合力|联手|全力|努力|试图|力图|希望|加速|加紧|在)*"
                                               r"(?:追赶|赶超|叫板)(?:美国|海外|国际|全球)?" + ZH_ANY + r"{0,10}?"),
            confidence=0.7, name="zh-chase"),
    # "性能高于H20的对华芯片B30A": the chip the relative clause describes outperforms
    Pattern("outperforms", TECH, TECH, False, _r(r"的" + ZH_ANY + r"{0,8}?(?:芯片|晶片|gpu|处理器|加速卡|产品|型号)"),
            pre=_r(_ZH_PERF.replace("性能", "性能|效能") + r"(?:远|明显|大幅|略|均|都)?(?:高于|优于|超过|强于|超越|胜过)$"),
            name="zh-perf-relative"),
    Pattern("outperforms", TECH, TECH, True, _r(r"(?!(?:架构|工艺|制程)?(?:为基础|为蓝本|为核心|为底座))" + ZH_ANY + r"{0,30}?(?:超越|超过|优于|胜过|领先|强于|高于|超出)(?:了)?"
            + ZH_ANY + r"{0,4}?"), post_not=_r(r"[^，,。；]{0,4}?(?:显存|内存|功耗|存储)|的" + ZH_ANY + r"{0,8}?(?:芯片|晶片|gpu|处理器|"
            r"加速卡|产品|型号)\s*[a-z0-9\u4e00-\u9fff]"), name="zh-outperforms"),
    # the passive: "S80在测试中被RTX 3060击败"
    Pattern("outperforms", TECH, TECH, False, _r(ZH_ANY + r"{0,10}?被"), post=_r(ZH_ANY + r"{0,10}?(?:超越|超过|击败|打败|"
            r"反超|赶超|甩开|碾压)"), name="zh-passive-beaten"),
    # "MLU290-M5的显存容量不及A100": the other has more memory
    Pattern("hasMoreMemoryThan", TECH, TECH, False, _r(ZH_ANY + r"{0,10}?(?:显存|内存|存储|hbm)(?:容量)?(?:则|也|还)?(?:不及|不如|少于|"
            r"低于|小于|逊于)" + ZH_ANY + r"{0,2}?"), name="zh-memory-trails"),
    Pattern("outperforms", TECH, TECH, False, _r(r"(?!" + ZH_ANY + r"{0,10}?(?:显存|内存|存储|功耗|能耗|容量))" + ZH_ANY
            + r"{0,10}?(?:不及|不如|落后于|逊于|弱于|低于)" + ZH_ANY + r"{0,6}?"),
            post_not=_r(r"[^，,。；]{0,4}?(?:显存|内存|功耗|存储)"), name="zh-trails"),
    Pattern("outperforms", TECH, TECH, True, _r(ZH_ANY + r"{0,12}?(?:算力|性能)\S{0,4}?(?:约|大约)?(?:为|是|达到|相当于)"),
            post=_r(r"(?:的)?(?:[1-9]\d*(?:\.\d+)?|[两三四五六七八九十])倍"), name="zh-compute-times"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(ZH_ANY + r"{0,12}?(?:显存|内存|hbm|存储)\S{0,6}?(?:约|大约)?(?:为|是|达到|相当于)"),
            post=_r(r"(?:的)?(?:[1-9]\d*(?:\.\d+)?|[两三四五六七八九十])倍"), name="zh-memory-times"),
    Pattern("consumesMorePowerThan", TECH, TECH, True, _r(ZH_ANY + r"{0,12}?(?:功耗|能耗|耗电)\S{0,4}?(?:约|大约)?(?:为|是|达到|相当于)"),
            post=_r(r"(?:的)?(?:[1-9]\d*(?:\.\d+)?|[两三四五六七八九十])倍"), name="zh-power-times"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(ZH_ANY + r"{0,10}?(?:显存|内存|存储|hbm)\S{0,4}?比"),
            post=_r(r"(?:的)?\S{0,3}?(?:更大|更多|更高|大|多)"), name="zh-mem-bi"),
    Pattern("consumesMorePowerThan", TECH, TECH, True, _r(ZH_ANY + r"{0,10}?(?:功耗|能耗|耗电)\S{0,4}?比"),
            post=_r(r"(?:的)?\S{0,3}?(?:更高|更大|更多|高|大)"), name="zh-power-bi"),
    # "MLU290-M5…功耗则比A100低50W"
    Pattern("consumesLessPowerThan", TECH, TECH, True, _r(ZH_ANY + r"{0,10}?(?:功耗|能耗|耗电)\S{0,4}?比"),
            post=_r(r"(?:的)?\S{0,3}?(?:更低|更少|更小|低|少|小)"), name="zh-power-bi-less"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(ZH_ANY + r"{0,20}?比"), post=_r(r"(?:的)?\S{0,6}?(?:显存|内存|存储)"
            r"\S{0,4}?(?:更大|更多|更高|大)"), name="zh-bi-memory"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(ZH_ANY + r"{0,30}?(?:显存|内存|存储容量|hbm容量)\S{0,6}?(?:超过|高于|大于|"
            r"超越|优于)" + ZH_ANY + r"{0,3}?"), name="zh-memory-exceeds"),
    Pattern("hasMoreMemoryThan", TECH, TECH, True, _r(ZH_ANY + r"{0,30}?(?:超越|超过|优于|胜过|高于)(?:了)?" + ZH_ANY + r"{0,3}?"),
            post=_r(r"\S{0,4}?(?:显存|内存|存储)"), name="zh-exceeds-memory"),
    Pattern("consumesMorePowerThan", TECH, TECH, True, _r(ZH_ANY + r"{0,20}?比"), post=_r(r"(?:的)?\S{0,6}?(?:功耗|能耗|耗电)"
            r"\S{0,4}?(?:更高|更大|更多|高)"), name="zh-bi-power"),
    Pattern("consumesMorePowerThan", TECH, TECH, True, _r(ZH_ANY + r"{0,30}?(?:功耗|能耗|耗电)\S{0,6}?(?:超过|高于|大于)"
            + ZH_ANY + r"{0,3}?"), name="zh-power-exceeds"),
    # "搭载麒麟9000S的Mate 60 Pro": the system the relative clause describes carries the chip
    Pattern("hasComponent", CHIP, SYSTEM, False, _r(r"(?:芯片|处理器)?的(?:新款|旗舰|最新)?(?:手机|笔记本|电脑|服务器|平板)?"),
            pre=_r(r"(?:搭载|配备|内置|采用)(?:了)?$"), name="zh-carrying-de-system"),
    Pattern("hasComponent", SYSTEM, CHIP, True, _r(ZH_ANY + r"{0,30}?(?:搭载|集成|采用|配备|使用|由|包含|内置|连接|组成|基于)"
            r"(?:了)?(?:多达|高达|共|总计|约)?(?:(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+(?:\.\d+)?\s?万?)\s*(?:颗|块|个|枚|张)?)?"
            r"(?:[\u4e00-\u9fff]{0,4}?(?:自研|自主研发|自家|国产))?(?:的)?"), name="zh-has-component"),
    # "由数千颗昇腾910组成的AI训练集群Atlas 900": the system the chips make up
    Pattern("hasComponent", CHIP, SYSTEM, False, _r(r"(?:等)?(?:芯片|晶片|处理器|gpu|加速卡|npu)?(?:组成|构成|组建|互联而成|搭建而成|"
            r"集成而成)的" + ZH_ANY + r"{0,12}?"), pre=_r(r"(?:由|以|用)(?:多达|高达|共|总计|约|超过|上|逾)?(?:[\d.,]+\s*万?|数千|数百|"
            r"上千|上万|几千|数万|成千上万)?(?:颗|块|个|枚|张|片)?$"), name="zh-composed-of"),
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(_ZH_NOT_OBJ_OF_JIANG + ZH_ANY + r"{0,16}?(?:被|遭|已被|先后被|相继被|也被)?" + ZH_ANY
            + r"{0,10}?(?:列入|纳入|加入|添加到|添加至|加进|列进|被列为|受到|受制于|受限于|适用|受|涉及|新增至|新增到|增列至|增列)(?:了)?" + _ZH_ISSUER + r"(?:的)?[\"']?"),
            post_not=_r(r"[\"'”]?(?:市场|产业|行业|领域|板块|概念|采购|项目|建设|需求)"), name="zh-lieru"),
    # "浪潮集团本身早在2023年3月即已列名", "两家企业亦遭列名": the list is the one the article is about
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(ZH_ANY + r"{0,20}?(?:遭|被|已|亦|即|均|也|曾|未|同样|一并|一同|先后|相继)"),
            post=_r(r"(?<=列名)"), name="zh-listed"),
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(r"(?:(?:以及|[、和及与])" + ZH_ANY + r"{0,30}?)?(?:等)?"
            r"(?:(?:\d+|多|数|几|[一二三四五六七八九十两]+)(?:十|百)?家)?(?:中国)?(?:企业|公司|实体|机构)?"
            r"(?:列入|纳入|加入|添加到|添加至|加进)(?:了)?" + _ZH_ISSUER + r"(?:的)?[\"']?"), pre=_r(r"(?:将|把)" + ZH_ANY + r"{0,6}$"),
            name="zh-jiang-lieru"),
    Pattern("restrictedBy", POLICY, FIRM, False, _r(r"[^.;!?]{0,40}?(?:其中包括|其中有|包括|涵盖|涉及)"
            r"(?:[^.;!?]{0,40}?(?:,|以及|及|和)" + ZH_ANY + r"{0,20}?(?:商|公司|企业|厂|机构|集团))?"),
            pre=_r(r"(?:列入|纳入|加入|新增至|新增到|添加到|添加至|增列至|列进|加进)(?:了)?(?:美国)?(?:的)?[\"']?$"), name="zh-listed-including"),
    # "<policy>出台后，H800同样被禁止对华出口"
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(ZH_ANYC + r"{0,20}?"),
            post=_r(r"(?:也|同样|均|都|亦|随即|随之|因此|从此)?(?:被|遭)(?:禁止|限制)(?:对华|向中国|在华|在中国)?(?:出口|销售|出货|供货)"),
            name="zh-then-banned"),
    # "同一批名单中，还包括人工智能企业智谱", "实体清单上还有…": a member of the list
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"(?:中|里|内|上|之中)?,?(?:还|也|亦|另外|同时)?(?:包括|包含|涵盖|有)(?:了)?"
            + ZH_ANY + r"{0,12}?"), post_not=_r(r"(?:等)?[^,.;，。；]{0,6}?(?:客户|供应商|合作伙伴|股东)"), name="zh-list-includes"),
    # "昇腾910C所用的部分晶粒来自台积电": the dies come from the foundry
    Pattern("manufacturedBy", PRODUCT, frozenset({"Foundry"}), True, _r(ZH_ANY + r"{0,10}?(?:晶粒|裸晶|晶圆|die|芯片|晶片)"
            + ZH_ANY + r"{0,4}?(?:来自|出自|源自|产自)" + ZH_ANY + r"{0,16}?"), confidence=0.7, name="zh-dies-from"),
    # "荷兰政府公布出口管制新规，阿斯麦部分DUV光刻机自9月1日起出口须申请许可": under the policy just named
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"[，,：:]?(?:其中|根据新规|按照新规|据此|此后|届时)?[，,]?"),
            post=_r(r"(?:的)?" + ZH_ANY + r"{0,24}?(?:对华|向中国|对中国)?(?:出口|出货|销售|交付)(?:时)?(?:均|都|也|将)?"
                    r"(?:须|需|需要|必须)(?:事先|先|逐单|逐笔)?(?:申请|获得|取得)(?:出口)?许可"), name="zh-then-needs-licence"),
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"[，,]?" + ZH_ANY + r"{0,6}?(?:限制|制约|针对|打压|封锁|禁止|覆盖|涵盖|波及|牵动|冲击|殃及|卡住)"
            r"(?:着|了)?(?:对)?"), name="zh-policy-restricts"),
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(ZH_ANY + r"{0,12}?(?:须|需|需要|必须|均须)(?:事先|先)?(?:获得|取得|申请|"
            r"(?:遵守|遵循|符合|适用)(?:新的|新|该|这项|此项|相关|同一|同样的|上述|同一项)?(?:的)?)?"),
            name="zh-needs-licence"),
    Pattern("restrictedBy", FIRM, POLICY, True, _r(ZH_ANY + r"{0,16}?(?:向|对)" + ZH_ANY + r"{0,6}?(?:出售|销售|出口|供应|提供|出货)"
            + ZH_ANY + r"{0,16}?(?:将|会|均|都|也|亦)?(?:受到|遭到|被|须|需|必须)"), name="zh-sales-restricted"),
    Pattern(EXCLUDED, FIRM | TECH, POLICY, True, _r(ZH_ANY + r"{0,30}?(?:由于|因为|(?<!原)因|受制于|受限于|鉴于|随着)" + ZH_ANY + r"{0,4}?"),
            confidence=0.65, name="zh-because"),
    Pattern("imposedBy", GOV, POLICY, False, _r(_ZH_NOT_QUOTED + ZH_ANY + r"{0,12}?(?:实施|出台|发布|公布|推出|颁布|宣布|收紧|更新|扩大|升级|"
            r"实行|颁行|制定|修订|撤销|取消|放宽|加码|将|列入|纳入|加入|要求|规定)(?:了)?(?:的|新的|新一轮|一轮|一系列)?" + ZH_ANY + r"{0,16}?"),
            name="zh-gov-imposed"),
    Pattern("imposedBy", GOV, POLICY, False, _r(r"(?:的|对华|方面的)?"), confidence=0.7, name="zh-gov-de"),
    Pattern("imposedBy", POLICY, GOV, True, _r(ZH_ANY + r"{0,8}?(?:由|是)"), post=_r(r"\S{0,4}?(?:实施|出台|发布|颁布|制定)"),
            name="zh-policy-by-gov"),
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(r"(?:(?:成立|创立|创办|创建|始创)于?" + ZH_ANY + r"{0,12}?,)?"
            r"(?:(?!分别|其中|[二三四五六七八九十两几多\d][一二三四五六七八九十两几多\d]*家|(?<![是为系])一家|(?:与|和|同|跟|对|向|比|把|被|从|面对|面临)(?:总部|位于|坐落)|子公司|分公司|工厂|基地|项目)" + ZH_ANY + r"){0,20}?(?:总部位于|总部设在|总部在|位于|"
            r"坐落于|扎根|落户|总部设于|总部\s*:)\s*(?:中国)?(?:[\u4e00-\u9fff]{2}省?)?"),
            post_not=_r(r"(?:的|(?:、|和|与|及)[^，。；,]{1,10}?的)"), name="zh-hq"),
    # "荷蘭商艾司摩爾", "美国商…": Taiwan's press names a foreign firm with its home country
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"商"), pre=_r(r"(?<![在于到从向往至对与和])$"), lists=False,
            name="zh-country-shang"),
    # "北京的北方华创和上海的中微公司": a firm named with its home (a firm's office elsewhere is left out by its known home)
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"的"), pre=_r(r"(?<![在于到从向往至对])$"),
            post_not=_r(r"(?:\S{0,4}?(?:员工|工厂|晶圆厂|研发中心|办公室|分公司|子公司|分部|门店|团队|数据中心|工程师|实验室|"
                        r"研究院|研究所|代表处|园区|基地|业务|客户|工厂|分支|机构|项目|产线|生产线))"), lists=False, confidence=0.7,
            name="zh-city-de-firm"),
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"(?:,(?:同样|同为|也|亦|并|且)?(?:(?!旗下|下属|控股)" + ZH_ANY + r"){1,16}?)?的(?:\S{0,6}?(?:公司|企业|厂商|"
            r"巨头|龙头|大厂|制造商|代工厂|独角兽))?(?:——|--)?"),
            pre=_r(r"(?:总部位于|总部设在|总部在|位于|坐落于|总部设于)" + ZH_ANY + r"{0,6}$"),
            post_not=_r(r"[^,.;:()\s]{0,10}?(?:智算中心|数据中心|计算中心|算力中心|工厂|晶圆厂|基地|园区|产业园|分公司|子公司|研发中心|"
                        r"办公室|实验室|研究院|产线)"),  # "位于青海的中国联通三江源绿电智算中心": the firm's facility is there
            name="zh-hq-de"),
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"(?:的)?(?:本土|当地)?(?:初创公司|初创企业|芯片公司|芯片企业|芯片设计公司|"
            r"企业|公司|独角兽|厂商|gpu企业|gpu公司|gpu厂商|ai芯片公司|芯片独角兽)"), confidence=0.75, name="zh-city-company"),
    Pattern("headquarteredIn", frozenset({"City"}), FIRM, False, _r(r""), confidence=0.7, name="zh-city-firm"),
    # "日本东京电子", "德国大众汽车集团旗下", "美国影像传感器公司豪威科技": a country before the firm's name
    Pattern("headquarteredIn", frozenset({"Country"}), FIRM, False, _r(r"(?:[\u4e00-\u9fff]{0,8}?(?:公司|企业|厂商|集团|巨头|大厂|龙头|制造商|供应商|"
            r"设备商|芯片商|存储商|代工厂|晶圆厂|同行|对手))?"),
            pre=_r(r"(?:^|[,:;(\"]|是|为|与|和|及|对|向|从|由|被|让|于|以及|包括|如|像|例如|面对|面临)$"),
            post_not=_r(r"(?:等|的|在华|在中国|中国)"), confidence=0.7, name="zh-country-firm"),
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(r"(?:集团)?(?:旗下|下属|控股|全资子公司|子公司)(?:的)?(?:芯片(?:公司|企业|子公司|部门)|"
            r"(?:[\u4e00-\u9fff]{0,6}?(?:公司|企业|子公司|部门|品牌|厂商|机构|单位|平台|基金|资本|研究院|实验室|团队))|"
            r"[a-z]{0,8}\s?(?:公司|企业|品牌|子公司|部门))?"),
            lists=False, name="zh-qixia"),  # "沙特阿美旗下的风投基金Prosperity7"
    # (no list: "中科曙光、紫光股份旗下的新华三以及超聚变" is an enumeration with one subsidiary in it)
    # "北方华创…，实际控制人为北京电子控股", "X的控股股东是Y": the controller
    Pattern("subsidiaryOf", FIRM, ORG, True, _r(r"(?:[(（][^)）]{0,20}[)）])?(?:的)?(?:实际控制人|实控人|控股股东|母公司|控股方)(?:均|仍|则|也|目前|一直)*"
            r"(?:是|为|系)"), name="zh-controller-is"),
    # "北方华创将成为芯源微的控股股东", "Y是X的母公司"
    Pattern("subsidiaryOf", ORG, FIRM, False, _r(r"(?:[(（][^)）]{0,20}[)）])?" + ZH_ANY + r"{0,12}?(?:是|为|系|成为)"),
            post=_r(r"的?(?:实际控制人|实控人|控股股东|母公司)"), name="zh-is-controller"),
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(r"[)）]?\s*(?:则|也|亦|均|如今|现在|目前|已经|已)?(?:是|为|系)" + ZH_ANY + r"{0,8}?"),
            post=_r(r"(?:集团)?(?:旗下|下属|的?(?:全资|控股)?子公司|控股)"),
            name="zh-shi-qixia"),
    # "台塑集團與SUMCO合資的台勝科": both partners hold the joint venture
    Pattern("investsIn", ORG, FIRM, True, _r(r"(?:在[\u4e00-\u9fff]{2,4})?(?:共同)?(?:合资|合資)(?:成立|设立|组建|兴建|建设)?的"
            r"(?:[\u4e00-\u9fff]{0,6}?(?:厂|公司|企业|工厂))?"), name="zh-jointly-owned"),
    # "长电科技以约7.8亿美元收购新加坡封测厂星科金朋", "AMD完成收购赛灵思": the bought firm is the buyer's (a stake
    # "收购X的80%股权" is an investment only; "拟收购" is hedged, "放弃收购" denied by the clause)
    Pattern("subsidiaryOf", FIRM, FIRM, False, _r(_ZH_DEAL_LEAD +
            r"(?:完成(?:了)?(?:对)?)?(?:全资)?(?:收购|并购|买下|吞并)(?:了)?(?:" + ZH_ANY + r"{0,8}?(?:公司|企业|厂商|厂|集团|"
            r"巨头|同行|对手|设计商|制造商|供应商))?"),
            post_not=_r(r"(?:\([^)]{0,40}\))?[\u4e00-\u9fff]{0,6}?(?:所?持有?的|的?(?:约|近|逾|合计)?[\d.]*\s*%|的?(?:部分|少数|剩余|其余)?(?:股权|股份|"
                        r"股票|资产|业务|部门|工厂|产线)|的?(?:交易|计划|事宜|一事|案)|等|[^，。；,]{0,16}?(?:两|三|几|多)?(?:座|家|间)?(?:封测厂|晶圆厂|工厂|产线))"),
            confidence=0.7, name="zh-acquired"),
    # "长电科技拟收购晟碟半导体80%股权", "华虹收购华力微的股权": a stake
    Pattern("investsIn", ORG, FIRM, True, _r(_ZH_DEAL_LEAD +
            r"(?:收购|购买|受让|认购|买入|购入)(?:了)?(?:" + ZH_ANY + r"{1,30}?所?持有?的)?"),
            post=_r(r"(?:\([^)]{0,40}\))?的?(?:约|近|逾|合计)?[\d.]*\s*%?的?(?:部分|少数|剩余|其余)?"
                    r"(?:股权|股份)"), confidence=0.7, name="zh-buys-stake"),
    # "星科金朋被长电科技收购"
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(r"(?:已|已经|于[\d年月日]{2,12})?被"), post=_r(r"(?:全资)?(?:收购|并购|吞并|买下)"),
            confidence=0.7, name="zh-acquired-by"),
    # "中国移动一级供应商新华三、中兴通讯": the named suppliers supply the firm they are described by
    Pattern("supplies", FIRM, FIRM, False, _r(r"(?:的)?(?:一级|二级|核心|主要|重要|长期)?(?:供应商|供货商)"), confidence=0.7,
            name="zh-x-supplier-y"),
    # "昆仑芯8月21日声明称，将向中国移动一级供应商新华三、中兴通讯提供芯片": the speaker is the subject after its comma
    Pattern("supplies", FIRM, FIRM | TECH, True, _r(r"(?:" + ZH_ANY + r"{0,12}?(?:称|表示|宣布|透露|指出|声明|公告|介绍|回应|强调)"
            r"(?:称)?,)?" + ZH_ANY + r"{0,8}?(?:向|为|给)(?:" + ZH_ANY + r"{0,10}?(?:公司|企业|厂商|客户|供应商|合作伙伴))?"),
            post=_r(r"(?:\([^)]{0,20}\))?(?:(?:,|和|与|及|以及)[^,.;]{1,10}?){0,4}?(?:" + ZH_ANY + r"{0,8}?)(?:供应|供货|提供|交付|出货|"
                    r"销售|代工)"),
            # (not 中国移动 in "向中国移动一级供应商新华三提供": a description of the next name)
            post_not=_r(r"(?:的)?(?:一级|二级|核心|主要|重要)?(?:供应商|合作伙伴|客户|经销商|代理商)(?=[\u4e00-\u9fffa-z])"),
            name="zh-xiang-supply"),
    Pattern("supplies", FIRM, FIRM | TECH, True, _r(r"(?:" + ZH_ANY + r"{0,8}?|" + ZH_ANY + r"{0,8}?(?:芯片|产品|设备|模组|器件)"
            + ZH_ANY + r"{0,8}?)(?:供应|供货给|独家供应)(?:了)?"), name="zh-supplies"),  # "公司内存接口芯片及配套芯片批量供应三星"
    Pattern("supplies", FIRM, FIRM, False, _r(ZH_ANY + r"{0,12}?(?:向|从)"),
            post=_r(r"(?:\([^()]{1,30}\))?(?:(?:、|与|和|及|以及)[^，。；,]{1,12}?)?(?:处|那里)?(?:大量|大批|批量|持续|紧急|直接|间接|分批|长期|额外|"
                    r"试单|首批|小批量|少量)?(?:订购|采购|购买|下单|购入|进口)"),
            name="zh-order-from"),
    # "OPPO旗舰机的主芯片始终采购自高通和联发科": the firm bought from supplies the buyer
    Pattern("supplies", FIRM, FIRM, False, _r(ZH_ANY + r"{0,16}?(?:采购|採購|购买|購買|进口|進口|订购|訂購|外购|外購|购|購)自"),
            name="zh-bought-from"),
    # "台积电表示，公司对华为的出货不受影响": the speaker ships to the firm
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:" + ZH_ANY + r"{0,12}?(?:称|稱|表示|宣布|透露|指出|声明|聲明|强调|強調),)?"
            + ZH_ANY + r"{0,10}?(?:对|對)"), post=_r(r"的?(?:出货|出貨|供货|供貨|供应|供應)"), name="zh-shipments-to"),
    # "华为已通过中间渠道从三星电子获得了大量HBM库存": the source supplies the buyer
    Pattern("supplies", FIRM, FIRM, False, _r(ZH_ANY + r"{0,16}?从"),
            post=_r(r"(?:处|那里|手中)?(?:获得|取得|获取|拿到|买到|购得|进货|拿货)(?:了)?(?!" + ZH_ANY
                    + r"{0,6}?(?:投资|融资|注资|资金|授权|许可|批准|认证|支持|订单|合同|技术))"), name="zh-got-from"),
    # "海光信息也没闲着，称旗下DCU通过自研的DTK软件栈实现了适配": what the clause's firm itself developed
    Pattern("develops", FIRM, TECH, True, _r(r"(?:(?!——|--|由)" + ZH_ANYC + r"){0,30}?(?:自研|自主研发|自行研发|独立研发)(?:的)?[\"']?"),
            confidence=0.6, name="zh-clause-self-developed"),
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r"[）)]?\s*(?:是|为|系)"), post=_r(r"[^,.;]{0,30}?(?:推出|研发|开发|设计|打造|发布|生产|制造)的|"
            r"(?:首款|最新|新一代|第一款)?自研|[^,.;，。；]{0,6}?(?:首款|第一款|主力|旗舰|核心|主打)"),
            confidence=0.7, name="zh-is-org-designed"),
    Pattern("supplies", FIRM, FIRM, True, _r(_ZH_LIST_COPULA + r"(?:\S{0,4}?)"), post=_r(r"(?:的)?\S{0,6}?(?:供应商|供货商)|"
            + _ZH_SUPPLIER_OF),
            name="zh-is-supplier"),
    # "中芯国际、华虹等主要晶圆代工厂均为北方华创的重要客户", "东风集团亦为公司客户之一"
    Pattern("supplies", FIRM, FIRM, False, _r(_ZH_LIST_COPULA + r"(?:\S{0,4}?)"), post=_r(r"(?:的)?(?:[^,。；;的]{0,8}?(?:芯片|产品|设备|"
            r"服务器|gpu|加速卡|存储器?)的)?\S{0,6}?(?:客户|买家)|"
            r"(?:在" + ZH_ANY + r"{1,12}?)(?:的)?\S{0,6}?(?:客户|买家)"),
            name="zh-is-customer"),
    # "中芯国际的主要客户包括寒武纪和华为", "其客户涵盖阿里巴巴、腾讯"
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:的)?(?:主要|重要|核心|大|其他|前[五十]大|国内|海外)?(?:客户|买家)(?:群)?"
            r"(?:包括|包含|涵盖|覆盖|囊括|有|还有|遍及)(?:了)?"), name="zh-customers-include"),
    # "中科曙光既是股东，也是海光芯片的重要客户"
    Pattern("supplies", FIRM, FIRM, False, _r(r"(?:既|不仅|不但|不只)(?:是|为)" + ZH_ANY + r"{1,10}?,(?:也|还|又|更|同时|亦)(?:是|为)"),
            post=_r(r"(?:的)?\S{0,6}?(?:客户|买家)"), name="zh-both-customer"),
    # "博世将基于征程6打造下一代平台": the builder uses the chip
    Pattern("uses", FIRM, TECH, True, _r(r"(?:将|已|也|还|则|正|正在|计划|拟|会|已经|此前|目前|今年|明年|均|都|亦|同样|首次|率先)*"
            r"(?:基于|依托|搭载|采用)"), post=_r(ZH_ANY + r"{0,4}?(?:芯片|平台|方案)?"
            r"(?:打造|开发|研发|构建|推出|设计)"), confidence=0.7, name="zh-build-on"),
    # "Geely由大众持股60%，地平线持股40%": the holders
    Pattern("investsIn", FIRM, ORG, False, _r(r"由"), post=_r(r"(?:持股|持有)(?:约)?" + _ZH_SHARE), name="zh-held-by"),
    # "紫光集团由清华控股持股51%、北京健坤投资集团持股49%": the later holders of the list
    Pattern("investsIn", FIRM, ORG, False, _r(r"由[^。；;!?]{1,30}?(?:持股|持有)(?:约)?" + _ZH_SHARE + r"(?:,|、|以及|和|及)\s*"),
            post=_r(r"(?:持股|持有)(?:约)?" + _ZH_SHARE), name="zh-held-by-list"),
    # "世界先进与恩智浦将在新加坡合资成立VSMC", "CARIAD与地平线成立合资公司酷睿程"
    Pattern("investsIn", ORG, FIRM, True, _r(ZH_ANY + r"{0,16}?(?:(?:合资|共同|联合|携手)?" + _ZH_FOUND + _ZH_JV + r"|合资"
            + _ZH_FOUND + r")[\"“「]?"), name="zh-found-joint-venture"),
    # "CARIAD去年与地平线成立合资公司酷睿程": the partner after 与 invests too
    Pattern("investsIn", ORG, FIRM, True, _r(r"(?:在[^,，。；]{1,8}?)?(?:合资|共同|联合|携手)?" + _ZH_FOUND + _ZH_JV + r"?[\"“「]?"),
            pre=_r(r"(?:与|和|同|跟|联手|携手)$"),
            name="zh-jv-partner"),
    # "由量化私募幻方量化孵化的深度求索", "阿里孵化出的平头哥": the incubator backs the firm
    Pattern("investsIn", ORG, FIRM, True, _r(r"(?:一手|参与|投资|内部|出资)?(?:孵化|孵化出|培育)(?:了|的|出的|出)?"), name="zh-incubated"),
    # "DeepSeek由量化基金幻方量化出资孵化"
    Pattern("investsIn", FIRM, ORG, False, _r(r"(?:是|系|最初|最早|早期)?由(?:[^，。；,;]{1,8}?(?:基金|机构|公司|集团|私募))?"),
            post=_r(r"(?:一手|参与|投资|内部|出资)?(?:孵化|培育)"), name="zh-incubated-by"),
    # "华大九天招股书将新思、楷登列为主要竞争对手"
    Pattern("competesWith", FIRM, FIRM, True, _r(ZH_ANY + r"{0,10}?(?:将|把)"),
            post=_r(r"(?:(?:[、,和与及]|以及)[^、,和与及。；.;!?]{1,10}?)*?(?:等)?(?:公司|企业|厂商)?(?:列为|视为|看作|视作)(?:其|公司的?)?"
                    + _ZH_RIVAL), name="zh-lists-as-rivals"),
    # "中微的蚀刻机早已打进台积电的5纳米产线"
    Pattern("supplies", FIRM, FIRM, True, _r(ZH_ANY + r"{0,16}?(?:打进|打入|进入|导入|切入|杀入)(?:了)?"),
            post=_r(r"的?" + ZH_ANY + r"{0,10}?(?:产线|生产线|供应链|晶圆厂|工厂)"), confidence=0.7, name="zh-into-x-line"),
    # "帆宣则长年为艾司摩尔组装模组"
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:则|也|还|亦|长年|长期|一直|多年来|主要)*(?:为|替|给)"),
            post=_r(r"(?:组装|封装|封测|加工|代工)"), confidence=0.7, name="zh-assembles-for"),
    # "京鼎精密是应用材料的重要代工伙伴"
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:则|也|还|亦|长年|长期|一直)*(?:是|为|系|成为)(?:了)?"),
            post=_r(r"的?(?:重要|主要|核心|长期|独家|唯一|关键)?的?(?:代工|封测|组装|制造)(?:合作)?(?:伙伴|夥伴|厂商|厂)"),
            confidence=0.7, name="zh-is-contract-partner"),
    # "昇腾率先宣布，基于MindIE推理引擎完成千问3系列模型的适配", "其DCU已完成千问3全部8款模型的适配"
    Pattern("compatibleWith", TECH, TECH, True, _r(ZH_ANYC + r"{0,30}?(?:完成|实现)(?:了)?(?:对|与)?"),
            post=_r(r"[^,，。；;]{0,12}?的?(?:全面|深度|国产化|初步|官方)?(?:适配|兼容)"), name="zh-completed-adaptation"),
    # "蓝心大模型可以直接在天玑9400的NPU上运行"
    Pattern("compatibleWith", PLATFORM, CHIP, True, _r(ZH_ANYC + r"{0,16}?(?:可|能|可以|能够|已可|均可)?(?:直接|原生|流畅地?|顺利)?(?:在|于)"),
            post=_r(r"(?:的)?(?:npu|gpu|cpu|芯片|平台|处理器)?上(?:实现|完成|进行|需要|需)?(?:了)?(?:端侧|本地|离线|流畅|高效|双节点|"
                    r"单卡|多卡|单机)?(?:运行|跑|部署|跑起来)"), name="zh-runs-on-chip-part"),
    # "思元290由寒武纪自研的Neuware软件栈支持": the chip supported by the software stack
    Pattern("compatibleWith", CHIP, PLATFORM, True, _r(r"(?:由|获得?|得到)" + ZH_ANY + r"{0,10}?"),
            post=_r(r"(?:软件栈|软件平台|框架|平台|生态|工具链)?(?:的)?(?:全面|原生)?(?:支持|适配)"), name="zh-supported-by-stack"),
    # "与上一代的思元270相比，思元290峰值性能提升4倍": the newer one outperforms
    Pattern("outperforms", TECH, TECH, False, _r(r"(?:相比|相较|比较)(?:而言|来看)?,?"), pre=_r(r"(?:与|和|跟|同|较)[^,，。；;]{0,14}?$"),
            post=_r(r"(?:的)?(?:峰值|整体|单卡|ai|fp16|int8)?(?:性能|算力|吞吐|吞吐量|速度)(?:\S{0,3}?)(?:提升|提高|增加|高出|增长|翻)"),
            name="zh-compared-rises"),
    # "K100_AI单卡吞吐大约只有A800的六成": the other outperforms
    Pattern("outperforms", TECH, TECH, False, _r(ZH_ANY + r"{0,10}?(?:性能|算力|吞吐|吞吐量|速度)\S{0,4}?(?:只有|仅有|仅为|只及|不到|"
            r"大约只有|约为|仅相当于|只相当于)"), post=_r(r"(?:的)?(?:[一二三四五六七八九]成|\d{1,2}(?:\.\d+)?%|一半|[二三四五六七八九十]分之一)"),
            name="zh-only-fraction-of"),
    # "在联发科旗舰芯片天玑9300上成功部署通义千问": the model deployed on the chip
    Pattern("compatibleWith", CHIP, PLATFORM, False, _r(r"(?:的)?(?:npu|gpu|cpu|芯片|平台|处理器)?上(?:成功|顺利|率先|首次|已)?"
            r"(?:部署|运行|跑通|适配)(?:了)?(?:[^,，。；;]{0,4}?)"), pre=_r(r"在[^,，。；;]{0,12}?$"), name="zh-deploys-on-chip"),
    # "openEuler，该系统可在鲲鹏平台上运行"
    Pattern("compatibleWith", TECH, TECH, True, _r(ZH_ANYC + r"{0,12}?(?:可|能|可以|能够|已可|均可)(?:在|于)"),
            post=_r(r"(?:平台|芯片|处理器|服务器|硬件)?上(?:运行|跑|部署)"), name="zh-runs-on"),
    # "字节跳动、阿里巴巴和腾讯合计向英伟达下了至少160亿美元的H20订单"
    Pattern("uses", FIRM, TECH, True, _r(ZH_ANY + r"{0,20}?(?:下了|下达了?|签下了?|签订了?|追加了?)" + ZH_ANY + r"{0,16}?"),
            post=_r(r"(?:芯片|显卡|加速卡|服务器)?(?:的)?(?:采购)?订单"), name="zh-placed-orders"),
    # "与被列入美国实体清单的中芯国际不同": the firm the listed clause describes
    Pattern("restrictedBy", POLICY, FIRM | TECH, False, _r(r"(?:中)?的"), pre=_r(r"(?:被|遭|已被|曾被|早被|均被)[^,，。；;]{0,8}?"
            r"(?:列入|纳入|加入|列进|放入)[^,，。；;]{0,8}$"), name="zh-the-listed-x"),
    # "专门针对华为的“外国直接产品规则”": the measure aimed at the firm restricts it
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(r"(?:等)?(?:企业|公司)?的[\"“「]?"),
            pre=_r(r"(?:专门|主要|直接)?针对$"), name="zh-aimed-at-x"),
    # "三星HBM3通过英伟达认证"
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:的)?" + ZH_ANY + r"{0,12}?(?:已|已经|终于|正式|率先|顺利)?(?:通过|获得|拿到|取得)(?:了)?"),
            post=_r(r"(?:的)?(?:质量|品质|资格)?(?:认证|验证|质量测试|资格认证)"), confidence=0.7, name="zh-passes-buyers-qualification"),
    Pattern("uses", FIRM, TECH, True, _r(r"(?!\))" + ZH_ANY + r"{0,16}?(?:采用|使用|部署|采购|购买|订购|囤积|抢购|选用|依赖|"
            r"转向|大量采购|下单|租用)(?:了)?" + ZH_ANY + r"{0,12}?"), name="zh-uses"),
    # "领克08即搭载A1000": a named firm's product carries the chip (never an implicit subject: "…推出的芯片，配备HBM3")
    Pattern("uses", FIRM, TECH, True, _r(ZH_ANY + r"{0,12}?(?:搭载|装载|配备|装配|采用了)(?:了)?" + ZH_ANY + r"{0,8}?"), pre=_r(r""),
            name="zh-carries"),
    # "寒武纪1A曾被集成在麒麟970中", "征程5已应用于理想汽车等车企的多款车型", "该芯片已部署在百度的数据中心": the host uses it
    Pattern("uses", TECH, FIRM | PRODUCT, False, _r(ZH_ANYC + r"{0,24}?(?:曾|已|已经|也|还|均|都|先后|陆续|广泛|大量|率先|正式|即将|将)*"
            r"(?:被)?(?:集成|整合|内置|嵌入|装载|搭载|部署|应用|装备|装配|导入|量产上车|上车)(?:在|于|到|进|至)(?:了)?"
            r"(?:[^。；,，]{1,12}?的)?"),
            post=_r(r"(?:等" + ZH_ANY + r"{0,10}?|的?[\u4e00-\u9fff]{0,8}?)?(?:中|里|内|之中|当中|上|(?=[,;.。，；]|$))"),
            name="zh-integrated-in"),
    # "DeepSeek-V3在2048块英伟达H800 GPU组成的集群上完成训练", "该模型使用H800训练": the model runs on the chip
    Pattern("uses", FIRM | PLATFORM, CHIP, True, _r(ZH_ANY + r"{0,8}?(?:在|于|使用|利用|基于|依托|借助|用)(?:了)?(?:约|大约|多达|超过|逾|近)?"
            r"(?:(?:[\d.,]+\s*(?:万|千)?|数千|数百|数万|上万|上千|近万|几千|几万)(?:块|颗|张|枚|片))?"),
            post=_r(r"(?:\s?(?:gpu|芯片|晶片|加速卡))?" + ZH_ANY + r"{0,12}?(?:上)?(?:完成|进行|展开)?(?:了)?(?:训练|预训练)"),
            name="zh-trained-on"),
    # "V3和R1的线上服务全部运行在H800上", "其推理服务跑在英伟达H800上": what a model or firm runs on
    Pattern("uses", FIRM | PLATFORM, CHIP, True, _r(ZH_ANY + r"{0,12}?(?:跑在|运行在|部署在|运行于|部署于|跑于|架设在)(?:了)?"
            r"(?:(?:[\d.,]+\s*(?:万|千)?|数千|数百|数万|上万|上千)(?:块|颗|张|枚|片))?"),
            post=_r(r"(?:\s?(?:gpu|芯片|晶片|加速卡|显卡|集群))?(?:上|之上)"), name="zh-serves-on"),
    # "阿里云、百度智能云、腾讯云也纷纷上架满血版R1": a cloud offering a model runs it
    Pattern("uses", FIRM, PLATFORM, True, _r(r"(?:也|还|已|已经|均|都|纷纷|相继|陆续|率先|第一时间|先后|同步)*(?:上架|上线|接入)(?:了)?"
            r"(?:满血版|完整版|蒸馏版|全尺寸)?"), name="zh-cloud-lists-model"),
    # "M1仅使用了512块英伟达H800 GPU": a model that used a counted number of chips ran on them
    Pattern("uses", PLATFORM, CHIP, True, _r(ZH_ANY + r"{0,8}?(?:使用|用|动用|调用|耗用|租用)(?:了)?(?:约|大约|多达|超过|逾|近|仅)?"
            r"(?:[\d.,]+\s*(?:万|千)?|数千|数百|数万|上万|上千|近万|几千|几万)(?:块|颗|张|枚|片)(?:英伟达|華為|华为|昇腾|nvidia)?"),
            name="zh-model-used-n-chips"),
    # "华为昇腾、海光信息等厂商已完成对DeepSeek-V3和DeepSeek-R1模型的适配"
    Pattern("compatibleWith", TECH, TECH, True, _r(r"(?:(?:、|,|和|及|与)" + ZH_ANY + r"{1,16}?)?(?:等" + ZH_ANY + r"{0,10}?)?" + ZH_ANY
            + r"{0,12}?(?:完成|实现|宣布|启动)(?:了)?(?:对|与)(?:[^,.;:，。；：]{0,14}?(?:自研|研发|开发|推出)的?)?" + ZH_ANY + r"{0,8}?"),
            post=_r(r"(?:\([^()]{0,30}\))?(?:(?:、|,|和|及|与)[^,.;，。；]{1,20}?)?(?:等)?(?:模型|大模型|系列)?(?:的)?"
                    r"(?:全面|国产化|深度|初步|官方)?(?:适配|兼容|支持|对接)"),
            name="zh-adapted-to"),
    # "文心一言就建立在文心大模型和飞桨之上", "该集群运行在昇腾芯片上": what a product is built on or runs on
    Pattern("uses", TECH, TECH, True, _r(r"(?:就|也|则|都|均|主要|完全|全部)?(?:是)?(?:建立|构建|搭建|运行|跑)在"),
            post=_r(r"(?:(?:、|和|及|与)[^,.;，。；]{1,20}?)?(?:芯片|平台|框架|架构)?(?:之上|上)"), name="zh-built-on"),
    # "作为英伟达在中国的最大客户之一，字节跳动…": the customer introduced by its supplier
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:在" + ZH_ANY + r"{1,8}?)?的?(?:最大|主要|重要|核心|大|头部|第一大)?的?(?:客户|买家)"
            r"(?:之一)?,?"), pre=_r(r"作为$"), confidence=0.7, name="zh-as-x-customer"),
    # "为字节跳动供应芯片的寒武纪": the supplier described by whom it supplies
    Pattern("supplies", FIRM, FIRM, False, _r(r"(?:供应|供货|提供|出货)" + ZH_ANY + r"{0,6}?的"), pre=_r(r"(?:为|向|给)$"),
            confidence=0.7, name="zh-the-supplier-of-x"),
    # "SK海力士在无锡有DRAM厂", "台积电在南京设有工厂": where a firm's plant is
    Pattern("locatedIn", FIRM, frozenset({"City", "Place"}), True, _r(r"(?:也|还|则|已|已经|曾|目前|同时)?(?:在|于)"),
            post=_r(r"(?:市|省)?(?:设有|有|建有|拥有|运营|建设|新建|投资建设|设立|布局)(?:了)?(?:一座|一家|一个|两座|多座|多个|其)?"
                    r"[^,.;:，。；：]{0,8}?(?:厂|工厂|晶圆厂|基地|产线|生产线|研发中心|数据中心|园区|封测厂)"),
            confidence=0.7, name="zh-has-a-plant-in"),
    # "在台中设有大型DRAM厂的美光": the same, as a relative before the firm
    Pattern("locatedIn", frozenset({"City", "Place"}), FIRM, False, _r(r"(?:市|省)?(?:设有|建有|拥有|运营|设立)(?:了)?"
            r"(?:一座|一家|一个|两座|多座|多个)?[^,.;:，。；：]{0,8}?(?:厂|工厂|晶圆厂|基地|产线|生产线|研发中心|封测厂)的"),
            pre=_r(r"(?:在|于)$"), confidence=0.7, name="zh-firm-with-a-plant-in"),
    # "完成DeepSeek-V3和DeepSeek-R1模型与海光DCU的国产化适配": the two sides of one adaptation
    Pattern("compatibleWith", TECH, TECH, True, _r(r"(?:模型|大模型|芯片|框架)?(?:与|和|同)"),
            pre=_r(r"(?:完成|实现|推进|开展)(?:了)?(?:对)?[^,.;，。；]{0,30}$"),
            post=_r(r"(?:\([^()]{0,30}\))?(?:的)?(?:全面|国产化|深度|初步|官方)?(?:适配|兼容)"), name="zh-adaptation-of-with"),
    Pattern("uses", FIRM, TECH, True, _r(ZH_ANY + r"{0,16}?(?:基于|依托|依靠|借助|利用|通过)(?:了)?"),
            post=_r(ZH_ANY + r"{0,20}?(?:服务|算力|集群|训练|推理|部署|上线|运行)"), confidence=0.7, name="zh-based-on"),
    # "昇腾910B、昇腾910C等芯片均需搭配HBM使用": a chip used together with a component
    Pattern("uses", CHIP | frozenset({"System"}), TECH, True, _r(r"(?:等)?(?:芯片|晶片|处理器|gpu|加速卡|产品|服务器)?" + ZH_ANY
            + r"{0,6}?(?:搭配|配合|配套|配搭|搭载)"), post=_r(r"(?:一起|一同|共同)?(?:使用|运行|工作)"), name="zh-paired-with"),
    # "麒麟970的NPU即采用寒武纪1A处理器IP", "H20采用HBM3": what a chip or system is built with
    Pattern("uses", CHIP | frozenset({"System"}), CHIP, True, _r(r"(?:的(?:npu|cpu|gpu|内核|核心|ai单元|显存|内存|存储))?"
            r"(?:即|也|则|均|都|同样|主要|已|仍)?(?:采用|搭载|配备|集成|内置|使用)(?:了)?"),
            post_not=_r(r"[^,.;，。；]{0,6}?(?:工艺|制程|nm|纳米|架构)"), name="zh-chip-built-with"),
    Pattern("uses", FIRM, TECH, True, _r(ZH_ANY + r"{0,8}?(?:拥有|持有|囤有|部署了|储备了?)(?:约|大约|多达|超过|逾|近|至少|上)?"
            r"[\d.,]+\s*(?:万|千|百)?(?:颗|块|张|片|枚|台)"), confidence=0.75, name="zh-owns-n"),
    # "X的股东包括Y", "X背后的主要股东有Y", "该公司背后股东阵容鼎盛，包括Y"
    Pattern("investsIn", FIRM, ORG, False, _r(r"(?:背后)?(?:的)?(?:主要|重要|现有)?(?:股东|投资方|投资者|投资人)(?:阵容[^,.;，。；]{0,6}?[，,])?"
                                              r"(?:包括|中有|有|为)" + ZH_ANY + r"{0,6}?"), name="zh-shareholders"),
    Pattern("investsIn", ORG, FIRM, True, _r(ZH_ANY + r"{0,12}?(?:投资(?!机构|公司|方|者|人|基金|集团|平台|银行)|入股|注资|领投(?!方|人|机构)|参投(?!方|人|机构)|战略投资|增资)(?:了)?" + ZH_ANY
            + r"{0,6}?"), name="zh-invests"),
    Pattern("investsIn", FIRM, ORG, False, _r(ZH_ANY + r"{0,8}?(?:获得|获|得到)(?:了)?" + ZH_ANY + r"{0,4}?"),
            # "获阿里巴巴、腾讯及高瓴等机构投资": the investors may be a list
            # (folded text: "、" and "，" are ",")
            post=_r(r"(?:\S{0,8}?|(?:(?:,|和|及|与|以及)[^,.;。；]{1,8}?){1,6}?(?:等[^,.;。；]{0,4}?)?(?:的)?)(?:投资|注资|融资|领投)"),
            name="zh-got-investment"),
    # "中科曙光本身是海光信息的第一大股东", "大基金也是长鑫存储的重要股东之一"
    Pattern("investsIn", ORG, FIRM, True, _r(r"(?:[(（][^)）]{0,16}[)）])?" + ZH_ANY + r"{0,6}?(?:是|为|系|成为|作为)"
            r"(?:" + ZH_ANY + r"{0,12}?(?:企业|公司|厂商|独角兽|集团|龙头|初创公司|新创|创企|设计商|制造商))?"),
            post=_r(r"的?" + _ZH_STAKE), name="zh-is-shareholder"),
    # "上海微电子的第一大股东则为上海电气控股集团": the shareholder named after (not 控股股东: a parent)
    Pattern("investsIn", FIRM, ORG, False, _r(r"的(?:第一|第二|第三|最大|主要|重要|前十大|战略)?大?股东(?:之一)?(?:则|还|也|分别|依次)?"
            r"(?:为|是|包括|有)(?:了)?"), name="zh-shareholder-of-x-is"),
    # "长江存储成立于2016年，大基金是其重要股东之一": 其 is the firm named before
    Pattern("investsIn", FIRM, ORG, False, _r(r"(?!" + ZH_ANYC + r"*(?:旗下|下属)的?$)" + ZH_ANYC + r"{0,40}?"),
            post=_r(r"(?:[(（][^)）]{0,16}[)）])?(?:也|亦|同样|则|一直|仍)?(?:是|为|系|成为)其" + _ZH_STAKE),
            name="zh-its-shareholder"),
    # "中科曙光目前持有海光信息约28%的股份"
    Pattern("investsIn", ORG, FIRM, True, _r(r"(?:[(（][^)）]{0,24}[)）])?" + ZH_ANY + r"{0,8}?(?:持有|持股|增持|减持|所持有?)(?:了|的)?"),
            post=_r(r"(?:[(（][^)）]{0,20}[)）])?(?:约|逾|近|超过|合计|共|总计)?(?:[\d.]+\s*%)?(?:的)?(?:股份|股权|股票)"),
            name="zh-holds-stake"),
    # "长江存储的主要竞争对手包括三星电子、美光和SK海力士", "英伟达的竞争对手AMD"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"(?:的|之)?" + _ZH_RIVAL + r"(?:主要|则|还|也)?(?:包括|有|是|为|还有|"
            r"如|涵盖|包含)?(?:了)?(?:[^,。；、的]{1,10}?的|(?:美国|日本|韩国|德国|荷兰|台湾|英国|法国|美商|日商|韩商))?"),
            name="zh-rivals-include"),
    # "上海微电子的双工件台由北京华卓精科提供": the part's maker supplies the firm
    Pattern("supplies", FIRM, FIRM, False, _r(r"的" + ZH_ANY + r"{1,10}?(?:则|均|主要|全部|也)?(?:是)?由(?:[\u4e00-\u9fff]{2,3}?)?"),
            post=_r(r"(?:独家|主要|负责|统一)?(?:提供|供应|供货|配套)"), name="zh-part-supplied-by"),
    # "日月光投控為全球最大委外封測廠，主要對手包括美商艾克爾與大陸的長電科技"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"(?:为|是|系)[^。；;!?,]{1,28}?,(?:其|该公司的?|公司的?)?" + _ZH_RIVAL + r"(?:主要|则|还|也)?"
            r"(?:包括|有|是|为|还有|如|涵盖|包含)(?:了)?(?:[^,。；、的]{1,10}?的|美国|日本|韩国|德国|荷兰|台湾|英国|法国|美商|日商|韩商)?"),
            name="zh-x-clause-rivals-include"),
    # "三星电子是长江存储的主要竞争对手"
    Pattern("competesWith", FIRM | TECH, FIRM | TECH, True, _r(r"(?:等)?(?:也|都|均|同样|则|一直|仍|仍然|已|已经|正|逐渐|被)?(?:并)?(?:不|不再|并非|并不)?(?:是|为|成为|视为|被视为|被视作|被看作|被认为是)|并非|绝非|不再是"),
            post=_r(r"(?:在" + ZH_ANY + r"{0,16}?(?:市场|领域|行业|赛道|业务|国内|中国|海外|全球|本土)(?:上|中|内)?)?的?"
                    r"(?:(?:最|更|较为|非常)?(?:强劲|强大|有力|重要|主要|直接|危险|难缠|可怕|大)的?)?" + _ZH_RIVAL), name="zh-is-rival"),
    # "作为英伟达在国内AI芯片市场的主要竞争对手之一，寒武纪…"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"(?:在" + ZH_ANY + r"{1,16}?(?:市场|领域|行业|赛道|业务)(?:上|中|内)?)?的?" + _ZH_RIVAL
            + r"(?:之一)?,"), pre=_r(r"(?:作为|身为)$"), name="zh-as-rival"),
    # "公司在云端市场依旧面临英伟达的强大竞争", "地平线要面对英伟达Orin平台及Mobileye的夹击"
    Pattern("competesWith", FIRM | TECH, FIRM | TECH, True, _r(ZH_ANY + r"{0,16}?(?:面临|面对|遭遇|迎战|直面|迎接)(?:着|了)?(?:来自)?"
            + _ZH_RIVAL_PREMOD + r"(?:[^,。；]{1,20}?(?:、|和|及|与|以及))?"),
            post=_r(r"(?:平台|芯片|晶片|系列|产品|gpu)?(?:(?:、|,|和|及|与|以及)[^，。；,]{1,16}?)?(?:等)?"
            r"(?:厂商|企业|公司|对手|巨头)?(?:的|方面的)" + ZH_ANY + r"{0,6}?(?:竞争|夹击|压制|围剿|挑战|冲击|竞逐|围攻)"),
            name="zh-faces-rival"),
    # "全球HBM市场目前由SK海力士、三星电子和美光科技三家主导": the market's leaders compete
    Pattern("competesWith", FIRM, FIRM, False, _r(r"(?:[、,和与及]|以及)"), pre=_r(r"(?:市场|领域|行业|赛道|产业)" + ZH_ANY + r"{0,10}?(?:由|被)(?:[^。；.;!?]{0,40}?(?:[、,和与及]|以及))?$"),
            post=_r(r"(?:(?:[、,和与及]|以及)[^、,和与及。；.;!?]{1,10}?)*?(?:等)?(?:[两三四五2-5]家|[两三四五2-5]大(?:厂商|巨头|厂)?)?(?:共同)?"
                    r"(?:主导|垄断|瓜分|把持|占据|控制|三分天下|分食)"), name="zh-market-led-by"),
    # "壁仞上市后将与摩尔线程、沐曦等同业在数据中心市场正面竞争"
    Pattern("competesWith", FIRM | TECH, FIRM | TECH, True, _r(ZH_ANY + r"{0,24}?(?:与|同|跟)" + _ZH_RIVAL_PREMOD),
            post=_r(r"(?:(?!" + _ZH_ALLY + r")" + ZH_ANYC + r"){0,30}?(?:竞争|角逐|抗衡|争夺|较量|竞逐|厮杀|对垒|交锋|三足鼎立|"
                    r"分庭抗礼|短兵相接)"),
            post_not=_r(_ZH_SEEN_AS_RIVAL), name="zh-with-compete"),
    # "深算二号的性能较深算一号提升超过100%", "X的算力比Y高出一倍"
    Pattern("outperforms", TECH, TECH, True, _r(r"(?:的)?" + _ZH_PERF + r"?(?:约|则|也|还)?(?:较|比|相比|相较|相较于)(?:前代|上一代|上代|前一代)?"),
            post=_r(r"(?:的)?" + _ZH_PERF + r"?(?:提升|提高|增长|高出|快|强|翻倍|翻番|更快|更强|更高)"), name="zh-perf-than"),
    # "BR104…记忆体容量只有BR100的一半": the other one has more memory
    Pattern("hasMoreMemoryThan", TECH, TECH, False, _r(r"(?:的)?" + _ZH_MEM + r"(?:容量|总容量)?(?:则|也|都)?(?:只有|仅有|仅为|"
            r"只是|只及|不到|不足|仅|约为|约|为|是|相当于)"),
            post=_r(r"(?:的)?(?:一半|二分之一|[一二三四五六七八九十两\d]+分之[一二三四五\d]|\d+(?:\.\d+)?%|一小部分)"),
            name="zh-memory-fraction"),
    # "寒武纪…，当前主力产品思元370采用7纳米工艺", "海光信息…，产品包括海光CPU和海光DCU": the clause's firm
    Pattern("develops", ORG, TECH, True, _r(r"(?:其|公司)?(?:当前|目前|现有|现阶段|最新)?(?:的)?(?:(?:主力|旗舰|主打|核心|代表|拳头|"
            r"明星)(?:产品|芯片|型号)(?:为|是|包括|有)?|(?:主要)?(?:产品|产品线|产品组合)(?:主要)?(?:包括|有|涵盖|覆盖))[\"']?"),
            post_not=_POST_BUY, name="zh-main-product"),
    # "BIS宣布，将36家中国实体列入实体清单", "美国商务部以国家安全为由，将…等多家实体列入实体清单"
    Pattern("imposedBy", GOV, POLICY, False, _r(_ZH_NOT_QUOTED + ZH_ANYC + r"{0,24}?(?:将|把)[^.;!?。；！？]{0,80}?(?:列入|纳入|加入|添加到|"
            r"添加至|增列至|列进|加进)(?:了)?(?:美国)?(?:的)?[\"']?"), name="zh-gov-jiang-lieru"),
    # "加拿大研究机构TechInsights", "美国研调机构TrendForce"
    Pattern("headquarteredIn", PLACE, FIRM | frozenset({"MediaOutlet"}), False, _r(r"(?:的)?(?:半导体|市场|产业|科技|芯片|晶片|行业)?"
            r"(?:研究机构|研究公司|调研机构|研调机构|市调机构|咨询公司|咨询机构|分析机构|智库|拆解机构)"),
            confidence=0.75, name="zh-country-research-firm"),
    # "AMD的MI308也被纳入同一许可要求" is read by zh-lieru; "美国政府已通知公司，H20对华出口须取得许可证": the issuer
    Pattern("imposedBy", GOV, POLICY, False, _r(_ZH_NOT_QUOTED + ZH_ANY + r"{0,8}?(?:通知|告知|要求|规定|明确)" + ZH_ANYC
            + r"{0,30}?(?:须|需|需要|必须|均须|应)(?:事先|先|逐单)?(?:取得|获得|申请)(?:出口)?"), name="zh-gov-notified-licence"),
    # "国家市场监管总局宣布，英伟达涉嫌违反《反垄断法》，依法对其展开反垄断调查"
    Pattern("imposedBy", GOV, POLICY, False, _r(_ZH_NOT_QUOTED + ZH_ANYC + r"{0,50}?(?:对|向)" + ZH_ANY + r"{1,12}?(?:依法)?"
            r"(?:展开|启动|发起|开展|进行|立案)(?:了)?(?:一项|新一轮|一轮)?"), name="zh-gov-opens-probe"),
    Pattern("restrictedBy", FIRM | TECH, POLICY, True, _r(ZH_ANYC + r"{0,40}?(?:对|向)(?:其|该公司|该企业|这家公司|该集团)(?:依法)?"
            r"(?:展开|启动|发起|开展|进行|立案)(?:了)?(?:一项|新一轮|一轮)?"), name="zh-probe-into-it"),
    # "美国商务部发布指引称，在全球任何地方使用华为的昇腾910B…，都可能违反美国出口管制规定"
    Pattern("restrictedBy", POLICY, CHIP | SYSTEM, False, _r(r"(?:称|指出|表示|明确)?,?" + ZH_ANY + r"{0,16}?(?:使用|采购|购买|部署|进口)"
            r"(?:" + ZH_ANY + r"{1,8}?的)?"),
            post=_r(ZH_ANYC + r"{0,24}?(?:均|都|也|将|即)?(?:可能|会|将|或)?(?:违反|违背|触犯)"), name="zh-using-violates"),
    # "H20是英伟达为中国市场推出的H100替代品，但其算力仅为后者的一小部分", "昇腾910C的推理性能约为英伟达H100的60%"
    Pattern("outperforms", TECH, TECH, False, _r(r"(?:的|在)?" + ZH_ANY + r"{0,10}?" + _ZH_PERF + r"(?:则|也|都|仅|只)?"
            r"(?:约|大约|仅|只)?(?:只有|仅有|仅为|只是|只及|不到|不足|约为|约|为|是|相当于|仅相当于|达到|仅达到|达)(?:约|大约)?"),
            post=_r(r"(?:的)?(?:一半|二分之一|[一二三四五六七八九十两\d]+分之[一二三四五六七八九\d]|[1-9]\d?(?:\.\d+)?\s*%|"
                    r"一小部分|一部分|零头|[一二三四五六七八九]成)"), name="zh-perf-fraction"),
    # "英伟达正在为中国市场开发一款基于Blackwell架构、代号B30A的芯片"
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(ZH_ANY + r"{0,10}?(?:推出|发布|研发|开发|设计|打造|研制|正在研发|正在开发|着手研发|"
            r"开发出|研发出|展示|亮相)(?:了)?(?:一款|一颗|一代|新一代|新款|全新|一个|一套)" + ZH_ANYC + r"{0,30}?"
            r"(?:代号为?|名为|型号为|命名为|称为|叫做|被称为)[\"']?"),
            post=_r(r"[\"']?的" + ZH_ANY + r"{0,8}?(?:芯片|晶片|gpu|处理器|加速卡|加速器|产品|模型|大模型|系统|服务器)"),
            name="zh-codenamed"),
    # "倚天710——平头哥设计的一款5纳米Arm架构服务器芯片——的问世"
    Pattern(DEV_OR_FAB, TECH, ORG, False, _r(r"(?:" + _ZH_DASH + r"|\()(?:由)?"),
            post=_r(r"(?:自主|独立|自行)?(?:设计|研发|开发|推出|打造|研制)的" + ZH_ANY + r"{0,20}?(?:芯片|晶片|处理器|gpu|cpu|加速卡|"
                    r"产品|模型|大模型|系统|平台)(?:" + _ZH_DASH + r"|\))"), name="zh-dash-designed-by"),
    # "沐曦——…——除了曦云C500训练芯片外，还自研了MXMACA软件栈": both are its products
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(_ZH_APPOS + ZH_ANY + r"{0,8}?除(?:了)?"),
            post=_r(ZH_ANY + r"{0,12}?(?:之)?外,(?:公司|其)?(?:还|也|亦|更|同时|另外)(?:自研|推出|研发|开发|发布|打造|设计|自主研发)"),
            name="zh-besides"),
    Pattern(DEV_OR_FAB, ORG, TECH, True, _r(_ZH_APPOS + ZH_ANY + r"{0,8}?除(?:了)?" + ZH_ANY + r"{1,24}?(?:之)?外,(?:公司|其)?"
            r"(?:还|也|亦|更|同时|另外)(?:自主|独立)?(?:自研|推出|研发|开发|发布|打造|设计|自主研发)(?:了|出)?(?:自研的?|自家的?)?"
            + ZH_ANY + r"{0,6}?"), post_not=_POST_BUY, name="zh-besides-also"),
    # "沐曦——一家由前AMD工程师创办的上海GPU公司——", "安世半导体是一家荷兰芯片公司"
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(r"(?:" + _ZH_DASH + r"|(?:也|则|同样)?(?:是|为|系))(?:一家|一间|这家)"
            r"(?:" + ZH_ANY + r"{0,20}?(?<![在于从向到自赴对与和及]))?"),
            post=_r(r"(?:本土|当地)?(?:(?!的)[\u4e00-\u9fffa-z0-9]){0,8}?" + _ZH_FIRM_NOUN), name="zh-appos-place-firm"),
    # "安世半导体是一家总部位于荷兰的芯片公司"
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(r"(?:" + _ZH_DASH + r"|(?:也|则|同样)?(?:是|为|系))(?:一家|一间|这家)" + _ZH_HQ_VERB
            + r"(?:中国)?"), post=_r(r"(?:[^，。；,的]{0,8}?)?的" + ZH_ANY + r"{0,8}?" + _ZH_FIRM_NOUN), name="zh-is-a-hq"),
    # "美光科技总部坐落于爱达荷州博伊西", "TikTok总部位于洛杉矶和新加坡": the place after a region or a conjunction
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(r"(?:(?!分别|其中|(?:与|和|同|跟|对|向|比|把|被|从)(?:总部|位于))" + ZH_ANY
            + r"){0,20}?(?:总部位于|总部设在|总部在|总部设于|总部坐落于|总部\s*:)\s*[\u4e00-\u9fff]{2,6}?(?:和|与|及|、)?"),
            post_not=_r(r"(?:的|(?:、|和|与|及)[^，。；,]{1,10}?的)"), name="zh-hq-inner"),
    # "總部設於新竹科學園區的台積電", "位于北京海淀区的": the city, before a district (a state before its city, "加州圣克拉拉",
    # is left out: the corpus does not count it)
    Pattern("headquarteredIn", frozenset({"City"}), FIRM, False, _r(r"[\u4e00-\u9fff]{2,8}?的(?:\S{0,6}?(?:公司|企业|厂商|巨头|龙头|大厂|制造商|"
            r"代工厂|独角兽))?(?:——|--)?"), pre=_r(r"(?:总部位于|总部设在|总部在|位于|坐落于|总部设于)$"), name="zh-hq-de-outer"),
    # "作为一家总部设在武汉东湖高新区的存储芯片厂商，长江存储…"
    Pattern("headquarteredIn", PLACE, FIRM | MEDIA, False, _r(r"(?:[^，。；,的]{1,8}?)?的" + ZH_ANY + r"{0,10}?" + _ZH_FIRM_NOUN + r","),
            pre=_r(r"(?:作为|身为)(?:一家|一间|家)?" + _ZH_HQ_VERB + r"$"), name="zh-as-a-hq"),
    # "公司总部并未迁往上海，仍留在深圳"
    Pattern("headquarteredIn", FIRM | MEDIA, PLACE, True, _r(ZH_ANYC + r"{0,40}?总部" + ZH_ANYC + r"{0,16}?(?:仍|依然|依旧|仍然|还|则)"
            r"(?:留在|设在|位于|在|落在|保留在)"), name="zh-hq-still"),
    # "海光信息——这家由中科曙光参股…的公司——": the backer inside the apposition
    Pattern("investsIn", FIRM, ORG, False, _r(r"(?:" + _ZH_DASH + r"|\(|,)(?:这家|一家|该公司|该企业)?由"),
            post=_r(r"(?:(?:、|和|与|及)[^，。；,]{1,12}?)?(?:共同|联合)?(?:参股|投资|入股|注资|领投|持股)"), name="zh-appos-backed-by"),
    # "由大基金投资的长江存储", "由腾讯参股的初创公司燧原科技"
    Pattern("investsIn", ORG, FIRM, True, _r(r"(?:共同|联合)?(?:参股|投资|入股|注资|领投)(?:的)?(?:" + ZH_ANY + r"{0,8}?"
            + _ZH_FIRM_NOUN + r")?"), pre=_r(r"由$"), name="zh-backed-by-de"),
    # "闻泰科技自2019年起陆续收购其股权并最终实现全资控股": 其 is the firm named before
    Pattern("investsIn", FIRM, ORG, False, _r(ZH_ANYC + r"{0,40}?"),
            post=_r(ZH_ANY + r"{0,12}?(?:收购|入股|增持|买入|认购|购入)(?:了)?其" + ZH_ANY + r"{0,6}?(?:股权|股份)"), name="zh-buys-its-stake"),
    Pattern("subsidiaryOf", FIRM, FIRM, True, _r(ZH_ANYC + r"{0,40}?"),
            post=_r(ZH_ANY + r"{0,12}?(?:收购|持有|购入)(?:了)?其" + ZH_ANY + r"{0,16}?(?:全资控股|控股权|全部股权|100%股权|全部股份)"),
            name="zh-buys-its-control"),
    # "SK海力士是英伟达高带宽内存（HBM）的主要供应商": the buyer uses the product it is supplied
    Pattern("uses", FIRM, TECH, True, _r(r"(?:的)?"), pre=_r(r"(?:是|为|系|成为)$"), post=_r(_ZH_SUPPLIER_OF), name="zh-buyer-of-supplied"),
    # "其训练DeepSeek-V3仅用了2048块英伟达H800 GPU": the model, and the firm that trains it
    Pattern("uses", PLATFORM, CHIP, True, _r(r"(?:仅|只|总共|共|一共|主要)?(?:使用|用|动用|调用|消耗)(?:了)?" + _ZH_QTY),
            pre=_r(r"训练$"), name="zh-training-x-used"),
    Pattern("uses", FIRM, CHIP, True, _r(ZH_ANYC + r"{0,30}?(?:其|公司)训练" + ZH_ANY + r"{1,20}?(?:仅|只|总共|共|一共|主要)?"
            r"(?:使用|用|动用|调用|消耗)(?:了)?" + _ZH_QTY), name="zh-its-training-used"),
    # "讯飞星火V3.5完全基于国产昇腾算力训练"
    Pattern("uses", FIRM | PLATFORM, CHIP, True, _r(ZH_ANY + r"{0,8}?(?:在|于|使用|利用|基于|依托|借助|用)(?:了)?" + _ZH_QTY
            + r"(?:国产|自研|本土|国内|自家|自有)的?"),
            post=_r(r"(?:\s?(?:gpu|芯片|晶片|加速卡))?" + ZH_ANY + r"{0,12}?(?:上)?(?:完成|进行|展开)?(?:了)?(?:训练|预训练)"),
            name="zh-trained-on-domestic"),
]

# -- round 8: supply, use and rivalry families ---------------------------------------------------------------------
# goods a firm's name can modify ("Nvidia chips", "Samsung memory", "ASML scanners")
_GOODS_EN = (r"(?:chips?|gpus?|memory|hbm|processors?|accelerators?|hardware|servers?|cards?|boards?|equipment|tools?|"
             r"machines?|scanners?|components?|parts|silicon|wafers?|products|modules?)")
_NOT_DEAL_EN = (r"(?!(?:(?:an?|the|its|their|new|large|big|fresh|first|major|further|more)\s+)*(?:orders?|contracts?|deals?|"
                r"investments?|funding|financing|backing|capital|licen[cs]es?|approvals?|permission|complaints?|requests?|"
                r"bids?|offers?|subsid\w+)\b)")
_CUST_EN = r"(?:customers?|clients?|buyers?|purchasers?)"
_RIVAL_EN = r"(?:rivals?|competitors?|challengers?|contenders?)"
_EN_TRAINED_ON = (r"(?:(?:pre-?)?train(?:ed|s)?|fine-tuned|served|run|runs|ran|deployed|hosted|built|developed)\s+"
            r"(?:from\s+[^.;]{1,100}?\s+(?:through|to)\s+[^.;]{1,80}?\s+(?=on\s))?(?:(?:entirely|exclusively|wholly|fully|solely|mainly|mostly|largely|partly|only|from start to finish|end to end|"
            r"end-to-end|in full)\s+)*(?:on|using|with|upon)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:cluster|fleet|pool)\s+of\s+)?"
            r"(?:(?:about|around|some|nearly|over|more than|up to|roughly|just|only)\s+)?(?:[\d,]+\s+(?:of\s+)?)?(?:[a-z-]+'s?\s+)?"
            r"(?:(?:own|domestic|home-grown|homegrown|chinese)\s+)?")
_ENR8: list[Pattern] = [
    # "CARIZON, Horizon's joint venture with the German group's software unit CARIAD": the owners of a joint venture
    Pattern("investsIn", ORG, ORG, False, _r(r"\s*,\s+"), post=_r(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:joint venture|jv)\b"),
            lists=False, name="en-x-firms-jv"),
    Pattern("investsIn", ORG, ORG, False, _r(r"\s*,\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:joint venture|jv)\s+"
            r"(?:with|between|of)\s+(?:the\s+)?(?:[^,.;]{0,40}?\s)??(?:[\w-]+['’]s\s+)?"), lists="right", name="en-x-jv-with"),
    # "R1, an open-weight reasoning model built on its DeepSeek-V3 base": the model uses its base
    Pattern("uses", PLATFORM, PLATFORM, True, _r(r"\s*,\s+(?:an?|the)\s+[^,.;()]{0,60}?\b(?:built|based|trained)\s+(?:on|upon)\s+"
            r"(?:(?:its|the|their)\s+)?(?:own\s+)?"), post=_r(r"(?:\s+(?:base|base model|foundation|backbone))?\b"),
            name="en-model-built-on-base"),
    # "Lenovo's Kaitian business desktops have shipped with KX-6000 processors": the firm's products use the chip
    Pattern("uses", FIRM, TECH, True, _r(r"['’]s?\s+(?:[\w-]+\s+){0,4}?(?:desktops|laptops|notebooks|pcs|servers|phones|"
            r"smartphones|handsets|cars|vehicles|models|boards|machines|devices|products|tablets|workstations|routers|switches)"
            r"(?:\s*,[^,.;]{1,30},)?\s+(?:(?:have|has|had|already|also)\s+)*(?:shipped|ship|ships|come|comes|came|launched|"
            r"been fitted|been equipped|been built|run|runs|ran)\s+(?:with|on|around)\s+(?:the\s+)?"), name="en-firms-products-ship-with"),
    # "Tencent buys most of its GPUs from Nvidia", "ByteDance sources memory from Samsung", "does not buy chips from Nvidia"
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:buy(?:ing)?|order(?:ing)?|sourc(?:e|es|ed|ing)|procur(?:e|ing)|"
            r"import(?:s|ed|ing)?|gets?|getting|got|gotten|obtain(?:s|ed|ing)?|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|"
            r"receiv(?:e|es|ing)|stock(?:s|ed|ing)? up on)\s+" + _NOT_DEAL_EN + r"(?:[^\s.;!?,]+\s+){0,8}?from\s+(?:the\s+)?"),
            name="en-buys-from"),
    # "Huawei won an order from Baidu", "Kunlunxin secured contracts worth $1bn from China Mobile": the winner supplies
    Pattern("supplies", FIRM, FIRM, True, _r(EN_AUX + r"(?:w[oi]n(?:s|ning)?|secur(?:e|es|ed|ing)|land(?:s|ed|ing)?|"
            r"bag(?:s|ged|ging)?|clinch(?:es|ed|ing)?|receiv(?:e|es|ed|ing)|(?:has|have|had) received|got|gets|book(?:s|ed|ing)?|"
            r"snag(?:s|ged)?)\s+(?:(?:an?|the|its|their|new|large|big|huge|bulk|fresh|first|major|further|more|several|"
            r"repeat|follow-on|sizeable|sizable)\s+)*(?:(?:supply|purchase|chip|server|procurement)\s+)?(?:orders?|contracts?|"
            r"deals?|tenders?)\s+(?:[^.;]{0,60}?\s+)?from\s+(?:the\s+)?"), name="en-wins-order-from"),
    # "Nvidia's largest customer in China, ByteDance", "Among Huawei's customers are Baidu and iFlytek", "Huawei's clients include Baidu"
    Pattern("supplies", FIRM, FIRM, True, _r(r"'s?\s+(?:(?:largest|biggest|main|key|major|top|important|leading|new|newest|"
            r"latest|first|early|other|chinese|domestic|overseas|foreign|best|long-standing|longtime|long-time|marquee)\s+)*"
            + _CUST_EN + r"(?:\s+(?:in|outside)\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s*,\s*|\s+(?:(?:is|was|are|were|include[sd]?|"
            r"including|such as|like|remains?|remained|reportedly include|also include|have included)\s+))(?:the\s+)?"),
            pre=_r(r"(?:^\s*|\b(?:among|for|while|as|that|but|and|so|since|because)\s+)$"), name="en-possessive-customer-is"),
    # "the customers of Huawei include Baidu", "customers for Nvidia's H20 include ByteDance"
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:'s?\s+(?:[\w-]+\s+){0,2}?)?(?:\s*,)?\s+(?:(?:reportedly|also|now|still)\s+)?"
            r"(?:include[sd]?|including|such as|like|are|were|is|was|have included|range from)\s+(?:the\s+)?"),
            pre=_r(r"\b" + _CUST_EN + r"\s+(?:(?:in|outside)\s+[\w-]+\s+)?(?:of|for)\s+(?:the\s+)?$"), name="en-customers-of-include"),
    # "Tencent is no longer a customer of Nvidia", "Baidu was never one of Huawei's buyers": the denied relation
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:is|was|are|were|has been|have been|had been|remains?|remained|"
            r"became|become)\s+(?:no longer|not|never|not yet|not even|neither)\s+(?:(?:one of|among)\s+)?(?:the\s+|a\s+|an\s+)?"
            r"(?:[\w-]+\s+){0,2}?" + _CUST_EN + r"\s+(?:of|for)\s+(?:the\s+)?"), name="en-not-customer-of"),
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:is|was|are|were|has been|have been|had been|remains?|remained|"
            r"became|become)\s+(?:no longer|not|never|not yet|not even|neither)\s+(?:(?:one of|among)\s+)?"),
            post=_r(r"'s?\s+(?:[\w-]+\s+){0,2}?" + _CUST_EN + r"\b"), name="en-not-possessive-customer"),
    # "Huawei stockpiled Samsung memory", "ByteDance bought Nvidia chips worth $2bn": the maker the goods are named after
    Pattern("supplies", FIRM, FIRM, False, _r(EN_AUX + r"(?:bought|buys?|buying|ordered|orders|purchas(?:e|es|ed|ing)|"
            r"stockpil(?:e|es|ed|ing)|hoard(?:s|ed|ing)?|imported|imports|snapped up|took delivery of|sourc(?:e|es|ed|ing)|"
            r"procur(?:e|es|ed|ing)|amass(?:ed|es|ing)?|accumulat(?:e|es|ed|ing)|rel(?:y|ies|ied|ying) on|us(?:e|es|ed|ing)|"
            r"deploy(?:s|ed|ing)?|install(?:s|ed|ing)?|rent(?:s|ed|ing)?)\s+(?:(?:stockpiles?|stocks?|inventories|supplies|"
            r"batches|shipments|thousands|tens of thousands|hundreds|millions|lots|large amounts|large quantities)\s+of\s+|"
            r"(?:\$?[\d.,]+\s+(?:billion|million|bn|m)?\s*(?:worth\s+of\s+|of\s+)?)|(?:more|older|advanced|high-end|cheaper)\s+)*"),
            post=_r(r"(?!'s)\s+(?:(?:[a-z]+-)?[a-z]+\s+)?" + _GOODS_EN + r"\b"), name="en-bought-maker-goods"),
    # "Xiaomi's high-end phones will continue to use the Snapdragon 8 series", "Baidu's data centres run on Kunlun chips"
    Pattern("uses", FIRM, TECH, True, _r(r"'s?\s+(?:(?:own|new|newest|latest|high-end|flagship|premium|top-end|mid-range|"
            r"low-end|budget|ai|cloud|data-centre|data-center|smart|electric|self-driving|autonomous|future|next|upcoming|current|"
            r"domestic|overseas|internal|large|language|inference|training|consumer|enterprise|main|core)\s+){0,3}"
            r"(?:phones?|smartphones?|handsets?|servers?|data cent(?:re|er)s|clouds?|cloud services|cars?|vehicles?|models?|"
            r"chatbots?|devices?|laptops?|pcs|computers?|clusters?|supercomputers?|services|systems|robotaxis|assistants?)"
            + EN_AUX + r"(?:(?:continue|continues|continued|keep|keeps|kept)\s+(?:to\s+|on\s+)?)?(?:us(?:e|es|ed|ing)|"
            r"run(?:s|ning)? on|ran on|rel(?:y|ies|ied|ying) on|powered by|driven by|equipped with|built (?:on|around)|"
            r"adopt(?:s|ed|ing)?|integrat(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|feature[sd]?|featuring|pack(?:s|ed)?)\s+"
            r"(?:the\s+|its\s+|their\s+)?(?:[a-z-]+'s?\s+)?"), name="en-firms-products-use"),
    # "DeepSeek-V3 was trained on 2,048 of Nvidia's H800 chips", "GLM-Image was trained from start to finish on Atlas servers"
    Pattern("uses", PLATFORM, PRODUCT | PLATFORM, True, _r(r"(?:\s+(?:[\w-]+\s+)?(?:model|llm|chatbot|models))?" + EN_AUX
            + _EN_TRAINED_ON), name="en-model-trained-on"),
    # "iFlytek's Spark model was trained entirely on Huawei Ascend hardware": the firm whose model it is uses the hardware too
    Pattern("uses", FIRM, PRODUCT, True, _r(r"'s?\s+(?:[\w.-]+\s+){1,4}?(?:model|llm|chatbot|models)" + EN_AUX + _EN_TRAINED_ON),
            name="en-firms-model-trained-on-x"),
    # "DeepSeek said it trained its V3 model on 2,048 of Nvidia's H800 chips": the model, not the firm
    Pattern("uses", PLATFORM, PRODUCT, True, _r(r"(?:\s+(?:[\w-]+\s+)?(?:model|llm|chatbot|models))?\s+(?:(?:entirely|mainly|"
            r"mostly|largely|only|exclusively)\s+)?(?:on|using|with)\s+(?:(?:about|around|some|nearly|over|more than|up to|roughly|"
            r"just|only)\s+)?(?:[\d,]+\s+(?:of\s+)?)?(?:[a-z-]+'s?\s+)?"),
            pre=_r(r"\b(?:(?:pre-?)?train(?:ed|s|ing)?|ran|run(?:s|ning)?|serv(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|host(?:s|ed|ing)?)"
                   r"\s+(?:(?:its|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?$"), name="en-trained-its-model-on"),
    # "the final training run of its V3 model used 2,048 H800s": a quantity of chips the model used
    Pattern("uses", PLATFORM, CHIP | SYSTEM, True, _r(r"(?:\s+(?:[\w-]+\s+)?(?:model|llm|models))?" + EN_AUX
            + r"(?:used|uses|required|requires|needed|needs|took|consumed|ran on|runs on)\s+(?:(?:only|just|about|some|around|"
            r"roughly|nearly|fewer than|less than|more than)\s+)?[\d,]+\s+(?:of\s+)?(?:[a-z-]+'s?\s+)?"), name="en-model-used-n"),
    # "now competes with Nvidia as well as with Huawei", "is competing with Naura, ..., and with AMEC"
    Pattern("competesWith", FIRM, FIRM, True, _r(EN_AUX + r"(?:compet\w*|vie[sd]?|vying|go(?:es)? head-to-head)\s+"
            r"(?:(?:directly|head-on|openly|fiercely|squarely)\s+)?(?:with|against)\s+[^.;]{1,140}?,?\s+(?:as well as|and also|"
            r"and|but also|plus)\s+(?:(?:also|increasingly|now)\s+)?(?:with|against)\s+" + _any(2)), name="en-competes-and-with"),
    # "Moore Threads, one of China's would-be Nvidia challengers", "Biren is a Nvidia rival": the firm modifies the noun
    Pattern("competesWith", FIRM, FIRM, True, _r(r"(?:,\s+(?:a|an|another|one of|among|the)\s+|" + EN_COP + r"(?:a\s+|an\s+|another\s+)?)"
            r"(?:[^,.;]{0,60}?\s+)?"), post=_r(r"\s+" + _RIVAL_EN + r"\b(?!\s+(?:of|to|for)\b)"), name="en-firm-rival-compound"),
    # "rivals of Xilinx such as Anlogic", "Nvidia's Chinese competitors, including Huawei": the examples are rivals
    Pattern("competesWith", FIRM, FIRM, True, _r(r",?\s+(?:such as|including|like|notably|among them|the likes of)\s+(?:the\s+)?"),
            pre=_r(r"\b" + _RIVAL_EN + r"\s+(?:(?:in|at)\s+[\w-]+\s+)?(?:of|to)\s+(?:the\s+)?$"), name="en-rivals-of-like"),
    Pattern("competesWith", FIRM, FIRM, True, _r(r"'s?\s+(?:[\w-]+\s+){0,2}?" + _RIVAL_EN + r",?\s+(?:such as|including|like|notably|"
            r"among them|the likes of)\s+(?:the\s+)?"), name="en-firms-rivals-like"),
    # "analysts described Huawei as Nvidia's main competitor", "Cambricon is seen as Nvidia's closest rival in China"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"(?:,[^.;]{1,120}?,)?\s+(?:(?:is|are|was|were|has been|have been|had been|"
            r"being|long|widely|often|increasingly|now|also)\s+)*(?:(?:seen|viewed|regarded|considered|described|touted|billed|"
            r"positioned|hailed|pitched|cast|framed|named|identified|ranked|counted|emerging|emerged)\s+)?as\s+(?:the\s+|a\s+|an\s+)?"
            r"(?:(?:main|chief|biggest|closest|strongest|most serious|most credible|leading|only|real|top|key|primary|fiercest|"
            r"principal|potential)\s+)*"),
            post=_r(r"'s?\s+(?:[\w.-]+\s+){0,3}?" + _RIVAL_EN + r"\b"),
            pre=_r(r"(?:\b(?:described|describes?|sees?|saw|regards?|regarded|views?|viewed|considers?|considered|calls?|called|"
                   r"names?|named|identif\w+|ranks?|ranked|counts?|counted|casts?|treats?|treated)\s+|^|[,;:]\s*)$"),
            name="en-seen-as-rival"),
    # "Cambricon, often called China's answer to Nvidia", "Huawei's answer to Nvidia"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"(?:,\s+(?:[^,.;]{0,50}?\s+)?|" + EN_COP + r"(?:[^,.;]{0,40}?\s+)?|'s?\s+"
            r"(?:[\w-]+\s+){0,2}?)(?:answer|response|riposte|reply)\s+to\s+(?:the\s+)?"),
            post_not=_r(r"'s?\s+(?:[\w-]+\s+){0,2}?(?:questions?|calls?|requests?|sanctions?|rules?|ban|curbs?|controls?)\b"),
            name="en-answer-to"),
    # "Huawei is up against Nvidia", "faces stiff competition from Cambricon", "squares off against", "battles Nvidia for"
    Pattern("competesWith", FIRM, FIRM, True, _r(EN_AUX + r"(?:(?:is|are|was|were)\s+(?:squarely\s+|directly\s+)?up against|"
            r"go(?:es)? up against|went up against|going up against|squar(?:e|es|ed|ing) off (?:against|with)|"
            r"fac(?:e|es|ed|ing) (?:(?:stiff|fierce|tough|growing|intense|direct|increasing|strong|mounting|rising|serious|"
            r"new|more|little|no|fresh)\s+)*(?:competition|rivalry|pressure|a challenge|challenges) from|"
            r"battl(?:e|es|ed|ing)(?: (?:with|against))?|jostl(?:e|es|ed|ing) with|lock(?:s|ed)? horns with|"
            r"(?:is|are|was|were) (?:locked )?in a (?:\S+\s+){0,2}?(?:battle|race|fight|war|contest) (?:with|against))\s+" + _any(2)),
            post_not=_r(r"\s+(?:over|in court)\b"), name="en-up-against"),
    # "in competition with" for products: "the Ascend 910C is in direct competition with the H20"
    Pattern("competesWith", TECH, TECH, True, _r(EN_AUX + r"(?:(?:is|are|was|were)\s+)?in (?:\S+\s+){0,2}?competition "
            r"(?:with|against)\s+" + _any(2)), name="en-product-in-competition"),
]
_ENR8 += [
    # "the battle between Huawei and Nvidia", "the rivalry pitting Cambricon against Nvidia", "Huawei versus Nvidia"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\s+(?:and|against|vs\.?|versus)\s+(?:the\s+)?"),
            pre=_r(r"\b(?:battle|rivalry|race|contest|fight|duel|war|competition|showdown|clash|face-off|struggle|tussle)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:between|pitting|of)\s+(?:the\s+)?$"), name="en-battle-between"),
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\s+(?:vs\.?|versus)\s+(?:the\s+)?"), name="en-versus"),
]

_IT_GOODS = (r"(?:chip|memori[ae]|hbm|gpu|processor[ei]|schede|scheda|acceleratori|acceleratore|macchinari|server|componenti|"
             r"scanner|apparecchiature|sistemi|wafer|prodotti|dispositivi|litografi)")
_IT_CUST = r"(?:client[ei]|acquirent[ei]|compratori)"
# a short auxiliary run: no relative clause or apposition may stand between the subject and its verb
_IT_AUX_SHORT = (r"\)?(?:\s+di\s+[a-z]+)?(?:\s*,\s*(?:che|la quale|il quale)\b)?\s*(?:(?:e|sono|era|sarebbe|sarebbero|sara|"
                 r"ha|hanno|non|mai|anche|gia|ancora|ora|oggi|ormai|sempre|deve|devono|dovra|dovranno|dovrebbe|puo|possono|"
                 r"potrebbe|potra|sta|stanno|inoltre|invece|gli|le)\s+)*")
_ITR8: list[Pattern] = [
    # "Jcet iniziò a lavorare per conto di SanDisk": the contractor supplies the client
    Pattern("supplies", FIRM, FIRM, True, _r(IT_AUX + r"(?:(?:inizi|cominci|continu|torn)\w*\s+a\s+)?(?:lavor|produc|produrre|"
            r"fabbric|assembl|confezion)\w*\s+(?:\S+\s+){0,3}?per conto (?:di|del|della|dell')\s*"), name="it-works-on-behalf-of"),
    # "Il suo modello V3, su cui si basa R1": the model named after the relative uses the one before
    Pattern("uses", PLATFORM, PLATFORM | PRODUCT, False, _r(r"\s*,\s+(?:su cui|sul quale|sulla quale|da cui)\s+(?:si\s+)?"
            r"(?:basa|basano|fonda|fondano|poggia|poggiano|deriva|derivano|e (?:costruit|basat|derivat)[oa])\s+(?:(?:il|lo|la|l')\s*)?"),
            name="it-x-on-which-y-is-based"),
    # "diversi fornitori cloud, a partire da SiliconFlow, offrono già R1 su chip Ascend", "hanno lanciato un servizio … sui chip Ascend"
    Pattern("uses", FIRM, TECH, True, _r(IT_AUX + r"(?:offr\w*|offert\w*|lanci\w*|vend\w*|fornisc\w*|fornit\w*|ospit\w*|eroga\w*|"
            r"distribuisc\w*|distribuit\w*)\s+(?![^.;]*\bda\s)[^.;]{0,60}?\s+(?:su|sui|sugli|sulle|sul|sulla|sull')\s*"
            r"(?:(?:propri|suoi|loro)\s+)?(?:(?:chip|gpu|processori|acceleratori|schede|server|cluster|npu)\s+)?(?:(?:di|del)\s+)?"),
            name="it-offers-on-chips"),
    # "i data center di Alibaba Cloud poggiano ancora in larga parte su A100 e H800"
    Pattern("uses", FIRM, TECH, True, _r(r"\s+(?:(?:ancora|gia|oggi|tuttora|ormai)\s+)*(?:poggi\w*|si bas\w*|si appoggi\w*|"
            r"gir\w*|funzion\w*|si regg\w*)\s+(?:(?:ancora|gia|oggi|soprattutto|in larga parte|in gran parte|principalmente|"
            r"anche|tuttora|quasi interamente|interamente)\s+)*(?:su|sui|sugli|sulle|sul|sulla|sull')\s*(?:(?:chip|gpu|schede)\s+)?"),
            pre=_r(r"\b(?:data center|server|cluster|infrastruttur[ae]|modelli|servizi|sistemi|centri di calcolo)\s+"
                   r"(?:di|del|della|dell')\s*$"), name="it-firms-systems-rest-on"),
    # "ByteDance, Alibaba e Tencent avrebbero moltiplicato gli ordini di H20": the buyers use the chip
    Pattern("uses", FIRM, TECH, True, _r(IT_AUX + r"(?:moltiplic|aument|raddoppi|triplic|piazz|effettu|accelerat|anticipat)\w*\s+"
            r"(?:(?:gli|i|nuovi|grandi|maxi|propri|loro)\s+)*(?:ordini|ordinativi|acquisti)\s+(?:di|del|della|dell'|degli|dei|per)\s*"
            r"(?:(?:chip|gpu|schede|processori|acceleratori)\s+)?"), name="it-steps-up-orders-of"),
    # "Baidu è cliente di Huawei", "Tencent non è più cliente di Nvidia", "Baidu è tra i clienti di Huawei"
    Pattern("supplies", FIRM, FIRM, False, _r(IT_AUX + r"(?:(?:e|era|resta|rimane|sono|erano|restano|rimangono|diventa|"
            r"diventata|diventato|divenuta|divenuto|sara|sarebbe)\s+)?(?:(?:non|piu|mai|gia|ancora|oggi|ora|tuttora|anche|"
            r"da anni|da tempo|storicamente)\s+)*(?:(?:un|il|uno dei|una delle|tra i|fra i)\s+|l')?(?:(?:grande|grandi|"
            r"principale|principali|maggiore|maggiori|important[ei]|primo|prim[oi]|storic[oi]|fedel[ei]|nuov[oi])\s+)*"
            + _IT_CUST + r"\s+(?:(?:important[ei]|principal[ei]|storic[oi]|cines[ei]|american[oi])\s+)?(?:di|del|della|dell')\s*"),
            name="it-bare-cliente-di"),
    # "I clienti di Huawei includono Baidu", "tra i clienti di Nvidia ci sono Alibaba e Tencent"
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:\s+(?:in cina|in europa|negli stati uniti))?\s*,?\s+(?:(?:includono|"
            r"comprendono|annoverano|sono|erano|contano|figurano|figura|spiccano|spicca|ci sono|c'e|si contano|vanno da)\s+)"
            r"(?:(?:anche|gia|ora|oggi|soprattutto)\s+)*(?:(?:il|lo|la|l'|i|gli|le)\s*)?"),
            pre=_r(r"\b" + _IT_CUST + r"\s+(?:(?:principali|maggiori|cinesi|storici|importanti)\s+)?(?:di|del|della|dell')\s*$"),
            name="it-clienti-di-includono"),
    # "Huawei avrebbe accumulato scorte di memoria Samsung", "Tencent compra GPU Nvidia", "usa chip di Huawei"
    Pattern("supplies", FIRM, FIRM, False, _r(IT_AUX + r"(?:acquist\w*|compr[ao]\w*|comprat\w*|ordin[ao]\w*|ordinat\w*|"
            r"accumul\w*|fatto incetta di|fa incetta di|fare incetta di|import[ao]\w*|importat\w*|us[ao]|usano|usava|usavano|"
            r"usato|usat[aie]|usera|useranno|utilizz\w*|impieg\w*|adott\w*|installat\w*|install[ao]\w*|noleggi\w*|"
            r"si rifornisc\w* di|fa scorta di|fatto scorta di|monta|montano|montava|montato)\s+"
            r"(?:(?:scorte|stock|lotti|partite|migliaia|decine di migliaia|centinaia|milioni|grandi quantita|quantita)\s+"
            r"(?:di\s+)?)?(?:(?:i|gli|le|il|la|l'|lo|dei|degli|delle|del|della)\s*)?" + _IT_QTY + r"(?:\S+\s+){0,2}?"
            + _IT_GOODS + r"\s+(?:(?:[a-z]+\s+)?(?:di|della|del|dell')\s*)?"),
            name="it-buys-maker-goods"),
    # "Xiaomi continuerà a usare gli Snapdragon", "Baidu ha iniziato ad adottare i Kunlun"
    Pattern("uses", FIRM, TECH, True, _r(IT_AUX + r"(?:continu\w*|seguit\w*|segue|seguono|prosegu\w*|torn\w*|inizi\w*|"
            r"comincia\w*|cominci\w*|pass\w*|pront[oaie]|decis[oa])\s+(?:a|ad|di)\s+(?:us\w*|utilizz\w*|impieg\w*|adott\w*|"
            r"acquist\w*|compr\w*|ordin\w*|montare|integrare|affidarsi a(?:l|ll'|gli|i)?)\s*(?:(?:i|gli|le|il|la|l'|lo)\s*)?"
            + _IT_QTY + _any(4)), name="it-continues-to-use"),
    # "il Kirin 9000S che Huawei ha montato sui suoi smartphone", "l'H20, che ByteDance usa per l'inferenza"
    Pattern("uses", TECH, FIRM, False, _r(r"\s*,?\s+(?:(?:il|lo|la|l'|un|una|uno)\s*(?:[\w-]+\s+){0,2}?(?:sistema|chip|processore|"
            r"acceleratore|modello|scheda|piattaforma|software|gpu)(?:\s+[a-z]+)?\s+)?(?:che|il quale|la quale|i quali|le quali)\s+"
            r"(?:(?:il|lo|la|l')\s*)?"),
            post=_r(r"\s+(?:(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|sta|stanno|gia|ancora|anche|poi|ora|oggi)\s+)*"
                    r"(?:(?:usat|utilizzat|impiegat|adottat|montat|integrat|acquistat|comprat|ordinat|scelt)[oaie]|"
                    + _IT_USES_NOW + r"|monta|montano|integra|integrano|usando|utilizzando|montando)\b"),
            confidence=0.7, name="it-rel-object-uses"),
    # "Inspur, H3C e xFusion dovrebbero offrire server basati su Gaudi 2"
    Pattern("uses", FIRM, TECH, True, _r(IT_AUX + r"(?:offr\w*|vend\w*|lanci\w*|present\w*|produc\w*|produrr\w*|propon\w*|"
            r"commercializz\w*|costru\w*)\s+(?:(?:i|dei|degli|delle|nuovi|nuove|propri|proprie|suoi|sue|loro)\s+)*(?:server|"
            r"sistemi|macchine|schede|computer|pc|portatili|auto|vetture|smartphone|telefoni|dispositivi|cluster)\s+"
            r"(?:basat|fondat|costruit|equipaggiat|dotat|alimentat|spint)[oaie]\s+(?:su|con|da|dai|dagli|dal|dalla|sui|sugli|"
            r"sul|sulla)\s*(?:(?:il|lo|la|l'|i|gli|le)\s*)?(?:(?:chip|processori|acceleratori|gpu)\s+)?"),
            confidence=0.7, name="it-offers-machines-based-on"),
    # "DeepSeek-V3 è stato addestrato su 2.048 GPU H800", "R1 gira su chip Ascend", "il modello funziona sugli Ascend"
    Pattern("uses", PLATFORM, PRODUCT | PLATFORM, True, _r(r"(?:\s+\([^()]{1,40}\))?" + IT_AUX + r"(?:(?:pre-?)?addestrat\w*|"
            r"(?:pre-?)?addestra\w*|allenat\w*|eseguit\w*|girat\w*|gira|girano|girava|giravano|funziona|funzionano|funzionava|"
            r"ospitat\w*|distribuit\w*|servit\w*|erogat\w*|costruit\w*|sviluppat\w*)\s+(?:(?:interamente|completamente|"
            r"esclusivamente|solo|soltanto|principalmente|in gran parte|anche|gia|ora|proprio|da cima a fondo)\s+)*"
            r"(?:su|sui|sugli|sulle|sul|sulla|sull'|con|usando|utilizzando|impiegando|grazie a|grazie ai)\s*"
            r"(?:(?:i|gli|le|il|la|l'|lo)\s*)?" + _IT_QTY + r"(?:(?:gpu|chip|processori|acceleratori|schede|server|cluster|"
            r"supernodi|nodi)\s+(?:(?:di|da)\s+)?)?(?:(?:di|del|della|dell')\s*\S+\s+)?"), name="it-model-trained-on"),
    # "la battaglia tra Huawei e Nvidia", "la sfida Huawei contro Nvidia", "il duello fra Cambricon e Nvidia"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\s+(?:e|ed|contro|vs\.?|versus)\s+(?:(?:il|lo|la|l'|i|gli|le)\s*)?"),
            pre=_r(r"\b(?:sfida|battaglia|duello|guerra|rivalita|concorrenza|competizione|corsa|scontro|braccio di ferro|"
                   r"contesa|lotta|derby|testa a testa)\s+(?:[a-z]+\s+){0,2}?(?:(?:tra|fra)\s+(?:il\s+|lo\s+|la\s+|l'|i\s+|gli\s+|"
                   r"le\s+)?)?$"), name="it-battle-between"),
    # "Huawei se la vede con Nvidia", "tiene testa a Nvidia", "fa concorrenza a Nvidia", "si contende il mercato con Nvidia"
    Pattern("competesWith", FIRM, FIRM, True, _r(_IT_AUX_SHORT + r"(?:se la (?:vede|vedra|vedrebbe|deve vedere|dovra vedere|vedeva)|"
            r"(?:(?:dovra|deve|dovranno|devono|dovrebbe|potrebbe)\s+)?vedersel[ao]|tien[ei] testa|tengono testa|tenere testa|fa(?:nno)? concorrenza|fare concorrenza|si contend\w*(?:\s+\S+){0,4}?|"
            r"contend\w*(?:\s+\S+){0,4}?|si scontr\w*|duell\w*|insidi\w*|sfid\w*|rivaleggi\w*|lotta|lottano|"
            r"(?:e|sono) in (?:\S+\s+)?(?:lotta|gara|corsa|guerra))\s+(?:(?:apertamente|direttamente|frontalmente)\s+)?"
            r"(?:con|contro|a|ad|al|alla|all')?\s*" + _any(2)), post_not=_r(r"\s+(?:in tribunale|per brevetti)\b"),
            name="it-faces-rival"),
    # "concorrenti locali di Xilinx come la shanghaiese Anlogic": the named examples are the firm's rivals
    Pattern("competesWith", FIRM, FIRM, True, _r(r",?\s+(?:come|tra cui|fra cui|quali|tra i quali|ad esempio)\s+(?:(?:il|lo|la|l'|i|gli|le)\s*)?"
            r"(?:(?:cinese|cinesi|statunitense|americana|americano|giapponese|coreana|europea|taiwanese|[a-z]+ese)\s+)?"),
            pre=_r(r"\b" + _IT_RIVAL + r"\s+(?:[a-z]+\s+){0,2}?(?:di|del|della|dell'|dei|degli)\s*$"), name="it-rivals-of-like"),
    # "il Kirin 9000S è la risposta di Huawei a Qualcomm", "Cambricon, la risposta cinese a Nvidia"
    Pattern("competesWith", FIRM, FIRM, True, _r(r"\s+(?:a|ad|al|alla|all')\s*"),
            pre=_r(r"\b(?:risposta|alternativa|replica|antagonista|anti)\s+(?:di|del|della|dell')\s*$"), name="it-risposta-di-a"),
    Pattern("competesWith", FIRM, FIRM, True, _r(r"(?:\s*,\s+|" + IT_AUX + r"(?:e|sono|sarebbe|resta|rimane|era|viene considerat[oa]"
            r"|e considerat[oa]|e vist[oa] come)\s+)(?:(?:la|una|l')\s*)(?:(?:vera|principale)\s+)?(?:risposta|alternativa|"
            r"antagonista)\s+(?:(?:cinese|nazionale|europea|americana)\s+)?(?:a|ad|al|alla|all'|di|del|della|dell')\s*"),
            name="it-risposta-a"),
]

_ZH_GOODS = r"(?:产品|芯片|晶片|gpu|显卡|加速卡|处理器|服务器|设备|光刻机|机台|存储|内存|hbm|算力卡|板卡|器件|模组|cpu)"
_ZHR8: list[Pattern] = [
    # "腾讯会继续采购英伟达产品", "华为囤积了三星的HBM", "字节跳动大量购买英伟达的GPU": the maker supplies the buyer
    Pattern("supplies", FIRM, FIRM, False, _r(r"(?!" + ZH_ANY + r"{0,12}?(?:暂停|中止|终止|取消|放弃|叫停|搁置|推迟|减少))" + ZH_ANY
            + r"{0,12}?(?:采购|购买|订购|进口|囤积|抢购|购入|买入|租用|使用|采用|选用|"
            r"依赖|部署|囤货|扫货|下单)(?:了)?(?:大量|大批|批量|更多|一批|数千|数万|上万|上千)?(?:的)?"),
            post=_r(r"(?:的)?(?:[^，。；,;的]{0,6}?)" + _ZH_GOODS), name="zh-buys-makers-goods"),
    # "英伟达的客户包括阿里、腾讯和百度", "华为的主要客户有百度"
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:的|之)?(?:[^，。；,;]{0,8}?)?(?:主要|重要|核心|大|最大|第一大|前五大|知名|"
            r"国内|海外|中国)?(?:客户|买家|采购方)(?:群|名单)?(?:中)?(?:主要|还|则|也|已|已经)?(?:包括|包含|涵盖|有|为|是|如|"
            r"覆盖|囊括|遍及)(?:了)?"), post_not=_r(r"(?:等)?(?:在内的)?(?:多家|众多)?(?:竞争|对手)"), name="zh-customers-include"),
    # "燧原的邃思芯片已用于云燧系列加速卡": the host uses the part
    Pattern("uses", TECH, PRODUCT | FIRM, False, _r(ZH_ANYC + r"{0,16}?(?:曾|已|已经|也|还|均|都|先后|陆续|广泛|大量|率先|正式|"
            r"即将|将|被|主要)*(?:用于|用在|运用于|运用在|使用于|应用在|适用于|装配在|搭载在)(?:了)?(?:[^。；,，]{1,12}?的)?"),
            post=_r(r"(?:等" + ZH_ANY + r"{0,10}?|的?[\u4e00-\u9fff]{0,8}?)?(?:中|里|内|之中|当中|上|(?=[,;.。，；]|$))"),
            name="zh-used-in"),
    # "基于昇腾的兆瀚一体机", "采用昇腾芯片的服务器": the product built on the part uses it
    Pattern("uses", TECH, SYSTEM | PLATFORM | CHIP, False, _r(r"(?:\s?(?:芯片|晶片|处理器|平台|架构|算力|技术|gpu|加速卡|"
            r"技术路线))?的"), pre=_r(r"(?:基于|依托|采用|运行于|运行在|跑在)(?:国产|华为|自家|自研)?$"),
            post_not=_r(r"\s?(?:模型)?(?:的)?(?:推理|训练|服务|云服务|api|部署|应用)"), name="zh-based-on-x-the-y"),
    # "兆瀚系列产品基于华为鲲鹏、昇腾技术路线打造", "该一体机基于昇腾910B构建"
    Pattern("uses", SYSTEM | PLATFORM, PRODUCT | PLATFORM, True, _r(ZH_ANY + r"{0,10}?(?:基于|依托|依靠|采用)(?:了)?"
            r"(?:国产|华为|自家|自研)?"),
            post=_r(r"(?:(?:、|和|与|及)[^，。；,;]{1,10}?)?(?:芯片|处理器|平台|架构|算力|技术|技术路线|gpu|加速卡|服务器)?"
                    + ZH_ANY + r"{0,6}?(?:打造|开发|构建|研发|搭建|推出|设计|训练|运行|部署)"), name="zh-built-on"),
    # "MiniMax-M1的强化学习训练仅用了512块英伟达H800"
    Pattern("uses", PLATFORM, CHIP | SYSTEM, True, _r(r"(?:模型)?(?:的)?(?:[\u4e00-\u9fff]{0,6}?)(?:训练|预训练|推理)"
            r"(?:过程|阶段|任务)?(?:中)?(?:仅|只|总共|共|一共|主要|约)?(?:使用|用|动用|调用|消耗|耗用|依靠|依赖)(?:了)?" + _ZH_QTY
            + r"(?:[^，。；,;\d]{0,4}?)"), name="zh-model-training-used"),
    # "上海微电子短期内仍难以撼动艾司摩尔的地位", "寒武纪试图蚕食英伟达的市场份额", "打破英伟达的垄断"
    Pattern("competesWith", FIRM | TECH, FIRM | TECH, True, _r(ZH_ANY + r"{0,16}?(?:撼动|挑战|动摇|冲击|打破|威胁|蚕食|抢占|"
            r"抢夺|瓜分|分食|争夺|取代|替代|颠覆|打破了|削弱|侵蚀|抢走|夺取)(?:了)?(?:美国|国际|海外|国外)?"),
            post=_r(r"(?:在[^，。；,;]{1,12}?)?(?:的|之)?(?:[^，。；,;]{0,8}?)(?:地位|霸主地位|主导地位|统治地位|垄断|霸权|市场份额|"
                    r"份额|市场|领先地位|龙头地位|江山|蛋糕|统治|生态(?:壁垒|护城河)?|护城河|客户)"),
            post_not=_r(r"(?:的|之)?(?:[^，。；,;]{0,8}?)(?:合作伙伴|伙伴)"), name="zh-shakes-position"),
    # "寒武纪对标英伟达", "摩尔线程剑指英伟达": a firm that takes aim at another
    Pattern("competesWith", FIRM, FIRM, True, _r(ZH_ANY + r"{0,10}?(?:对标|瞄准|剑指|直指|狙击|挑战|硬刚|pk|叫板)(?:了)?"
            r"(?:美国|国际|海外|国外|全球)?(?:芯片|gpu|ai芯片)?(?:巨头|龙头|霸主|大厂)?"),
            post_not=_r(r"(?:的)?(?:[^，。；,;]{0,6}?)(?:市场|客户|需求|产品线|芯片|gpu|显卡|加速卡|处理器|系列)"), name="zh-takes-aim-at"),
    # "百度并非华为的客户", "中芯国际不再是华为的供应商": the denied relation
    Pattern("supplies", FIRM, FIRM, False, _r(r"(?:目前|至今|此前|已|已经|也|亦|从来|始终|一直)*(?:并非|并不是|不是|不再是|从来不是|"
            r"绝非|并未成为|没有成为|未成为|尚未成为|不属于|并不属于)" + ZH_ANY + r"{0,4}?"),
            post=_r(r"(?:的)?\S{0,6}?(?:客户|买家)"), name="zh-not-customer"),
    Pattern("supplies", FIRM, FIRM, True, _r(r"(?:目前|至今|此前|已|已经|也|亦|从来|始终|一直)*(?:并非|并不是|不是|不再是|从来不是|"
            r"绝非|并未成为|没有成为|未成为|尚未成为|不属于|并不属于)" + ZH_ANY + r"{0,4}?"),
            post=_r(r"(?:的)?\S{0,6}?(?:供应商|供货商)"), name="zh-not-supplier"),
]

EN += _ENR8
IT += _ITR8
ZH += _ZHR8

PATTERNS: dict[str, list[Pattern]] = {"en": EN, "it": IT, "zh": ZH}

# Comparatives whose target is left implicit ("consumi più alti", "功耗更高"): reuse the sentence's last target.
DANGLING = {
    "en": [(re.compile(r"\b(?:more memory|larger memory|more hbm|bigger memory)\b"), "hasMoreMemoryThan"),
           (re.compile(r"\b(?:(?:consum\w*|draw\w*|us(?:e|es|ing)|needs?) more (?:power|energy)|higher power|greater power|"
                       r"more power-hungry|hungrier)\b"), "consumesMorePowerThan"),
           (re.compile(r"\b(?:similar|comparable|equivalent|roughly equal) performance\b"), "comparableTo")],
    "it": [(re.compile(r"\bpiu (?:memoria|hbm)\b"), "hasMoreMemoryThan"),
           (re.compile(r"\b(?:consumi (?:piu alti|superiori|maggiori)|consumo (?:energetico )?(?:superiore|maggiore|piu alto)|"
                       r"consuma (?:di )?piu|maggiori consumi)\b"), "consumesMorePowerThan"),
           (re.compile(r"\bprestazioni (?:\S+\s+){0,3}?(?:equivalenti|simili|paragonabili|analoghe)\b"), "comparableTo")],
    "zh": [(re.compile(r"(?:显存|内存)(?:容量)?(?:也|则|都|还)?(?:更大|更多|更高)"), "hasMoreMemoryThan"),
           (re.compile(r"(?:功耗|能耗|耗电)(?:也|则|都|还)?(?:更高|更大|更多)"), "consumesMorePowerThan"),
           (re.compile(r"性能(?:相当|相近|接近|持平)"), "comparableTo")],
}
COMPARATIVES = {"comparableTo", "hasMoreMemoryThan", "consumesMorePowerThan", "outperforms", "alternativeTo"}
