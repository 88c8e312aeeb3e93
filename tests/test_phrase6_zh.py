"""Chinese constructions added after the phrasebook round (sentences written for these tests, not from any corpus)."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples


def triples(text: str, polarity: str = "positive", date: str = "2025-06-01") -> set[tuple]:
    return claim_triples(text, "zh", date, polarity)


@pytest.mark.parametrize("text, fact", [
    # a report denied after it is stated: never asserted, read as a denial
    ("腾讯发言人表示，有关“腾讯投资月之暗面”的传闻不实。", ("Tencent", "investsIn", "Moonshot AI")),
    ("百度回应称，网传“百度采购昇腾910B”一事纯属谣言。", ("Baidu", "uses", "Ascend 910B")),
])
def test_denied_report_is_negative(text, fact):
    assert fact in triples(text, "negative")
    assert fact not in triples(text)


@pytest.mark.parametrize("text, fact", [
    # "并非A…，而是出自/由B…": the real developer after the denied one
    ("昆仑芯片并不是百度云团队开发的，而是由百度旗下的昆仑芯设计。", ("Kunlunxin", "develops", "Kunlun")),
    ("思元590并非出自华为，而是出自总部位于北京的寒武纪之手。", ("Cambricon", "develops", "Siyuan 590")),
    # a product named in a relative clause: "一款…代号X的芯片"
    ("据悉，华为正在研发一款面向数据中心、代号昇腾920的新芯片。", ("Huawei", "develops", "Ascend 920")),
    # an apposition between dashes: "X——Y设计的一款…芯片——"
    ("昇腾910C——华为设计的一款7纳米AI芯片——已开始小批量交付。", ("Huawei", "develops", "Ascend 910C")),
    # "除了X外，还自研了Y": both
    ("寒武纪除了思元370训练卡外，还自研了思元590芯片。", ("Cambricon", "develops", "Siyuan 370")),
    ("寒武纪除了思元370训练卡外，还自研了思元590芯片。", ("Cambricon", "develops", "Siyuan 590")),
    # a product list whose members each carry their class noun
    ("摩尔线程先后发布MTT S80显卡、MTT S4000加速卡以及MUSA软件栈。", ("Moore Threads", "develops", "MTT S4000")),
    ("摩尔线程先后发布MTT S80显卡、MTT S4000加速卡以及MUSA软件栈。", ("Moore Threads", "develops", "MUSA")),
])
def test_develops(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # a foundry makes a client's chip: "以N纳米工艺为Y量产其自研的X"
    ("台积电去年宣布，将以7纳米工艺为寒武纪代工其自主研发的思元370芯片。", ("Siyuan 370", "manufacturedBy", "TSMC")),
    ("中芯国际已开始为华为量产该公司设计的麒麟9000S。", ("Kirin 9000S", "manufacturedBy", "SMIC")),
])
def test_foundry_for_client(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # "A是B<产品>的主要供应商": A supplies B, B uses the product
    ("三星电子是英伟达HBM3E的重要供应商之一。", ("Samsung Electronics", "supplies", "Nvidia")),
    ("三星电子是英伟达HBM3E的重要供应商之一。", ("Nvidia", "uses", "HBM3E")),
    # "A是B在<市场>最大的客户": B supplies A
    ("华为一度是台积电在中国大陆最大的客户。", ("TSMC", "supplies", "Huawei")),
    # "从B大量采购": an adverb before the purchase verb
    ("报道称，字节跳动今年从英伟达大批采购H20芯片。", ("Nvidia", "supplies", "ByteDance")),
    # training: "训练X用了N块Y", "X基于国产Y算力训练"
    ("智谱在论文中表示，其训练GLM-4共用了1万块昇腾910B。", ("Zhipu AI", "uses", "Ascend 910B")),
    ("据介绍，DeepSeek-R1完全基于国产昇腾算力训练。", ("DeepSeek-R1", "uses", "Ascend")),
])
def test_supplies_and_uses(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    ("昇腾910B的训练性能约为英伟达H100的70%。", ("Nvidia H100", "outperforms", "Ascend 910B")),
    ("测试显示，MTT S4000的整体算力仅为A100的一半。", ("Nvidia A100", "outperforms", "MTT S4000")),
    ("业内普遍认为，昇腾910B被视为英伟达A100的国产替代品。", ("Ascend 910B", "alternativeTo", "Nvidia A100")),
    ("H20是英伟达专为中国客户设计的H100替代产品。", ("Nvidia H20", "alternativeTo", "Nvidia H100")),
])
def test_comparatives(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    ("长鑫存储是一家总部位于合肥的存储芯片公司。", ("CXMT", "headquarteredIn", "Hefei")),
    ("壁仞科技——一家由前商汤高管创立的上海芯片公司——近日递交了上市申请。", ("Biren Technology", "headquarteredIn", "Shanghai")),
    ("美光科技总部位于爱达荷州博伊西。", ("Micron Technology", "headquarteredIn", "Boise")),
    ("阿斯麦（总部：费尔德霍芬）周三发布财报。", ("ASML", "headquarteredIn", "Veldhoven")),
    ("总部设在深圳南山区的中兴通讯发布了新一代服务器。", ("ZTE", "headquarteredIn", "Shenzhen")),
    ("作为一家总部位于上海浦东的晶圆代工企业，中芯国际去年营收创新高。", ("SMIC", "headquarteredIn", "Shanghai")),
    ("联想虽在北京设有研发中心，但公司总部依然设在香港。", ("Lenovo", "headquarteredIn", "Hong Kong")),
])
def test_headquarters(text, fact):
    assert fact in triples(text)


def test_plural_located_members_are_not_the_groups_hq():
    got = triples("该集团旗下四家子公司，其中三家位于北京、一家位于深圳。")
    assert not any(p == "headquarteredIn" for _s, p, _o in got)


@pytest.mark.parametrize("text, fact", [
    ("长江存储——这家由大基金参股的存储芯片厂商——再度扩产。", ("Big Fund", "investsIn", "YMTC")),
    ("由阿里巴巴投资的月之暗面发布了新模型。", ("Alibaba", "investsIn", "Moonshot AI")),
    ("安世半导体曾是一家欧洲公司，闻泰科技此后分批收购其股权并实现全资控股。", ("Wingtech", "investsIn", "Nexperia")),
    ("安世半导体曾是一家欧洲公司，闻泰科技此后分批收购其股权并实现全资控股。", ("Nexperia", "subsidiaryOf", "Wingtech")),
])
def test_ownership(text, fact):
    assert fact in triples(text)


def test_owner_named_before_an_unrelated_subject_is_not_its_parent():
    # "计算所旗下的中科算源是寒武纪的股东": 寒武纪 is no subsidiary of the institute
    got = triples("中科院计算所旗下的中科算源是寒武纪的重要股东。")
    assert ("Cambricon", "subsidiaryOf", "Institute of Computing Technology") not in got


@pytest.mark.parametrize("text, fact", [
    ("美国商务部通知AMD，MI308对华出口必须取得许可证。", ("AMD Instinct MI308", "restrictedBy", None)),
    ("美国政府已通知英伟达，H20对华出口须取得许可证；AMD的MI308也被纳入同一许可要求。", ("AMD Instinct MI308", "restrictedBy", None)),
])
def test_licence_requirement(text, fact):
    got = triples(text, date="2025-04-20")  # the month of the registry's H20 licence requirement
    assert any(s == fact[0] and p == fact[1] for s, p, _o in got)


def test_investigation_is_not_that_months_export_rules():
    got = triples("国家市场监管总局2024年12月宣布，英伟达涉嫌违反《反垄断法》，依法对其展开反垄断调查。")
    pol = {o for s, p, o in got if s == "Nvidia" and p == "restrictedBy"}
    assert pol and not any("export" in str(o).lower() for o in pol)
    assert any(p == "imposedBy" and o == "State Administration for Market Regulation" for _s, p, o in got)
