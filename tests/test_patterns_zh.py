"""Chinese constructions of the rule extractor, on sentences written for these tests (not from the corpus)."""

from __future__ import annotations

import pytest

from kg import ontology
from kg.extract.rules import RuleExtractor
from kg.model import Article

REG = ontology.load_registry()


def triples(text: str, date: str = "2025-01-01", polarity: str = "positive") -> set[tuple]:
    """(subject, predicate, object) of the claims of one article, entities named by their English label."""
    res = RuleExtractor().extract(Article(text=text, lang="zh", source_key="t", date=date))

    def label(x):
        if not isinstance(x, str) or not x.startswith("http"):
            return x
        ent = REG.get(x) or res.entities.get(x)
        return ent.label("en") if ent else x.rsplit("/", 1)[-1]

    return {(label(c.subject), c.predicate, label(c.object)) for c in res.claims if c.polarity == polarity}


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
