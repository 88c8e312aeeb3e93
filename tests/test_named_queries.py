"""The named-query library (kg/queries/*.rq): documentation, parameters, golden results on seeds/, CLI.

Golden results live in tests/golden/queries/<name>.json (one case per parameter set: the defaults and the
documented example). Regenerate them after a deliberate change of the extractor or of a query with

    .venv/bin/python tests/regen_questions.py

(which runs KG_REGEN_GOLDEN=1 pytest tests/test_named_queries.py -k golden, refreshes the example blocks of the
.rq headers and the README "Questions you can ask" section) and review the diff. Rows are compared as sets
(order and duplicates do not matter).
"""

from __future__ import annotations

import json
import os
import re

import pytest
from click.testing import CliRunner

from analysis_helpers import SEEDS, build_store, rows_of
from kg import queries
from kg.cli import main
from kg.errors import QueryError
from kg.store import open_store
from kg.store.sparql import skeleton

GOLDEN = SEEDS.parent / "tests" / "golden" / "queries"
REGEN = os.environ.get("KG_REGEN_GOLDEN") == "1"
NAMES = sorted(queries.library())


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("seeds") / "store", [SEEDS])


def cases(q):
    out = [{}]
    if q.example_params and q.example_params not in out:
        out.append(q.example_params)
    if any(p.required for p in q.params):
        out = [c for c in out if all(p.name in c for p in q.params if p.required)]
    return out


def test_library_has_at_least_twelve_documented_queries():
    lib = queries.library()
    assert len(lib) >= 12
    for q in lib.values():
        assert "?" in q.question, q.name
        assert q.example.startswith(f"kg query --name {q.name}"), q.name
        assert "# Example output (seeds/):" in q.text, q.name
        assert "# Parameters:" in q.text and "# Columns:" in q.text, q.name


@pytest.mark.parametrize("name", NAMES)
def test_parameters_are_projected(name):
    """Oxigraph substitutes --param values only into projected variables; a non-projected one would fall
    back to a trailing VALUES join, which cannot reach the FILTERs that resolve labels."""
    q = queries.get(name)
    skel, _ = skeleton(q.text)
    select = skel[skel.index("SELECT"):skel.index("WHERE")]
    for p in q.params:
        assert re.search(rf"\?{p.name}\b", select), f"{name}: ?{p.name} must be in the SELECT clause"


@pytest.mark.parametrize("name", NAMES)
def test_golden(name, seeds_store):
    q = queries.get(name)
    path = GOLDEN / f"{name}.json"
    got = []
    with open_store(seeds_store, read_only=True) as st:
        for params in cases(q):
            r = queries.run(st, name, params)
            got.append({"params": params, "variables": r.variables, "rows": rows_of(r)})
    if REGEN:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert path.exists(), f"no golden file {path}: run .venv/bin/python tests/regen_questions.py"
    want = json.loads(path.read_text(encoding="utf-8"))
    assert [c["params"] for c in got] == [c["params"] for c in want]
    for g, w in zip(got, want):
        assert g["variables"] == w["variables"], (name, g["params"])
        assert {tuple(r) for r in g["rows"]} == {tuple(r) for r in w["rows"]}, (name, g["params"])


def test_seed_answers_lead_back_to_sentences(seeds_store):
    """Every row that carries a quote names a sentence of the seed article and its date."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file()]
    flat = [" ".join(t.split()) for t in texts]
    with open_store(seeds_store, read_only=True) as st:
        r = queries.run(st, "chips-by-company")
    assert len(r.rows) >= 4
    qi, di = r.variables.index("quote"), r.variables.index("firstReported")
    for row in r.rows:
        quote = " ".join(row[qi].value.split())
        assert any(quote in t for t in flat), quote
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[di].value)


def test_label_and_iri_params_agree(seeds_store):
    with open_store(seeds_store, read_only=True) as st:
        by_label = rows_of(queries.run(st, "rivals-of", {"product": "Nvidia H20"}))
        by_alt = rows_of(queries.run(st, "rivals-of", {"product": "h20"}))
        by_iri = rows_of(queries.run(st, "rivals-of", {"product": "kgid:nvidia-h20"}))
        by_full = rows_of(queries.run(st, "rivals-of", {"product": "<https://w3id.org/cnaichips/id/nvidia-h20>"}))
        none = queries.run(st, "rivals-of", {"product": "No Such Chip"})
        by_zh = rows_of(queries.run(st, "rivals-of", {"product": "英伟达H20"}))
    assert by_label and by_label == by_alt == by_iri == by_full == by_zh
    assert len(none.rows) == 0 and "product" in none.variables


class TrailingValuesStore:
    """Binds --param values like kg.store.remote does: a VALUES block appended to the query."""

    def __init__(self, store):
        self.store = store

    def query(self, sparql, *, params=None, timeout_s=None):
        from kg.store.sparql import parse_param

        if params:
            names = sorted(params)
            sparql += (f"\nVALUES ({' '.join('?' + n for n in names)}) "
                       f"{{ ({' '.join(str(parse_param(n, params[n])) for n in names)}) }}")
        return self.store.query(sparql, timeout_s=timeout_s)


@pytest.mark.parametrize("name", NAMES)
def test_named_queries_work_with_trailing_values_binding(name, seeds_store):
    """Remote stores bind parameters with a trailing VALUES join: the results must be the same."""
    q = queries.get(name)
    with open_store(seeds_store, read_only=True) as st:
        for params in cases(q):
            native = rows_of(queries.run(st, name, params))
            joined = rows_of(queries.run(TrailingValuesStore(st), name, params))
            assert {tuple(r) for r in native} == {tuple(r) for r in joined}, (name, params)


def test_injection_is_just_a_value(seeds_store):
    with open_store(seeds_store, read_only=True) as st:
        r = queries.run(st, "chips-by-company", {"company": '") || true || ("'})
        assert len(r.rows) == 0
        r = queries.run(st, "chips-by-company", {"company": "Huawei\" } DROP ALL { \""})
        assert len(r.rows) == 0


def test_parameter_errors():
    with pytest.raises(QueryError, match="no parameter"):
        queries.get("chips-by-company").bind({"nope": "x"})
    with pytest.raises(QueryError, match="needs --param entity"):
        queries.get("entity-history").bind({})
    with pytest.raises(QueryError, match="did you mean"):
        queries.get("chips-by-compny")
    assert queries.get("cuda-compatible").bind({}) == {"platform": "CUDA"}
    assert queries.get("chips-by-company").bind({}) == {}
    assert queries.get("fact-sources").param("predicate").kind == "property"
    assert queries.get("fact-sources").param("object").kind == "value"
    assert queries.get("fact-sources").param("subject").kind == "entity"


def test_cli_list_and_name(seeds_store):
    runner = CliRunner()
    r = runner.invoke(main, ["query", "--list"])
    assert r.exit_code == 0
    for name in NAMES:
        assert name in r.output
    r = runner.invoke(main, ["query", "--name", "chips-by-company", "--param", "company=Huawei",
                             "--store", seeds_store, "--format", "json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    products = {b["product"]["value"] for b in doc["results"]["bindings"]}
    assert "https://w3id.org/cnaichips/id/ascend" in products
    assert all(b["companyLabel"]["value"] == "Huawei" for b in doc["results"]["bindings"])
    r = runner.invoke(main, ["query", "--name", "rivals-of", "--param", "product=Nvidia H20", "--store", seeds_store])
    assert r.exit_code == 0 and "MetaX chip (unnamed)" in r.output and "more memory" in r.output
    r = runner.invoke(main, ["query", "--name", "contradictions", "--store", seeds_store])
    assert r.exit_code == 1  # no rows on seeds/
    r = runner.invoke(main, ["query", "--name", "nope", "--store", seeds_store])
    assert r.exit_code == 2 and "no named query" in r.output
    r = runner.invoke(main, ["query", "--name", "chips-by-company", "SELECT * {}", "--store", seeds_store])
    assert r.exit_code == 2


def test_readme_questions_show_real_output(seeds_store):
    """Every `$ kg query|timeline ...` block of the README's questions section is the real output on seeds/."""
    import shlex

    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- section:questions -->", 1)[1].split("<!-- /section:questions -->", 1)[0]
    blocks = re.findall(r"```\n\$ (kg (?:query|timeline)[^\n]*)\n(.*?)```", section, re.S)
    assert len(blocks) >= 8
    names = {m for cmd, _ in blocks for m in re.findall(r"--name (\S+)", cmd)}
    assert len(names) >= 5
    runner = CliRunner()
    for cmd, shown in blocks:
        args = shlex.split(cmd)[1:] + ["--store", seeds_store]
        r = runner.invoke(main, args)
        assert r.exit_code == 0, (cmd, r.output)
        assert r.output.rstrip("\n") == shown.rstrip("\n"), f"README output of `{cmd}` is stale: run tests/regen_questions.py"


def test_fact_confidence_ranks_corroborated_above_single_and_hedged(tmp_path):
    """fact-confidence: a fact two articles state outranks the same kind of fact stated once; hedged ranks lower."""
    from analysis_helpers import write_article

    d = tmp_path / "a"
    d.mkdir()
    write_article(d, "a1", "SMIC manufactures the Ascend 910C.", date="2025-01-02")
    write_article(d, "a2", "SMIC manufactures the Ascend 910C on its 7nm process.", date="2025-02-03")
    write_article(d, "a3", "TSMC manufactures the Kunlun P800.", date="2025-03-04")
    write_article(d, "a4", "SMIC reportedly manufactures the Kirin 9000S.", date="2025-04-05")
    spec = build_store(tmp_path / "store", [d])
    with open_store(spec) as st:
        res = queries.run(st, "fact-confidence", {})
    cols = [str(v).lstrip("?") for v in res.variables]
    rows = [dict(zip(cols, (getattr(t, "value", None) for t in row))) for row in res.rows]
    score = {(r["subjectLabel"], r["objectLabel"]): (float(r["score"]), int(r["articles"]), int(r["asserted"]))
             for r in rows if r["predicate"].endswith("#manufacturedBy")}
    corroborated, single, hedged = score[("Ascend 910C", "SMIC")], score[("Kunlun P800", "TSMC")], \
        score[("Kirin 9000S", "SMIC")]
    assert corroborated[1:] == (2, 2) and single[1:] == (1, 1) and hedged[1:] == (1, 0)
    assert corroborated[0] > single[0] > hedged[0]
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), key=float, reverse=True)
