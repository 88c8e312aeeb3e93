"""Cue words per language: negation, hedging, reporting, coreference and unnamed-product phrases.

All regexes run over folded text (see textnorm.fold): lower case, no accents, half-width,
simplified Chinese, ASCII quotes and dashes.
"""

from __future__ import annotations

import re

ORG = frozenset({"Organization", "Company", "Foundry", "GovernmentBody", "MediaOutlet"})
FIRM = frozenset({"Organization", "Company", "Foundry"})
FAB = frozenset({"Foundry", "Company", "Organization"})
CHIP = frozenset({"Chip"})
SYSTEM = frozenset({"System"})
PRODUCT = frozenset({"Chip", "System"})
PLATFORM = frozenset({"SoftwarePlatform"})
TECH = PRODUCT | PLATFORM
POLICY = frozenset({"Policy"})
GOV = frozenset({"GovernmentBody", "Country"})
PLACE = frozenset({"Place", "Country", "City"})
CITY = frozenset({"City"})
COUNTRY = frozenset({"Country"})
MEDIA = frozenset({"MediaOutlet"})

# Negation that governs the verb of a relation (searched in the clause around the trigger).
NEGATION = {
    "en": re.compile(r"\b(?:not|n't|never|no longer|neither|nor|without|denied|denies|deny|"
                     r"refuted|stopped|ceased|halted|cannot|can't|won't|isn't|aren't|wasn't|weren't)\b|n't\b"),
    # "ne" is "né" (nor) unless a finite verb follows: the partitive clitic ("Washington ne vietasse la vendita")
    "it": re.compile(r"\b(?:non|ne(?!\s+(?:ha|hanno|aveva|avevano|avra|avranno|avrebbe|avrebbero|abbia|abbiano|avesse|avessero|"
                     r"possiede|possiedono|detiene|detengono|[a-z]{2,}(?:asse|assero|esse|essero|isse|issero|ava|avano|eva|evano|"
                     r"iva|ivano|ebbe|ebbero)\b))|mai|smentit\w*|nega\w*|negato|senza|smesso|cessato|piu da|nemmeno|neanche|"
                     r"neppure)\b"),
    # a bare 不 negates ("不兼容CUDA", "不受…限制") unless it opens a word that is no negation ("不仅", "不久", "不断")
    # or a comparative the patterns read ("不及H100", "不如")
    "zh": re.compile(r"并未|并非|没有|未曾|不再|否认|不是|未|不会|并不|停止|辟谣|不由|非由|無|没|"
                     r"(?<!得)不(?!仅|但|久|断|少|同|过|管|论|光|止|错|利|良|妨|已|乏|料|禁|外乎|言而喻|得不|一样|及|如)|"
                     r"(?<![基根原])本(?:会|将|可以|可)(?=[\u4e00-\u9fff])"),  # "…本会采购": would have, and did not
}
# A denial earlier in the sentence negates what follows ("denied that the chip was made by TSMC").
DENIAL = {
    # a correction: "An earlier version of this article said X was based in Beijing", "we wrongly reported that ..."
    "en": re.compile(r"\b(?:denied|denies|deny|refuted|rejected (?:reports|claims)|dismissed (?:reports|claims)|false|"
                     r"(?:an?|the) (?:earlier|previous|prior|original) version of this (?:article|story|report|piece)|"
                     r"(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately) (?:said|stated|reported|described|identified|"
                     r"claimed|called|named|gave|referred))\b"),
    "it": re.compile(r"\b(?:smentit\w*|ha negato|negano|nega che|fals[oaie]|respint\w* come|"
                     r"privi? di fondamento|prive di fondamento|infondat\w*|liquidat\w* come)\b"),
    "zh": re.compile(r"否认|辟谣|不实|澄清"),
}
# A report denied after it is stated: "网传“阿里投资DeepSeek”的消息不实", "A收购B一事纯属谣言" (matched right after the object)
DENIED_AFTER = {
    "zh": re.compile(r"[^。；;!?,，]{0,12}?[\"']?(?:的|之)?(?:(?:消息|传闻|传言|说法|报道|猜测|言论|一事|一说)(?:均|纯属|并|完全|都|根本|实属|系)?"
                     r"(?:不实|失实|不属实|并不属实|谣言|是谣言|为谣言|是假的|虚假|不准确|并不准确|为假|是假消息|系误传|是误传)|"
                     # "…一事，经本报向双方核实，纯属谣言", "…的市场传闻，寒武纪昨晚发布公告辟谣"
                     r"(?:消息|传闻|传言|说法|一事)[，,][^。；;!?]{0,24}?(?:纯属谣言|不实|失实|不属实|辟谣|否认|是假的|系误传))"),
}
# "secondo" as "according to" ("secondo Reuters"), not the ordinal ("un secondo polo", "il secondo trimestre")
_IT_SECONDO = (r"(?<!\bil )(?<!\bun )(?<!\bal )(?<!\bdel )(?<!\bnel )(?<!\bdal )secondo(?!\s+(?:trimestre|semestre|posto|anno|"
               r"mese|polo|sito|stabilimento|impianto|produttore|fornitore|cliente|mercato|gruppo|round|tempo|livello|lotto|"
               r"azionista|socio|chip|modello|piu|maggiore)\b)")
HEDGE = {
    "en": re.compile(r"\b(?:reportedly|allegedly|purportedly|according to|is said to|are said to|was said to|"
                     r"sources? (?:said|say|familiar)|people familiar|rumou?r\w*|may(?! \d)|might|could|is expected to|"
                     r"are expected to|plans? to|planning to|believed to|reports? (?:said|say|suggest)|"
                     r"is thought to|unconfirmed|speculat\w*|would|(?:analysts?|experts?|observers?|insiders?|some|many|industry "
                     r"watchers|researchers) (?:believe|believed|suspect|suspected|think|thought|estimate|estimated|say|said)|"
                     r"likely|probably|presumably|apparently|is understood to|are understood to|reports? that)\b"),
    "it": re.compile(r"\b\w+(?:rebbe|rebbero)\b|\b(?:" + _IT_SECONDO + r"|pare|sembra|indiscrezion\w*|si dice|presumibilmente|"
                     r"forse|potenzialmente|voci|fonti|probabilmente|verosimilmente|gli analisti (?:ritengono|stimano|pensano)|"
                     r"si ritiene|si stima)\b"),
    "zh": re.compile(r"据报道|据悉|据称|据传|传闻|知情人士|消息人士|或将|可能|有望|据了解|传出|报道称|据.{1,12}报道|预计|计划|"
                     r"分析师(?:认为|估计|推测|判断)|业内(?:人士)?(?:认为|推测|估计)|推测|猜测|传言|据信|(?:市场|外界)(?:普遍)?(?:认为|预料|预期)|"
                     r"疑似|或许|大概率|"
                     r"(?<![模虚])拟(?!合|人|态)"),  # "拟收购": a planned deal
}
# Reporting cues: a media outlet near one of these is the article's reported source.
REPORTING = {
    "en": re.compile(r"\b(?:according to|reported|reports|report|citing|cited|told|scoop|first reported|said)\b"),
    "it": re.compile(r"\b(?:" + _IT_SECONDO + r"|riporta|riportato|riferisce|scrive|rivela|rivelato|citando|stando a)\b"),
    "zh": re.compile(r"报道|援引|据|称|披露|消息"),
}

# Definite descriptions and pronouns -> the class group they refer back to.
COREF = {
    "en": [
        (re.compile(r"\b(?:the|this|that|its|the new|the latest|the new ai) (?:new |latest |ai |domestic |chinese |homegrown )?"
                    r"(?:chip|processor|accelerator|gpu|cpu|npu|soc|asic|card|die|silicon|(?<!\bfor its )(?<!\bon its )part)\b"),
         "chip"),  # not "for its part"; "the die is built by TSMC", "the silicon is fabricated by TSMC"
        (re.compile(r"\b(?:the|this) (?:(?!a |an )[a-z]+ )?(?P<n>system|cluster|supernode|rack|machine)\b"), "system"),
        # "the world's largest contract chipmaker", "the industry's biggest foundry"
        (re.compile(r"\bthe (?:world's|industry's|sector's|island's) (?:(?:largest|biggest|leading|top|dominant|"
                    r"second-largest|most advanced|most valuable) )?(?:(?:contract|chip|semiconductor|ai) )?(?P<n>chipmaker|"
                    r"chip ?maker|foundry|contract manufacturer|chip manufacturer|chip designer|company|firm)\b"), "firm"),
        (re.compile(r"\b(?:the|this) (?:(?:taiwanese|chinese|american|dutch|japanese|korean|south korean|internet|tech|"
                    r"technology|chip|semiconductor|ai|cloud|e-commerce|search|telecoms?|state-owned|listed|private) )?"
                    r"(?P<n>company|firm|startup|start-up|chipmaker|group|designer|chip designer|chip firm|business|maker|"
                    r"foundry|contract manufacturer)\b(?!'s? (?:rule|rules|ban|controls|list)\b| (?:rule|rules|regulation|ban|"
                    r"controls|industry|sector|market|business|capacity|customers|sales|model|space|landscape)\b)"), "firm"),
        (re.compile(r"\b(?:the|its|these|those) (?:new |revised |latest |updated |same |tighter |expanded |relevant |said |"
                    r"aforementioned |above )?(?:rules|controls|"
                    r"restrictions|regulations|curbs|thresholds|measures|licen[cs]e requirement|requirement|listing|blacklist|"
                    r"blacklisting|list(?! of| price))\b|\b(?:the|that) same (?:rule|regulation|listing|order|measure|package|requirement)\b|"
                    r"\b(?:the|that|this) (?:new |latest |same |october |december |2022 |2023 |2024 |2025 )?(?:export[- ]control |"
                    r"sanctions |rules )package\b"),
         "policy"),
        (re.compile(r"\b(?:the|that) (?:commerce )?(?:department|ministry|agency|bureau|regulator)\b"), "gov"),
        (re.compile(r"\bthe [a-z][a-z ]{0,20}?(?:, [a-z][a-z ]{0,20}?)?-(?:based|headquartered) (?:[a-z]+(?:-[a-z]+)* ){0,3}?"
                    r"(?P<n>company|firm|chipmaker|startup|start-up|designer|chip designer|group|maker|foundry|"
                    r"manufacturer|supplier|fab)\b"),
         "firm"),
        # "Alibaba and Tencent are among its shareholders": the firm the article is about, not one named in the clause
        (re.compile(r"(?:(?<=[a-z] )|^\s*)(?:its|their)(?= (?:[\w-]+ ){0,3}?(?:shareholders|investors|backers|stakeholders|customers|clients|"
                    r"financiers)\b)"), "possessor"),
        # "the Commerce Department put it on the Entity List", "Washington added it to the list": the firm the text is about
        (re.compile(r"\b(?:put|puts|putting|added|adds|adding|placed|places|placing|moved|moves|moving) (?P<n>it)\b"
                    r"(?= (?:on|onto|to) (?:the|its|a|an) (?:[\w-]+ ){0,3}?(?:list|blacklist)\b)"), "firm"),
        (re.compile(r"(?:^\s*|[.;:] )(?:it|they)\b(?! (?:is|was) (?:not )?(?:unclear|likely|possible|expected|reported(?! to be\b)|supposed|meant|hard|easy|difficult|"
                    r"clear|true|worth|too early|too soon|no surprise|surprising)\b)"), "subject"),
        # "analysts believe it is manufactured by SMIC", "the firm said it was backed by Tencent": a pronoun subject of
        # a passive clause inside the sentence
        (re.compile(r"(?<=[a-z] )it\b(?= (?:is|was|has been|had been|will be|would be|could be|may be|might be) "
                    r"(?:(?:also|still|now|only|already|mainly|mostly|largely|probably|likely) )?(?:made|manufactured|"
                    r"produced|fabricated|built|designed|developed|restricted|covered|banned|powered|equipped|sold|"
                    r"supplied|shipped|owned|backed|controlled|funded)\b)"), "subject"),
        (re.compile(r"(?<=[a-z] )it\b(?= by| in| on| at|[,.;]|$| as| for)|(?<=[a-z,] )it\b(?= (?:outperforms|beats|surpasses|"
                    r"trails|rivals|matches|uses|carries|offers|delivers|runs|supports|packs|draws|consumes|"
                    r"competes|sells|makes|designs|develops|launched|unveiled|released|designed|developed|produced|produces|made|"
                    r"manufactured|manufactures|fabricated|fabricates|built|builds|shipped|sold|used|bought|ordered|spent|spends|paid|"
                    r"rents|rented|owns|owned|"
                    r"(?:will|would|plans to|intends to|also) (?:use|deploy))\b)"), "subject"),
    ],
    "it": [
        # "Hua Hong ... dopo SMIC, compete con quest'ultima": the last entity named before
        (re.compile(r"\bquest'ultim[oa]\b"), "latter"),
        (re.compile(r"\b(?:il|lo|questo|tale|quel|del|dal|al|nel|sul|col|dello|dallo|allo|nello|sullo) "
                    r"(?:nuovo |stesso )?(?:chip|processore|acceleratore|componente|soc)\b"), "chip"),
        # a clitic object before a verb of use or manufacture: "Baidu lo usa", "SMIC li produce"
        (re.compile(r"(?<=[a-z] )(?:lo|la|li|le)(?= (?:(?:gia|anche|ora|ormai|oggi) )*(?:usa|usano|usava|usera|utilizza|utilizzano|"
                    r"utilizzava|utilizzera|impiega|impiegano|adotta|adottano|acquista|acquistano|compra|comprano|ordina|ordinano|"
                    r"produce|producono|produrra|produrrebbe|fabbrica|fabbricano|fabbricherebbe|stampa|stampano)\b)"), "chip"),
        # cleft: "A progettarlo è stata T-Head": the clitic is the product the text is about
        (re.compile(r"\b(?:a|ad) (?:progettar|sviluppar|realizzar|produr|fabbricar|costruir|disegnar|idear|stampar)(?P<n>lo|la)\b"),
         "chip"),
        (re.compile(r"\b(?:la|questa|tale|della|dalla|alla|nella|sulla) (?:nuova |stessa )?(?:gpu|cpu|npu|"
                    r"scheda(?: grafica| video| acceleratrice)?|soluzione)(?: proposta)?\b"), "chip"),
        (re.compile(r"\b(?:il|questo|tale|del|dal|nel) (?:nuovo )?(?:sistema|cluster|supernodo|server)\b"), "system"),
        (re.compile(r"\b(?:le|queste|tali|delle|dalle|nelle|alle) (?P<n>(?:nuove |stesse )?(?:regole|norme|restrizioni|misure|"
                    r"limitazioni))\b"), "policy"),
        (re.compile(r"\b(?:la|questa|della|dalla|nella|alla) (?P<n>(?:nuova |stessa )?(?:stretta|lista nera|lista))\b"), "policy"),
        (re.compile(r"\b(?:l'|dell'|all'|nell')(?P<n>obbligo di licenza)\b"), "policy"),
        (re.compile(r"\b(?:il|lo stesso|del|dal|dello stesso|dallo stesso) (?P<n>dipartimento|ministero|regolatore|bureau)\b"), "gov"),
        (re.compile(r"\b(?:il|lo|questo|nel|nello|del|dello|dal|dallo) (?P<n>(?:nuovo |stesso )?pacchetto)\b"), "policy"),
        # with an articulated preposition too: "la controllata del colosso", "creata dal gruppo", "alla societa"
        (re.compile(r"\b(?:l'azienda|la societa|il gruppo|la startup|la start-up|il colosso|l'impresa|la compagnia|"
                    r"il produttore|il costruttore|la casa)\b"), "firm"),
        # after an articulated preposition the mention is the noun: "la controllata del colosso", "creata dal gruppo"
        (re.compile(r"\b(?:(?:dell|dall|all|nell)'|(?:della|dalla|alla|nella|del|dal|al) )(?P<n>(?<=')(?:azienda|impresa)|"
                    r"(?<=a )(?:societa|startup|start-up|compagnia)|(?<=l )(?:gruppo|colosso|produttore|costruttore))\b"), "firm"),
        # "la fonderia cinese", "dalla fonderia taiwanese": the last foundry
        (re.compile(r"\b(?:la|della|dalla|alla|nella|sulla) fonderia(?: (?:cinese|taiwanese|sudcoreana|coreana|americana|"
                    r"statunitense|giapponese))?\b"), "firm"),
    ],
    "zh": [
        (re.compile(r"(?:该|这款|此|该款|这颗|这一|此款)(?:新|新款|全新)?(?:芯片|晶片|处理器|产品|加速卡|gpu|加速器)|"
                    r"(?<![\u4e00-\u9fff])新(?:款)?芯片|(?<=的)新(?:款)?芯片|"
                    r"其中(?:一|两|部分)(?:颗|块|枚|个)?(?:芯片|晶片|晶粒|裸晶|die)"), "chip"),
        (re.compile(r"(?:该|这套|此|这一)(?:系统|集群|超节点|服务器)"), "system"),
        (re.compile(r"(?:该公司|这家公司|该企业|该集团|公司方面|这家企业|该厂商)"), "firm"),
        (re.compile(r"(?:新规|该规则|这一规定|该禁令|这一禁令|上述规定|该清单|这一许可要求|新的许可要求|该许可要求|这些限制|新管制|"
                    r"(?:这项|该项|此项|这些|这项新|同一|同一项|同样的|相同的)(?:规定|规则|禁令|限制|管制|管制措施|许可要求|许可证要求|许可制度))"), "policy"),
        (re.compile(r"(?:该部门|该机构|该部)"), "gov"),
        # "将受到限制", "被纳入管制范围": the restriction the article is about
        (re.compile(r"(?<=受到|遭到)(?:限制|管制)|(?<=纳入|列入|划入)管制(?:范围|清单|名单)"), "policy"),
        # "浪潮集团早在2023年即已列名", "亦遭列名": listed on the list the article is about
        (re.compile(r"(?:(?<=[遭被已亦即均也曾未])|(?<=同样|一并|一同|先后|相继))列名(?![于在为单册])"), "policy"),
        # "美国的出口管制持续限制着其获取先进制程": 其 after a verb of restriction is the firm the sentence is about
        (re.compile(r"(?:(?<=限制|制约|打压|封锁|针对|阻碍|阻止|禁止)|(?<=限制着|限制了|制约着|制约了|阻碍了|打压着|阻止了|禁止了))其"), "firm"),
        # "寒武纪也被认为是其重要客户", "其主要客户包括…": 其 before a relation noun is the firm the text is about
        (re.compile(r"其(?=(?:的)?(?:重要|主要|最大|第一大|核心|长期|潜在|大|前[五十]大)?(?:客户|买家|供应商|股东|竞争对手|对手|代工厂)"
                    r"(?:群)?(?:之一|包括|包含|涵盖|有|[,.;:!?]|$))"), "firm"),
        # "美国商务部将其列入实体清单", "把其纳入管制": 其, the object of 将/把 before a listing verb, is the firm the text is about
        (re.compile(r"(?<=[将把])其(?=(?:正式|一并|一同|再次|也|亦)?(?:列入|纳入|加入|增列|列为|移出|移除|剔除))"), "firm"),
        # "同一批名单中，还包括…", "这份清单": the list the article is about
        (re.compile(r"(?:同一批|同批|这份|该份|此份|上述|这一|前述)(?:名单|清单|黑名单)"), "policy"),
        # "基于公司自研的MUSA架构": the company the sentence is about
        (re.compile(r"公司(?=自研|自主研发|自主设计|自行研发|自行设计)"), "firm"),
        (re.compile(r"(?:(?<=[基由是为被称：:，。；,])|^)公司(?![股名债])"), "firm"),
        # "根据DeepSeek-V3的技术报告，该模型在…上完成训练": the model just named
        (re.compile(r"(?:该|这一|此|这款|该款)(?:大)?模型|(?:该|这套|此|这一)(?:软件栈|软件平台|框架|工具链)"), "platform"),
        (re.compile(r"(?:后者|前者)"), "latter"),
    ],
}

# Two products named together just before: "两款芯片", "这两款产品" (zh only)
PAIR = {"zh": re.compile(r"(?:这|该|上述|此|前述)?(?:两|二)(?:款|颗|种)(?:芯片|晶片|产品|处理器|gpu|加速卡|型号)")}
# Two firms named together just before, after a preposition: "并与两者正面竞争", "与这两家公司竞争" (zh only)
PAIR_FIRM = {"zh": re.compile(r"(?<=与|和|同|跟|对|向|为|给)(?:这|上述|前述)?(?:两者|二者|两家(?:公司|企业|厂商|代工厂)?)")}
# "the two companies", "le due società", "两家公司" as a subject: the last two firms named, wherever they stand
# (PAIR_FIRM above: "与两者竞争", the two firms of a pair just listed)
PAIR_FIRM_ANY = {
    "en": re.compile(r"\b(?:the two|both)\s+(?:companies|firms|groups|chipmakers|chip makers|foundries|rivals)\b"),
    "it": re.compile(r"\b(?:le due|entrambe le) (?:societa|aziende|imprese)\b|\b(?:i due|entrambi i) (?:gruppi|colossi|produttori)\b"),
    "zh": re.compile(r"(?:(?<=^)|(?<=[,;:]))(?:这|上述|前述)?(?:两家(?:公司|企业|厂商|代工厂)|两者|二者)"),  # "…代工，两家公司正合力…"
}

# Unnamed products: "un innovativo chip AI", "Alibaba's new inference chip", "一款新的推理芯片".
UNNAMED = {
    "en": re.compile(r"\b(?:a|an|its|their|his|her|new)\s+(?:(?:new|own|innovative|novel|homegrown|domestic|custom|"
                     r"next-generation|next-gen|latest|in-house|advanced|powerful|ai|inference|training|dedicated|"
                     r"general-purpose)\s+){0,4}(?P<kind>chip|processor|accelerator|gpu|system|supercomputer|cluster)s?\b"
                     r"(?!\s+(?:designers?|makers?|firms?|company|companies|start-?ups?|giants?|groups?|units?|business|"
                     r"industry|sector|executives?|ban|war|shortage|supply|supplier|vendors?|developers?|market)|"
                     # "a cluster of 2,048 Nvidia H800 GPUs": a count of named chips, not a new product
                     r"\s+(?:of|with)\s+(?:(?:about|some|up to|more than|nearly|over|around|roughly|almost)\s+)?\d)"),
    "it": re.compile(r"\b(?:un|una|uno|il suo|la sua|un nuovo|una nuova)\s+(?:(?:nuovo|nuova|innovativo|innovativa|"
                     r"proprio|propria|potente|avanzato|avanzata)\s+){0,2}(?P<kind>chip|processore|acceleratore|gpu|sistema|"
                     r"supercomputer|cluster)(?:\s+(?:ai|ia|di intelligenza artificiale|per l'ai|per l'inferenza|"
                     r"di inferenza|proprietario))*\b"),
    "zh": re.compile(r"(?:一款|一颗|一套|新款|新一代|自研|全新)(?:的)?[^，。；,;]{0,12}?(?P<kind>芯片|晶片|处理器|加速卡|gpu|系统|集群)"),
}
KIND = {"chip": "chip", "processor": "chip", "processore": "chip", "accelerator": "accelerator",
        "acceleratore": "accelerator", "gpu": "GPU", "system": "system", "sistema": "system",
        "supercomputer": "system", "cluster": "system", "芯片": "chip", "处理器": "chip", "加速卡": "accelerator",
        "系统": "system", "集群": "system", "晶片": "chip"}
KIND_LABEL = {
    "chip": ("{org} chip (unnamed)", "chip di {org} (senza nome)", "{org}未命名芯片"),
    "accelerator": ("{org} accelerator (unnamed)", "acceleratore di {org} (senza nome)", "{org}未命名加速卡"),
    "GPU": ("{org} GPU (unnamed)", "GPU di {org} (senza nome)", "{org}未命名GPU"),
    "system": ("{org} system (unnamed)", "sistema di {org} (senza nome)", "{org}未命名系统"),
}

# Unnamed policies: "a causa di un ban imposto dal Governo di Pechino", "US export controls", "美国禁令".
POLICY_PHRASE = {
    "en": re.compile(r"\b(?P<adj>u\.?s\.?|american|chinese|washington's|beijing's|dutch|japanese|japan's|tokyo's|china's|"
                     r"(?:the\s+)?netherlands'|the hague's|taiwan's|(?:south\s+)?korea's|seoul's)?\s*(?:government\s+)?"
                     r"(?P<fill>(?:new|revised|latest|tighter|expanded|sweeping|updated|fresh)\s+)?"
                     r"(?P<mod>(?:\d+-item|anti-?dumping|anti-?subsidy|anti-?monopoly|antitrust|foundry|cyber-?security|"
                     r"procurement)\s+(?:(?:chip-?making |semiconductor |chip )?equipment\s+)?|"
                     r"(?:chip-?making |semiconductor |chip |lithography )?equipment\s+|rare[- ]earths?\s+)?(?P<exp>export\s+)?"
                     r"(?P<kind>ban|bans|embargo|export controls|export restrictions|sanctions|curbs|"
                     r"restrictions|licen[cs]e requirements?|rules|rule|regulations|controls|control|measures|licen[cs]es?|"
                     r"guidance|directive|investigation|probe|review)\b"
                     r"(?! fee| plate| law| regime| list| classification| number| over| of\b)"),
    "it": re.compile(r"\b(?P<kind>ban|divieto|bando|embargo|sanzioni|restrizioni|controlli all'esportazione|"
                     r"controlli sulle esportazioni|controlli sull'export|controlli|blocco|regole|norme|misure|"
                     r"obbligo di licenza|licenza di esportazione|licenze? per l'export|licenza|linee guida|direttiva|"
                     r"indagine|inchiesta|revisione)"
                     r"(?P<mod>\s+(?:antidumping|anti-dumping|antimonopolio|antitrust|di cybersicurezza|"
                     r"di sicurezza informatica|sulla cybersicurezza|per gli appalti pubblici|sugli appalti pubblici))?"
                     r"(?:\s+(?P<adj>americano|americana|americane|americani|statunitense|statunitensi|usa|cinese|cinesi|"
                     r"di washington|di pechino|olandese|olandesi|giapponese|giapponesi))?"
                     r"(?P<exp>\s+(?:sull'export|sulle esportazioni|all'export|all'esportazione))?\b"),
    "zh": re.compile(r"(?P<adj>美国|美方|中国|中方|华盛顿|北京|日本|荷兰)?(?:的)?(?:对华)?(?P<mod>\d+(?:纳米|奈米|nm)|\d+项(?:半导体)?(?:设备)?|"
                     r"(?:半导体|芯片)?设备|反倾销|反垄断|网络安全)?"
                     r"(?P<kind>调查|审查|禁令|出口管制(?:规则|新规)?|禁售令|制裁|限制措施|出口限制|新规|"
                     r"(?:出口)?许可证|许可要求|出口许可|指导意见|指引|(?<=须申请|需申请|须取得|需取得|须获得|需获得)许可(?!证))"),
}
POLICY_KIND = {"ban": "ban", "bans": "ban", "embargo": "ban", "divieto": "ban", "bando": "ban", "blocco": "ban",
               "禁令": "ban", "禁售令": "ban", "export controls": "export controls", "export restrictions": "export controls",
               "controlli all'esportazione": "export controls", "出口管制": "export controls", "出口限制": "export controls",
               "sanctions": "sanctions", "sanzioni": "sanctions", "制裁": "sanctions", "curbs": "restrictions",
               "restrictions": "restrictions", "restrizioni": "restrictions", "限制措施": "restrictions",
               "licence requirement": "licence requirement", "license requirement": "licence requirement",
               "licence requirements": "licence requirement", "license requirements": "licence requirement",
               "rules": "rules", "regulations": "rules", "controls": "export controls", "regole": "rules", "norme": "rules",
               "misure": "rules", "新规": "rules", "出口管制规则": "export controls", "出口管制新规": "export controls",
               "controlli sulle esportazioni": "export controls", "controlli sull'export": "export controls",
               "controlli": "rules", "licence": "licence requirement", "license": "licence requirement",
               "licences": "licence requirement", "licenses": "licence requirement",
               "obbligo di licenza": "licence requirement", "licenza di esportazione": "licence requirement",
               "licenza per l'export": "licence requirement", "licenze per l'export": "licence requirement",
               "licenza": "licence requirement", "许可证": "licence requirement", "出口许可证": "licence requirement",
               "许可要求": "licence requirement", "出口许可": "licence requirement", "许可": "licence requirement", "guidance": "guidance",
               "directive": "guidance", "linee guida": "guidance", "direttiva": "guidance", "指导意见": "guidance",
               "指引": "guidance", "rule": "rules", "control": "export controls", "measures": "rules",
               "investigation": "investigation", "probe": "investigation", "review": "investigation",
               "indagine": "investigation", "inchiesta": "investigation", "revisione": "investigation",
               "调查": "investigation", "审查": "investigation"}
# Policy kinds that are nodes only when dated, or named by a modifier or an issuer ("the rules" alone is no node)
GENERIC_POLICY_KINDS = ("rules", "licence requirement", "guidance", "investigation")
MONTHS = {m: i + 1 for i, ms in enumerate([
    ("january", "jan", "gennaio"), ("february", "feb", "febbraio"), ("march", "mar", "marzo"), ("april", "apr", "aprile"),
    ("may", "maggio"), ("june", "jun", "giugno"), ("july", "jul", "luglio"), ("august", "aug", "agosto"),
    ("september", "sep", "sept", "settembre"), ("october", "oct", "ottobre"), ("november", "nov", "novembre"),
    ("december", "dec", "dicembre")]) for m in ms}
DATE_EXPR = re.compile(r"\b(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?:del\s+|of\s+)?"
                       r"(?P<year>(?:19|20)\d\d)\b|(?P<zy>(?:19|20)\d\d)年(?P<zm>\d{1,2})月|"
                       r"\b(?P<mon2>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b|"
                       r"(?<!\d)(?<!\d年)(?<!去年|前年)(?P<zm2>\d{1,2})月|去年(?P<zm3>\d{1,2})月")
POLICY_LABEL = {
    "ban": ("{iss} ban", "divieto ({iss})", "{iss}禁令"),
    "export controls": ("{iss} export controls", "controlli all'esportazione ({iss})", "{iss}出口管制"),
    "sanctions": ("{iss} sanctions", "sanzioni ({iss})", "{iss}制裁"),
    "restrictions": ("{iss} restrictions", "restrizioni ({iss})", "{iss}限制措施"),
    "licence requirement": ("{iss} licence requirement", "obbligo di licenza ({iss})", "{iss}许可要求"),
    "guidance": ("{iss} guidance", "linee guida ({iss})", "{iss}指导意见"),
    "rules": ("{iss} rules", "regole ({iss})", "{iss}规则"),
    "investigation": ("{iss} investigation", "indagine ({iss})", "{iss}调查"),
}
# Nationality adjectives -> English label of the country; capitals used as governments (metonymy).
NATIONALITY = {"美": "United States", "日": "Japan", "韩": "South Korea", "德": "Germany", "荷": "Netherlands",
               "法": "France", "英": "United Kingdom",  # "美商", "日商"…
               "u.s.": "United States", "us": "United States", "u.s": "United States", "american": "United States",
               "americano": "United States", "americana": "United States", "americane": "United States",
               "statunitense": "United States", "statunitensi": "United States", "usa": "United States",
               "washington's": "United States", "di washington": "United States", "美国": "United States",
               "美方": "United States", "华盛顿": "United States", "chinese": "China", "cinese": "China",
               "cinesi": "China", "beijing's": "China", "di pechino": "China", "中国": "China", "中方": "China",
               "北京": "China", "日本": "Japan", "荷兰": "Netherlands", "dutch": "Netherlands", "japanese": "Japan", "japan's": "Japan", "tokyo's": "Japan",
               "china's": "China", "netherlands'": "Netherlands", "the netherlands'": "Netherlands",
               "the hague's": "Netherlands", "taiwan's": "Taiwan", "korea's": "South Korea", "south korea's": "South Korea",
               "seoul's": "South Korea", "taiwanese": "Taiwan",
               "korean": "South Korea", "south korean": "South Korea", "canadian": "Canada", "british": "United Kingdom",
               "german": "Germany", "israeli": "Israel", "olandese": "Netherlands", "giapponese": "Japan",
               "coreana": "South Korea", "sudcoreana": "South Korea", "olandesi": "Netherlands", "giapponesi": "Japan", "canadese": "Canada", "tedesca": "Germany",
               "britannica": "United Kingdom", "israeliana": "Israel", "sudcoreani": "South Korea",
               "sudcoreane": "South Korea", "coreani": "South Korea", "taiwanesi": "Taiwan",
               "sudcoreano": "South Korea", "coreano": "South Korea", "tedesco": "Germany", "britannico": "United Kingdom",
               "israeliano": "Israel", "americani": "United States", "tedeschi": "Germany", "tedesche": "Germany",
               "britannici": "United Kingdom", "britanniche": "United Kingdom", "coreane": "South Korea",
               # a US state is a firm's home too ("the Californian chipmaker", "il colosso californiano")
               "californian": "California", "californiano": "California", "californiana": "California",
               "californiani": "California", "californiane": "California", "israel's": "Israel",
               "germany's": "Germany", "britain's": "United Kingdom", "america's": "United States",
               "french": "France", "francese": "France", "swiss": "Switzerland", "svizzera": "Switzerland",
               "svizzero": "Switzerland", "israeliani": "Israel", "israeliane": "Israel", "francesi": "France"}
STATE_COUNTRY = {"California": "United States"}  # a state named by a demonym, and its country
# a nationality word in or right after a firm's description ("the Taiwanese chipmaker", "il colosso taiwanese")
DESC_NATIONALITY = re.compile(r"\b(?P<adj>taiwanese|dutch|japanese|south korean|korean|canadian|british|german|israeli|american|"
                              r"olandese|giapponese|sudcoreano|sudcoreana|coreano|coreana|canadese|tedesco|tedesca|britannico|"
                              r"britannica|israeliano|israeliana|statunitense|americano|americana|californian|californiano|"
                              r"californiana|french|francese|swiss|svizzera|svizzero)\b")
_PRODUCT_WORDS = (r"own|new|latest|newest|flagship|main|top|high-end|first|next-generation|next-gen|upcoming|data-centre|"
                  r"cloud|edge|smartphone|mobile|server|gaming|"
                  r"data-center|ai|training|inference|gpu|chip|card|accelerator|processor|product|platform|software|"
                  r"series|line|graphics|stack|toolkit|framework|nuovo|nuova|proprio|propria|acceleratore|piattaforma|scheda|processore|"
                  r"prodotto|di punta|software|gamma|serie|ultimo|ultima|recente|piu recente|"
                  # Italian: "del suo acceleratore per l'intelligenza artificiale più avanzato, l'Ascend 910C"
                  r"per l'intelligenza artificiale|per l'ia|per l'ai|per (?:i )?data center|piu avanzat[oa]|grafic[oa]|"
                  r"modello|primo|prima|di fascia alta")
POSSESSIVE_PRONOUN = re.compile(r"(?:\b(?:its|their|(?:il|la|i|le|del|della|dei|delle|al|alla|ai|alle|dal|dalla|nel|nella|"
                                r"sul|sulla|sui|sulle|col|con la|con il)\s+(?:suo|sua|suoi|sue|proprio|propria))\s+"
                                rf"(?:(?:{_PRODUCT_WORDS})(?:\s+|(?=,))){{0,4}}(?:,\s*(?:(?:the|il|la|l')\s*)?)?|"
                                # "its A100 and H100", "their H20, H800 and": a later model code of the same list
                                rf"\b(?:its|their)\s+(?:(?:{_PRODUCT_WORDS})\s+){{0,3}}(?:[a-z-]*\d[\w-]*\s*(?:,\s*|\s+(?:and|or)\s+)){{1,3}}|"
                                r"其(?:(?!搭载|采用|使用|配备|内置|集成|所用|选用)[^，。；,]{0,7}的|新款|最新|自研的?)?|"
                                r"旗下(?:的)?)$")
# a firm named by its city: (regex before the city, regex after it); group `n` is the head noun
_FIRM_NOUN_EN = (r"(?:company|firm|startup|start-up|chipmaker|chip maker|group|designer|chip designer|chip firm|maker|"
                 r"foundry|contract manufacturer|giant|tech giant|conglomerate|manufacturer|supplier|champion)")
_FIRM_NOUN_IT = (r"(?:azienda|societa|gruppo|startup|start-up|colosso|gigante|impresa|compagnia|produttore|costruttore|casa|"
                 r"fonderia|big|campione|fondo(?: quantitativo| d'investimento| di investimento| speculativo)?)")
CITY_DESCRIPTION = {
    # "the Shanghai foundry", "the Ottawa-based reverse-engineering firm", "the Tokyo-headquartered biggest chip equipment maker"
    "en": (None, re.compile(r"(?:-(?:based|headquartered)\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,3}?|\s+(?:(?:chinese|tech|technology|"
                            rf"telecoms?|internet|ai|chip|semiconductor)\s+)?)(?P<n>{_FIRM_NOUN_EN})\b")),
    "it": (re.compile(rf"\b(?:il|lo|la|l'|del|dello|della|dell'|al|allo|alla|all'|dal|dalla|dall'|nel|nella|nell')\s*"
                      rf"(?P<n>{_FIRM_NOUN_IT})(?:\s+(?:cinese|tecnologico|tecnologica|dei chip|dell'ia|tech|di (?:memorie|chip|"
                      r"semiconduttori|gpu|processori|server|smartphone|memoria)))?\s+(?:di|con sede a)\s+$"), None),
}
# English demonyms: extra labels of a policy minted after its issuer ("Dutch export controls")
DEMONYM = {"Netherlands": "Dutch", "Japan": "Japanese", "South Korea": "South Korean", "Taiwan": "Taiwanese",
           "United States": "US", "US government": "US",  # "US export controls", as the press writes it
           "Germany": "German", "United Kingdom": "British",
           # a government as issuer: "荷兰政府…出口管制新规" -> "Dutch export controls"
           "Dutch government": "Dutch", "Japanese government": "Japanese", "South Korean government": "South Korean"}
# "il gruppo pechinese": (regex of the adjective, adjective -> city label, regex of the description before it)
CITY_ADJECTIVE = {
    "it": (re.compile(r"\b(?:azienda|societa|gruppo|startup|start-up|colosso|gigante|impresa|compagnia|produttore|fonderia)\s+"
                      r"(?P<adj>pechinese|hongkonghese|shanghaiese)\b"),
           {"pechinese": "Beijing", "hongkonghese": "Hong Kong", "shanghaiese": "Shanghai"},
           re.compile(rf"\b(?:il|lo|la|l'|del|dello|della|dell'|al|allo|alla|all'|dal|dalla|dall'|nel|nella|nell')\s*"
                      rf"(?P<n>{_FIRM_NOUN_IT})\s+$")),
}
# the size of a system: "(il Tianchi 512,) con 512 schede interconnesse", "formato da 256 chip"
COMPONENT_COUNT = {
    "it": re.compile(r"\b(?:con|da|formato da|formata da|composto da|composta da|collega|colleghera|unisce|riunisce|integra|"
                     r"arriva a|arrivera a|sale a|salira a|fino a)\s+(?:ben\s+|oltre\s+|circa\s+)?"
                     r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{2,6})\s+(?:chip|schede|gpu|acceleratori|processori|npu|unita)\b"),
}
# a capital standing for its government ("Washington", "Pechino", "The Hague", "东京"): city label -> government label
METONYMY = {"beijing": "Chinese government", "washington": "US government", "the hague": "Dutch government",
            "tokyo": "Japanese government", "seoul": "South Korean government", "taipei": "Taiwan government",
            "london": "UK government", "berlin": "German government", "paris": "French government",
            "kuala lumpur": "Malaysian government", "canberra": "Australian government", "new delhi": "Indian government",
            "ottawa": "Canadian government", "moscow": "Russian government", "hanoi": "Vietnamese government",
            "brussels": "European Commission"}

# "... to the Entity List, along with dozens of other companies including drone maker DJI": the list goes on
INCLUDING = re.compile(r"(?:\b(?:including|such as|among them|along with|alongside|together with|as well as|tra cui|tra le quali|tra i quali|"
                       r"inclus[aeio]|compres[aeio]|assieme a|insieme a)\b|包括|其中包括|以及)[^.;。；]{0,40}$")

# "its chip subsidiary Kunlunxin", "la sua controllata X", "其子公司X"
SUBSIDIARY_BEFORE = re.compile(r"(?:\b(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:subsidiary|unit|arm|division|affiliate)|"
                               r"\b(?:la sua|la propria|le sue)\s+(?:controllata|divisione|filiale|sussidiaria)|"
                               r"(?:其|的)?旗下(?:的)?(?:[^，。；,]{0,6}?(?:子公司|公司|部门|企业|品牌|厂商|设计商|芯片商))?|其子公司)\s*,?\s*$")

# "Its early backers include HongShan and ...", "tra i suoi investitori figurano X", "其股东包括X"
BACKERS_BEFORE = re.compile(r"(?:\b(?:its|their|whose)\s+(?:[\w-]+\s+){0,2}(?:backers|investors|shareholders)\s+"
                            r"(?:include|included|are|were|have included)|\b(?:tra|fra) i (?:suoi|loro) (?:investitori|azionisti|soci|"
                            r"finanziatori)(?: di minoranza| principali| istituzionali)?\s+(?:figur\w*|ci sono|ci sarebbe|ci sarebbero|"
                            r"compa\w*|spicca\w*|c'e)|其(?:股东|投资方|投资者)(?:包括|有))\s+(?:the\s+)?[^.;。；]{0,60}$")

# Whose policy a registry policy is, and whose government an issuer is (by English prefLabel): a policy is never
# "imposed by" another jurisdiction ("Beijing criticised the Entity List" does not make China its issuer).
POLICY_JURISDICTION = {
    "Entity List": "US", "Chinese Military Companies list": "US", "Unverified List": "US",
    "October 2022 export controls": "US", "October 2023 export controls": "US", "December 2024 export controls": "US",
    "AI Diffusion Rule": "US", "April 2025 H20 licence requirement": "US", "August 2025 revenue-share arrangement": "US",
    "CHIPS and Science Act": "US", "Foreign Direct Product Rule": "US", "GAIN AI Act": "US", "Chip Security Act": "US",
    "Export Administration Regulations": "US", "Military End-User List": "US", "Foundry due diligence rule": "US",
    "May 2025 BIS guidance on Huawei Ascend chips": "US",
    "Unreliable Entity List": "CN", "China's gallium and germanium export controls": "CN",
    "China's rare earth export controls": "CN", "CAC guidance against H20 purchases": "CN", "Made in China 2025": "CN",
    "Xinchuang": "CN", "Export Control Law of China": "CN", "Anti-Foreign Sanctions Law": "CN",
    "14th Five-Year Plan": "CN", "15th Five-Year Plan": "CN", "East Data West Computing": "CN",
    "New Generation Artificial Intelligence Development Plan": "CN",
    "September 2025 CAC directive on RTX Pro 6000D purchases": "CN",
    # added with the registry's policies of session 8
    "April 2018 ZTE denial order": "US", "May 2020 Huawei foreign direct product rule": "US",
    "August 2020 Huawei foreign direct product rule": "US", "Validated End-User program": "US",
    "2025 VEU revocation": "US", "Affiliates rule": "US", "Suspension of the Affiliates Rule": "US",
    "H20 licence resumption of July 2025": "US", "H200 export approval of December 2025": "US",
    "H200 licence rule of January 2026": "US", "CHIPS Act national security guardrails": "US",
    "Outbound Investment Security Program": "US", "COINS Act": "US", "Executive Order 13873": "US",
    "Section 889 of the NDAA": "US", "Section 5949 of the NDAA": "US", "FCC Covered List": "US",
    "Clean Network program": "US", "NS-CMIC List": "US", "Specially Designated Nationals List": "US",
    "Export Control Reform Act": "US", "Foreign Investment Risk Review Modernization Act": "US",
    "America's AI Action Plan": "US", "Section 232 semiconductor tariffs": "US", "2025 reciprocal tariffs": "US",
    "Fentanyl tariffs": "US", "Section 301 tariffs": "US",
    "Section 301 investigation into Chinese legacy chips": "US", "Remote Access Security Act": "US",
    "China's graphite export controls": "CN", "China's antimony export controls": "CN",
    "China's December 2024 ban on gallium, germanium and antimony exports to the US": "CN",
    "China's February 2025 export controls on tungsten, tellurium, bismuth, molybdenum and indium": "CN",
    "China's October 2025 rare earth export controls": "CN",
    "Regulations on the Export Control of Dual-Use Items": "CN", "China's export control list": "CN",
    "Catalogue of Technologies Prohibited and Restricted from Export": "CN",
    "Rules on Counteracting Unjustified Extra-territorial Application of Foreign Legislation": "CN",
    "SAMR antitrust investigation into Nvidia": "CN",
    "SAMR investigation into Qualcomm's Autotalks acquisition": "CN", "CAC cybersecurity review of Micron": "CN",
    "China's May 2023 Micron ban": "CN", "China's anti-dumping investigation into US analog chips": "CN",
    "China's anti-discrimination investigation into US chip measures": "CN",
    "China's safe and reliable procurement list": "CN", "Document 79": "CN",
    "National Integrated Circuit Industry Development Guidelines": "CN",
    "Policies to Promote the High-Quality Development of the IC and Software Industries in the New Era": "CN",
    "Core Electronics, High-end Chips and Basic Software major project": "CN", "Major Project 02": "CN",
    "New Infrastructure initiative": "CN",
    "Action Plan for the High-Quality Development of Computing Power Infrastructure": "CN",
    "AI Plus initiative": "CN", "Interim Measures for the Management of Generative AI Services": "CN",
    "Global AI Governance Action Plan": "CN",
}
ISSUER_JURISDICTION = [
    ("US", re.compile(r"^(?:US |U\.S\. |United States|White House|Bureau of Industry and Security|Office of Foreign Assets|"
                      r"Federal Communications|House Select|Committee on Foreign Investment|Washington$)")),
    ("CN", re.compile(r"^(?:China$|Chinese |State Council|Ministry of [\w ,]+ of China|Cyberspace Administration|"
                      r"National Development and Reform|State Administration for Market|General Administration of Customs|"
                      r"State-owned Assets|National Financial Regulatory|China Securities Regulatory|People's Bank of China|"
                      r"National Data Administration|National People's Congress|Beijing$)")),
]

# A policy named by its month ("the October 2023 round", "la stretta di ottobre 2023", "去年10月出台的规定"): the date
# stands right next to the policy word. Group `kind` is the policy word, `date` the month (and year) that names it.
# Words in DATED_ONLY_KINDS name a policy only through their date ("a funding round" is no policy).
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
DATED_POLICY = {
    "en": re.compile(r"\b(?P<date>(?:" + _MON + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?(?:\s+(?:19|20)\d\d)?)(?:'s)?\s+"
                     r"(?:(?:ai|chip|semiconductor|export[- ]control|export|sanctions|bis|us|u\.s\.|american)\s+){0,2}"
                     r"(?P<kind>round|package|tranche|update|crackdown|licen[cs]e requirements?|rules|controls|curbs|"
                     r"restrictions|regulations)\b"
                     r"(?!\s+(?:of\s+(?:funding|financing|investment|talks|negotiations|layoffs|earnings)|fee|plate))"),
    "it": re.compile(r"\b(?P<kind>stretta|pacchetto|tornata|giro di vite|round|regole|norme|misure|restrizioni|controlli|"
                     r"obbligo di licenza)(?:\s+(?:americane?|americani|statunitensi?|usa|di washington|sull'export|"
                     r"sulle esportazioni))?\s+(?:di|del|dello|dell'|dal)\s*"
                     r"(?P<date>(?:" + _MON + r")(?:\s+(?:del\s+)?(?:19|20)\d\d)?)\b"),
    "zh": re.compile(r"(?P<date>(?:(?:19|20)\d\d年|去年|前年)?\d{1,2}月(?:份)?(?:\d{1,2}日)?)(?:(?:美国|美方)?(?:的|出台的|发布的|公布的|"
                     r"推出的|实施的|生效的|宣布的|更新的))?(?:新一轮|一轮|新的|新)?(?:对华)?(?:芯片|半导体)?"
                     r"(?P<kind>新规|规定|规则|管制措施|出口管制(?:规则|新规|措施)?|禁令|限制措施|措施|许可要求|许可证要求)"),
}
DATED_ONLY_KINDS = frozenset({"round", "package", "tranche", "update", "crackdown", "stretta", "pacchetto", "tornata",
                              "giro di vite", "规定", "措施", "管制措施"})
# A rule named in quotes or after "so-called": "the so-called Affiliates rule", "la cosiddetta «Affiliates rule»",
# "所谓的“50%规则”". Group `name` is the policy's name (matched on the original text for its capitals).
NAMED_POLICY = {
    "en": re.compile(r"(?i:\bso[- ]called\s+)[\"'“‘]?(?P<name>(?:[A-Z0-9][\w%&.-]*\s+){1,4}(?i:rule|rules|list|regulation|"
                     r"act|law|framework|regime|requirement))\b[\"'”’]?|[\"“](?P<name2>(?:[A-Z0-9][\w%&.-]*\s+){1,4}(?i:rule|list|"
                     r"regulation|act|framework))[\"”]"),
    "it": re.compile(r"(?i:\bcosiddett[aoie]\s+)[\"'«“]?(?P<name>[^\"'«»“”.,;]{2,40}?)[\"'»”]|"
                     r"(?i:\b(?:la|una|nella|sulla|dalla|alla)\s+(?:cosiddetta\s+)?(?P<pre>lista|elenco|regola)\s+(?:delle|dei|degli|"
                     r"della|del|sulle|sui)\s+)[\"'«“](?P<name2>[^\"'«»“”.,;]{2,40}?)[\"'»”]"),
    "zh": re.compile(r"(?:所谓(?:的)?)[\"'“「《]?(?P<name>[^\"'“”「」《》，。；、]{1,16}?(?:规则|清单|名单|条款|法案|新规))[\"'”」》]?|"
                     r"[\"“「](?P<name2>[^\"“”「」，。；]{1,16}?(?:规则|清单|名单|条款))[\"”」]"),
}

# A government acting on a firm or a product with no named measure: "Canberra banned DeepSeek from government devices",
# "SAMR opened an antitrust investigation into Qualcomm", "行政院禁止公务机关使用DeepSeek", "对高通公司立案调查".
# The measure is minted from the act (kind "ban" or "investigation"); a passive ("was banned by") is read too.
MEASURE_ACT = {
    "en": re.compile(r"\b(?:(?P<restrict>restrict(?:s|ed|ing)?|curb(?:s|ed|ing)?|limit(?:s|ed|ing)?)(?=\s+(?:\w+'s\s+|the\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:exports?|sales?|shipments?)\b)|"
                     r"(?P<ban>bann(?:ed|ing)|bans?|barred|bars|prohibit(?:s|ed|ing)?|forb(?:ade|ids?|idden)|"
                     r"(?P<black>blacklist(?:s|ed|ing)))|(?P<revoke>revok(?:ed|es|ing|e)\s+(?:[\w-]+\s+){0,2}?(?:export\s+)?licen[cs]es?)|"
                     r"(?P<probe>(?:(?:antitrust|anti-trust|anti-monopoly|anti-dumping|anti-discrimination|"
                     r"cybersecurity|security) )?(?:probe|investigation|inquiry)(?= (?:into|of|on|against)\b)|"
                     r"(?:cybersecurity|security) review(?= (?:into|of|on)\b)|investigat(?:es|ed|ing|e)(?= (?:whether )?\w)))\b"),
    "it": re.compile(r"\b(?:(?P<restrict>limitat[oaie]|limita(?:no|re|to)?|ristrett[oaie]|restring\w*)(?=\s+(?:(?:le|la|l')\s*)?"
                     r"(?:esportazioni|export|vendite|forniture|spedizioni)\b)|"
                     r"(?P<revoke>revocat[oaie]\s+(?:la|le|delle|della|alcune)?\s*licenz[ae]|revoca\w*\s+(?:la|le|delle|"
                     r"della|alcune)?\s*licenz[ae])|(?P<ban>vietat[oaie]|vieta(?:no|re|to)?|vieterebbe|vietasse|proibit[oaie]|proibisce|proibito|"
                     r"bandit[oaie]|(?:mess[oaie]|mett\w*) al bando)|"
                     r"(?P<probe>(?:un'|una |l')?(?:indagine|inchiesta|istruttoria)(?: (?:antitrust|antidumping|anti-dumping|"
                     r"antimonopolio|sulla (?:cyber)?sicurezza))?(?= (?:su|sull\w*|nei confronti d\w*|contro|a carico d\w*)\b)|"
                     r"indagat[oaie]|indaga(?:re|no)?))\b"),
    "zh": re.compile(r"(?P<restrict>限制(?=[^，。；,;]{0,12}?(?:出口|出售|销售|供货|发货)))|(?P<revoke>(?:吊销|撤销|收回)(?:了)?(?=[^，。；,;]{0,24}?许可))|(?P<ban>禁止|禁用|禁售|封杀|不得使用|不准使用|(?P<black>列入黑名单))|(?P<probe>(?:反垄断|反倾销|反歧视|网络安全)?(?:立案)?调查|网络安全审查)"),
}
# a passive before the act: the target is named before it ("Micron was banned", "Qualcomm is under investigation")
MEASURE_PASSIVE = {
    "en": re.compile(r"(?:\b(?:was|were|been|being|is|are|be|got|get|gets)\s+(?:\w+ly\s+)?(?:under\s+)?|,\s*)$"),
    "it": re.compile(r"\b(?:e|sono|stat[oaie]|stata|venuto|venuta|viene|vengono|sarebbe|sarebbero|fu|furono)\s+$"),
}
# what cannot be the issuer of the act: a firm, or the word before it that makes the act no act ("the ban was lifted")
MEASURE_LIFTED = {
    "en": re.compile(r"\b(?:lift(?:s|ed|ing)?|end(?:s|ed)?|drop(?:s|ped)?|clos(?:e|es|ed|ing)|revok\w+|overturn\w*|"
                     r"eas(?:e|es|ed|ing))\b"),
    "it": re.compile(r"\b(?:revoc\w+|chius[oa]|archiviat\w+|sospes[oa]|rimoss[oa]|allentat\w+)\b"),
    "zh": re.compile(r"解除|撤销|取消|结束|终止|放宽"),
}
# the chip-design units of a firm: a chip of the firm named with one of them in a sentence is that unit's design too
DESIGN_UNITS = ("HiSilicon", "T-Head", "Kunlunxin")

# who puts a firm on a "blacklist" that is the Entity List (the US Commerce Department's), by registry IRI suffix
ENTITY_LIST_ISSUERS = ("/us-government", "/united-states", "/us-department-of-commerce", "/bis")

# A measure and what it targets, right after it: "the sanctions against Huawei", "l'indagine della SAMR su Qualcomm"
POLICY_ON = {
    "en": re.compile(r"(?:\s+(?:of|by) (?:the )?[\w.'-]+(?: [\w.'-]+){0,3}?)?\s+(?:on|against|into|targeting|of) "
                     r"(?:the |a |an )?(?:(?:chinese|us|american) )?"),
    "it": re.compile(r"(?:\s+(?:di|del|della|dello|dell'|dei|degli) ?[\w.'-]+(?: [\w.'-]+){0,3}?)?\s+(?:su|sul|sulla|sull'|"
                     r"sugli|sui|contro|nei confronti d(?:i|el|ella|ell'|ei|egli) ?|a carico d(?:i|el|ella|ell') ?|a|ad|al|alla|allo|all'|ai|agli|alle)"
                     r"(?:(?<=')|(?![a-z]))\s*(?:il |la |lo |l'|i |gli |le )?"),  # "ad Asml", not "a" + "d Asml"
}

# Membership of a list (a registry policy named "... List"): the preposition right before the list's name
# ("on the Entity List", "nell'Entity List", "sulla lista nera"), and the verb right after it ("the Entity List now
# includes X and Y"). The firm is the nearest one named before the preposition in the same clause.
LIST_BEFORE = {
    "en": re.compile(r"\b(?:on|onto|to|in|into)\s+(?:the\s+)?(?:(?:us|u\.s\.|american|washington's|america's|commerce "
                     r"department's|commerce's)\s+)?$"),
    "it": re.compile(r"\b(?:nella|sulla|nell'|sull'|alla|all'|in|nelle|sulle)\s*(?:(?:famigerata|cosiddetta)\s+)?$"),
    "zh": re.compile(r"(?:列入|列进|纳入|进入|加入|在|上了|登上)(?:美国|美方|美国商务部)?(?:的)?$"),
}
LIST_INCLUDES = {
    "en": re.compile(r"\s+(?:now\s+|already\s+|also\s+)?(?:includes|included|lists|listed|contains|names|named)\s+$"),
    "it": re.compile(r"\s+(?:ora\s+|gia\s+)?(?:include|comprende|includeva|comprendeva)\s+$"),
}

# A listing or sanction still to come ("could be added to the Entity List", "is weighing adding CXMT", "potrebbe
# finire nella lista", "或将被列入实体清单"): no restriction is asserted from such a sentence
PROSPECTIVE_LISTING = {
    "en": re.compile(r"\b(?:could|may|might|would|will|considering|consider|weighing|weigh|plans? to|planning to|"
                     r"expected to|threaten(?:s|ed)? to|set to|poised to|likely to|risks?|risked|proposed|proposal to|"
                     r"move to|push(?:es|ed)? to|urg(?:e|es|ed|ing))\s+(?:soon\s+)?(?:be\s+|being\s+)?(?:soon\s+)?"
                     r"(?:add(?:ed|ing|s)?|put(?:ting)?|plac(?:e|ed|ing)|includ(?:e|ed|ing)|list(?:ed|ing)?|"
                     r"blacklist(?:ed|ing)?|sanction(?:ed|ing)?|target(?:ed|ing)?)\b"),
    "it": re.compile(r"\b(?:potrebbe|potrebbero|potra|potranno|rischia|rischiano|valuta|valutando|valuterebbe|intende|"
                     r"intenderebbe|dovrebbe|dovrebbero|pronta a|pronto a|pronti a)\s+(?:di\s+)?(?:presto\s+)?(?:essere\s+)?"
                     r"(?:inserit\w*|aggiunt\w*|iscritt\w*|inserire|aggiungere|includere|finire|colpire|sanzionare)"),
    "zh": re.compile(r"(?:可能|或将|拟|考虑|计划|将要|有望|恐将|或被|酝酿)(?:被|把|将)?[^。，,；;]{0,12}?(?:列入|纳入|加入|制裁)"),
}


# counted components written in words ("packs eight H100 GPUs", "ospita otto BR100")
COUNT_WORDS = {"en": {"two": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "twelve": 12, "sixteen": 16, "thirty-two": 32,
                      "sixty-four": 64},
               "it": {"due": 2, "quattro": 4, "sei": 6, "otto": 8, "dodici": 12, "sedici": 16}}
