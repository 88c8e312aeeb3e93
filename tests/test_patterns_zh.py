"""Chinese constructions of the rule extractor, on sentences written for these tests (not from the corpus)."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples, recognised


def triples(text: str, date: str = "2025-01-01", polarity: str = "positive") -> set[tuple]:
    """(subject, predicate, object) of the claims with that polarity, entities by English label."""
    return claim_triples(text, "zh", date, polarity)


@pytest.mark.parametrize("text, fact", [
    # possessive 其…的X
    ("寒武纪周一表示，其面向云端训练的思元590将在明年扩大出货。", ("Cambricon", "develops", "Siyuan 590")),
    # bare juxtaposition: the maker inside the product's name
    ("不少互联网公司开始测试华为昇腾的推理性能。", ("Huawei", "develops", "Ascend")),
    # "转向华为的X": 转向 is a verb, not the preposition 向
    ("国内大厂纷纷转向华为的昇腾910C。", ("Huawei", "develops", "Ascend 910C")),
    # "X是Y…推出的…": a long relative clause
    ("B200是英伟达在去年三月举行的年度开发者大会上正式推出的旗舰GPU。", ("Nvidia", "develops", "Nvidia B200")),
    # passive 由…旗下的…设计, and a second clause 由…采用…工艺制造
    ("麒麟9000S由华为旗下的海思设计，由中芯国际采用7纳米工艺制造。", ("HiSilicon", "develops", "Kirin 9000S")),
    ("麒麟9000S由华为旗下的海思设计，由中芯国际采用7纳米工艺制造。", ("Kirin 9000S", "manufacturedBy", "SMIC")),
    # "公司自研的X": the company the sentence is about
    ("摩尔线程发布MTT S80显卡，该卡基于公司自研的MUSA架构。", ("Moore Threads", "develops", "MUSA")),
    # "该芯片" right after the chip was named in the same sentence
    ("研究机构拆解华为昇腾910C后发现，该芯片由台积电制造。", ("Ascend 910C", "manufacturedBy", "TSMC")),
])
def test_develops_and_manufacturing(text, fact):
    assert fact in triples(text)


def test_contained_component_is_not_the_owners_product():
    got = triples("这台服务器其搭载的昇腾910B由海思设计。")
    assert ("HiSilicon", "develops", "Ascend 910B") in got
    assert not any(p == "develops" and s != "HiSilicon" for s, p, _o in got)


@pytest.mark.parametrize("text, fact", [
    # "基于X的…服务"
    ("百度智能云已推出基于昆仑芯P800的大模型推理服务。", ("Baidu AI Cloud", "uses", "Kunlun P800")),
    # "拥有约N颗X"
    ("据估计，字节跳动拥有约10万颗英伟达H20。", ("ByteDance", "uses", "Nvidia H20")),
])
def test_uses(text, fact):
    assert fact in triples(text)


def test_based_on_is_not_develops():
    got = triples("百度智能云已推出基于昆仑芯P800的大模型推理服务。")
    assert ("Baidu AI Cloud", "develops", "Kunlun P800") not in got


def test_subsidiary_with_apposition_and_descriptor():
    got = triples("昆仑芯（Kunlunxin）是互联网巨头百度旗下的芯片公司。")
    assert ("Kunlunxin", "subsidiaryOf", "Baidu") in got


def test_investment_firm_noun_is_not_an_investment():
    got = triples("昆仑芯（Kunlunxin）是投资机构百度旗下的芯片公司。")
    assert not any(p == "investsIn" for _s, p, _o in got)


def test_sales_to_china_restricted():
    got = triples("美国商务部10月17日公布新的出口管制规则。根据规定，英伟达、AMD等公司向中国出售高端GPU将受到限制。",
                  date="2023-11-01")
    assert ("Nvidia", "restrictedBy", "October 2023 export controls") in got
    assert ("AMD", "restrictedBy", "October 2023 export controls") in got
    assert ("October 2023 export controls", "imposedBy", "US Department of Commerce") in got
    assert ("October 2023 export controls", "imposedBy", "China") not in got


def test_brought_under_controls():
    got = triples("美国商务部10月17日公布新的出口管制规则。A800和H800均被纳入管制范围。", date="2023-11-01")
    assert ("Nvidia A800", "restrictedBy", "October 2023 export controls") in got
    assert ("Nvidia H800", "restrictedBy", "October 2023 export controls") in got


def test_banned_from_export_after_policy():
    got = triples("2023年10月出口管制规则更新后，H20同样被禁止对华出口。", date="2023-11-20")
    assert ("Nvidia H20", "restrictedBy", "October 2023 export controls") in got


def test_this_year_month_dates_the_policy():
    got = triples("美国政府今年4月宣布，向中国出口H20须获得许可证。", date="2025-06-01")
    assert ("Nvidia H20", "restrictedBy", "April 2025 H20 licence requirement") in got


def test_entity_list_including():
    got = triples("美国商务部将数十家中国实体列入实体清单，其中包括中科曙光、海光信息和浪潮。")
    for firm in ("Sugon", "Hygon", "Inspur"):
        assert (firm, "restrictedBy", "Entity List") in got
    assert ("Entity List", "imposedBy", "US Department of Commerce") in got


def test_including_skips_a_prepositional_mention():
    got = triples("数十家企业被新增至实体清单，其中包括中科曙光，以及与华为关系密切的设备商新凯来。")
    assert ("Sugon", "restrictedBy", "Entity List") in got
    assert ("SiCarrier", "restrictedBy", "Entity List") in got
    assert ("Huawei", "restrictedBy", "Entity List") not in got


def test_subject_carried_across_comma():
    got = triples("华为总部位于深圳，自2019年被美国列入实体清单后，业务受到冲击。")
    assert ("Huawei", "restrictedBy", "Entity List") in got
    assert ("Entity List", "imposedBy", "United States") in got


def test_compatible_through_software_stack():
    got = triples("壁仞科技的BR100定位于云端训练，配备64GB HBM2e内存，并通过自研的BIRENSUPA软件平台兼容CUDA生态。")
    assert ("BR100", "compatibleWith", "CUDA") in got
    assert ("HBM2E", "compatibleWith", "CUDA") not in got


def test_headquarters_with_country_and_state():
    assert ("Nvidia", "headquarteredIn", "Santa Clara") in triples("总部位于美国加州圣克拉拉的英伟达周三发布财报。")


def test_foundry_for_a_customer_supplies():
    got = triples("三星电子为美国芯片设计公司英伟达代工部分产品。")
    assert ("Samsung Electronics", "supplies", "Nvidia") in got


def test_enumeration_comma_list_closed_by_deng():
    got = triples("在国内GPU市场，摩尔线程与壁仞科技、沐曦等厂商展开直接竞争。")
    assert ("Moore Threads", "competesWith", "Biren Technology") in got
    assert ("Moore Threads", "competesWith", "MetaX") in got


def test_compared_chip_is_not_the_demonstrative():
    got = triples("与H20相比，该芯片显存更大。")
    assert not any(s == "Nvidia H20" and o == "Nvidia H20" for s, _p, o in got)


def test_maker_in_name_does_not_take_the_topic():
    text = ("DeepSeek发布新模型。9月，DeepSeek发布V3.2，华为昇腾和寒武纪均宣布完成适配。"
            "从依赖H800，到拥抱国产芯片，DeepSeek的路径颇具代表性。")
    got = triples(text)
    assert ("Huawei", "uses", "Nvidia H800") not in got


# -- constructions added from the blind-written dev articles (zh-16..18); every sentence below is new ----------------

@pytest.mark.parametrize("text, fact", [
    # "X是Y的(第一大|重要)股东(之一)"
    ("腾讯是燧原科技的第一大股东。", ("Tencent", "investsIn", "Enflame")),
    ("国家集成电路产业投资基金也是中芯国际的重要股东之一。", ("Big Fund", "investsIn", "SMIC")),
    # "X持有Y约N%的股权"
    ("截至去年底，百度持有昆仑芯约59%的股权。", ("Baidu", "investsIn", "Kunlunxin")),
    ("阿里巴巴目前持有寒武纪的股份。", ("Alibaba", "investsIn", "Cambricon")),
    # "…，Y是其早期投资者之一": 其 is the firm named before
    ("摩尔线程成立于2020年，腾讯是其早期投资者之一。", ("Tencent", "investsIn", "Moore Threads")),
])
def test_shareholders(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, facts", [
    # "X的主要竞争对手包括Y、Z和W"
    ("华为的主要对手有英伟达和寒武纪。", [("Huawei", "competesWith", "Nvidia"), ("Huawei", "competesWith", "Cambricon")]),
    ("三星电子的竞争对手SK海力士上周公布了财报。", [("Samsung Electronics", "competesWith", "SK Hynix")]),
    # "Y是X最大的竞争对手"
    ("在数据中心GPU领域，壁仞科技是摩尔线程最大的竞争对手。", [("Biren Technology", "competesWith", "Moore Threads")]),
    # "X将与Y、Z在…市场展开竞争"
    ("燧原科技今后将与寒武纪、海光在推理芯片市场展开竞争。",
     [("Enflame", "competesWith", "Cambricon"), ("Enflame", "competesWith", "Hygon")]),
])
def test_competitors(text, facts):
    got = triples(text)
    for f in facts:
        assert f in got or (f[2], f[1], f[0]) in got


def test_cooperation_against_competition_is_not_competition():
    got = triples("华为与中芯国际联合攻关，共同应对海外厂商的竞争。")
    assert not any(p == "competesWith" for _s, p, _o in got)


@pytest.mark.parametrize("text, fact", [
    # "X的性能较Y提升…", "X的算力比Y高出…"
    ("昇腾910C的性能较昇腾910B提升约30%。", ("Ascend 910C", "outperforms", "Ascend 910B")),
    ("思元590的算力比思元370高出一倍以上。", ("Siyuan 590", "outperforms", "Siyuan 370")),
])
def test_performance_compared_with(text, fact):
    assert fact in triples(text)


def test_power_compared_with_is_not_performance():
    got = triples("思元590的功耗较思元370提升约50%。")
    assert ("Siyuan 590", "outperforms", "Siyuan 370") not in got


@pytest.mark.parametrize("text, fact", [
    # "X的显存只有Y的三分之二": Y has more memory
    ("昇腾910B的显存只有H100的一半左右。", ("Nvidia H100", "hasMoreMemoryThan", "Ascend 910B")),
    # Taiwanese 记忆体 (記憶體), in a second clause of the sentence
    ("曦雲C500定位為訓練晶片，記憶體容量約為H100的80%。", ("Nvidia H100", "hasMoreMemoryThan", "MetaX C500")),
])
def test_memory_fraction(text, fact):
    got = triples(text)
    assert fact in got or (fact[0].replace("Nvidia ", ""), fact[1], fact[2]) in got


@pytest.mark.parametrize("text, fact", [
    # "…，目前主力产品为X": the clause's firm
    ("寒武纪是国内AI芯片龙头之一，目前主力产品为思元590。", ("Cambricon", "develops", "Siyuan 590")),
    # "…，产品包括X和Y"
    ("沐曦成立于2020年，产品包括曦云C500等通用GPU。", ("MetaX", "develops", "MetaX C500")),
    # Taiwanese 发表 (發表)
    ("摩爾線程去年發表新一代MTT S4000加速卡。", ("Moore Threads", "develops", "MTT S4000")),
])
def test_products_of_the_clause_firm(text, fact):
    got = triples(text)
    assert any(s == fact[0] and p == fact[1] and fact[2] in o for s, p, o in got)


def test_government_lists_firms_after_a_comma():
    got = triples("美国商务部周二宣布，以危害国家安全为由，将中芯国际、长鑫存储等数十家企业列入实体清单。")
    assert ("Entity List", "imposedBy", "US Department of Commerce") in got
    assert ("SMIC", "restrictedBy", "Entity List") in got
    assert ("CXMT", "restrictedBy", "Entity List") in got


def test_quoted_list_name_and_unverified_list():
    got = triples("今年8月，BIS已将长鑫存储列入「未經核實清單」。")
    assert ("CXMT", "restrictedBy", "Unverified List") in got
    assert ("Unverified List", "imposedBy", "Bureau of Industry and Security") in got


def test_bureau_named_after_its_department():
    got = triples("美国商务部工业与安全局周五公布了新的管制措施。")
    assert ("Bureau of Industry and Security", "subsidiaryOf", "US Department of Commerce") in got


def test_country_research_firm():
    text = "美国研究机构SemiAnalysis估计，该集群的算力更高。"
    assert "SemiAnalysis" in recognised(text, "zh")
    assert ("SemiAnalysis", "headquarteredIn", "United States") not in triples(text)  # a nationality only


def test_city_brand_and_industry_word_is_another_company():
    got = triples("美国商务部将寒武纪以及南京寒武纪微电子等多家实体列入实体清单。")
    assert ("Cambricon", "restrictedBy", "Entity List") in got
    assert ("南京寒武纪微电子", "restrictedBy", "Entity List") in got
    assert ("Cambricon", "headquarteredIn", "Nanjing") not in got


def test_two_products_named_together_are_both_referred_to():
    text = "天数智芯去年推出天垓100与智铠100。两款芯片都不是由台积电代工，而是交给中芯国际以7纳米工艺生产。"
    got = triples(text)
    assert ("Tiangai 100", "manufacturedBy", "SMIC") in got
    assert any(p == "manufacturedBy" and o == "SMIC" and s != "Tiangai 100" for s, p, o in got)
    assert ("Tiangai 100", "processNodeNm", 7) in got
    neg = triples(text, polarity="negative")
    assert ("Tiangai 100", "manufacturedBy", "TSMC") in neg


def test_prepositional_object_does_not_become_the_topic():
    text = "海光信息的产品包括海光CPU。海光CPU基于从AMD获得授权的x86架构。公司已推出深算二号。"
    got = triples(text)
    assert ("Hygon", "develops", "Hygon DCU K100") in got
    assert ("AMD", "develops", "Hygon DCU K100") not in got


# -- round 3: constructions of the blind-written articles, on new sentences ---------------------------------------

@pytest.mark.parametrize("text, fact", [
    # Taiwanese transliteration of a city; a product family named with 系列
    ("總部位於聖塔克拉拉的輝達今日公布財報。", ("Nvidia", "headquarteredIn", "Santa Clara")),
    ("寒武纪的思元系列芯片已进入多家互联网公司。", ("Cambricon", "develops", "Siyuan")),
    # a research firm described by its field: "芯片分析机构", "芯片研究机构"
    ("美国芯片研究机构SemiAnalysis总部位于美国。", ("SemiAnalysis", "headquarteredIn", "United States")),
    # a developed chip named after a long description: "研发一款…的芯片X"
    ("英伟达正在开发一款面向中国市场、算力超过H20的新芯片B30A。", ("Nvidia", "develops", "Nvidia B30A")),
    ("华为去年推出了一颗以自研架构为基础的推理芯片昇腾910C。", ("Huawei", "develops", "Ascend 910C")),
    # "性能高于Y的…芯片X": the chip the relative clause describes outperforms Y
    ("英伟达正在开发一款面向中国市场、算力超过H20的新芯片B30A。", ("Nvidia B30A", "outperforms", "Nvidia H20")),
    ("华为发布了性能优于H100的旗舰芯片昇腾920。", ("Ascend 920", "outperforms", "Nvidia H100")),
    # products listed together share the process node
    ("思元590与思元370均由台积电以7纳米工艺代工。", ("Siyuan 370", "processNodeNm", 7)),
    ("思元590与思元370均由台积电以7纳米工艺代工。", ("Siyuan 590", "processNodeNm", 7)),
])
def test_round3_constructions(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # the comparison inside the description is not a developed product, nor is the base architecture
    ("华为正在开发一款性能优于H100的芯片。", ("Huawei", "develops", "Nvidia H100")),
    ("英伟达正研发一款以Blackwell架构为基础的对华芯片B30A。", ("Nvidia", "develops", "Nvidia Blackwell")),
    ("英伟达正研发一款以Blackwell架构为基础、性能高于H20的对华芯片B30A。", ("Nvidia Blackwell", "outperforms", "Nvidia H20")),
    # "仅次于A和B，并与两者竞争": A and B are listed, they are not said to compete with each other
    ("寒武纪的出货量仅次于华为和海光信息，并在推理市场与两者直接竞争。", ("Huawei", "competesWith", "Hygon")),
])
def test_round3_not_asserted(text, fact):
    got = triples(text)
    assert fact not in got and (fact[2], fact[1], fact[0]) not in got


def test_licence_requirement_and_this_rule():
    text = "美国政府今年4月要求H20对华出口须获得许可。AMD的MI308也受到这项规定限制。"
    got = triples(text, date="2025-05-10")
    assert ("Nvidia H20", "restrictedBy", "April 2025 H20 licence requirement") in got
    assert ("April 2025 H20 licence requirement", "imposedBy", "US government") in got
    assert ("AMD Instinct MI308", "restrictedBy", "April 2025 H20 licence requirement") in got


def test_restriction_goes_to_the_policy_named_in_the_sentence():
    text = ("荷兰政府上月公布半导体设备出口管制新规，阿斯麦的部分DUV光刻机出口须申请许可。"
            "美国政府则在2022年10月出台对华先进计算芯片出口管制，英伟达A100等芯片对华出口受到限制。")
    got = triples(text, date="2023-07-07")
    assert ("ASML", "restrictedBy", "Dutch export controls") in got
    assert ("Dutch export controls", "imposedBy", "Dutch government") in got
    assert ("Nvidia A100", "restrictedBy", "October 2022 export controls") in got
    assert ("Nvidia A100", "restrictedBy", "Dutch export controls") not in got


def test_new_model_of_a_known_line_is_one_entity_in_every_language():
    """"昇腾910F" (zh) and "Ascend 910F" (en, it): a model the registry lacks gets one IRI, named after its line."""
    from kg.extract.rules import RuleExtractor
    from kg.model import Article

    iris = set()
    for text, lang in (("华为计划明年推出昇腾910F芯片。", "zh"), ("Huawei plans to launch the Ascend 910F next year.", "en"),
                       ("Huawei presenterà il nuovo Ascend 910F.", "it")):
        res = RuleExtractor().extract(Article(text=text, lang=lang, source_key="t", date="2025-01-01"))
        found = {i for i, e in res.entities.items() if e.label("en") == "Ascend 910F"}
        assert len(found) == 1, (lang, res.entities)
        iris |= found
        if lang == "zh":
            assert ("zh", "昇腾910F") in next(iter(res.entities.values())).labels
    assert len(iris) == 1


@pytest.mark.parametrize("text, fact", [
    # "A与B合作开发X": both partners develop it
    ("寒武纪正与百度联合研发新一代训练芯片思元590。", ("Cambricon", "develops", "Siyuan 590")),
    ("据报道，海光信息已和中科曙光共同开发深算二号。", ("Hygon", "develops", "Hygon DCU K100")),
    # "X需搭配Y使用": a chip used with a component
    ("英伟达H20、H800等芯片都需要搭配HBM一起使用。", ("Nvidia H800", "uses", "HBM")),
    # "A从B获得…": B supplies A
    ("业内人士称，百度去年已从英伟达手中获得了大批H800。", ("Nvidia", "supplies", "Baidu")),
    # "成立于…，总部位于<省><市>"
    ("摩尔线程成立于2020年，总部位于北京，专注GPU设计。", ("Moore Threads", "headquarteredIn", "Beijing")),
    ("华为创立于1987年，总部位于广东深圳。", ("Huawei", "headquarteredIn", "Shenzhen")),
    # "被列入<GOV>的<list>"
    ("中芯国际早在2020年就被列入美国商务部的实体清单。", ("SMIC", "restrictedBy", "Entity List")),
    # "A的AI处理器X", "A自主研发的指令系统“X”"
    ("不少厂商开始测试寒武纪的AI芯片思元370。", ("Cambricon", "develops", "Siyuan 370")),
    ("该处理器基于龙芯中科自主研发的指令集架构“龙架构”。", ("Loongson", "develops", "LoongArch")),
    # "长江存储旗下的武汉新芯": the owner right before 旗下
    ("长鑫存储之外，长江存储旗下的武汉新芯也在布局HBM。", ("XMC", "subsidiaryOf", "YMTC")),
])
def test_unseen_constructions_zh4(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, pair", [
    ("全球HBM市场目前由SK海力士、三星电子和美光科技三家主导。", {"SK Hynix", "Micron Technology"}),
    ("多年来，晶圆代工市场一直被台积电和三星两大厂商瓜分。", {"TSMC", "Samsung Electronics"}),
])
def test_market_led_by_compete(text, pair):
    assert any(p == "competesWith" and {s, o} == pair for s, p, o in triples(text))


def test_not_partners_leading_a_project():
    assert not any(p == "competesWith" for _s, p, _o in triples("该项目由华为和中芯国际共同主导。"))


def test_quoted_reason_is_not_the_issuer():
    got = triples("美国商务部以“危害中国国家安全”为由，将龙芯中科列入实体清单。")
    assert ("Entity List", "imposedBy", "US Department of Commerce") in got
    assert not any(p == "imposedBy" and o == "China" for _s, p, o in got)


def test_policy_as_attributive_is_not_a_restriction():
    assert not any(p == "restrictedBy" for _s, p, _o in triples("海光信息表示，业绩主要受信创市场需求放缓影响。"))


def test_object_of_jiang_is_what_is_listed():
    got = triples("新规限制向中国出口先进HBM产品，并将数十家企业列入实体清单。")
    assert ("HBM", "restrictedBy", "Entity List") not in got


# --- round zh5: relations between recognised mentions, and coreference across clauses ---------------------------
@pytest.mark.parametrize("text, pair", [
    # a product against a firm: the product's maker is the rival
    ("寒武纪的思元590将与英伟达在云端训练市场正面竞争。", {"Cambricon", "Nvidia"}),
    ("分析人士认为，海光DCU与华为之间的竞争仍将持续。", {"Hygon", "Huawei"}),
    # two products compete with each other
    ("摩尔线程推出MTT S4000，业内认为MTT S4000将与英伟达H20展开竞争。", {"MTT S4000", "Nvidia H20"}),
    # "与两者竞争", "与这两家公司竞争": both firms of the pair just named
    ("中芯国际的营收仅次于台积电和三星晶圆代工，并在成熟制程领域与两者竞争。", {"SMIC", "TSMC"}),
    ("中芯国际的营收仅次于台积电和三星晶圆代工，并在成熟制程领域与两者竞争。", {"SMIC", "Samsung Foundry"}),
    ("长鑫存储的规模不及三星电子和美光，但已开始在DRAM市场与这两家公司竞争。", {"CXMT", "Micron Technology"}),
])
def test_compete_products_and_pairs(text, pair):
    assert any(p == "competesWith" and {s, o} == pair for s, p, o in triples(text))


def test_pair_members_do_not_compete_with_each_other():
    got = triples("中芯国际的营收仅次于台积电和三星晶圆代工，并在成熟制程领域与两者竞争。")
    assert not any(p == "competesWith" and {s, o} == {"TSMC", "Samsung Foundry"} for s, p, o in got)


@pytest.mark.parametrize("text, fact, wrong", [
    # 后者 / 前者 name the last / the earlier of the entities just named; 其 opening a clause is that clause's subject
    ("腾讯多年来一直投资燧原科技，后者推出了邃思芯片。", ("Enflame", "develops", "Suisi DTU"), ("Tencent", "develops", "Suisi DTU")),
    ("大基金入股了燧原科技，后者获得多轮融资，其邃思芯片已经量产。", ("Enflame", "develops", "Suisi DTU"),
     ("Big Fund", "develops", "Suisi DTU")),
    ("寒武纪和华为都在招聘，前者去年发布了思元590。", ("Cambricon", "develops", "Siyuan 590"), ("Huawei", "develops", "Siyuan 590")),
])
def test_latter_former_and_clause_opening_its(text, fact, wrong):
    got = triples(text)
    assert fact in got
    assert wrong not in got


@pytest.mark.parametrize("text, fact", [
    # "X是<描述>Y的主要股东"
    ("阿里巴巴是AI芯片初创公司壁仞科技的主要股东之一。", ("Alibaba", "investsIn", "Biren Technology")),
    ("大基金同样是存储芯片龙头企业长江存储的第一大股东。", ("Big Fund", "investsIn", "YMTC")),
    # "长期向A与B采购", after a clause that describes the buyer
    ("联想是全球最大的个人电脑厂商，长期向英特尔与AMD采购处理器。", ("Intel", "supplies", "Lenovo")),
    ("联想是全球最大的个人电脑厂商，长期向英特尔与AMD采购处理器。", ("AMD", "supplies", "Lenovo")),
    ("浪潮信息一直从英伟达和AMD购买GPU。", ("AMD", "supplies", "Inspur")),
    # "亦遭列名", "即已列名": on the list the article is about
    ("美国商务部将多家中国企业列入实体清单，中芯国际亦遭列名。", ("SMIC", "restrictedBy", "Entity List")),
    ("美国商务部再度扩大实体清单。华为早在2019年即已列名。", ("Huawei", "restrictedBy", "Entity List")),
    # "同一批名单中还包括X"
    ("美国商务部将寒武纪列入实体清单，同一批名单中还包括长江存储。", ("YMTC", "restrictedBy", "Entity List")),
    # "由N颗X组成的Y": the system and its chips; the maker develops the system
    ("华为发布由384颗昇腾910C互联而成的超节点CloudMatrix 384。", ("Huawei", "develops", "CloudMatrix 384")),
    ("华为发布由384颗昇腾910C互联而成的超节点CloudMatrix 384。", ("CloudMatrix 384", "hasComponent", "Ascend 910C")),
    ("这套以数千颗昇腾910组成的训练集群Atlas 900已经上线。", ("Atlas 900", "hasComponent", "Ascend 910")),
    # "出自X之手", "其中一颗晶粒", "晶粒来自X"
    ("拆解结果显示，麒麟9000S出自中芯国际之手。", ("Kirin 9000S", "manufacturedBy", "SMIC")),
    ("研究机构拆解昇腾910C后发现，其中一颗晶粒出自台积电之手。", ("Ascend 910C", "manufacturedBy", "TSMC")),
    ("据报道，昇腾910B使用的部分晶粒产自台积电。", ("Ascend 910B", "manufacturedBy", "TSMC")),
    # a chip and the instruction set it implements
    ("龙芯3A6000支持龙芯自主设计的指令系统龙架构。", ("Loongson 3A6000", "compatibleWith", "LoongArch")),
    ("龙芯3A6000基于龙架构指令集，不依赖国外授权。", ("Loongson 3A6000", "compatibleWith", "LoongArch")),
    # a list after a colon / "分别是"
    ("华为在大会上发布了两款AI芯片：昇腾910和昇腾310。", ("Huawei", "develops", "Ascend 310")),
    ("寒武纪当天推出两款新品，分别是思元590和思元370。", ("Cambricon", "develops", "Siyuan 370")),
    # "须遵守新的许可要求": the licence requirement of the article's month
    ("AMD也表示，其MI308芯片同样须遵守新的许可要求。", ("AMD Instinct MI308", "restrictedBy", "April 2025 H20 licence requirement")),
    # "美国的出口管制限制了其…": 其 is the firm of the sentence, the policy's issuer is the country
    ("中芯国际表示，美国的出口管制限制了其采购先进设备。", ("SMIC", "restrictedBy", "US export controls")),
])
def test_round_zh5_constructions(text, fact):
    date = "2025-04-20" if "许可要求" in text else "2025-01-01"
    assert fact in triples(text, date)


def test_not_listed_is_negative():
    assert ("CXMT", "restrictedBy", "Entity List") in triples("美国商务部更新实体清单，长鑫存储此次并未列名。",
                                                               polarity="negative")


def test_subset_located_is_not_the_parent():
    got = triples("浪潮集团旗下有六家子公司被列名，其中五家位于中国大陆、一家位于台湾。")
    assert not any(p == "headquarteredIn" and s == "Inspur Group" for s, p, _o in got)


def test_cause_is_not_because_of():
    got = triples("华为未予置评，但业内认为，出售的直接原因是美国制裁导致芯片供应不稳。")
    assert not any(p in ("restrictedBy", "excludedBy") and s == "Huawei" for s, p, _o in got)


def test_generic_policy_alone_is_not_a_node():
    assert not any(p == "imposedBy" for _s, p, _o in triples("黄仁勋批评美国的出口管制政策是失败的。"))


def test_composed_system_chip_is_not_developed_by_the_launcher():
    got = triples("浪潮推出由8颗昇腾910B组成的服务器。")
    assert ("Inspur", "develops", "Ascend 910B") not in got
