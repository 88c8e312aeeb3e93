"""Chinese constructions added in round 6, on sentences written for these tests (not from the corpus)."""

from __future__ import annotations

import pytest

from pattern_helpers import claim_triples


def triples(text: str, date: str = "2025-01-01", polarity: str = "positive") -> set[tuple]:
    return claim_triples(text, "zh", date, polarity)


@pytest.mark.parametrize("text, fact", [
    # 面临/面对 X 的竞争/压制/夹击
    ("在数据中心市场，壁仞科技仍面临英伟达的激烈竞争。", ("Biren Technology", "competesWith", "Nvidia")),
    ("摩尔线程不得不直面AMD方面的强势压制。", ("Moore Threads", "competesWith", "AMD")),
    # 作为X(在…市场)的竞争对手之一，Y…
    ("作为英伟达在国内GPU市场的主要竞争对手之一，沐曦今年的出货量明显增长。", ("MetaX", "competesWith", "Nvidia")),
    ("作为华为的直接竞争者，海光信息近期股价承压。", ("Hygon", "competesWith", "Huawei")),
    # 将X视为Y在…领域的竞争者
    ("分析师普遍将燧原科技视为英伟达在推理领域的有力竞争者。", ("Enflame", "competesWith", "Nvidia")),
    # 与 + a relative premodifier / a nationality + the rival + 竞争
    ("中微公司正与总部位于美国加州、规模更大的泛林集团正面竞争。", ("AMEC", "competesWith", "Lam Research")),
    ("北方华创希望在刻蚀领域与美国应用材料展开竞争。", ("Naura Technology", "competesWith", "Applied Materials")),
])
def test_competition(text, fact):
    got = triples(text)
    assert fact in got or (fact[2], fact[1], fact[0]) in got  # competesWith is symmetric


@pytest.mark.parametrize("text, fact", [
    # X、Y等…均为Z的(重要)客户
    ("百度、腾讯等互联网大厂均为寒武纪的重要客户。", ("Cambricon", "supplies", "Baidu")),
    ("百度、腾讯等互联网大厂均为寒武纪的重要客户。", ("Cambricon", "supplies", "Tencent")),
    ("联想也是英特尔的长期客户。", ("Intel", "supplies", "Lenovo")),
    # 上市前投资者 / 早期投资者
    ("阿里巴巴与美团均为摩尔线程的上市前投资者。", ("Alibaba", "investsIn", "Moore Threads")),
    ("腾讯是燧原科技的早期投资者。", ("Tencent", "investsIn", "Enflame")),
    # X所持Y约N%的股份
    ("海光信息拟受让中科曙光所持某公司股份，并收购曙光所持海光信息约2%的股份。", ("Sugon", "investsIn", "Hygon")),
    ("大基金所持长江存储(未上市)约24%的股权将保持不变。", ("Big Fund", "investsIn", "YMTC")),
])
def test_customers_and_investors(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # 旗下 + a descriptor noun
    ("百度旗下芯片设计公司昆仑芯宣布完成新一轮融资。", ("Kunlunxin", "subsidiaryOf", "Baidu")),
    ("阿里巴巴旗下半导体企业平头哥发布新款处理器。", ("T-Head", "subsidiaryOf", "Alibaba")),
    # 实际控制人为 / 控股股东是
    ("中科曙光成立于2006年，实际控制人为中国科学院计算技术研究所。", ("Sugon", "subsidiaryOf", "Institute of Computing Technology")),
    # X成为Y的控股股东
    ("交易完成后，中科曙光将成为海光信息的控股股东。", ("Hygon", "subsidiaryOf", "Sugon")),
    # a unit named after its parent: "阿里平头哥"-style compound registry names
    ("华为海思近日更新了产品路线图。", ("HiSilicon", "subsidiaryOf", "Huawei")),
])
def test_control(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # X被集成在Y中 / X已应用于Y等…
    ("寒武纪1A早年曾被集成在华为的麒麟970手机芯片中。", ("Kirin 970", "uses", "Cambricon-1A")),
    ("征程5目前已应用于理想汽车等多家车企的车型。", ("Li Auto", "uses", "Journey 5")),
    ("昇腾910B已大规模部署在百度的数据中心中。", ("Baidu", "uses", "Ascend 910B")),
    # a named firm's product carries the chip
    ("领克旗下新车型即搭载华山A1000芯片。", ("Lynk & Co", "uses", "Huashan A1000")),
    # a model trained on N chips
    ("据技术报告，DeepSeek-V3在2048块英伟达H800 GPU上完成训练。", ("DeepSeek-V3", "uses", "Nvidia H800")),
    ("DeepSeek-R1使用数千块H800进行训练。", ("DeepSeek-R1", "uses", "Nvidia H800")),
    # 完成对X的适配
    ("海光DCU、昇腾等国产芯片已完成对DeepSeek-R1模型的适配。", ("Ascend", "compatibleWith", "DeepSeek-R1")),
    ("昇腾宣布完成对DeepSeek-V3的全面适配。", ("Ascend", "compatibleWith", "DeepSeek-V3")),
])
def test_uses_and_adaptation(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # a country named as where the firm is, not as its nationality
    ("总部设于日本的东京电子是公司的主要对手。", ("Tokyo Electron", "headquarteredIn", "Japan")),
    # 总部位于X、…的Y
    ("黑芝麻智能将与总部位于北京、同样计划上市的地平线竞争。", ("Horizon Robotics", "headquarteredIn", "Beijing")),
])
def test_headquarters(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize("text, fact", [
    # "与总部位于北京的地平线竞争": the relative clause is about the rival, not the subject
    ("黑芝麻智能不但要与总部位于北京的地平线交锋，还要面对英伟达的压制。", ("Black Sesame Technologies", "headquarteredIn", "Beijing")),
    # "计算所旗下的中科算源": an owner the registry does not know is not the topic firm
    ("寒武纪发布公告。计算所旗下的中科算源是该公司的主要股东之一。", ("Zhongke Suanyuan", "subsidiaryOf", "Cambricon")),
    # "X亦为公司客户之一": 公司 is not X itself
    ("东风汽车亦为公司客户之一。", ("Dongfeng Motor", "investsIn", "Dongfeng Motor")),
    # "其寒武纪1A": the maker is in the product's name, not the firm named before 其
    ("这家孵化自中科院计算所的公司，其寒武纪1A处理器曾用于手机。", ("Institute of Computing Technology", "develops", "Cambricon-1A")),
])
def test_wrong_subject_is_not_asserted(text, fact):
    assert fact not in triples(text)


def test_quoted_list_name_then_members():
    got = triples('美国商务部将36家实体列入"实体清单"，其中包括芯片企业寒武纪以及光刻机厂商上海微电子装备。')
    assert ("Cambricon", "restrictedBy", "Entity List") in got
    assert ("SMEE", "restrictedBy", "Entity List") in got


def test_unlike_x_relative_subject():
    got = triples("与寒武纪等已被美国商务部列入实体清单的公司不同，这家初创企业并不在清单之上。")
    assert ("Cambricon", "restrictedBy", "Entity List") in got


def test_model_variant_is_its_own_product():
    got = triples("寒武纪推出思元370。MLU370-X8为双芯片加速卡，最大功耗250W，配备48GB内存。")
    assert ("MLU370-X8", "powerWatts", 250) in got or any(s == "MLU370-X8" and p == "powerWatts" for s, p, _o in got)
    assert not any(s == "Siyuan 370" and p == "powerWatts" for s, p, _o in got)


def test_quoted_series_and_code():
    got = triples("地平线的主力产品为「征程」（Journey）系列车载芯片。黑芝麻智能推出「武当」系列C1200芯片。")
    assert ("Horizon Robotics", "develops", "Horizon Journey") in got  # the registry line, glossed in English
    assert any(s == "Black Sesame Technologies" and p == "develops" and o in ("C1200", "Wudang C1200") for s, p, o in got)
    assert not any(o == "武当" for _s, _p, o in got)
