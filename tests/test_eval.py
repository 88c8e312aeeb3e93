"""`kg eval`: the gold format, the scores, negation violations, duplicate entities, the CLI and the corpus.

Scoring tests build tiny gold directories of our own in tmp_path with the real rule extractor (the articles
use sentences it is known to read), so every count below is exact. The held-out split tests/corpus/test is
only counted programmatically (files, words, languages, gold lines) and evaluated by one test that checks the
report's structure, never its contents.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from article_files import write_article
from kg import ontology
from kg.cli import main
from kg.errors import InputError
from kg.evaluate import GoldFact, evaluate, load_gold_dir, read_gold
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
LANGS = ("en", "it", "zh")
REPORT_KEYS = {"articles", "overall", "by_language", "by_predicate", "negation_violations",
               "duplicate_entities", "misses", "unexplained"}


# ---------------------------------------------------------------- helpers

def write_gold(directory: Path, key: str, *lines: str) -> Path:
    """Lines are written as given; fact lines use '|' as a column separator for readability -> TAB."""
    path = directory / f"{key}.gold.tsv"
    out = [ln if ln.startswith(("=", "#")) or not ln.strip() else ln.replace(" | ", "\t") for ln in lines]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def make_dir(root: Path, name: str, articles: dict[str, tuple[str, str, list[str]]]) -> Path:
    """articles: key -> (lang, body, gold lines)."""
    d = root / name
    d.mkdir(parents=True)
    for key, (lang, body, gold) in articles.items():
        write_article(d, key, body, lang=lang)
        write_gold(d, key, *gold)
    return d


def run_eval(gold_dir: Path, tmp: Path):
    with open_store(tmp / f"store-{gold_dir.name}") as st:
        return evaluate(gold_dir, st)


def score(report_part) -> tuple:
    return (report_part.tp, report_part.fp, report_part.fn)


@pytest.fixture
def runner():
    return CliRunner()


def one_error_line(result) -> str:
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: "), result.stderr
    return lines[0]


# Articles the rule extractor reads completely (checked with `kg eval --store` + `kg query`).
EN_OK = "Huawei develops the Ascend 910C. The Ascend 910C is manufactured by SMIC."
EN_SCORED = EN_OK + " Cambricon is headquartered in Beijing."
IT_OK = "Huawei sviluppa il chip Ascend 910B. SMIC ha sede a Shanghai."
ZH_OK = "华为研发了昇腾910C芯片。寒武纪总部位于北京。"


# ---------------------------------------------------------------- 1. gold parsing

def test_read_gold_comments_polarity_modality_aliases(tmp_path):
    path = write_gold(
        tmp_path, "a",
        "# a comment line",
        "   # an indented comment",
        "",
        "Huawei | develops | Ascend 910C | +",
        "TSMC | supplies | Huawei | -",
        "Alibaba | develops | PPU | + | hedged",
        "Kirin 710A | processNodeNm | 14 | +\t",  # a trailing tab is no fifth column
        "=  Huawei |  华为 | 華為 ",
        "= AMD",
    )
    facts, aliases = read_gold(path)
    assert facts == [
        GoldFact("Huawei", "develops", "Ascend 910C", True, False),
        GoldFact("TSMC", "supplies", "Huawei", False, False),
        GoldFact("Alibaba", "develops", "PPU", True, True),
        GoldFact("Kirin 710A", "processNodeNm", "14", True, False),
    ]
    assert aliases == [["Huawei", "华为", "華為"], ["AMD"]]


@pytest.mark.parametrize("line, lineno, needle", [
    ("Huawei\tdevelops\tAscend 910C", 2, "columns"),                       # 3 columns
    ("Huawei\tdevelops\tAscend 910C\t+\thedged\textra", 2, "columns"),     # 6 columns
    ("Huawei develops Ascend 910C +", 2, "columns"),                         # spaces, not tabs
    ("Huawei\tdevelops\tAscend 910C\t?", 2, "polarity"),
    ("Huawei\tdevelops\tAscend 910C\tyes", 2, "polarity"),
    ("Huawei\tdevelops\tAscend 910C\t+\tmaybe", 2, "modality"),
    ("Huawei\tmakes\tAscend 910C\t+", 2, "unknown predicate 'makes'"),
    ("\tdevelops\tAscend 910C\t+", 2, "empty"),
    ("=  |  ", 2, "alias"),
])
def test_read_gold_malformed_line_raises_input_error(tmp_path, line, lineno, needle):
    path = tmp_path / "bad.gold.tsv"
    path.write_text("# header\n" + line + "\nHuawei\tdevelops\tAscend 910C\t+\n", encoding="utf-8")
    with pytest.raises(InputError) as ei:
        read_gold(path)
    msg = str(ei.value)
    assert "\n" not in msg
    assert msg.startswith(f"{path}: line {lineno}: "), msg
    assert needle in msg


def test_load_gold_dir_pairs_gold_with_article(tmp_path):
    d = tmp_path / "g"
    (d / "sub").mkdir(parents=True)
    write_article(d, "a", EN_OK)
    write_gold(d, "a", "Huawei | develops | Ascend 910C | +")
    (d / "sub" / "b.txt").write_text("Huawei develops the Ascend 910C.\n", encoding="utf-8")
    write_gold(d / "sub", "b", "Huawei | develops | Ascend 910C | +")
    (d / "notes.md").write_text("an article without gold is not part of the evaluation\n")
    golds = load_gold_dir(d)
    assert [g.path for g in golds] == [d / "a.md", d / "sub" / "b.txt"]
    write_gold(d, "orphan", "Huawei | develops | Ascend 910C | +")
    with pytest.raises(InputError, match="orphan.gold.tsv: gold file has no article beside it"):
        load_gold_dir(d)


def test_load_gold_dir_missing_empty_or_file(tmp_path):
    with pytest.raises(InputError, match="no such directory"):
        load_gold_dir(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"no \*\.gold\.tsv files found"):
        load_gold_dir(tmp_path / "empty")
    (tmp_path / "f.md").write_text("x")
    with pytest.raises(InputError, match="not a directory"):
        load_gold_dir(tmp_path / "f.md")


def test_cli_malformed_gold_is_one_line_exit_2(tmp_path, runner):
    d = make_dir(tmp_path, "g", {"en-01": ("en", EN_OK, ["Huawei | develops | Ascend 910C | +",
                                                       "Ascend 910C | madeBy | SMIC | +"])})
    store = tmp_path / "analyst-store"
    r = runner.invoke(main, ["eval", str(d), "--store", str(store)])
    assert r.exit_code == 2, r.output
    line = one_error_line(r)
    assert "en-01.gold.tsv: line 2: unknown predicate 'madeBy'" in line
    assert r.stdout == ""
    assert not store.exists()  # the gold is checked before any store is opened


# ---------------------------------------------------------------- 2. scoring

@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    """en: 2 found + 1 gold fact the extractor cannot find + 1 extracted fact not in gold; it, zh: all found."""
    root = tmp_path_factory.mktemp("scored")
    d = make_dir(root, "gold", {
        "en-01": ("en", EN_SCORED, ["# Cambricon/Beijing is extracted but deliberately left out of the gold",
                                    "Huawei | develops | Ascend 910C | +",
                                    "Ascend 910C | manufacturedBy | SMIC | +",
                                    "Biren | develops | BR100 | +"]),
        "it-01": ("it", IT_OK, ["Huawei | develops | Ascend 910B | +",
                                "SMIC | headquarteredIn | Shanghai | +"]),
        "zh-01": ("zh", ZH_OK, ["= Cambricon | 寒武纪",
                                "Huawei | develops | Ascend 910C | +",
                                "寒武纪 | headquarteredIn | Beijing | +"]),
    })
    return run_eval(d, root)


def test_scores_overall(scored):
    assert scored.articles == 3
    assert score(scored.overall) == (6, 1, 1)
    assert scored.overall.precision == pytest.approx(6 / 7)
    assert scored.overall.recall == pytest.approx(6 / 7)
    assert scored.overall.f1 == pytest.approx(6 / 7)


def test_scores_by_language(scored):
    assert set(scored.by_language) == {"en", "it", "zh"}
    en, it, zh = (scored.by_language[k] for k in LANGS)
    assert score(en) == (2, 1, 1)
    assert (en.precision, en.recall, en.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert score(it) == (2, 0, 0) and score(zh) == (2, 0, 0)
    assert (it.precision, it.recall, it.f1) == (1.0, 1.0, 1.0)
    assert (zh.precision, zh.recall, zh.f1) == (1.0, 1.0, 1.0)


def test_scores_by_predicate(scored):
    bp = scored.by_predicate
    assert set(bp) == {"develops", "manufacturedBy", "headquarteredIn"}
    assert score(bp["develops"]) == (3, 0, 1)
    assert (bp["develops"].precision, bp["develops"].recall) == (1.0, 0.75)
    assert bp["develops"].f1 == pytest.approx(2 * 0.75 / 1.75)
    assert score(bp["manufacturedBy"]) == (1, 0, 0)
    assert score(bp["headquarteredIn"]) == (2, 1, 0)
    assert bp["headquarteredIn"].precision == pytest.approx(2 / 3) and bp["headquarteredIn"].recall == 1.0
    assert bp["headquarteredIn"].f1 == pytest.approx(0.8)


def test_scores_misses_and_unexplained_listed(scored):
    assert scored.misses == [{"article": "en-01.md", "fact": "Biren develops BR100"}]
    assert scored.unexplained == [{"article": "en-01.md", "fact": "Cambricon headquarteredIn Beijing",
                                   "quote": "Cambricon is headquartered in Beijing."}]
    assert scored.negation_violations == [] and scored.duplicate_entities == []
    text = scored.to_text()
    assert "  - en-01.md: Biren develops BR100" in text
    assert "  + en-01.md: Cambricon headquarteredIn Beijing  «Cambricon is headquartered in Beijing.»" in text
    assert re.search(r"^overall\s+0\.857\s+0\.857\s+0\.857\s+6\s+1\s+1$", text, re.M), text


def test_score_edge_cases():
    from kg.evaluate import Score

    empty = Score()
    assert (empty.precision, empty.recall) == (1.0, 1.0)
    none_right = Score(tp=0, fp=2, fn=3)
    assert (none_right.precision, none_right.recall, none_right.f1) == (0.0, 0.0, 0.0)
    assert Score(tp=1, fp=1, fn=2).as_dict() == {"tp": 1, "fp": 1, "fn": 2, "precision": 0.5,
                                                 "recall": 0.333, "f1": 0.4}


# ---------------------------------------------------------------- 3. negation violations

def test_negation_violation_counted_only_when_asserted(tmp_path):
    body = "Cambricon is headquartered in Beijing. TSMC does not supply Huawei. Huawei develops the Ascend 910C."
    d = make_dir(tmp_path, "neg", {"en-01": ("en", body, [
        "Cambricon | headquarteredIn | Beijing | -",   # the extractor asserts it: a violation
        "TSMC | supplies | Huawei | -",                # denied in the text, not asserted: counts nothing
        "Huawei | develops | Ascend 910C | +",
    ])})
    rep = run_eval(d, tmp_path)
    assert rep.negation_violations == [{"article": "en-01.md", "fact": "Cambricon headquarteredIn Beijing"}]
    assert rep.misses == [] and rep.unexplained == []
    assert score(rep.overall)[0::2] == (1, 0)  # tp, fn: `-` facts are neither hits nor misses
    assert "supplies" not in rep.by_predicate
    assert "negation violations: 1" in rep.to_text()


# ---------------------------------------------------------------- 4. duplicate entities

# "Lumora Semiconductor" / "光睿科技" are unknown to the registry: each article gets its own provisional IRI.
LUMORA = {"en-01": ("en", "Lumora Semiconductor is headquartered in Shanghai.",
                    ["Lumora Semiconductor | headquarteredIn | Shanghai | +"]),
          "zh-01": ("zh", "光睿科技总部位于上海。", ["光睿科技 | headquarteredIn | Shanghai | +"])}


def test_duplicate_entities_from_alias_lines(tmp_path):
    without = run_eval(make_dir(tmp_path, "apart", LUMORA), tmp_path)
    assert score(without.overall) == (2, 0, 0)
    assert without.duplicate_entities == []  # two labels, two IRIs, but nobody said they are one entity

    joined = dict(LUMORA)
    lang, body, gold = joined["en-01"]
    joined["en-01"] = (lang, body, gold + ["= Lumora Semiconductor | 光睿科技"])  # alias in one article only
    rep = run_eval(make_dir(tmp_path, "joined", joined), tmp_path)
    assert score(rep.overall) == (2, 0, 0)
    assert len(rep.duplicate_entities) == 1
    dup = rep.duplicate_entities[0]
    assert dup["iris"] == sorted([ontology.DISCOVERED_NS + ontology.slugify("Lumora Semiconductor"),
                                  ontology.DISCOVERED_NS + ontology.slugify("光睿科技")])
    assert ontology.normalize_label(dup["entity"]) in {"lumora semiconductor", "光睿科技"}
    assert "duplicate entities: 1" in rep.to_text()


def test_an_unnamed_product_is_anchored_on_its_developer_only_when_unambiguous(tmp_path):
    """A gold product the extractor names differently is matched through its developer only when exactly one of the
    developer's discovered products is left: with two, neither is taken (no spurious match, no false duplicate)."""
    body = ("Lumora Semiconductor designs the Zephyr-7 processor. "
            "Lumora Semiconductor also designs the Zephyr-9 processor.")
    one = make_dir(tmp_path, "one", {"en-01": ("en", body, [
        "Lumora Semiconductor | develops | Zephyr-7 | +",
        "Lumora Semiconductor | develops | the new Lumora chip | +"])})
    rep = run_eval(one, tmp_path)
    assert score(rep.overall) == (2, 0, 0)  # Zephyr-9 is the only product of Lumora no gold label names
    two = make_dir(tmp_path, "two", {"en-01": ("en", body, [
        "Lumora Semiconductor | develops | the new Lumora chip | +"])})
    rep = run_eval(two, tmp_path)
    assert score(rep.overall) == (0, 2, 1) and rep.duplicate_entities == []


def test_an_unnamed_measure_is_anchored_on_its_issuer_and_target(tmp_path):
    """A gold measure named freely ("Canberra device ban") is matched to the measure the extractor minted from the act
    when the same issuer imposes it and it restricts the same firm; a recognised issuer that imposes nothing rules
    the anchor out, and two measures against one firm with no issuer to tell them apart are ambiguous."""
    body = ("The Executive Yuan banned DeepSeek from all government devices on Monday. "
            "The Commerce Department opened an investigation into DeepSeek on Tuesday.")
    one = make_dir(tmp_path, "one", {"en-01": ("en", body, [
        "DeepSeek | restrictedBy | Taipei device ban | +",
        "Taipei device ban | imposedBy | Executive Yuan | +",
        "DeepSeek | restrictedBy | Commerce probe | +",
        "Commerce probe | imposedBy | US Department of Commerce | +"])})
    rep = run_eval(one, tmp_path)
    assert score(rep.overall) == (4, 0, 0) and rep.duplicate_entities == []
    wrong_issuer = make_dir(tmp_path, "wrong", {"en-01": ("en", body, [
        "DeepSeek | restrictedBy | Taipei device ban | +",
        "Taipei device ban | imposedBy | Bureau of Industry and Security | +"])})
    rep = run_eval(wrong_issuer, tmp_path)
    assert rep.overall.tp == 0  # BIS is named nowhere: no anchor from it, and DeepSeek alone has two candidates
    ambiguous = make_dir(tmp_path, "amb", {"en-01": ("en", body, [
        "DeepSeek | restrictedBy | the crackdown | +"])})
    rep = run_eval(ambiguous, tmp_path)
    assert score(rep.overall) == (0, 4, 1)


def test_a_registry_measure_is_anchored_only_when_the_gold_name_shares_a_telling_word(tmp_path):
    """The gold may name a registry measure its own way ("H20 export licence rule" for the April 2025 H20 licence
    requirement): matched through issuer and target only when the names share a telling word ("h20"), so a wrong
    registry measure ("Entity List" for "the foundry rule") is never credited by its relations alone."""
    body = "In April the US government told Nvidia that the H20 would need a licence to be exported to China."
    shared = make_dir(tmp_path, "shared", {"en-01": ("en", body, [
        "Nvidia | develops | Nvidia H20 | +",
        "Nvidia H20 | restrictedBy | H20 export licence rule | +",
        "H20 export licence rule | imposedBy | US government | +"])})
    assert score(run_eval(shared, tmp_path).overall) == (3, 0, 0)
    unrelated = make_dir(tmp_path, "unrelated", {"en-01": ("en", body, [
        "Nvidia | develops | Nvidia H20 | +",
        "Nvidia H20 | restrictedBy | the foundry rule | +",
        "the foundry rule | imposedBy | US government | +"])})
    assert score(run_eval(unrelated, tmp_path).overall) == (1, 2, 2)


# ---------------------------------------------------------------- 5. label normalisation

def test_gold_labels_match_normalised(tmp_path):
    d = make_dir(tmp_path, "norm", {
        "en-01": ("en", EN_OK, ["HUAWEI | develops | ascend 910c | +",           # case
                                "Ａｓｃｅｎｄ\u3000９１０Ｃ | manufacturedBy | ＳＭＩＣ | +",  # NFKC full width
                                "Huawey | develops | Ascend 910C | +"]),         # control: a wrong label
        "zh-01": ("zh", "华为研发了昇腾910C芯片。", ["華為 | develops | 昇騰910C | +"]),  # traditional
    })
    rep = run_eval(d, tmp_path)
    assert score(rep.overall) == (3, 0, 1)
    assert rep.misses == [{"article": "en-01.md", "fact": "Huawey develops Ascend 910C"}]
    assert score(rep.by_language["zh"]) == (1, 0, 0)


# ---------------------------------------------------------------- 6. CLI

@pytest.fixture(scope="module")
def perfect(tmp_path_factory):
    """A gold dir the extractor gets fully right (P = R = 1, no violation, no duplicate)."""
    return make_dir(tmp_path_factory.mktemp("perfect"), "gold", {
        "en-01": ("en", EN_OK, ["Huawei | develops | Ascend 910C | +", "Ascend 910C | manufacturedBy | SMIC | +"]),
        "it-01": ("it", IT_OK, ["Huawei | develops | Ascend 910B | +", "SMIC | headquarteredIn | Shanghai | +",
                                "TSMC | supplies | Huawei | -"]),
    })


def test_cli_json_report(perfect, runner):
    r = runner.invoke(main, ["eval", str(perfect), "--format", "json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert set(doc) == REPORT_KEYS
    assert doc["articles"] == 2
    assert doc["overall"] == {"tp": 4, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert set(doc["by_language"]) == {"en", "it"}
    assert set(doc["by_predicate"]) == {"develops", "manufacturedBy", "headquarteredIn"}
    assert doc["by_predicate"]["develops"]["tp"] == 2
    for k in ("negation_violations", "duplicate_entities", "misses", "unexplained"):
        assert doc[k] == []


def test_cli_table_report(perfect, runner):
    r = runner.invoke(main, ["eval", str(perfect)])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("articles: 2\n")
    assert re.search(r"^lang=it\s+1\.000\s+1\.000\s+1\.000\s+2\s+0\s+0$", r.stdout, re.M), r.stdout
    assert "misses: 0" in r.stdout and "unexplained extracted facts: 0" in r.stdout


def test_cli_output_file_written_atomically(perfect, runner, tmp_path, monkeypatch):
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    out.write_text("previous report\n")
    r = runner.invoke(main, ["eval", str(perfect), "--format", "json", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8") == r.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["articles"] == 2
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.json"]  # no temp file left

    # the rename fails: the previous report stays whole, no temp file, one-line error, exit 2
    import os

    import kg.export

    real_replace = os.replace
    before = out.read_bytes()

    def failing_replace(src, dst, *a, **kw):
        if Path(dst) == out:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst, *a, **kw)

    monkeypatch.setattr(kg.export.os, "replace", failing_replace)
    r = runner.invoke(main, ["eval", str(perfect), "--format", "table", "-o", str(out)])
    monkeypatch.undo()
    assert r.exit_code == 2, r.output
    assert "No space left on device" in one_error_line(r)
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.json"]

    # an eval that fails (malformed gold) leaves the previous report alone
    bad = tmp_path / "bad"
    bad.mkdir()
    write_article(bad, "a", EN_OK)
    (bad / "a.gold.tsv").write_text("Huawei\tdevelops\n", encoding="utf-8")
    r = runner.invoke(main, ["eval", str(bad), "-o", str(out)])
    assert r.exit_code == 2 and out.read_bytes() == before


def test_cli_check_exit_codes(perfect, tmp_path, runner):
    r = runner.invoke(main, ["eval", str(perfect), "--check"])
    assert r.exit_code == 0, r.output

    missed = make_dir(tmp_path, "missed", {"en-01": ("en", EN_OK, [
        "Huawei | develops | Ascend 910C | +", "Ascend 910C | manufacturedBy | SMIC | +",
        "Biren | develops | BR100 | +"])})  # recall 2/3 < 0.80
    r = runner.invoke(main, ["eval", str(missed), "--check"])
    assert r.exit_code == 1, r.output
    assert "misses: 1" in r.stdout  # the report is still printed

    noisy = make_dir(tmp_path, "noisy", {"en-01": ("en", EN_SCORED, [
        "Huawei | develops | Ascend 910C | +", "Ascend 910C | manufacturedBy | SMIC | +"])})  # precision 2/3
    assert runner.invoke(main, ["eval", str(noisy), "--check"]).exit_code == 1

    violated = make_dir(tmp_path, "violated", {"en-01": ("en", EN_SCORED, [
        "Huawei | develops | Ascend 910C | +", "Ascend 910C | manufacturedBy | SMIC | +",
        "Cambricon | headquarteredIn | Beijing | -"])})  # P = R = 1 but a denied fact is asserted
    assert runner.invoke(main, ["eval", str(violated), "--check"]).exit_code == 1

    joined = dict(LUMORA)
    lang, body, gold = joined["zh-01"]
    joined["zh-01"] = (lang, body, gold + ["= Lumora Semiconductor | 光睿科技"])  # P = R = 1, one duplicate
    assert runner.invoke(main, ["eval", str(make_dir(tmp_path, "dup", joined)), "--check"]).exit_code == 1

    # without --check a poor score is still exit 0
    assert runner.invoke(main, ["eval", str(missed)]).exit_code == 0


@pytest.mark.parametrize("case, needle", [
    ("missing", "no such directory"),
    ("empty", r"no \*\.gold\.tsv files found"),
    ("articles-only", r"no \*\.gold\.tsv files found"),
    ("file", "not a directory"),
])
def test_cli_bad_gold_dir_one_line_exit_2(tmp_path, runner, case, needle):
    target = tmp_path / case
    if case in ("empty", "articles-only"):
        target.mkdir()
    if case == "articles-only":
        write_article(target, "a", EN_OK)
        (target / "a.tsv").write_text("Huawei\tdevelops\tAscend 910C\t+\n")
    if case == "file":
        target.write_text("x")
    r = runner.invoke(main, ["eval", str(target)])
    assert r.exit_code == 2, r.output
    line = one_error_line(r)
    assert re.search(needle, line) and str(target) in line
    assert r.stdout == ""


def test_cli_leaves_analyst_store_untouched(perfect, tmp_path, runner, monkeypatch):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    analyst = tmp_path / "analyst" / "store"

    # $KG_STORE (and a remote endpoint in $KG_QUERY_ENDPOINT, unreachable here) are not used by kg eval
    r = runner.invoke(main, ["eval", str(perfect)],
                      env={"KG_STORE": str(analyst), "KG_QUERY_ENDPOINT": "http://127.0.0.1:9/query"})
    assert r.exit_code == 0, r.output
    assert not analyst.exists() and not analyst.parent.exists()
    r = runner.invoke(main, ["eval", str(perfect)], env={"KG_STORE": None})
    assert r.exit_code == 0, r.output
    assert list(cwd.iterdir()) == []  # no ./.kg/store
    assert list(scratch.iterdir()) == []  # the temporary store is removed

    # control: with --store the graph is built there and kept
    kept = tmp_path / "kept"
    r = runner.invoke(main, ["eval", str(perfect), "--store", str(kept)], env={"KG_STORE": str(analyst)})
    assert r.exit_code == 0, r.output
    assert not analyst.exists()
    r = runner.invoke(main, ["query", "ASK { kgid:huawei kgo:develops ?chip }", "--store", str(kept)])
    assert r.exit_code == 0, r.output


# ---------------------------------------------------------------- 7. corpus sanity (programmatic only)

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _articles(split: str) -> list[Path]:
    return sorted((CORPUS / split).glob("*.md"))


def _front_matter(path: Path) -> tuple[dict[str, str], str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), path.name
    _, fm, body = text.split("---\n", 2)
    meta = {k.strip(): v.strip().strip('"') for k, v in (ln.split(":", 1) for ln in fm.splitlines() if ":" in ln)}
    return meta, body


def _tag(path: Path) -> str:
    """What a failure may show: split and article id, never the article's text or slug."""
    return f"{path.parent.name}/{'-'.join(path.name.split('-')[:2])}"


def _size(lang: str, body: str) -> int:
    return len(CJK.findall(body)) if lang == "zh" else len(body.split())


def _is_traditional(body: str) -> bool:
    chars = CJK.findall(body)
    changed = sum(ontology.normalize_label(c) != c for c in chars)
    return bool(chars) and changed / len(chars) > 0.10


def test_corpus_size_and_languages():
    """>= 45 articles, >= 15 per language, the held-out split >= 15 articles spread over the three languages."""
    per_lang = {lang: 0 for lang in LANGS}
    test_lang = {lang: 0 for lang in LANGS}
    for split in ("dev", "test"):
        for p in _articles(split):
            meta, _ = _front_matter(p)
            assert meta.get("lang") in LANGS, _tag(p)
            assert p.name.startswith(meta["lang"] + "-"), _tag(p)
            per_lang[meta["lang"]] += 1
            if split == "test":
                test_lang[meta["lang"]] += 1
    assert sum(per_lang.values()) >= 45, per_lang
    assert min(per_lang.values()) >= 15, per_lang
    assert sum(test_lang.values()) >= 15, test_lang
    assert min(test_lang.values()) >= 5, test_lang


def test_corpus_article_lengths():
    """Each article has 150-600 words. tests/corpus/README.md states no rule for Chinese, so a Chinese article
    (no spaces between words) must have 250-1,200 CJK characters instead (about 1.7-2 characters a word);
    English and Italian words are whitespace-separated tokens of the body (front matter excluded)."""
    bad = []
    for split in ("dev", "test", "fresh"):
        for p in _articles(split):
            meta, body = _front_matter(p)
            n = _size(meta["lang"], body)
            lo, hi = (250, 1200) if meta["lang"] == "zh" else (150, 600)
            if not lo <= n <= hi:
                bad.append((_tag(p), n))
    assert bad == []


def test_corpus_has_traditional_chinese():
    """Some Chinese articles are in traditional characters: detected by script (more than 10% of the CJK
    characters change under traditional -> simplified conversion), or declared in the front matter."""
    trad = []
    for split in ("dev", "test", "fresh"):
        for p in _articles(split):
            meta, body = _front_matter(p)
            if meta["lang"] == "zh" and (_is_traditional(body) or "hant" in meta.get("script", "").lower()):
                trad.append(_tag(p))
    assert len(trad) >= 2, trad
    assert _is_traditional("華為昇騰晶片由台積電製造") and not _is_traditional("华为昇腾芯片由台积电制造")


def test_corpus_gold_files():
    """Every article has a parseable .gold.tsv beside it with >= 5 facts; each language has a `-` fact."""
    negatives = {lang: 0 for lang in LANGS}
    few = []
    for split in ("dev", "test", "fresh"):
        for p in _articles(split):
            meta, _ = _front_matter(p)
            gold = p.with_name(p.name[: -len(".md")] + ".gold.tsv")
            assert gold.is_file(), _tag(p)
            try:
                facts, _aliases = read_gold(gold)
            except InputError as e:  # the message names file and line, not the content
                pytest.fail(f"{_tag(p)}: {str(e).rsplit(':', 2)[-2]}: malformed gold line")
            if len(facts) < 5:
                few.append((_tag(p), len(facts)))
            negatives[meta["lang"]] += sum(not f.positive for f in facts)
        n_gold = len(list((CORPUS / split).glob("*.gold.tsv")))
        assert n_gold == len(_articles(split)), split  # and no gold file without its article
    assert few == []
    assert all(negatives[lang] >= 1 for lang in LANGS), negatives


@pytest.mark.parametrize("split", ["dev", "test", "fresh"])
def test_corpus_eval_report_structure(split, runner):
    """`kg eval` over a real split: only the report's structure and internal consistency are checked."""
    golds = load_gold_dir(CORPUS / split)
    n_positive = sum(f.positive for g in golds for f in g.facts)
    langs = {_front_matter(g.path)[0]["lang"] for g in golds}
    r = runner.invoke(main, ["eval", str(CORPUS / split), "--format", "json"])
    code = r.exit_code
    assert code == 0
    doc = json.loads(r.stdout)
    keys = set(doc)
    assert keys == REPORT_KEYS
    n_articles, overall = doc["articles"], doc["overall"]
    assert n_articles == len(golds)
    assert overall["tp"] + overall["fn"] == n_positive
    by_lang = set(doc["by_language"])
    assert by_lang == langs
    for part in ("by_language", "by_predicate"):
        for k in ("tp", "fp", "fn"):
            total = sum(s[k] for s in doc[part].values())
            assert total == overall[k], (part, k)
    n_miss, n_unexpl = len(doc["misses"]), len(doc["unexplained"])
    assert (n_miss, n_unexpl) == (overall["fn"], overall["fp"])
    fields_ok = (all(set(m) == {"article", "fact"} for m in doc["misses"])
                 and all(set(u) == {"article", "fact", "quote"} for u in doc["unexplained"])
                 and all(set(v) == {"article", "fact"} for v in doc["negation_violations"])
                 and all(set(v) == {"entity", "iris"} for v in doc["duplicate_entities"]))
    assert fields_ok


# ---------------------------------------------------------------- 8. make eval

def test_make_eval_target():
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ").splitlines()
    phony = " ".join(ln for ln in lines if ln.startswith(".PHONY:"))
    assert re.search(r"(^|\s)eval(\s|$)", phony)
    start = next(i for i, ln in enumerate(lines) if re.match(r"^eval\s*:", ln))
    recipe = []
    for ln in lines[start + 1:]:
        if not ln.startswith("\t"):
            break
        recipe.append(ln.strip().lstrip("@-+"))
    assert any(re.search(r"(^|/|\s)kg eval tests/corpus/test(\s|$)", ln) for ln in recipe), recipe


def test_metonymy_alias_is_not_a_duplicate(tmp_path, runner):
    """`= Chinese government | Beijing`: the city (its own registry entity) next to the government is metonymy."""
    d = tmp_path / "g"
    d.mkdir()
    (d / "en-01-x.md").write_text(
        "---\nid: x\nlang: en\ndate: 2025-09-18\n---\n"
        "The Beijing start-up SiliconFlow serves models on Ascend chips. Beijing imposed a ban on the Nvidia H20.\n",
        encoding="utf-8")
    (d / "en-01-x.gold.tsv").write_text(
        "SiliconFlow\theadquarteredIn\tBeijing\t+\nChinese government ban\timposedBy\tChinese government\t+\n"
        "= Chinese government | Beijing\n",
        encoding="utf-8")
    r = runner.invoke(main, ["eval", str(d), "--format", "json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["duplicate_entities"] == []


def test_local_descriptions_do_not_join_entities_across_articles(tmp_path, runner):
    """`= ByteDance | the company` in one article and `= Zhipu AI | the company` in another: two entities, no duplicate;
    the same entity under its name in two articles is still one alias set (a second IRI for it would count)."""
    d = tmp_path / "g"
    d.mkdir()
    for key, body, gold in (
            ("en-01-a", "ByteDance uses the Ascend 910B. The company is based in Beijing.",
             "ByteDance\tuses\tAscend 910B\t+\n= ByteDance | the company\n"),
            ("en-02-b", "Zhipu AI uses the Ascend 910B. The company is based in Beijing.",
             "Zhipu AI\tuses\tAscend 910B\t+\n= Zhipu AI | the company\n")):
        (d / f"{key}.md").write_text(f"---\nid: {key}\nlang: en\ndate: 2025-01-02\n---\n{body}\n", encoding="utf-8")
        (d / f"{key}.gold.tsv").write_text(gold, encoding="utf-8")
    r = runner.invoke(main, ["eval", str(d), "--format", "json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["overall"]["tp"] == 2
    assert doc["duplicate_entities"] == []


@pytest.mark.parametrize("book, per_half", [("phrases", 60), ("negation", 30)])
def test_phrasebook_halves(book, per_half):
    """tests/corpus/{phrases,negation}: even items in A (tuned), odd in B (held out), the same number per language
    and half; every gold parses."""
    counts: dict[tuple[str, str], int] = {}
    for half in ("A", "B"):
        for p in sorted((CORPUS / book / half).glob("*.md")):
            lang, _family, nn = p.name[: -len(".md")].split("-")
            assert (int(nn) % 2 == 0) == (half == "A"), p.name
            facts, _aliases = read_gold(p.with_name(p.name[: -len(".md")] + ".gold.tsv"))
            assert facts, p.name
            counts[(lang, half)] = counts.get((lang, half), 0) + 1
    assert counts == {(lang, half): per_half for lang in LANGS for half in ("A", "B")}


def test_a_gold_fact_stated_with_the_inverse_property_matches_the_extracted_fact(tmp_path):
    """Gold may use either direction of an inverse pair ("X outperformedBy Y"); the graph states the canonical one."""
    body = "The Ascend 910B was beaten by the H100 in every test. Huawei develops the Ascend 910B."
    d = make_dir(tmp_path, "inv", {"en-01": ("en", body, [
        "Ascend 910B | outperformedBy | H100 | +",
        "Ascend 910B | developedBy | Huawei | +",
    ])})
    rep = run_eval(d, tmp_path)
    assert rep.misses == [] and rep.unexplained == []
    assert score(rep.overall)[0::2] == (2, 0)
