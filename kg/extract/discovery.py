"""Discovery of entities the registry lacks: organisations, products and model codes named in context.

Only names with a cue are taken, so capitalised words are not entities by default:
- organisations: a legal or industry suffix ("X Technology", "X Co., Ltd.", "燧原科技", "某某有限公司"), a head noun
  with "of" ("Institute of ...", "Bank of China", "Ministero delle Finanze") or at the end ("China Construction
  Bank", "北京智源人工智能研究院"), a cue noun and the list after it ("the server makers X and Y", "i produttori di
  server X e Y", "服务器厂商X", "合作伙伴X、Y"), a list closed by "等厂商", an apposition ("X, a Beijing-based lab");
- products: a product noun ("the X processors", "Baidu's X accelerators", "i server X", "芯片“X”", "X服务器",
  "操作系统X", "X系列加速卡") or a naming construction ("a chip called X", "battezzato X", "名为“X”的芯片");
- model codes ("MI308", "SW26010", "FT-2000", "3A5000", "i3-10100", "龙芯3A5000") next to a maker or a product word;
- generations of a product line named without a number ("Kunlun 2", "X II").
"""

from __future__ import annotations

import re

_ORG_SUFFIX = (r"Science and Technology|Science & Technology|Technologies|Technology|Tech|Semiconductors?|Microelectronics|Electronics|Intelligence|Computing|"
               r"Labs?|Systems|Robotics|Capital|Ventures|Partners|Holdings|Group|Inc\.?|Corp\.?|Corporation|Ltd\.?|"
               r"Limited|Fund|Investments?|Industries|Integrated Circuits?|Microsystems|S\.p\.A\.|AI|LLC|L\.L\.C\.|GmbH|PLC|plc|"
               r"N\.V\.|B\.V\.|Pte\.? Ltd\.?|Sdn\.? Bhd\.?|S\.r\.l\.|Srl")
_CAP = r"[A-Z][\w&-]*"
_FUND_WORDS = {"fund", "capital", "ventures", "partners", "investments", "investment", "fondo", "基金", "资本", "投资"}
_STOP_FIRST = {"The", "This", "That", "These", "A", "An", "In", "On", "At", "For", "And", "But", "With", "From",
               "Il", "La", "Le", "Lo", "Gli", "Una", "Un", "Per", "Con", "Secondo", "Ma", "Anche", "Nel", "US", "U.S.",
               "Chinese", "American", "China", "However", "Meanwhile", "While", "After", "Its", "Their", "His", "Her",
               "Mr", "Ms", "CEO", "AI", "GPU", "Beijing", "Shanghai", "Shenzhen", "Washington", "Inoltre", "Intanto",
               "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
               "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
               "Last", "Next", "When", "Since", "Under", "Both", "Some", "All", "Many", "Most", "Other", "Such",
               "Taiwanese", "Japanese", "Dutch", "Korean", "South", "European", "Western", "Asian", "Why", "How",
               "What", "Who", "If", "As", "By", "To", "Of", "Dal", "Dalla", "Nella", "Sul", "Sulla", "Dopo", "Prima",
               "Come", "Dove", "Quando", "Perché", "Tra", "Fra", "Late", "Early", "Earlier", "Later", "Today", "Yesterday",
               "Alongside", "Together", "Beyond", "Besides", "Despite", "Against", "Within", "Without", "Across", "Behind",
               "Through", "Around", "Among", "Until", "Unlike", "Like", "Inside", "Outside",
               # titles: "Commerce Secretary Gina Raimondo, the ..." is a person
               "Secretary", "Minister", "Ministra", "Ministro", "President", "Presidente", "Chairman", "Chairwoman",
               "Chief", "Director", "Senator", "Senatore", "Representative", "Governor", "Premier", "Vice", "Deputy",
               "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Professor", "Dr", "Mrs", "Sir"}

_EVENT = r"(?:Conference|Summit|Forum|Expo|Congress|Award|Awards|Index|Act|Rule|Law|Week|Day|Fair|Show|Challenge)\b"
EN_ORG = [
    (re.compile(rf"\b((?:{_CAP}\s+){{0,3}}{_CAP})\s+({_ORG_SUFFIX})(?![\w])(?!\s+{_EVENT})"), "suffix"),
    (re.compile(rf"\b(?:startup|start-up|chipmaker|chip designer|chip firm|chip startup|GPU maker|GPU designer|"
                rf"rival|fund|investor|unicorn|foundry|supplier|maker|giant|operator|provider|manufacturer)\s+"
                rf"({_CAP}(?:\s+{_CAP}){{0,2}})"), "cue"),
    (re.compile(rf"\b({_CAP}(?:\s+{_CAP}){{0,2}}),\s+(?:a|an|the|its|their)\s+(?!(?:[\w-]+\s+){{0,4}}?(?:founder|co-founder|"
                rf"chief|executive|analyst|veteran|director|president|chairman|chairwoman|ceo|cto|engineer|professor|researcher|"
                rf"spokes\w+|head|partner|manager|official|minister|secretary)\b)(?:[\w-]+\s+){{0,4}}?(startup|start-up|company|firm|"
                rf"chipmaker|chip designer|designer|maker|supplier|fund|foundry|investor|developer|lab|laboratory|institute|"
                rf"university|lender|bank|subsidiary|affiliate|joint venture|distributor|vendor|integrator)\b"), "apposition"),
    # "ASML bought Brion in 2007", "the acquisition of Inpria": a bought firm
    (re.compile(rf"\b(?:acquired|bought|took over|buying|acquiring|(?:acquisition|purchase|takeover|buyout) of)\s+"
                rf"({_CAP}(?:\s+{_CAP}){{0,2}})(?![\w&-])(?=\s*[,.;]|\s+(?:for|in|from|last|this|earlier|and|at|on|to)\s)"), "cue"),
]
IT_ORG = [
    (re.compile(rf"\b((?:{_CAP}\s+){{0,3}}{_CAP})\s+({_ORG_SUFFIX})(?![\w])"), "suffix"),
    (re.compile(rf"\b(?i:la startup|la start-up|l'azienda|il produttore|il fondo|la fonderia|della startup|"
                rf"dalla startup|alla startup|del fondo|dal fondo|la societ[aà])\s+({_CAP}(?:\s+{_CAP}){{0,2}})"), "cue"),
    # "il costruttore di auto elettriche BYD", "il fondo quantitativo High-Flyer": a described organisation
    (re.compile(rf"\b(?i:il|lo|la|l'|del|dello|della|dell'|dal|dalla|al|alla)\s*(?:costruttore|produttore|fondo|colosso|gigante|"
                rf"operatore|fornitore|gruppo|societ[aà]|azienda|startup|start-up|fonderia)\s+(?:(?:di|del|della|dell'|dei|degli|"
                rf"delle|d')\s*[a-zà-ù]+\s+(?:[a-zà-ù]+[ei]\s+)?|(?!(?:ha|hanno|[eè]|era|sar[aà]|aveva|non|che|ne|si|lo|la|gli|le|"
                rf"per|con|in|a|da|su)\s)[a-zà-ù]{{4,}}(?<!at[oaie])(?<!ut[oaie])(?<!it[oaie])\s+){{1,3}}"
                rf"({_CAP}(?:[\s-]{_CAP}){{0,2}})(?![\w])"), "cue"),
    # "la francese Bpifrance", "nella bavarese Ers Electronic", "dalla statunitense Efficient Power Conversion": la società
    (re.compile(rf"\b(?i:la|della|alla|dalla|nella|sulla|con la)\s+(?i:[a-z]+ese|statunitense|americana|israeliana|coreana|"
                rf"sudcoreana|tedesca|svizzera|indiana|australiana|britannica|russa|austriaca|belga|italiana|texana|californiana)\s+"
                rf"({_CAP}(?:[\s-]{_CAP}){{0,2}})(?![\w])"), "cue"),
    # "Sensiva, startup torinese, …": an apposition without its article
    (re.compile(rf"\b({_CAP}(?:\s+{_CAP}){{0,2}}),\s+(startup|start-up|societ[aà]|azienda|fonderia|controllata|joint venture)\s+"
                rf"(?!(?:che|di cui|la quale|il quale)\b)"), "apposition"),
    (re.compile(rf"\b({_CAP}(?:\s+{_CAP}){{0,2}}),\s+(?:una|la|un|il|l'|lo|uno)\s*(?:\S+\s+){{0,3}}?(startup|start-up|"
                rf"societ[aà]|azienda|produttore|fondo|fonderia|progettista|laboratorio|istituto|universit[aà]|banca|"
                rf"controllata|divisione|joint venture|distributore|fornitore)\b"), "apposition"),
    # "Nel 2007 ASML ha comprato Brion, specialista …", "ha rilevato Norstel": a bought firm
    (re.compile(rf"\b(?:comprato|acquisito|rilevato|acquistato|acquisizione (?:di|della|del|dell')|rilevare|acquisire)\s*"
                rf"(?:(?:la|il|l'|lo)\s*)?({_CAP}(?:\s+{_CAP}){{0,2}})(?![\w&-])(?=\s*[,.;]|\s+(?:per|nel|da|e|a|in)\s)"), "cue"),
]
_ZH_STOP = set("的了和与及在是为由将被其该这那等、，。；：“”‘’（）()《》「」 \n也已并而对向从于以把给让年月日个家款颗与曾还都就又")
ZH_ORG = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:(科技|半导体|微电子|集成电路|基金|资本|创投)(股份)?(有限公司|公司|集团)?|"
                    r"(智能|电子|计算|信息|技术)(股份)?(有限公司|公司|集团))(?!大会|会议|论坛|产业|行业|领域|时代|战略|计划|市场|板块|概念|"
                    r"新闻|资讯|股|部|局|厅|园|城|馆|展|周|节|奖|日报|货品|物项|产品|设备|业者|人才|企业|成果|水平|实力|自立)")
_ZH_PREFIX_CUES = ("合作伙伴", "伙伴", "服务器厂商", "厂商", "供应商", "客户", "初创公司", "初创企业", "芯片公司", "芯片企业", "国产", "中国", "美国", "本土", "企业", "公司", "创企",
                   "控股股东", "大股东", "股东")

# model codes: "MI308", "HL-328", "SW26010", "FT-2000", "C86", "3A5000", "i3-10100", "910B"
CODE = re.compile(r"(?<![A-Za-z0-9-])([A-Z]{1,4}[- ]?\d{2,5}(?:[A-Z]{0,2}|v\d{1,2})|\d{3,4}[A-Z]{1,2}|\d[A-Z]\d{3,4}[A-Z]?|[a-z]\d-\d{4,5}[A-Z]{0,2})"
                  r"(?![A-Za-z0-9-])")
ZH_CODE = re.compile(r"([\u4e00-\u9fff]{2})([A-Z]{1,3}\d{2,5}[A-Z]?|\d[A-Z]\d{3,4}[A-Z]?|[a-z]\d-\d{4,5}[A-Z]{0,2})(?![A-Za-z0-9])")
_ZH_NOT_NAME = {"系列", "型号", "产品", "芯片", "晶片", "版本", "推出", "发布", "搭载", "采用", "基于", "包括", "以及", "新款",
                "旗舰", "首款", "最新", "新一", "一代", "型的", "款的", "使用", "配备", "主打", "其中", "例如", "比如"}
_PRODUCT_CUE = re.compile(r"(?i)\b(?:chips?|gpus?|accelerators?|processors?|cards?|models?|npus?|asics?|processore|"
                          r"acceleratore|scheda)\b|芯片|加速卡|处理器|显卡")
# "the NF5698G7, a server built around ...": an apposition that names the kind of system
_SYSTEM_APPOSITION = re.compile(r"(?i)\s*,\s+(?:a|an|the|its|un|una|il|lo)\s+(?:[\w-]+\s+){0,2}?(?:system|cluster|supernode|server|"
                                r"rack|sistema|supercomputer)\b")
_SYSTEM_CUE = re.compile(r"(?i)\b(?:system|cluster|supernode|server|rack|sistema|supercomputer)\b|系统|集群|超节点|服务器")


# -- organisations named by a head noun with "of" ("Institute of Computing Technology", "Bank of China",
# "Ministry of Investment, Trade and Industry", "Istituto di ...") or ending in one ("China Construction Bank")
_OF_HEADS = {
    "Institute": "Organization", "Academy": "Organization", "University": "Organization", "College": "Organization",
    "Laboratory": "Organization", "Laboratories": "Organization", "Association": "Organization",
    "Federation": "Organization", "Society": "Organization", "Foundation": "Organization", "Centre": "Organization",
    "Center": "Organization", "Fund": "Organization", "Bank": "Company", "Corporation": "Company",
    "Ministry": "GovernmentBody", "Administration": "GovernmentBody", "Commission": "GovernmentBody",
    "Bureau": "GovernmentBody", "Agency": "GovernmentBody", "Department": "GovernmentBody", "Council": "GovernmentBody",
    "Office": "GovernmentBody",
    "Istituto": "Organization", "Accademia": "Organization", "Università": "Organization", "Universita": "Organization",
    "Politecnico": "Organization", "Fondazione": "Organization", "Laboratorio": "Organization",
    "Associazione": "Organization", "Centro": "Organization", "Fondo": "Organization", "Banca": "Company",
    "Ministero": "GovernmentBody", "Agenzia": "GovernmentBody", "Commissione": "GovernmentBody",
    "Dipartimento": "GovernmentBody", "Ufficio": "GovernmentBody", "Consiglio": "GovernmentBody",
}
_END_HEADS = {"Bank": "Company", "University": "Organization", "Institute": "Organization", "Academy": "Organization",
              "Laboratory": "Organization", "Solutions": "Company", "Networks": "Company", "Co., Ltd.": "Company",
              "Co. Ltd.": "Company", "Co.": "Company", "Company": "Company"}
_HEADS_RX = "|".join(sorted(_OF_HEADS, key=len, reverse=True))
_W = r"[A-Z][\w&-]*"
_OF_NAME = re.compile(
    rf"()({_HEADS_RX})\s+(of|for|di|del|della|dello|dell'|dei|degli|delle|per\s+(?:il|la|lo|l')?)\s*"
    rf"((?:the\s+)?{_W}(?:\s+(?:(?:and|&|e)\s+(?!(?:{_W}\s+){{0,3}}(?:{_HEADS_RX})\b))?{_W}){{0,4}}"
    rf"(?:(?:,\s+(?!(?:{_HEADS_RX})\b)[A-Z][a-z]+)+,?\s+(?:and|e)\s+[A-Z][a-z]+(?!\s+[A-Z]))?)")
_END_NAME = re.compile(r"(Bank|University|Institute|Academy|Laboratory|Solutions|Networks|"
                       r"Co\.,?\s?Ltd\.|Co\.|Company)(?:\s+(?:Capital|Group|Holdings|Corporation|Limited|Co\.,?\s?Ltd\.))?"
                       r"(?![\w])")
_PREFIX_WORDS = re.compile(rf"(?:(?<=\s)|^)((?:{_W}\s+){{1,3}})$")
# plural cues take a list: "the server makers Dell and Supermicro", "partners X, Y and Z"
_CUE_EN = re.compile(
    r"(?:(?P<pl>makers|manufacturers|suppliers|partners|customers|clients|rivals|startups|start-ups|lenders|banks|"
    r"chipmakers|designers|vendors|investors|funds|foundries|labs|laboratories|universities|institutes|operators|"
    r"providers|integrators|distributors|firms|companies|regulators|agencies)|(?:partner|customer|client|vendor|lender|"
    r"bank|lab|laboratory|institute|university|subsidiary|affiliate|spin-off|regulator|agency|distributor|integrator))"
    rf"(?:(?<=s)\s*[,:]\s+|(?<=s)\s*,?\s+(?:such as|like|including)\s+|\s+)(?P<n>{_W}(?:\s+{_W}){{0,2}})")
_CUE_IT = re.compile(
    r"\b(?i:i|dei|ai|dai|agli|degli|gli|le|delle|alle|dalle|tra|fra)\s+(?P<pl>produttori|fornitori|partner|clienti|costruttori|"
    r"gruppi|colossi|fondi|banche|istituti|startup|aziende|societ[aà]|fonderie|rivali|concorrenti|operatori)"
    r"(?:\s+(?:di|del|della|dei|delle|degli)\s+[a-zà-ù]+)?(?:\s*,?\s+(?:come|tra cui|fra cui|tra i quali|tra le quali))?\s+"
    rf"(?P<n>{_W}(?:\s+{_W}){{0,2}})")
_LIST_NEXT = re.compile(rf"(\s*,\s*(?:and\s+|e\s+|ed\s+|or\s+|o\s+)?|\s+(?:and|e|ed|or|o)\s+)(?:the\s+)?"
                        rf"({_W}(?:\s+(?:of\s+|for\s+|di\s+)?{_W}){{0,4}})")
_CUE_CLASS = {"foundries": "Foundry", "fonderie": "Foundry", "regulators": "GovernmentBody", "regulator": "GovernmentBody",
              "agencies": "GovernmentBody", "agency": "GovernmentBody", "funds": "Organization", "fondi": "Organization",
              "investors": "Organization", "labs": "Organization", "lab": "Organization", "laboratory": "Organization",
              "laboratories": "Organization", "universities": "Organization", "university": "Organization",
              "institutes": "Organization", "institute": "Organization", "istituti": "Organization"}
# Chinese: a name ending in an organisation noun ("北京智源人工智能研究院", "浪潮集团", "某某有限公司")
_ZH_END = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|研究院|研究所|研究中心|实验室|科学院|大学|学院|银行|基金会|集团|"
                     r"投资中心(?:\(有限合伙\))?|合伙企业\(有限合伙\))"
                     r"(?!大会|会议|论坛|产业|行业|领域|市场|板块|概念|内部|旗下)")
# legal names are long ("中芯北方集成电路制造（北京）有限公司"); a unit's name is read after its parent's
_ZH_LEGAL = ("股份有限公司", "有限责任公司", "有限公司", "投资中心", "合伙企业")
_ZH_UNIT_HEADS = ("研究院", "研究所", "研究中心", "实验室")
_ZH_SEAT = re.compile(r"\([\u4e00-\u9fff]{2,3}\)")
# words of an industry or a legal form: a core made only of them names no firm of its own ("海光信息技术股份有限公司"
# after the known "海光信息" is Hygon itself)
_ZH_INDUSTRY = re.compile(r"(?:科技|技术|信息|电子|微电子|半导体|集成电路|制造|智能|计算|软件|通信|网络|系统|控股|集团|国际|股份|"
                          r"投资|实业|发展|产业|设计|装备|设备|材料|光电|数据|云|中国|股权)+")
_ZH_INDUSTRY_START = re.compile(r"(?:科技|技术|信息|电子|微电子|半导体|集成电路|制造|智能|计算|软件|通信|网络|系统|控股|集团|"
                                r"股份|投资|实业|发展|产业|设计|装备|设备|材料|光电|数据|股权)")
# words before a short name that are not part of it ("公告显示拓维信息（002261）", "概念股中科曙光")
_ZH_LEAD = ("上市公司", "概念股", "龙头股", "龙头", "个股", "其中", "包括", "例如", "比如", "显示", "表示", "公告", "宣布",
            "据悉", "此外", "另外", "同时", "以及", "今日", "今天", "昨日", "近日", "日前", "截至", "本报讯", "记者", "旗下",
            "全资子公司", "控股子公司", "子公司", "合作伙伴", "客户", "供应商", "厂商", "公司全称", "全称", "简称", "即", "如",
            "而", "但", "据", "其", "与", "和", "及", "称", "讯", "控股股东", "大股东", "股东", "股")
# a size or an amount, not the first word of a name ("12英寸集成电路", "千亿参数")
_ZH_UNIT_START = ("英寸", "寸", "纳米", "微米", "毫米", "吨", "亿", "万", "千", "百", "个", "颗", "张", "片", "台")
_ZH_END_CLASS = {"银行": "Company", "有限公司": "Company", "股份有限公司": "Company", "有限责任公司": "Company", "集团": "Company"}
_ZH_NAME_STOP = _ZH_STOP | set("到入自有无多各每些所称指让获向看家位名个及把从再更最很都")
_ZH_GENERIC = ("国内", "国外", "海外", "知名", "多家", "各大", "一些", "相关", "多个", "部分", "国有", "大型", "商业", "中央",
               "地方", "头部", "科研", "高校", "重点", "顶尖", "研究", "国家", "全国", "全球", "世界", "其他", "两家", "三家",
               "这家", "该", "一家", "本土", "民营", "外资", "大陆", "当地", "附属", "下属", "子公司", "母公司", "新",
               "国资", "风投", "私募", "政府", "主权", "引导", "产业", "风险", "不同", "相同", "类似", "一样", "相比", "同类", "同行", "境内", "境外", "省内", "市属", "区属",
               "上市", "本港", "香港本地", "有本港")
# Chinese cue nouns before a name (and a list of names): "服务器厂商浪潮集团", "合作伙伴宝德、长江计算"
_ZH_CUE = re.compile(r"(?:服务器(?:厂商|厂|制造商|供应商)|整机厂商|芯片(?:设计)?(?:公司|企业|厂商|商)|芯片设计商|半导体(?:公司|企业)|"
                     r"初创(?:公司|企业)|创企|(?:晶圆)?代工厂|设备(?:厂商|商)|合作伙伴|云服务商|内存厂商|存储厂商|gpu厂商|"
                     r"ai芯片(?:企业|公司)|人工智能(?:公司|企业)|封测(?:厂|企业|公司|厂商)|封装厂|存储(?:芯片)?厂商|闪存厂商|"
                     r"芯片制造商|(?:晶圆)?代工商)")
_ZH_BOUND = (r"(?=[,.;:()\"'\s!?\[\]]|与|和|及|等|的|也|亦|已|均|都|并|则|是|为|于|在|将|被|曾|随|宣布|表示|称|推出|发布|纷纷|"
             r"此前|近日|今年|去年|旗下|一并|一起|共同|合作|获得|成为|作为|正在|目前|已经|还|又|就|对|向|从|把|让|给|同|跟|据|因|由|不|"
             r"未|没|$)")
_ZH_ITEM = r"(?:[a-z][a-z0-9-]{1,15}|[\u4e00-\u9fff]{2,6}?)"
_ZH_CUE_NAME = re.compile(rf"(?!与|和|及|等|的|也|已|是|为|在|将|被|纷纷|表示|称|推出|发布|开放)({_ZH_ITEM}){_ZH_BOUND}")
_ZH_LIST_NEXT = re.compile(rf"(?:,|与|和|及|以及)({_ZH_ITEM}){_ZH_BOUND}")
_ZH_DENG_TAIL = re.compile(r"等(?:\d+家|多家|几家|数家|一批)?(?:服务器厂商|整机厂商|厂商|企业|公司|机构|银行|合作伙伴|芯片商|云厂商|"
                           r"大厂|互联网公司|芯片企业|芯片公司)")
_ZH_OPENER = re.compile(r"[.;:(\"\s]|包括|例如|诸如|还有|如|像|有")
_ZH_ITEM_FULL = re.compile(_ZH_ITEM)


_RESEARCH_NOUNS = {"lab", "laboratory", "institute", "university", "laboratorio", "istituto", "università", "universita"}


def _org_class(name: str, default: str = "Company") -> str:
    low = name.lower()
    if any(w in low for w in _FUND_WORDS):
        return "Organization"
    if "foundry" in low or "fonderia" in low:
        return "Foundry"
    return default


def _word_start(text: str, i: int) -> bool:
    """Regexes start with their word alternation (so `re` scans for its first letters fast); the boundary is checked here."""
    return i == 0 or not text[i - 1].isalnum()


def _overlaps(s: int, e: int, spans) -> list[tuple[int, int]]:
    return [(ts, te) for ts, te in spans if s < te and ts < e]


def find_orgs(text: str, lang: str, taken: list[tuple[int, int]], folded: str | None = None,
              soft: list[tuple[int, int]] = (), units: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, str]]:
    """(start, end, name, class) of organisations named with a cue.

    `soft` are taken spans a discovered name may swallow: a place it starts with ("Chengdu Haiguang Integrated
    Circuit", "北京智源人工智能研究院") or a product inside a listed name ("湘江鲲鹏"); the caller drops them.
    `units` are known organisations a Chinese unit or legal name may start with ("中国电信人工智能研究院",
    "中芯北方集成电路制造（北京）有限公司"): the caller drops them too and reads the name as a unit of that one.
    """
    out: list[tuple[int, int, str, str]] = []
    soft_set = set(soft)

    def free(s: int, e: int, swallow: bool = False, also=None) -> bool:
        if any(s < oe and os_ < e for os_, oe, _, _ in out):
            return False
        hit = [h for h in _overlaps(s, e, taken) if h != also]
        if not hit:
            return True
        if not swallow:
            return False
        # only soft spans strictly inside (a place only at the start, and not the whole name)
        return all(h in soft_set and s <= h[0] and h[1] <= e and (h[1] - h[0]) < (e - s)
                   and text[h[1]:h[1] + 1] not in ("-", "'", "’") for h in hit)  # not "Shanghai-based"

    def add(s: int, e: int, name: str, cls: str, swallow: bool = False, also=None) -> None:
        if len(name) >= 2 and not _TECH_WORD.fullmatch(name) and free(s, e, swallow, also):
            out.append((s, e, name, cls))

    _legal_names(text, lang, add, units, soft_set)
    if lang == "zh":
        low = folded if folded is not None else text
        _zh_orgs(text, low, taken, soft_set, out, add, ends_only=True, units=set(units))
        _zh_listed(text, low, taken, soft_set, out, add)
        for m in ZH_ORG.finditer(low):
            s, e = m.start(), m.end()
            name = m.group(1)
            cut = max((k for k, c in enumerate(name) if c in _ZH_STOP), default=-1)
            if cut >= 0:  # "台湾的星曜科技": the name starts after the last function word
                name, s = name[cut + 1:], s + cut + 1
            for cue in _ZH_PREFIX_CUES:
                if name.startswith(cue) and len(name) > len(cue) + 1:
                    name, s = name[len(cue):], s + len(cue)
            for g in _ZH_GENERIC + _ZH_LEAD:
                if name.startswith(g) and len(name) - len(g) >= 2:
                    name, s = name[len(g):], s + len(g)
            if len(name) < 2 or any(c in _ZH_STOP for c in name) or any(v in name for v in _ZH_VERBISH) \
                    or name in _ZH_GENERIC or name.startswith(_ZH_UNIT_START) or (s > 0 and low[s - 1].isdigit()):
                continue  # "全球半导体", "12英寸集成电路": a scope or a size, not a name
            if re.match(r"[a-z]", low[e:e + 1]):
                continue  # "风投基金Prosperity7": a description before a Latin name
            if re.match(r"经理|從業|从业|分析师|人士|界", low[e:e + 3]):
                continue  # "本港基金经理": a fund manager, not a fund
            # the name must not start inside a registry mention (a place it starts with is part of it: "浦东创投")
            if not free(s, e, swallow=(m.group(2) or "") in ("基金", "资本", "创投")):
                continue  # ("加拿大半导体研究机构": a country and an industry are no name)
            out.append((s, e, text[s:e], _org_class(m.group(2) or m.group(5) or "")))
        _zh_orgs(text, low, taken, soft_set, out, add, ends_only=False)
        return out
    _of_names(text, lang, add)
    for rx, how in (EN_ORG if lang != "it" else IT_ORG):
        for m in rx.finditer(text):
            if how == "suffix":
                s, e = m.start(1), m.end(2)
                name = text[s:e]
            else:
                s, e = m.start(1), m.end(1)
                name = m.group(1)
            based = _BASED_FIRST.match(name)
            if based and how == "suffix":  # "Hangzhou-based Maxio Technology": the home is no part of the name
                s, name = s + based.end(), name[based.end():]
            first = name.split()[0]
            if first in _STOP_FIRST:
                parts = name.split(None, 1)
                if len(parts) < 2 or how != "suffix":
                    continue
                if not (first in _KEEP_FIRST and len(m.group(1).split()) >= 2):
                    s += len(first) + 1
                    name = parts[1]
                    if name.split()[0] in _STOP_FIRST or len(name.split()) < 2:
                        continue
            if len(name) < 3 or _TECH_WORD.fullmatch(name) or not free(s, e, swallow=how == "suffix"):
                continue  # ("il produttore di memorie NAND di Wuhan": a kind of product, not a name)
            noun = m.group(2) if how != "cue" and m.lastindex and m.lastindex >= 2 else ""
            cls = _org_class(name + " " + noun, "Organization" if how == "apposition" and noun in _RESEARCH_NOUNS
                             else "Company")
            if how == "cue" and m.group(0).lower().startswith(("foundry", "la fonderia")):
                cls = "Foundry"
            out.append((s, e, name, cls))
    _cue_lists(text, lang, add)
    return out


# a leading "China" or home city belongs to a suffixed name: "Shanghai Xuanjie Technology", "China Mobile Ltd"
_KEEP_FIRST = ("China", "Beijing", "Shanghai", "Shenzhen")
_BASED_FIRST = re.compile(r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*)?-(?:based|headquartered|listed|born|owned|backed|controlled)\s+(?=[A-Z])")


# kinds of chips and technologies written in capitals: never the name of an organisation
_TECH_WORD = re.compile(r"(?:NAND|DRAM|HBM\d?[A-Z]?|GPUs?|CPUs?|NPUs?|TPUs?|ASICs?|FPGAs?|AI|IA|LED|OLED|SSDs?|LPDDR\d*X?|"
                        r"GDDR\d*|DDR\d*|SoCs?|EUV|DUV|RISC-V|x86|ARM|CMOS|MCUs?|EDA|IoT|5G|6G|AIGC|LLMs?)")


def _strip_first(text: str, s: int, name: str, keep_china: bool) -> tuple[int, str]:
    """Drop leading function words ("The Ministry of ..."); "China Construction Bank" keeps its "China"."""
    while name:
        first = name.split()[0]
        if first not in _STOP_FIRST or first in ("Beijing", "Shanghai", "Shenzhen") or \
                (keep_china and first in ("China", "Chinese") and len(name.split()) > 2):
            break
        rest = name.split(None, 1)
        if len(rest) < 2:
            return s, ""
        s += len(name) - len(rest[1])
        name = rest[1]
    return s, name


# -- legal names with a seat in brackets, and names with a stock ticker (any language, Latin script) ------------------
# "GMC Semiconductor Technology (Wuxi)", "SK Hynix Semiconductor (China)", "Innoscience (Suzhou) Technology Holding",
# "Semiconductor Manufacturing International (Beijing)": the seat in brackets makes a legal name (a unit when it
# starts with a known firm)
_LEGAL_WORDS = _ORG_SUFFIX + r"|Holding|Manufacturing|International|Devices|Materials|Equipment|Information|Co\.,?\s?Ltd\.?|Co\."
_SEAT = r"[(（](?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[)）]"
LEGAL_TAIL = re.compile(rf"(?:\s+(?:{_LEGAL_WORDS})(?![\w]))+")  # " Semiconductor Co., Ltd." after a known name
_NOT_SEAT = {"Nasdaq", "Holdings", "Group", "Ltd", "Inc", "Corp", "Reuters", "Bloomberg", "Xinhua", "Update", "Photo",
             "File", "Video", "Reporting", "Translation", "Editing"}
_LEGAL_SEAT_AFTER = re.compile(
    rf"(?<![A-Za-z0-9&.-])((?:{_CAP}\s+){{0,4}}(?:{_LEGAL_WORDS}))\s*({_SEAT})")
_LEGAL_SEAT_INSIDE = re.compile(
    rf"(?<![A-Za-z0-9&.-])((?:{_CAP}\s+){{0,2}}{_CAP})\s*({_SEAT})\s+((?:{_CAP}\s+){{0,2}}(?:{_LEGAL_WORDS}))(?![\w])")
# a stock ticker in brackets: "(NVTS.O)", "(2577.HK)", "(NASDAQ: NVDA)", "(股票代码：688256)"
TICKER_TAIL = re.compile(
    r"\s*[(（]\s*(?:(?:NYSE|NASDAQ|Nasdaq|HKEX|SEHK|SSE|SZSE|TYO|KRX|TWSE|LSE|Euronext|股票代码|证券代码|代码)\s*[:：]\s*"
    r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?|(?:[A-Z]{1,5}|\d{4,6})\.(?:HK|O|N|OQ|SS|SZ|SH|T|DE|KS|KQ|TW|TWO|PA|AS|L|MI|SW|BJ)|"
    r"[03468]\d{5})\s*[)）]")
# a name before a ticker: "Navitas Semiconductor (NVTS.O)", "Innoscience (2577.HK)"
_TICKER = re.compile(rf"(?<![A-Za-z0-9&.-])((?:{_CAP}[ -]){{0,3}}{_CAP}|[a-z][a-z0-9]{{3,}})" + TICKER_TAIL.pattern)
# a known firm, a place and legal words: "Samsung China Semiconductor" (a unit of the known firm)
_UNIT_PLACE = re.compile(rf"(?<![A-Za-z0-9&.-])((?:{_CAP}\s+){{1,3}}){_CAP}\s+(?:{_CAP}\s+){{0,2}}(?:{_LEGAL_WORDS})(?![\w])")
# Chinese text: a Latin name with legal words ("即GMC Semiconductor Technology和…")
_LATIN_SUFFIXED = re.compile(rf"(?<![A-Za-z0-9&.-])((?:{_CAP}\s+){{0,3}}{_CAP}\s+(?:{_ORG_SUFFIX}))(?![A-Za-z])")


def _legal_names(text: str, lang: str, add, units, soft) -> None:
    """Legal names with a seat in brackets and names followed by a stock ticker (Latin script, every language)."""
    def start_at(s: int, e: int) -> tuple[int, tuple[int, int] | None]:
        s2, name = _strip_first(text, s, text[s:e], keep_china=True)
        unit = next((u for u in units if u[0] == s2 and u[1] < e), None)
        return s2, unit

    brackets = "(" in text or "（" in text
    for rx in ((_LEGAL_SEAT_AFTER, _LEGAL_SEAT_INSIDE) if brackets else ()):
        for m in rx.finditer(text):
            seat = m.group(2).strip("()（）")
            if seat in _NOT_SEAT:
                continue
            s, e = m.start(1), m.end()
            s, unit = start_at(s, e)
            name = text[s:e]
            if len(name.split()) < 2 or name.split()[0] in _STOP_FIRST - {"China", "Beijing", "Shanghai", "Shenzhen"}:
                continue
            add(s, e, name, _org_class(name), swallow=True, also=unit)
    for m in filter(None, (_UNIT_PLACE.match(text, u[0]) for u in units)):
        s, e = m.start(), m.end()
        unit = next((u for u in units if u[0] == s and u[1] < e), None)
        place = next((h for h in soft if unit and h[0] == unit[1] + 1), None)
        if unit is not None and place is not None and text[unit[1]] == " " and text[place[1]:place[1] + 1] == " ":
            add(s, e, text[s:e], _org_class(text[s:e]), swallow=True, also=unit)
    if lang == "zh":
        for m in _LATIN_SUFFIXED.finditer(text):
            s, e = m.start(1), m.end(1)
            s, unit = start_at(s, e)  # "SanDisk China Limited": a unit of the known firm it starts with
            name = text[s:e]
            if len(name.split()) >= 2:
                add(s, e, name, _org_class(name), swallow=True, also=unit)
    for m in (_TICKER.finditer(text) if brackets else ()):
        s, e = m.start(1), m.end(1)
        if text[s].islower() and not re.search(r"(?:,\s*|\band\s+|\be\s+|\bed\s+|^|\n|[(:]\s*)$", text[max(0, s - 6):s]):
            continue  # a lower-case name ("onsemi") only as an item of a list
        s, name = _strip_first(text, s, text[s:e], keep_china=False)
        if not name or name in _STOP_FIRST or _TECH_WORD.fullmatch(name):
            continue
        add(s, s + len(name), name, _org_class(name))


# the words of a discovered name before its legal words: "Navitas" of "Navitas Semiconductor", "Innoscience" of
# "Innoscience (Suzhou) Technology Holding"; a bare core that is a common word names nothing
CORE_STOP = _CORE_STOP = {"General", "National", "International", "Global", "United", "New", "First", "Advanced", "Applied", "Digital",
              "Micro", "Smart", "Future", "Star", "Great", "Deep", "Open", "Silicon", "Semiconductor", "Technology",
              "Integrated", "Quantum", "Power", "Data", "Cloud", "Network", "Mobile", "Energy", "Capital", "Asia",
              "Pacific", "Eastern", "Western", "Northern", "Southern", "Central", "Royal", "Golden", "Blue", "Red",
              "Green", "Black", "White", "Bright", "Sun", "Sky", "Ocean", "Phoenix", "Dragon", "Union", "Alliance",
              "Nuova", "Nuovo", "Grande", "Italia", "Italiana", "Europa", "European", "America", "American", "Chinese",
              "China", "Japan", "Korea", "India", "Taiwan", "Hong", "Kong"}
_CORE_END = re.compile(rf"\s+(?:{_LEGAL_WORDS})(?![\w])|\s*[(（]")


def core_name(name: str) -> str | None:
    """The distinctive words of a discovered Latin name before its legal words, if it has any: "Navitas" of
    "Navitas Semiconductor"; None for "Semiconductor Manufacturing International (Beijing)" or a common word."""
    m = _CORE_END.search(name)
    if m is None or m.start() == 0:
        return None
    core = name[:m.start()].strip()
    words = core.split()
    if not words or len(core) < 3 or not all(re.fullmatch(r"[A-Z][\w&-]*", w) for w in words) \
            or words[0] in _STOP_FIRST or all(w in _CORE_STOP for w in words) or _TECH_WORD.fullmatch(core):
        return None
    return core


def _of_names(text: str, lang: str, add) -> None:
    for m in _OF_NAME.finditer(text):
        if not _word_start(text, m.start(2)):
            continue
        prep = m.group(3)
        if (lang == "it") != (prep not in ("of", "for")):
            continue
        head = m.group(2)
        if (lang == "it") != (head in ("Istituto", "Accademia", "Università", "Universita", "Politecnico", "Fondazione",
                                       "Laboratorio", "Associazione", "Centro", "Fondo", "Banca", "Ministero", "Agenzia",
                                       "Commissione", "Dipartimento", "Ufficio", "Consiglio")):
            continue
        tail = m.group(4)
        words = tail.split()
        cut = next((i for i, w in enumerate(words) if w.strip(",") in _STOP_FIRST - {"China", "Chinese", "US", "U.S.",
                                                                                        "American"} and i > 0), None)
        if cut is not None:
            tail = " ".join(words[:cut])
            if tail.endswith((" and", " e", " &")):
                tail = tail.rsplit(" ", 1)[0]
        pre = _PREFIX_WORDS.search(text, max(0, m.start(2) - 60), m.start(2))
        s = pre.start(1) if pre else m.start(2)
        name = text[s:m.start(4)] + tail
        s, name = _strip_first(text, s, name, keep_china=True)
        if not name or name.split()[0] in _OF_HEADS and len(name.split()) < 3:
            if not name or not tail:
                continue
        add(s, s + len(name), name, _OF_HEADS[head], swallow=True)
    if lang == "en":
        for m in _END_NAME.finditer(text):
            if text[m.start() - 1:m.start()] != " " or not re.match(r"[\w.]", text[m.start() - 2:m.start() - 1]):
                continue
            pre = _PREFIX_WORDS.search(text, max(0, m.start(1) - 60), m.start(1))
            if not pre:
                continue
            s = pre.start(1)
            name = text[s:m.end()]
            s, name = _strip_first(text, s, name, keep_china=True)
            if len(name.split()) < 2 or name.split()[0] in _STOP_FIRST - {"Beijing", "Shanghai", "Shenzhen", "China"}:
                continue
            head = m.group(1)
            add(s, s + len(name), name, _org_class(name, _END_HEADS.get(head, "Company")), swallow=True)


def _cue_lists(text: str, lang: str, add) -> None:
    rx = _CUE_IT if lang == "it" else _CUE_EN
    for m in rx.finditer(text):
        if lang != "it" and not _word_start(text, m.start()):
            continue
        cue = (m.group("pl") or m.group(0).split()[0]).lower()
        cls = _CUE_CLASS.get(cue, "Company")
        items = [(m.start("n"), m.end("n"), m.group("n"))]
        if m.group("pl"):
            pos, seps = m.end("n"), []
            while True:
                nx = _LIST_NEXT.match(text, pos)
                if not nx:
                    break
                items.append((nx.start(2), nx.end(2), nx.group(2)))
                seps.append(nx.group(1).strip(" ,"))
                pos = nx.end(2)
            if re.search(r"[,:]", text[m.end("pl"):m.start("n")]) and not (seps and seps[-1]):
                continue  # "clients, Jefferies analyst": after a comma, only a list closed by "and" is named
            if seps and not seps[-1]:  # an open list ("X, Y, said"): keep only what an "and" closes
                last_and = max((i for i, x in enumerate(seps) if x), default=-1)
                items = items[:last_and + 2]
        for s, e, name in items:
            if name.split()[0] in _STOP_FIRST or (name.isupper() and len(name) <= 3 and lang == "it"):
                if name.split()[0] in _STOP_FIRST:
                    break
            add(s, e, name, cls, swallow=True)


def _zh_name_ok(name: str) -> bool:
    return (len(name) >= 2 and name not in _ZH_GENERIC and not any(c in _ZH_NAME_STOP for c in name)
            and not name.startswith(("这", "该", "各", "多", "其", "此", "之", "相比", "同时", "此外", "目前", "随后"))
            and not any(v in name for v in _ZH_VERBISH))


# verbs and quantities that run into a name when a text is read without spaces ("涵盖半导体", "刚刚公布半导体")
_ZH_VERBISH = ("涵盖", "包括", "涉及", "公布", "发布", "宣布", "推出", "支持", "推动", "加强", "布局", "进入", "覆盖", "面向",
               "针对", "采用", "使用", "之一", "第一", "最大", "领先", "刚刚", "已经", "正在", "以及", "相比", "化合物",
               "功率", "第三代", "宽禁带", "先进", "高端", "成熟", "崛起", "兴起", "扩张", "突围", "追赶", "同属", "隶属", "属于")


def _zh_end_class(head: str) -> str:
    if head.startswith(("投资中心", "合伙企业")):
        return "Organization"  # a fund
    return _ZH_END_CLASS.get(head, "Company" if head.startswith(_ZH_LEGAL) else "Organization")


def _zh_orgs(text: str, low: str, taken, soft_set, out, add, ends_only: bool, units=frozenset()) -> None:
    def taken_at(i: int) -> tuple[int, int] | None:
        for ts, te in taken:
            if ts <= i < te:
                return (ts, te)
        return None

    # names ending in an organisation noun: walk back from the noun over name characters
    for m in (_ZH_END.finditer(low) if ends_only else ()):
        i = m.start()
        j = i
        head = m.group(0)
        legal = head.startswith(_ZH_LEGAL)
        unit = legal or head in _ZH_UNIT_HEADS
        parent = None
        while j > 0 and i - j < (16 if legal else 10):
            ch = low[j - 1]
            if legal and ch == ")":  # "中芯北方集成电路制造（北京）有限公司": the seat in brackets is part of the name
                br = _ZH_SEAT.search(low, max(0, j - 6), j)
                if br and br.end() == j and br.start() > 0 and "\u4e00" <= low[br.start() - 1] <= "\u9fff":
                    j = br.start()
                    continue
            if ch in _ZH_NAME_STOP or not ("\u4e00" <= ch <= "\u9fff" or ch.isalnum()):
                break
            t = taken_at(j - 1)
            if t is not None and t not in soft_set:
                if unit and t in units and j < i and j == t[1]:
                    parent = t  # "中国电信人工智能研究院": a unit named after its parent
                    j = t[0]
                break
            j -= 1
        core = low[j:i]
        if parent is not None:
            rest = _ZH_SEAT.sub("", low[parent[1]:i])
            seat = _ZH_SEAT.search(low, parent[1], i) is not None
            if not seat and (len(rest) < 2 or _ZH_INDUSTRY.fullmatch(rest)):
                continue  # "海光信息技术股份有限公司": the known firm's own legal name, no unit of it; with a seat in
                # brackets ("中芯国际集成电路制造（北京）有限公司") a unit of it
            if head == "集团":
                continue
            add(j, m.end(), text[j:m.end()], _zh_end_class(head),
                swallow=True, also=parent)
            continue
        if legal and (_ZH_INDUSTRY.fullmatch(_ZH_SEAT.sub("", core)) or _ZH_INDUSTRY_START.match(core)):
            continue  # "科技股份有限公司" after a known name, "装备股权投资中心" cut at "和": no name of its own
        for g in _ZH_GENERIC:
            if core.startswith(g) and len(core) - len(g) >= 2:
                j, core = j + len(g), core[len(g):]
        for cue in _ZH_PREFIX_CUES + ("同属", "隶属", "属于"):  # "与同属力晶集团的力积电": the group, not "同属力晶集团"
            if core.startswith(cue) and len(core) - len(cue) >= 2 and cue not in ("中国", "美国"):
                j, core = j + len(cue), core[len(cue):]
        if len(core) < 2 or core in _ZH_GENERIC or any(core.endswith(g) for g in ("这", "该", "各", "多")):
            continue
        # a soft span (a place) only at the start; a product inside only when something precedes it
        hit = _overlaps(j, m.end(), taken)
        if any(h[0] > j and (h[1] - h[0]) >= len(core) for h in hit):
            continue
        if hit and all(h[0] == j and h[1] == i for h in hit) and m.group(0) not in ("大学", "银行"):
            continue  # "北京研究院": a place and a bare noun; "北京大学", "上海银行" are names
        add(j, m.end(), text[j:m.end()], _zh_end_class(head), swallow=True)
    if ends_only:
        return
    # cue noun + name (+ list)
    for m in _ZH_CUE.finditer(low):
        pos = m.end()
        nm = _ZH_CUE_NAME.match(low, pos)
        items = []
        while nm:
            items.append((nm.start(1), nm.end(1)))
            pos = nm.end(1)
            nm = _ZH_LIST_NEXT.match(low, pos)
            if nm and low[pos] == "," and text[pos] != "、":
                break  # "，" ends the clause: not an enumeration
        for s, e in items:
            if not _zh_name_ok(low[s:e]):
                break
            add(s, e, text[s:e], "Company", swallow=True)
    # a list closed by 等 + organisation noun: "宝德、长江计算、湘江鲲鹏等厂商". Parsed backwards from 等 over a bounded
    # window with a plain split (a regex over the list backtracks exponentially on long runs of Chinese text).
    for m in _ZH_DENG_TAIL.finditer(low):
        k = m.start()
        w0 = max(0, k - 60)
        opener = None
        for opener in _ZH_OPENER.finditer(low, w0, k):
            pass
        pos = opener.end() if opener else w0
        if opener is None and w0 > 0:
            continue  # no opener within reach: not a list we can delimit
        parts = _ZH_SPLIT.split(low[pos:k])
        # "，" is a clause break, "、" an enumeration: the list starts after the last clause comma
        offs, cut = pos, 0
        for j, part in enumerate(parts):
            if part == "," and text[offs] != "、":
                cut = j + 1
            offs += len(part)
        pos += sum(len(x) for x in parts[:cut])
        parts = parts[cut:]
        names = [x for x in parts if x not in (",", "与", "和", "及", "以及")]
        if len(names) < 2 or "" in parts or not all(_ZH_ITEM_FULL.fullmatch(x) for x in names):
            continue
        for part in parts:
            if part not in (",", "与", "和", "及", "以及") and _zh_name_ok(part):
                add(pos, pos + len(part), text[pos:pos + len(part)], "Company", swallow=True)
            pos += len(part)


# -- Chinese names with the evidence of a listed company or a unit ------------------------------------------------
# a stock code in brackets: "拓维信息（002261）", "（002261.SZ）", "（股票代码：688256）", "（09660.HK）"
_ZH_STOCK = re.compile(r"\((?:(?:股票|证券|a股|港股)?(?:代码|代号)?:?\s*)?(?:(?:(?:sh|sz|bj)\.?)?[03468]\d{5}(?:\.(?:sz|sh|bj|ss))?|"
                       r"0?\d{4}\.(?:hk|tw)|(?:港股|hk|hkex|联交所):?\s*0?\d{4}|(?!19\d\d|20[0-3]\d)[1-9]\d{3})(?=[),;])")
# a listed company's way of speaking: "XX在互动平台表示", "XX董秘回复", "XX科技表示", "XX股份公告"
_ZH_SAYS = re.compile(r"在(?:投资者)?互动(?:平台|易)|董秘|董事会秘书|(?:近日|日前|今日|晚间|早间|发布)?公告|(?:公开|回应)?表示|"
                      r"宣布|披露|回复|回应")
_ZH_STRONG_SAYS = ("在", "董")
_ZH_FIRMISH = re.compile(r"(?:信息|科技|股份|电子|智能|技术|软件|通信|网络|光电|微电|创新|国际|精密|材料|装备|半导体|微电子|"
                         r"集成|控股|数据|芯|微|算力)$")
# a unit: "旗下XX", "控股子公司XX", "XX为公司全资子公司"
_ZH_UNIT_CUE = re.compile(r"(?:旗下|下属|(?:全资|控股)?子公司|孙公司)(?:的)?")
_ZH_UNIT_OF = re.compile(r"(?:^|(?<=[,.;:!?\s\"]))([\u4e00-\u9fffa-z0-9]{2,8}?)(?:为|是)(?:公司|本公司|其|该公司|"
                         r"[\u4e00-\u9fffa-z]{2,8}?)的?(?:全资|控股|一家)(?:子公司|孙公司)")
_ZH_UNIT_NAME = re.compile(rf"(?!与|和|及|等|的|也|已|是|为|在|将|被)({_ZH_ITEM})(?:{_ZH_BOUND}|(?=布局|负责|从事|主要|专注|建设|运营|"
                           r"开展|完成|生产|研发|持有|拥有|计划|拟|投资|成立|设立|主营|承担|提供))")
_ZH_NOT_ORG = ("拥有", "包括", "共有", "设有", "还有", "设立", "成立", "主要", "主营", "核心", "研发", "产品", "业务", "品牌", "芯片",
               "员工", "公司", "企业", "基金", "平台", "团队", "多家", "多个", "一家", "两家", "全资", "控股", "子公司", "资产", "股权",
               "股份", "工厂", "项目", "服务器", "模型", "大模型", "系列", "合计", "分别", "持有", "某", "上市公司", "上市",
               # "及其子公司均未被列入", "子公司负责室内装修": adverbs and verbs, not a unit's name
               "均", "皆", "都", "未", "尚", "不", "没", "并", "仍", "亦", "也", "已", "则", "负责", "从事", "专注", "承担", "提供",
               "生产", "开展", "参与", "涉及", "位于", "同属", "隶属", "属于", "旗下")


_ZH_FACILITY = ("工厂", "厂", "基地", "产线", "生产线", "业务", "部门", "园区")  # "旗下闪存封测工厂": no name


def _zh_lead_strip(low: str, j: int, k: int) -> int:
    """Start of a name ending at k once the words before it are dropped ("公告显示拓维信息" -> "拓维信息")."""
    changed = True
    while changed:
        changed = False
        for w in _ZH_LEAD + _ZH_GENERIC + _ZH_PREFIX_CUES + _ZH_VERBISH:
            if low.startswith(w, j) and k - j - len(w) >= 2:
                j += len(w)
                changed = True
    return j


def _zh_name_before(low: str, k: int, taken, soft_set, limit: int = 8) -> int | None:
    """Start of the name that ends at k, read back to a clause break or a known mention."""
    j = k
    while j > 0 and k - j < limit + 7:
        ch = low[j - 1]
        if ch in _ZH_NAME_STOP or ch in "某" or not ("\u4e00" <= ch <= "\u9fff" or ch.isalnum() or ch == "*"):
            break
        if any(ts <= j - 1 < te and (ts, te) not in soft_set for ts, te in taken):
            break
        j -= 1
    j = _zh_lead_strip(low, j, k)
    if k - j > limit:
        return None  # no clause break or known word in reach: where the name starts is a guess
    return j if k - j >= 2 else None


def _zh_listed(text: str, low: str, taken, soft_set, out, add) -> None:
    """Listed companies and units named with Chinese evidence: a stock code, a company's way of speaking, a parent."""
    for m in _ZH_STOCK.finditer(low):
        k = m.start()
        if any(ts < k <= te and te == k for ts, te in taken):
            continue  # "寒武纪（688256）": a known firm
        j = _zh_name_before(low, k, taken, soft_set, limit=6)
        if j is not None and _zh_name_ok(low[j:k]) and not low[j:k].startswith(_ZH_NOT_ORG):
            add(j, k, text[j:k], "Company", swallow=True)
    for m in _ZH_SAYS.finditer(low):
        k = m.start()
        if k < 2 or any(te == k for _ts, te in taken):
            continue
        j = _zh_name_before(low, k, taken, soft_set, limit=6)
        if j is None:
            continue
        name = low[j:k]
        if m.group(0) == "披露" and name.endswith("信息"):
            continue  # "信息披露": disclosure
        strong = m.group(0).startswith(_ZH_STRONG_SAYS)
        if not strong and (len(name) < 3 or not _ZH_FIRMISH.search(name) or _ZH_INDUSTRY.fullmatch(name)):
            continue
        if _zh_name_ok(name) and not name.startswith(_ZH_NOT_ORG) and not _ZH_INDUSTRY.fullmatch(name):
            add(j, k, text[j:k], "Company", swallow=True)
    for m in _ZH_UNIT_CUE.finditer(low):
        nm = _ZH_UNIT_NAME.match(low, m.end())
        if nm and _zh_name_ok(nm.group(1)) and not nm.group(1).startswith(_ZH_NOT_ORG) \
                and not _ZH_INDUSTRY.fullmatch(nm.group(1)) and not nm.group(1).endswith(_ZH_FACILITY):
            add(nm.start(1), nm.end(1), text[nm.start(1):nm.end(1)], "Company", swallow=True)
    for m in _ZH_UNIT_OF.finditer(low):
        j = _zh_lead_strip(low, m.start(1), m.end(1))
        name = low[j:m.end(1)]
        if _zh_name_ok(name) and not name.startswith(_ZH_NOT_ORG):
            add(j, m.end(1), text[j:m.end(1)], "Company", swallow=True)


# "（以下简称“拓维信息”）", "（简称：智谱）", "（证券简称：海光信息，证券代码：688041）", "（以下简称“公司”或“中芯国际”）"
_ZH_SHORT = re.compile(r"\((?:以下(?:简|统)?称|下称|简称|证券简称|股票简称|a股简称)(?:为)?:?\s*")
_ZH_SHORT_NAME = re.compile(r"\"?([^\",;:()\s]{2,10}?)\"?(?=[),;]|或|、)")
_ZH_SHORT_GENERIC = ("公司", "本公司", "该公司", "标的公司", "上市公司", "发行人", "集团", "本集团", "本次交易", "交易对方", "目标公司",
                     "合资公司", "新公司", "母公司", "子公司", "本行", "本院", "本所")


def zh_short_names(low: str, end: int) -> list[tuple[int, int]]:
    """Spans of the short names a bracket right after `end` introduces for the name before it."""
    m = _ZH_SHORT.match(low, end)
    if not m:
        return []
    out, pos = [], m.end()
    while True:
        n = _ZH_SHORT_NAME.match(low, pos)
        if not n:
            break
        name = n.group(1)
        if name not in _ZH_SHORT_GENERIC and not name.startswith(("本", "该", "标的", "以下")):
            out.append((n.start(1), n.end(1)))
        pos = n.end()
        sep = re.match(r"或|、", low[pos:pos + 1])
        if not sep:
            break
        pos += 1
    return out


# a code's shape: its letters and how many digits follow ("SG2042" -> ("SG", 4)); a code of the same shape as a product
# the article names is another model of that family ("SG2044" after "SG2042", "MI309" after "MI308", "HL-388")
_CODE_SHAPE = re.compile(r"(?:([A-Z]{1,4})[- ]?|(\d)[A-Z])(\d{2,5})(?:[A-Z]{0,2}|v\d{1,2})")
# a variant glued to a known model code: a tier letter or a version ("H20E", "MI308X", "C920v2")
_GLUED_VARIANT = re.compile(r"(.*\d)(?:[A-Z]{1,2}|v\d{1,2})")
# the maker named right after the code: "P670 di SiFive", "P670 della californiana SiFive", "T10 from Enflame"
_MAKER_AFTER = re.compile(r"\s+(?:di|del|della|dello|dell'|from|by|of|(?:made|designed|developed|built)\s+by|"
                          r"(?:prodott|progettat|sviluppat)[oaie]\s+da)\s*(?:(?:the|la|il|lo|l')\s*)?"
                          r"(?:[a-zà-ù]+[ae]\s+)?$", re.I)
_CORE_BEFORE = re.compile(r"(?i)\bcores?\s+$|核心?$")


def code_shape(code: str) -> tuple[str, int] | None:
    """("SG", 4) for "SG2042": the family of a model code (two letters or four digits at least, else too loose:
    "A100" and the Airbus "A320" share one letter and three digits)."""
    m = _CODE_SHAPE.fullmatch(code)
    if not m:
        return None
    if m.group(2):  # "3A6000", "3C6000": a series digit, a letter and the model number
        return (m.group(2) + "#", len(m.group(3))) if len(m.group(3)) >= 3 else None
    if len(m.group(1)) < 2 and len(m.group(3)) < 4:
        return None
    return m.group(1), len(m.group(3))


def glued_stem(code: str) -> str | None:
    """"H20" for "H20E", "C920" for "C920v2": the model a glued tier or version belongs to."""
    m = _GLUED_VARIANT.fullmatch(code)
    return m.group(1) if m else None


def find_codes(text: str, taken: list[tuple[int, int]], org_spans: list[tuple[int, int]],
               shapes: frozenset = frozenset(), known=None) -> list[tuple[int, int, str, str]]:
    """Product model codes ("MI308", "L600", "曦云C600") next to a maker or a product word, of the shape of a product
    the article names (`shapes`, see code_shape) or a variant of a known model (`known(stem)`: "H20E")."""
    out = []
    for rx, grp in ((ZH_CODE, 0), (CODE, 1)):
        for m in rx.finditer(text):
            s, e = m.start(grp), m.end(grp)
            if grp == 0 and (m.start(1), m.end(1)) in taken:
                s = m.start(2)  # "龙芯3A5000": the maker is a mention of its own, the code a new product
            elif grp == 0 and (m.group(1) in _ZH_NOT_NAME or any(c in "及和与的在为是等或及跟同对向从" for c in m.group(1))):
                s = m.start(2)  # "「武当」系列C1200", "推出C600": a generic word, not part of the name
            if any(s < te and ts < e for ts, te in taken) or any(s < oe and os_ < e for os_, oe, _, _ in out):
                continue
            code = text[s:e]
            if _YEARISH.fullmatch(code) and code[-4:].startswith(("19", "20")) and code_shape(code) not in shapes:
                # a year, unless a hyphenated code sits right next to a product word ("the FT-2000 processor")
                if "-" not in code or not (_PRODUCT_CUE.match(text[e:e + 15].strip()) or
                                           _PRODUCT_CUE.search(text[max(0, s - 15):s])):
                    continue
            bare = m.group(2) if grp == 0 else code
            if _NUM_FORMAT.fullmatch(bare) or bare.upper().startswith(("HBM", "DDR", "GDDR", "LPDDR")):
                continue  # a number format ("147 teraflops FP16"), not a product
            if code.upper().startswith(("GB", "TB", "MB", "KB", "HBM", "DDR", "PCIE", "USB", "COVID", "FY", "Q")) and grp == 1:
                if not code.upper().startswith("GB2"):
                    continue
            before = text[max(0, s - 30):s]
            after = text[e:e + 25]
            if _CORE_AFTER.match(after):
                continue  # "4个LA664处理器核": a processor core design, not a chip
            near_org = any(0 <= s - oe <= 12 for _, oe in org_spans) or any(
                0 < os_ - e <= 40 and _MAKER_AFTER.match(text, e, os_) for os_, _ in org_spans)
            if not (near_org or _PRODUCT_CUE.search(before[-20:]) or _PRODUCT_CUE.search(after)
                    or _SYSTEM_CUE.search(after) or grp == 0 or _CORE_BEFORE.search(before)
                    or code_shape(bare) in shapes
                    or (known is not None and glued_stem(bare) is not None and known(glued_stem(bare)))):
                continue
            cls = "System" if _SYSTEM_CUE.match(after.strip()) or _SYSTEM_APPOSITION.match(after) else "Chip"
            out.append((s, e, code, cls))
    return out


# -- products named with a product noun ---------------------------------------------------------------
# the noun gives the class: "the Dhyana processors" (Chip), "the TaiShan servers" (System), "its V3 model" (platform)
_NOUN_CLASS_EN = [
    (r"operating systems?|os|frameworks?|software|toolkits?|stacks?|compilers?|architectures?|(?:language\s+)?models?|"
     r"llms?|platforms?|chatbots?", "SoftwarePlatform"),
    (r"chips?|processors?|accelerators?|cpus?|gpus?|npus?|asics?|socs?|cards?|dies?|chipsets?|microcontrollers?|mcus?",
     "Chip"),
    (r"servers?|clusters?|supercomputers?|supernodes?|superpods?|pods?|racks?|systems?|machines?|computers?|"
     r"appliances?|boxes", "System"),
]
_NOUN_CLASS_IT = [
    (r"sistem[ai] operativ[oi]|framework|software|architettur[ae]|modell[oi](?:\s+linguistic[oi])?|piattaform[ae]|"
     r"chatbot", "SoftwarePlatform"),
    (r"chip|processor[ei]|acceleratori?|acceleratore|cpu|gpu|npu|asic|sched[ae]|soc|microcontrollor[ei]|mcu", "Chip"),
    (r"server|cluster|supercomputer|supernodi?|sistem[ai]|rack|macchin[ae]|computer", "System"),
]
_NOUN_CLASS_ZH = [
    (r"操作系统|大模型|模型|框架|软件|平台|架构", "SoftwarePlatform"),
    (r"芯片|处理器|加速卡|显卡|gpu|cpu|npu|微控制器|单片机|mcu", "Chip"),
    (r"服务器|集群|超节点|超级计算机|超算|整机|一体机|系统", "System"),
    (r"公司|企业|厂商|创企", "Company"),
]
_ORG_NOUN_EN = r"company|firm|startup|start-up|joint venture|venture|unit|subsidiary|business|designer|maker"
_ORG_NOUN_IT = r"societ[aà]|azienda|startup|start-up|joint venture|controllata|divisione"
_COMPOUND_HEAD = re.compile(r"\s+(?:designs?|market|markets|business|businesses|makers?|lines?|units?|division|sales|"
                            r"shipments|exports|imports|orders|supply|supplies|team|industry|factory|factories|plants?|"
                            r"capacity|production|ecosystem|roadmap|prices?|pricing|revenue|deals?|contracts?|projects?|"
                            r"programmes?|programs?|segment|giant|company|firm|startups?|vendors?|rules?|restrictions?|"
                            r"controls?|ban|bans|exports?|war|race|sector|stocks?|shares?|demand|shortage)\b")
_NAME_TOK = r"[A-Z][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*"
_NAME_NEXT = r"(?:\s+(?:[A-Z][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*|\d+(?:\.\d+)?[A-Za-z]{0,2}|II|III|IV|One|Pro|Max|Ultra|Plus))"
_NAME = rf"{_NAME_TOK}{_NAME_NEXT}{{0,2}}"
_DET_EN = (r"(?i:\b(?:the|a|an|its|their|his|her|our|own|two|three|several|some|many|these|those|new)|'s|’s)\s+"
           r"(?:(?:new|latest|newest|own|next-generation|flagship|first|second|third|upcoming|homegrown|home-grown|"
           r"in-house|domestic|custom)\s+){0,2}")
def _appos_product(dets: str, mods: str, nouns: str, after: str) -> re.Pattern:
    """"NAME, <determiner> <modifiers> <product noun>", the noun ending the phrase (followed by `after` or punctuation)."""
    return re.compile(rf"(?<![\w'’.-])(?P<n>{_NAME}),\s+(?:{dets})(?:\s+|(?<='))(?:{mods})(?P<noun>(?i:{nouns}))"
                      rf"(?=\s*[,.;:)]|\s+(?:{after})\b)")


_EN_PRE = re.compile(rf"{_DET_EN}(?P<n>{_NAME})\s+(?P<noun>{'|'.join(x for x, _ in _NOUN_CLASS_EN)})\b$")
_EN_NOUN = re.compile(rf"(?:{'|'.join(x for x, _ in _NOUN_CLASS_EN)})\b")
# "Lushan, una GPU per i videogiochi", "Huagang, la nuova architettura": the Italian apposition
_IT_APPOS_PRODUCT = _appos_product(
    r"un|una|uno|un'|il|la|lo|l'|il suo|la sua|il loro|la loro|il nuovo|la nuova",
    r"(?:(?:nuov[oa]|propri[oa]|[a-z]+(?:ato|ata|ivo|iva|ale|ore|ica|ico))\s+)?", "|".join(x for x, _ in _NOUN_CLASS_IT),
    r"per|che|progettat\w*|sviluppat\w*|basat\w*|dedicat\w*|pensat\w*|destinat\w*|da|con|ad?")
# "Huashan, an accelerator for AI training", "MegaScale, its in-house training system, …": not "Lisa Su, a chip
# industry veteran" (the noun ends the phrase) nor "Jensen Huang, a former …"
_EN_APPOS_PRODUCT = _appos_product(
    r"a|an|its|their|the\s+company's",
    r"(?:(?!(?:former|veteran|founder|chief|head|executive|analyst)\b)[\w-]+\s+){0,3}?", "|".join(x for x, _ in _NOUN_CLASS_EN),
    r"for|that|which|built|designed|made|aimed|based|used|with|from|and|due|launched|unveiled|released|announced")
_NAMING_EN = re.compile(rf"(?:called|named|dubbed|branded(?:\s+as)?|christened|code-?named|known\s+as|nicknamed)\s+"
                        rf"[\"“‘']?(?P<n>{_NAME})[\"”’']?(?:,?\s+and\s+[\"“‘']?(?P<n2>{_NAME})[\"”’']?)?")
_DET_IT = (r"\b(?i:il|lo|la|l'|i|gli|le|del|dello|della|dell'|dei|degli|delle|al|allo|alla|all'|ai|agli|alle|dal|dallo|dalla|"
           r"dall'|dai|dagli|dalle|nel|nello|nella|nell'|nei|negli|nelle|sul|sullo|sulla|sull'|sui|sugli|sulle|un|uno|una|un')"
           r"\s*(?:(?:su[oaie]|suoi|propri[oaie]|nuov[oaie]|prim[oaie])\s+){0,2}")
_IT_NOUN_NAME = re.compile(rf"(?P<noun>{'|'.join(x for x, _ in _NOUN_CLASS_IT)})"
                           rf"(?:\s+(?:per|di|da)\s+(?:l'|la\s+|il\s+|lo\s+)?[a-zà-ù]+)?\s+(?P<n>{_NAME})(?![\w'])")
_IT_MAKER_BEFORE = re.compile(r"(?:produttor|fornitor|costruttor|fabbricant|distributor|venditor|progettist)[a-z]*\s+$",
                              re.I)
_IT_DET_BEFORE = re.compile(rf"(?:{_DET_IT}|\b(?:di|da|con|su|in|per|tra|fra)\s+)$")
_NAMING_IT = re.compile(rf"\b(?:battezzat[oaie]|denominat[oaie]|chiamat[oaie]|soprannominat[oaie]|ribattezzat[oaie]|"
                        rf"si\s+chiama(?:no)?|not[oaie]\s+come|nome\s+in\s+codice|dal\s+nome)\s+(?:(?:il|lo|la|l'|i|gli|le)\s*)?"
                        rf"[\"“‘]?(?P<n>{_NAME})[\"”’]?(?:\s+e\s+[\"“‘]?(?P<n2>{_NAME})[\"”’]?)?")
_ZH_NOUNS = "|".join(x for x, _ in _NOUN_CLASS_ZH)
_ZH_SERIES = re.compile(r"系列(芯片|处理器|加速卡|显卡|gpu|cpu|服务器|一体机|大模型)")
_ZH_NOUN_AFTER = re.compile(rf"(?:\"?的[a-z0-9\u4e00-\u9fff]{{0,6}}?|\"?)({_ZH_NOUNS})")
_AS_AFTER = re.compile(r"\s+(?:as|come)\b")
_CLAUSE_SPLIT = re.compile(r"[.;:!?\n]")
_ZH_QNAME = r"[\"“「『]((?:[^\"”」』\n,.;:]|(?<=\d)\.(?=\d)){1,12})[\"”」』]"
_ZH_QUOTED = re.compile(rf"({_ZH_NOUNS}){_ZH_QNAME}")
_ZH_QUOTED_SERIES = re.compile(rf"{_ZH_QNAME}(?:\([a-z0-9 ]{{1,20}}\))?系列[^,.;:]{{0,8}}?({_ZH_NOUNS})")
_ZH_NAMING = re.compile(rf"(?:名为|命名为|定名为?|取名为?|代号为?|品牌为?)(?:{_ZH_QNAME}|([a-z][a-z0-9.+-]*(?:\s?\d+(?:\.\d+)?)?)(?![a-z0-9]))")
_ZH_LATIN_NOUN = re.compile(rf"(?<![a-z0-9])([a-z][a-z0-9]*(?:[-.+][a-z0-9]+)*(?:\s\d+(?:\.\d+)?)?)\s?({_ZH_NOUNS}|系列)"
                            r"(?!核|内核|核心|架构|接口)")
_ZH_NOUN_LATIN = re.compile(rf"(操作系统|大模型|模型|框架|平台|芯片|处理器|服务器|加速卡|集群)\s?([a-z][a-z0-9]*(?:[-.+][a-z0-9]+)*)"
                            r"(?![a-z0-9])")
_MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"}


_CORE_AFTER = re.compile(r"\s?(?:处理器|cpu|CPU)?(?:核|内核|核心)|\s(?:cores?|core design)\b")
_ZH_SPLIT = re.compile(r"(,|以及|与|和|及)")
_YEARISH = re.compile(r"[A-Z]+-?\d{4}")
_NUM_FORMAT = re.compile(r"(?:FP|BF|TF|INT|UINT|MXFP)\d{1,2}|\d{2,4}G|\d\.\dT|\d+(?:\.\d+)?[GMT]B|\d{1,4}W")  # formats, link speeds ("800G"), sizes
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ese|ian|ean|ish|ch)|American|German|Mexican|Tibetan|Moroccan|Thai|Swiss|Greek|Israeli|Saudi|Emirati")
_COMPILED: dict[tuple[str, str], re.Pattern] = {}


def _rx(pattern: str, how: str) -> re.Pattern:
    key = (pattern, how)
    if key not in _COMPILED:
        body = rf"\b(?:{pattern})\b" if how == "word" else rf"(?:{pattern})"
        _COMPILED[key] = re.compile(body, re.I)
    return _COMPILED[key]


def _noun_class(noun: str, table) -> str | None:
    for rx, cls in table:
        if _rx(rx, "any").fullmatch(noun):
            return cls
    return None


_NOT_A_NAME = {"pcie", "nvlink", "ethernet", "infiniband", "usb", "arm", "x86", "x86-64", "risc-v", "cuda", "gddr6",
               "gddr6x", "gddr7", "lpddr5", "ddr4", "ddr5", "sxm", "oam", "linux", "windows", "android", "ios", "internet",
               "cloud", "edge", "data", "tensor", "open", "deep", "ai", "ia", "fp8", "fp16", "int8", "bf16", "tops"}


def _bad_name(name: str) -> bool:
    """Words that are not product names: function words, nationalities, months, bare acronyms ("AI", "GPU", "RISC-V")."""
    first = name.split()[0]
    if name.lower() in _NOT_A_NAME or first.lower() in _NOT_A_NAME:
        return True
    if first in _STOP_FIRST or first in _MONTHS_EN:
        return True
    letters = name.replace("-", "").replace(" ", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 5:
        return True  # "AI", "GPU", "HBM", "RISC-V": a technology word, not a name
    if _DEMONYM.fullmatch(first) and len(name.split()) == 1:
        return True  # "Chinese", "American", "Korean", "British", "Dutch"
    return False


def _nearest_noun(text: str, pos: int, table, window: int = 80) -> str | None:
    """Class of the product/organisation noun nearest before `pos` in the same clause."""
    before = text[max(0, pos - window):pos]
    before = _CLAUSE_SPLIT.split(before)[-1]
    best = None
    for rx, cls in table:
        for m in _rx(rx, "word" if table is not _NOUN_CLASS_ZH else "any").finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), cls)
    return best[1] if best else None


def find_products(text: str, folded: str, lang: str, taken: list[tuple[int, int]],
                  org_ends: set[int] = frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, name, class) of products introduced by a product noun or a naming construction.

    "the Dhyana processors", "its V3 model", "a chip called X", "i server Panjiu", "la piattaforma si chiama X",
    "AI推理芯片“紫霄”", "TaiShan服务器", "操作系统openEuler", "新公司定名“超聚变”".
    """
    out: list[tuple[int, int, str, str]] = []

    def add(s: int, e: int, cls: str | None, swallow: bool = False) -> None:
        name = text[s:e].strip()
        hit = _overlaps(s, e, taken)
        if swallow:  # "兆瀚DeepSeek一体机": a known name inside a brand's product, never at its start
            hit = [h for h in hit if not (s < h[0] and h[1] < e)]
        if not cls or len(name) < 2 or hit or _overlaps(s, e, [(a, b) for a, b, _, _ in out]):
            return
        out.append((s, e, name, cls))

    if lang == "zh":
        for m in _ZH_QUOTED.finditer(folded):
            if text[m.start(2) - 1] in "”’」』" or re.search(r"[()%]", folded[m.start(2):m.end(2)]):
                continue  # '标的公司”）49%的股权（以下简称“': from a closing quote to an opening one
            add(m.start(2), m.end(2), _noun_class(m.group(1), _NOUN_CLASS_ZH))
        _zh_brand_products(text, folded, add, out, org_ends)
        for m in _ZH_QUOTED_SERIES.finditer(folded):  # "主力产品为「征程」（Journey）系列车载AI芯片": the quoted line
            add(m.start(1), m.end(1), _noun_class(m.group(2), _NOUN_CLASS_ZH))
        for m in _ZH_NAMING.finditer(folded):
            g = 1 if m.group(1) else 2
            after = _ZH_NOUN_AFTER.match(folded, m.end())
            cls = (_noun_class(after.group(1), _NOUN_CLASS_ZH) if after
                   else _nearest_noun(folded, m.start(), _NOUN_CLASS_ZH, 20))
            if m.group(0).startswith("品牌") and cls in (None, "Company"):
                cls = _zh_noun_after(folded, m.end())  # "自主品牌“兆瀚”系列产品……包括鲲鹏服务器": a product line
            add(m.start(g), m.end(g), cls)
        for m in _ZH_SERIES.finditer(folded):  # "云燧系列加速卡": a product line named before 系列 and a product noun
            j = m.start()
            while j > 0 and m.start() - j < 4 and "\u4e00" <= folded[j - 1] <= "\u9fff" and folded[j - 1] not in _ZH_NAME_STOP:
                j -= 1
            name = folded[j:m.start()]
            for v in _ZH_VERBISH + ("用于", "搭载", "基于", "推出"):
                if name.startswith(v):
                    j, name = j + len(v), name[len(v):]
            if _zh_name_ok(name) and name not in ("旗舰", "产品", "全新", "主力", "同一", "不同", "整个"):
                add(j, m.start(), _noun_class(m.group(1), _NOUN_CLASS_ZH))
        for m in _ZH_NOUN_LATIN.finditer(folded):
            name = text[m.start(2):m.end(2)]
            if not _bad_name(name) and len(name) >= 3:
                add(m.start(2), m.end(2), _noun_class(m.group(1), _NOUN_CLASS_ZH))
        for m in _ZH_LATIN_NOUN.finditer(folded):
            name = text[m.start(1):m.end(1)]
            if not name[:1].isupper() or _bad_name(name) or len(name) < 3:
                continue
            cls = "Chip" if m.group(2) == "系列" else _noun_class(m.group(2), _NOUN_CLASS_ZH)
            if cls == "Company":
                continue
            add(m.start(1), m.end(1), cls)
        _zh_brand_latin(folded, add, out)
        return out
    table = _NOUN_CLASS_IT if lang == "it" else _NOUN_CLASS_EN
    naming = _NAMING_IT if lang == "it" else _NAMING_EN
    org_noun = _ORG_NOUN_IT if lang == "it" else _ORG_NOUN_EN
    for m in naming.finditer(text):
        if not _word_start(text, m.start()):
            continue
        cls = _nearest_noun(text, m.start(), table + [(org_noun, "Company")])
        for g in ("n", "n2"):
            if m.group(g) and not _bad_name(m.group(g)) and not _AS_AFTER.match(text, m.end(g)):
                add(m.start(g), m.end(g), cls)
    if lang == "it":
        for m in _IT_APPOS_PRODUCT.finditer(text):
            if not _bad_name(m.group("n")) and (m.start() == 0 or _word_start(text, m.start())):
                add(m.start("n"), m.end("n"), _noun_class(m.group("noun"), table))
        for m in _IT_NOUN_NAME.finditer(text):
            det = _IT_DET_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if not _word_start(text, m.start()) or not det or _IT_MAKER_BEFORE.search(text, max(0, det.start() - 20),
                                                                                      det.start()):
                continue  # "i produttori di server Nettrix": a firm, not a server
            if not _bad_name(m.group("n")):
                add(m.start("n"), m.end("n"), _noun_class(m.group("noun"), table))
    else:
        for nm in _EN_NOUN.finditer(text):
            if nm.start() < 2 or text[nm.start() - 1] != " " or not text[nm.start() - 2].isalnum():
                continue
            m = _EN_PRE.search(text, max(0, nm.start() - 70), nm.end())
            if m is None:
                continue
            name = m.group("n")
            if _bad_name(name) or not name[0].isupper() or _COMPOUND_HEAD.match(text, m.end()):
                continue
            if m.group(0)[:2] in ("a ", "an") and text[max(0, m.start() - 2):m.start()] == ", ":
                continue  # "its SW26010, a ShenWei processor": the apposition names the family of what precedes
            if m.group("noun")[0].isupper():
                continue  # "the Ascend Chip" in a title: capitalised nouns are part of a name
            add(m.start("n"), m.end("n"), _noun_class(m.group("noun"), table))
        for m in _EN_APPOS_PRODUCT.finditer(text):
            name = m.group("n")
            if _bad_name(name) or (m.start() > 0 and not _word_start(text, m.start())):
                continue
            add(m.start("n"), m.end("n"), _noun_class(m.group("noun"), table))
        # a maker right before: "Intel Xeon chips", "AMD Epyc processors"
        for end in sorted(org_ends):
            m = _MAKER_NAME.match(text, end + 1)
            if m and text[end:end + 1] == " " and not _bad_name(m.group("n")) \
                    and not _COMPOUND_HEAD.match(text, m.end()):
                add(m.start("n"), m.end("n"), _noun_class(m.group("noun"), table))
    return out


# -- Chinese product brands ---------------------------------------------------------------------------------------
_ZH_PNOUN = r"智算平台|算力平台|服务平台|平台|服务器|一体机|大模型|操作系统|os|芯片|处理器|加速卡|集群|超节点|算力池|智算中心"
_ZH_PNOUN_CLASS = [(r"平台|智算平台|算力平台|服务平台|大模型|操作系统|os", "SoftwarePlatform"),
                   (r"芯片|处理器|加速卡", "Chip"), (r"服务器|一体机|集群|超节点|算力池|智算中心", "System")]
# "“息壤一体化智算服务平台”", "“星海AI平台”", "“在鸿OS”": a quoted name that ends in its product noun
_ZH_QUOTED_FULL = re.compile(rf"[\"“「『]([^\"”」』\n,.;:()]{{1,16}}?({_ZH_PNOUN}))[\"”」』]")
# "推出“X”", "发布了“X”": a quoted name after a launch verb; the class from the noun after or the nearest one
_ZH_LAUNCH_Q = re.compile(rf"(?:推出|发布|上线|开源|打造|研发|自研|亮相|升级)(?:了)?(?:新一代|全新|新款|首款)?(?:的)?{_ZH_QNAME}")
# "推出紫东太初大模型", "中国电信星辰语义大模型", "发布天玑一体机": an unquoted name between a launch verb or a maker and the noun
_ZH_LAUNCH = re.compile(r"(?:推出|发布|上线|开源|打造|研发|自研|亮相|升级|基于)(?:了)?(?:的)?")
_ZH_BARE_NOUN = re.compile(r"([\u4e00-\u9fffa-z0-9]{2,8}?)(大模型|一体机|智算平台|算力平台|操作系统)(?![a-z0-9\u4e00-\u9fff]*[a-z]\d)")
# words that describe a product without naming it ("国产AI芯片", "多模态大模型", "AI推理一体机")
_ZH_PROD_GENERIC = re.compile(r"(?:国产|自研|新一代|新一|下一代|上一代|全新|人工智能|ai|通用|推理|训练|高性能|新款|首款|最新|旗舰|多模态|语言|语义|开源|行业|"
                              r"垂直|基础|智能|算力|云|智算|计算|服务|一体化|端侧|边缘|大|小|新|超|的|款|该|这|此|其|全|自主|国内|全球|"
                              r"千亿参数|万亿参数|千亿|万亿|参数|级|私有化|部署|本地|企业|政务|数据|中心|高端|中端|低端|主流|第[一二三四五六七八九十\d]+代|"
                              r"代|系列|产品|专用|定制|异构|分布式|液冷|国产化|万卡|千卡|集群|通用型|推理型|训练型)+")


def _zh_pclass(noun: str) -> str | None:
    for rx, cls in _ZH_PNOUN_CLASS:
        if re.fullmatch(rx, noun):
            return cls
    return None


def _zh_noun_after(low: str, pos: int) -> str | None:
    """Class of the first product noun after `pos` in the same sentence."""
    seg = re.split(r"[.;!?\n]", low[pos:pos + 80], maxsplit=1)[0]
    best = None
    for rx, cls in _NOUN_CLASS_ZH[:3]:
        m = _rx(rx, "any").search(seg)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), cls)
    return best[1] if best else None


def _zh_brand_products(text: str, low: str, add, out, org_ends) -> None:
    for m in _ZH_QUOTED_FULL.finditer(low):
        name, noun = m.group(1), m.group(2)
        core = name[:-len(noun)]
        if len(core) < 2 or _ZH_PROD_GENERIC.fullmatch(core) or any(c in "、,，的和与及" for c in core):
            continue
        if noun == "os" and not core[-1:].isalpha():
            continue
        add(m.start(1), m.end(1), _zh_pclass(noun))
    for m in _ZH_LAUNCH_Q.finditer(low):
        name = m.group(1)
        if _ZH_PROD_GENERIC.fullmatch(name) or re.search(r"[()%]", name) or len(name) < 2:
            continue
        cls = _zh_noun_after(low, m.end())
        if cls:
            add(m.start(1), m.end(1), cls)
    for m in _ZH_LAUNCH.finditer(low):
        _zh_bare(text, low, m.end(), add)
    for e in org_ends:
        _zh_bare(text, low, e, add)
    # "在鸿OS", "欧拉os": a two-character brand glued to "OS"
    for m in re.finditer(r"(?<![\u4e00-\u9fffa-z0-9])([\u4e00-\u9fff]{2})os(?![a-z])", low):
        if _zh_name_ok(m.group(1)) and not _ZH_PROD_GENERIC.fullmatch(m.group(1)):
            add(m.start(1), m.end(), "SoftwarePlatform")


def _zh_brand_latin(low: str, add, out) -> None:
    """"兆瀚DeepSeek一体机", "兆瀚RA5300服务器": a brand named in the article, a Latin word and a product noun."""
    brands = {low[a:b] for a, b, _n, _c in out if all("\u4e00" <= c <= "\u9fff" for c in low[a:b])}
    for brand in brands:
        for m in re.finditer(re.escape(brand) + rf"\s?[a-z][a-z0-9.+-]*\s?({_ZH_PNOUN})", low):
            add(m.start(), m.end(), _zh_pclass(m.group(1)), swallow=True)


def _zh_bare(text: str, low: str, pos: int, add) -> None:
    m = _ZH_BARE_NOUN.match(low, pos)
    if not m:
        return
    name, noun = m.group(1), m.group(2)
    if any(c in _ZH_NAME_STOP for c in name) or any(v in name for v in _ZH_VERBISH) or _ZH_PROD_GENERIC.fullmatch(name):
        return
    if _ZH_PROD_GENERIC.match(name) and _ZH_PROD_GENERIC.match(name).end() == len(name) - 1:
        return  # one character left after the descriptive words: no name
    end = m.end(1) if noun == "大模型" else m.end(2)  # "紫东太初大模型" is 紫东太初; "天玑一体机" is named with its noun
    add(m.start(1), end, _zh_pclass(noun))


_MAKER_NAME = re.compile(rf"(?P<n>{_NAME})\s+(?P<noun>{'|'.join(x for x, _ in _NOUN_CLASS_EN)})\b")
_GEN_SUFFIX = re.compile(r" (?:(\d)(?:\.\d)?|II|III|IV)(?![\w.,]\d|[\w])(?!\s*(?:nm|nanomet|%|gb|w\b|watt|billion|million|"
                         r"percent|per cent|x\b|times|volte|anni|years?|units?|unit[aà]|chips?|miliard|milion))", re.I)


def generations(text: str, products: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Kunlun 2", "Ascend II", "X 2.0" right after a product line named without a number: (start, end, name)."""
    out = []
    for s, e, _cls in products:
        if any(ch.isdigit() for ch in text[s:e]):
            continue
        m = _GEN_SUFFIX.match(text, e)
        if m:
            out.append((s, m.end(), " ".join(text[s:m.end()].split())))
    return out


# "MLU370-S4", "MLU370-X8": a short letter+digit code hyphenated to a known model is another card of that model
_VARIANT_SUFFIX = re.compile(r"-(?=[A-Za-z]{0,3}\d)(?=\d{0,3}[A-Za-z])([A-Za-z0-9]{2,4})(?![A-Za-z0-9.-])")
_UNIT_CODE = re.compile(r"\d+(?:gb|g|tb|w|nm|mm|k)", re.I)


# "Xeon Platinum 8362", "EPYC 9654": a model number (with a tier word) after a product line named without one
_LINE_MODEL = re.compile(r" (?:(?:Platinum|Gold|Silver|Bronze|Max|Pro|Ultra|Plus|Lite)\s)?"
                         r"(?=[A-Za-z-]{0,4}\d)([A-Za-z]{0,3}-?\d{2,5}[A-Za-z]{0,3})(?![\w.,-]\d|[\w-])"
                         r"(?!\s*(?:nm|nanomet|%|gb|tb|w\b|watt|billion|million|percent|per cent|yuan|dollars?|units?|"
                         r"chips?|cards?|gpus?|processors?|processori|schede|unit[aà]|miliard|milion))", re.I)


# a tier or sub-model written after a model code: "Atlas 800T A2", "Ascend 910C Pro", "Kunpeng 920 7265" (a SKU);
# quarters and halves ("H20 Q2 sales", "H1 2025"), years and quantities are not
_SPACE_VARIANT = re.compile(r" (?:(?![QH]\d)([A-Z]\d{1,2})|(Pro|Max|Ultra|Plus|Lite|Mini|SE)|(?!(?:19|20)\d\d)(\d{4})"
                            r"(?!\s*(?i:nm|nanomet|%|gb|tb|w\b|watt|billion|million|percent|per cent|yuan|dollars|units|"
                            r"unit[aà]|chips|cards|gpus|processors|processori|schede|pezzi|miliard|milion|cores|servers|nodes|"
                            r"times|volte|个|台|颗|张|块)))(?![A-Za-z0-9-])(?![.,]\d)")
# a sub-model after a slash: "3C6000/S", "3C6000/D" (not a second model: "H100/H200")
_SLASH_VARIANT = re.compile(r"/[A-Z]{1,2}(?![\w/-])")
# a code name after a chip line named without a number: "Xeon Skylake", "Epyc Genoa", "Xeon Sapphire Rapids"
_CODENAME = re.compile(r" ([A-Z][a-z]{3,}(?: (?:Rapids|Lake|Forest|Ridge|Bay|Canyon|Cove|Creek|Falls|Peak|Pass|Island|Valley))?)"
                       r"(?![A-Za-z0-9'’-])(?! [A-Z])")
_NOT_CODENAME = {"Chip", "Chips", "Processor", "Processors", "Series", "Family", "Computing", "Cloud", "Cluster", "Card",
                 "Cards", "Server", "Servers", "Platform", "Ecosystem", "Team", "Business", "Unit", "Division", "Line",
                 "Products", "Product", "Sales", "Shipments", "Orders", "Roadmap", "Supply", "Design", "Designs", "Core",
                 "Cores", "Accelerator", "Accelerators", "Technology", "Technologies", "Group", "Inside", "Software",
                 "Beats", "Rivals", "Takes", "Gets", "Goes", "Chipset", "Systems", "System", "Edge", "Mobile", "Data",
                 "Developer", "Developers", "Conference", "Summit", "Partner", "Partners", "Community", "Forum", "Event",
                 "Launch", "Program", "Programme", "Architecture", "Plan", "Strategy", "Project", "Deal", "Market"}


def variants(text: str, products: list[tuple[int, int]], lines: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Known model codes followed by a variant code ("MLU370-S4", "Atlas 800T A2", "Ascend 910C Pro") and product
    lines followed by a model number ("Xeon Platinum 8362") or, for the chip `lines`, a code name ("Xeon Skylake"):
    (start, end, name). Sizes ("H100-80GB"), years and quantities are not models."""
    out = []
    for s, e in products:
        if any(ch.isdigit() for ch in text[s:e]):
            m = _VARIANT_SUFFIX.match(text, e)
            if m and not _UNIT_CODE.fullmatch(m.group(1)):
                out.append((s, m.end(), " ".join(text[s:m.end()].split())))
                continue
            m = _SPACE_VARIANT.match(text, e) or _SLASH_VARIANT.match(text, e)
            if m:
                out.append((s, m.end(), " ".join(text[s:m.end()].split())))
            continue
        m = _LINE_MODEL.match(text, e)
        if m and not re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            out.append((s, m.end(), " ".join(text[s:m.end()].split())))
            continue
        m = _CODENAME.match(text, e) if (s, e) in lines else None
        if m and not any(w in _NOT_CODENAME or w in _STOP_FIRST or w in _MONTHS_EN or _DEMONYM.fullmatch(w)
                         for w in m.group(1).split()):
            out.append((s, m.end(), " ".join(text[s:m.end()].split())))
    return out


# "Qwen3-Max", "DeepSeek-V3-0324", "GLM-4.6", "Hunyuan-T1", "Qwen 2.5": a version or tier of a known model
_MODEL_TIER = (r"max|plus|pro|ultra|turbo|lite|mini|flash|nano|thinking|instruct|coder|omni|vl|air|exp|terminus|large|base|chat|"
               r"preview|reasoner|distill")
_MODEL_VERSION = re.compile(rf"(?:-|\s(?=v?\d)|(?<=[A-Za-z])(?=\d))((?:v?\d+(?:\.\d+)*[a-z]?|[a-z]{{1,2}}\d+(?:\.\d+)?[a-z]?|(?:{_MODEL_TIER})(?![a-z]))"
                            rf"(?:-(?:\d+(?:\.\d+)*[a-z]?|[a-z]{{1,2}}\d+(?:\.\d+)?|(?:{_MODEL_TIER})(?![a-z]))){{0,2}})"
                            r"(?![A-Za-z0-9_.-]*[A-Za-z0-9])(?!\s*(?:%|percent|per cent|gb|tb|bn|billion|million|yuan|dollars?|chips?|cards?|gpus?))", re.I)


def model_versions(text: str, models: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """A known model or platform followed by a version or tier ("Qwen3-Max", "DeepSeek-V3-0324", "GLM 4.6"):
    (start, end, name). Years ("Qwen 2025") are not versions."""
    out = []
    for s, e in models:
        m = _MODEL_VERSION.match(text, e)
        if m and not re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            name = " ".join(text[s:m.end()].split())
            latin = re.search(r"[A-Za-z][\x21-\x7e ]*$", name)
            if latin and latin.start() > 0 and not name[:latin.start()].isascii():
                name = latin.group(0)  # "星辰语义大模型TeleChat2-115B": the model is "TeleChat2-115B"
            out.append((s, m.end(), name))
    return out


# "GLM-4.6", "TeleChat2-115B": a known model name glued to its version
_HYPHEN_MODEL = re.compile(r"(?<![A-Za-z0-9_-])([A-Z][A-Za-z]{1,15})(?=-|\d)")


def hyphen_models(text: str, is_model) -> list[tuple[int, int, str]]:
    """"GLM-4.6", "Kimi-K2": a known model name (`is_model(name)`) glued to a version by a hyphen, which the
    gazetteer does not match as the bare name: (start, end, name)."""
    out = []
    for m in _HYPHEN_MODEL.finditer(text):
        if is_model(m.group(1)):
            out += model_versions(text, [(m.start(1), m.end(1))])
    return out


# "GMC Semitech e Jicun Semiconductor", "SG Micro and 3Peak": a name coordinated with a known firm is a firm too
_COORD_TOK = r"(?:[A-Z][\w&]*(?:-[\w&]+)*|\d[A-Za-z][\w-]*)"
_COORD_NAME = rf"{_COORD_TOK}(?:\s+{_COORD_TOK}){{0,2}}"
_COORD_AFTER = {"en": re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?({_COORD_NAME})(?![\w&-])"),
                "it": re.compile(rf"(?:\s*,\s*(?:e\s+|ed\s+)?|\s+(?:e|ed)\s+)({_COORD_NAME})(?![\w&-])")}
_COORD_BEFORE = {"en": re.compile(rf"(?<![\w&-])({_COORD_NAME})(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$"),
                 "it": re.compile(rf"(?<![\w&-])({_COORD_NAME})(?:\s*,\s*(?:e\s+|ed\s+)?|\s+(?:e|ed)\s+)$")}
_COORD_BAD_NEXT = re.compile(r"\s*(?:'s\b|’s\b|\(|said|says|told|chief|ceo|founder|president|minister)", re.I)


def coordinated(text: str, lang: str, firms: list[tuple[int, int, str]],
                taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, class) of names coordinated in a list with a firm already found ("X and <firm>",
    "<firm>, X and Y"): the same class as that firm. Only capitalised names that no other mention covers."""
    after, before = _COORD_AFTER.get(lang), _COORD_BEFORE.get(lang)
    if after is None:
        return []
    out: list[tuple[int, int, str, str]] = []
    spans = list(taken)

    def ok(s: int, e: int, name: str) -> bool:
        toks = name.split()
        return (toks[0] not in _STOP_FIRST and toks[0] not in _MONTHS_EN and not _overlaps(s, e, spans)
                and not _DEMONYM.fullmatch(toks[0]) and not (len(toks) == 1 and len(name) <= 2)
                and not _COORD_BAD_NEXT.match(text, e) and not any(t.isupper() and len(t) <= 1 for t in toks))

    for s0, e0, cls in sorted(firms):
        m = after.match(text, e0)
        if m and ok(m.start(1), m.end(1), m.group(1)):
            out.append((m.start(1), m.end(1), m.group(1), cls))
            spans.append((m.start(1), m.end(1)))
        b = before.search(text, max(0, s0 - 60), s0)
        if b and ok(b.start(1), b.end(1), b.group(1)) and (b.start(1) == 0 or not text[b.start(1) - 1].isalnum()):
            out.append((b.start(1), b.end(1), b.group(1), cls))
            spans.append((b.start(1), b.end(1)))
    return out

