"""Deterministic synthetic articles (EN/IT/ZH) for benchmarks.

Entities come from the registry (kg.ontology.load_registry, grouped by class); sentences come from
templates that mirror the relation patterns of kg/extract/patterns.py (develops, manufacturedBy,
comparableTo, alternativeTo, compatibleWith, restrictedBy, imposedBy, hasComponent, supplies,
headquarteredIn), with hedges ("reportedly", "sarebbe", "据报道") and negations. Filler sentences
without entities bring each article to ~1.5-3 KB. The same seed always gives the same files.

    python -m kg.bench.generate OUT_DIR -n 1000 [--seed 7]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kg.ontology import load_registry

LANGS = ("en", "it", "zh")


@dataclass(frozen=True)
class Pools:
    firms: tuple  # Company (not Foundry)
    chips: tuple
    foundries: tuple
    systems: tuple
    platforms: tuple
    policies: tuple
    govs: tuple
    cities: tuple
    h20: object
    cuda: object
    developer: dict  # chip IRI -> the firm that makes it (by label prefix, else a stable pick)


def pools() -> Pools:
    by: dict[str, list] = {}
    reg = load_registry()
    for e in reg.values():
        by.setdefault(e.cls, []).append(e)
    chips = [e for e in by["Chip"] if not e.label("en").upper().startswith("HBM") and e.label("en") != "Ascend"]
    firms = tuple(by["Company"])
    developer = {}
    for k, c in enumerate(chips):
        label = c.label("en").lower()
        owner = [f for f in firms if label.startswith(f.label("en").lower() + " ")]
        developer[c.iri] = owner[0] if owner else firms[(k * 7919) % len(firms)]
    return Pools(firms, tuple(chips), tuple(by["Foundry"]), tuple(by["System"]),
                 tuple(by["SoftwarePlatform"]), tuple(by["Policy"]), tuple(by["GovernmentBody"]),
                 tuple(by["City"]), reg["https://w3id.org/cnaichips/id/nvidia-h20"],
                 reg["https://w3id.org/cnaichips/id/cuda"], developer)


def name(e, lang: str) -> str:
    return e.label(lang)


# Templates: {org} {chip} {chip2} {fab} {sys} {plat} {pol} {gov} {city} {n}; H = hedge, N = negated.
EN = {
    "develops": ["{org} unveiled the {chip} at an industry event in {city}.",
                 "{org} has developed the {chip} for data-centre inference.",
                 "{org} launched the {chip}, its latest accelerator for training large models."],
    "develops_h": ["{org} is reportedly developing the {chip} for cloud customers."],
    "develops_n": ["{org} did not develop the {chip}, the company said."],
    "fab": ["The {chip} is manufactured by {fab}.", "The {chip} was fabricated by {fab} on an advanced node."],
    "fab_h": ["The {chip} is reportedly manufactured by {fab}."],
    "fab_n": ["The {chip} is not manufactured by {fab}, according to a company statement."],
    "comparable": ["Analysts say the {chip} is comparable to the {chip2} in many workloads."],
    "against": ["The {chip} is positioned against the {h20} in the Chinese market."],
    "compatible": ["The {chip} is compatible with {cuda}, which eases migration for developers."],
    "restricted": ["{org} was added to the {pol} last year."],
    "imposed": ["The {pol} was imposed by the {gov}."],
    "component": ["The {sys} integrates {n} {chip} chips in a single cluster."],
    "supplies": ["{fab} supplies wafers to {org}."],
    "hq": ["{org}, based in {city}, employs several thousand engineers."],
}
EN_FILL = ["Demand for computing power has grown quickly as Chinese cloud providers race to train larger models.",
           "Investors have poured money into domestic chip designers over the past two years.",
           "The company declined to comment on pricing or on the size of its order book.",
           "Industry executives expect supply of high-bandwidth memory to remain tight through next year.",
           "Software remains the main obstacle, engineers say, because most models are written for one ecosystem.",
           "Shares in several semiconductor companies rose on the news before easing in afternoon trading.",
           "Export rules have changed several times since 2022, leaving buyers uncertain about future supply.",
           "Data-centre operators are testing domestic accelerators alongside imported ones.",
           "Analysts cautioned that yields at advanced nodes are still low and costs are high."]
IT = {
    "develops": ["{org} ha presentato il {chip} durante una conferenza a {city}.",
                 "{org} ha sviluppato il {chip} per l'inferenza nei data center."],
    "develops_h": ["{org} avrebbe sviluppato il {chip} per i clienti cloud."],
    "develops_n": ["{org} non ha sviluppato il {chip}, ha precisato l'azienda."],
    "fab": ["Il {chip} è prodotto da {fab}.", "Il {chip} viene fabbricato da {fab}."],
    "fab_h": ["Il {chip} sarebbe prodotto da {fab}."],
    "fab_n": ["Il {chip} non è prodotto da {fab}, secondo una nota della società."],
    "comparable": ["Secondo gli analisti il {chip} è paragonabile al {chip2} in molti carichi di lavoro."],
    "against": ["Il {chip} è un'alternativa al {h20} sul mercato cinese."],
    "compatible": ["Il {chip} è compatibile con {cuda}, il che facilita la migrazione degli sviluppatori."],
    "restricted": ["{org} è stata inserita nella {pol} l'anno scorso."],
    "imposed": ["La {pol} è stata imposta dal {gov}."],
    "component": ["Il {sys} integra {n} chip {chip} in un unico cluster."],
    "supplies": ["{fab} fornisce wafer a {org}."],
    "hq": ["{org}, con sede a {city}, impiega diverse migliaia di ingegneri."],
}
IT_FILL = ["La domanda di potenza di calcolo è cresciuta rapidamente con la corsa dei fornitori cloud cinesi.",
           "Gli investitori hanno puntato molto sui progettisti di chip nazionali negli ultimi due anni.",
           "L'azienda non ha voluto commentare i prezzi né il portafoglio ordini.",
           "I dirigenti del settore prevedono che l'offerta di memoria ad alta larghezza di banda resti scarsa.",
           "Il software resta l'ostacolo principale, dicono gli ingegneri, perché molti modelli sono scritti per un solo ecosistema.",
           "I titoli di diverse società di semiconduttori sono saliti alla notizia per poi ripiegare nel pomeriggio.",
           "Le regole sulle esportazioni sono cambiate più volte dal 2022, lasciando incerti gli acquirenti.",
           "Gli operatori di data center stanno provando acceleratori nazionali accanto a quelli importati."]
ZH = {
    "develops": ["{org}在{city}发布了{chip}。", "{org}推出了面向数据中心推理的{chip}。"],
    "develops_h": ["据报道，{org}正在研发{chip}。"],
    "develops_n": ["{org}并未研发{chip}。"],
    "fab": ["{chip}由{fab}生产。"],
    "fab_h": ["据悉，{chip}由{fab}生产。"],
    "fab_n": ["{chip}并非由{fab}生产。"],
    "comparable": ["业内人士认为，{chip}的性能与{chip2}相当。"],
    "against": ["{chip}对标{h20}。"],
    "compatible": ["{chip}兼容{cuda}生态，便于开发者迁移。"],
    "restricted": ["{org}被列入{pol}。"],
    "imposed": ["{gov}出台了{pol}。"],
    "component": ["{sys}搭载了{n}颗{chip}芯片。"],
    "supplies": ["{fab}向{org}供应晶圆。"],
    "hq": ["{org}总部位于{city}。"],
}
ZH_FILL = ["随着国内云厂商竞相训练更大的模型，算力需求快速增长。", "过去两年，投资者大举押注国产芯片设计公司。",
           "该公司拒绝就价格和订单规模置评。", "业内高管预计，高带宽内存的供应明年仍将偏紧。",
           "工程师表示，软件生态仍是主要障碍，因为多数模型是为单一生态编写的。",
           "消息传出后，多只半导体股票上涨，午后涨幅有所收窄。", "自2022年以来，出口规则多次调整，买家对未来供应感到不确定。",
           "数据中心运营商正在将国产加速卡与进口产品一同测试。", "分析师提醒，先进制程的良率仍然偏低，成本较高。"]
TEMPLATES = {"en": (EN, EN_FILL), "it": (IT, IT_FILL), "zh": (ZH, ZH_FILL)}
TITLES = {"en": "{org} and the {chip}: notes from the market", "it": "{org} e il {chip}: il punto sul mercato",
          "zh": "{org}与{chip}：市场观察"}
SEP = {"en": " ", "it": " ", "zh": ""}
TARGET = {"en": (1500, 3000), "it": (1500, 3000), "zh": (1500, 3000)}  # UTF-8 bytes of the body


def article(i: int, seed: int = 7, p: Pools | None = None, variant: int = 0) -> tuple[str, str]:
    """(file name, file text) of synthetic article i; `variant` > 0 gives a changed version of it."""
    p = p or pools()
    rng = random.Random(f"{seed}:{i}:{variant}")
    lang = LANGS[i % 3]
    rels, fill = TEMPLATES[lang]
    lo, hi = TARGET[lang]
    target = rng.randint(lo, hi)
    paragraphs: list[str] = []
    size = 0
    first = None
    while size < target:
        sents = []
        for _ in range(rng.randint(3, 5)):
            if rng.random() < 0.6:
                kind = rng.choice(list(rels))
                chip, chip2 = rng.sample(p.chips, 2)
                org = p.developer[chip.iri] if kind.startswith("develops") and rng.random() < 0.8 \
                    else rng.choice(p.firms)
                v = dict(org=name(org, lang), chip=name(chip, lang), chip2=name(chip2, lang),
                         fab=name(rng.choice(p.foundries), lang), sys=name(rng.choice(p.systems), lang),
                         pol=name(rng.choice(p.policies), lang), gov=name(rng.choice(p.govs), lang),
                         city=name(rng.choice(p.cities), lang), n=rng.choice((8, 16, 64, 384)),
                         h20=name(p.h20, lang), cuda=name(p.cuda, lang))
                first = first or v
                sents.append(rng.choice(rels[kind]).format(**v))
            else:
                f = rng.choice(fill)
                if sents and sents[-1] == f:
                    f = fill[(fill.index(f) + 1) % len(fill)]
                sents.append(f)
        para = SEP[lang].join(sents)
        paragraphs.append(para)
        size += len(para.encode("utf-8")) + 2
    first = first or {"org": name(p.firms[0], lang), "chip": name(p.chips[0], lang)}
    day = date(2023, 1, 1) + timedelta(days=(i * 7 + variant) % 1000)
    title = TITLES[lang].format(**first)
    key = f"bench-{i:05d}"
    head = (f"---\nid: {key}\ntitle: \"{title}\"\ndate: {day.isoformat()}\nlang: {lang}\n"
            f"source: \"kg bench / synthetic\"\n---\n")
    return f"{key}.md", head + "\n\n".join(paragraphs) + "\n"


def generate(out: str | Path, n: int, *, seed: int = 7, start: int = 0, variant: int = 0,
             only: list[int] | None = None) -> list[Path]:
    """Write articles start..start+n-1 (or the indices in `only`) into `out`; returns the paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    p = pools()
    paths = []
    for i in (only if only is not None else range(start, start + n)):
        fname, text = article(i, seed, p, variant)
        path = out / fname
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    paths = generate(a.out, a.n, seed=a.seed)
    total = sum(x.stat().st_size for x in paths)
    print(f"wrote {len(paths)} articles ({total / 1e6:.1f} MB) to {a.out}")


if __name__ == "__main__":
    main()
