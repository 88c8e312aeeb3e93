"""kg.cli: every command, every --format, exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def built(tmp_path, corpus, fake_extractor, runner):
    store = str(tmp_path / "store")
    r = runner.invoke(main, ["build", str(corpus), "--store", store, "--extractor", "fake"])
    assert r.exit_code == 0, r.output
    return store


def test_build_summary_and_rebuild(tmp_path, corpus, fake_extractor, runner):
    store = str(tmp_path / "store")
    r = runner.invoke(main, ["build", str(corpus), "--store", store, "--extractor", "fake", "--jobs", "1"])
    assert r.exit_code == 0, r.output
    assert "read 3, skipped 0 unchanged, failed 0; entities new 7; facts added 4" in r.output
    r = runner.invoke(main, ["build", str(corpus), "--extractor", "fake"], env={"KG_STORE": store})
    assert r.exit_code == 0 and "skipped 3 unchanged" in r.output


def test_build_bad_file_reported_rest_built(tmp_path, corpus, fake_extractor, runner):
    (corpus / "broken.md").write_bytes(b"\x00" * 64)
    store = str(tmp_path / "store")
    r = runner.invoke(main, ["build", str(corpus), "--store", store, "--extractor", "fake"])
    assert r.exit_code == 2
    assert "broken.md" in r.output and "read 3" in r.output and "failed 1" in r.output
    assert runner.invoke(main, ["query", "ASK { kgd:gamma ?p ?o }", "--store", store]).exit_code == 0


def test_build_nothing_matched(tmp_path, fake_extractor, runner):
    empty = tmp_path / "empty"
    empty.mkdir()
    r = runner.invoke(main, ["build", str(empty), "--store", str(tmp_path / "s"), "--extractor", "fake"])
    assert r.exit_code == 1 and "nothing to build" in r.output


def test_build_usage_error(runner):
    assert runner.invoke(main, ["build"]).exit_code == 2
    assert runner.invoke(main, ["build", "x", "--jobs", "0"]).exit_code == 2


def test_build_locked_store(tmp_path, corpus, fake_extractor, runner):
    from kg.store import open_store

    store = tmp_path / "store"
    with open_store(store):
        r = runner.invoke(main, ["build", str(corpus), "--store", str(store), "--extractor", "fake"])
    assert r.exit_code == 2 and "kg: error:" in r.output and "locked" in r.output


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_formats(built, runner, fmt):
    q = "SELECT ?s ?o WHERE { ?s kgo:develops ?o } ORDER BY ?s ?o"
    r = runner.invoke(main, ["query", q, "--store", built, "--format", fmt])
    assert r.exit_code == 0, r.output
    if fmt == "json":
        doc = json.loads(r.output)
        assert doc["head"]["vars"] == ["s", "o"] and len(doc["results"]["bindings"]) == 2
        assert doc["results"]["bindings"][0]["s"]["type"] == "uri"
    elif fmt == "table":
        assert "kgd:acme" in r.output and "kgd:widget-1" in r.output
    elif fmt == "csv":
        assert r.output.splitlines()[0] == "s,o" and "https://w3id.org/cnaichips/id/d/acme" in r.output
    else:
        assert r.output.splitlines()[0] == "?s\t?o" and "<https://w3id.org/cnaichips/id/d/acme>" in r.output


@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_query_construct(built, runner, fmt):
    q = "CONSTRUCT { ?s kgo:develops ?o } WHERE { ?s kgo:develops ?o }"
    r = runner.invoke(main, ["query", q, "--store", built, "--format", fmt])
    assert r.exit_code == 0 and "widget-1" in r.output


def test_query_file_param_no_rows_and_errors(built, runner, tmp_path):
    qf = tmp_path / "q.rq"
    qf.write_text("SELECT ?o WHERE { ?s kgo:develops ?o }", encoding="utf-8")
    r = runner.invoke(main, ["query", "-f", str(qf), "--param", "s=kgid:d/acme", "--store", built])
    assert r.exit_code == 0 and "widget-1" in r.output
    r = runner.invoke(main, ["query", "-f", str(qf), "--param", "s=kgd:nobody", "--store", built])
    assert r.exit_code == 1
    assert runner.invoke(main, ["query", "ASK { kgd:nobody ?p ?o }", "--store", built]).exit_code == 1
    r = runner.invoke(main, ["query", "SELECT ?s WHERE { ?s", "--store", built])
    assert r.exit_code == 2 and "kg: error: malformed query at line 1" in r.output
    r = runner.invoke(main, ["query", "DROP ALL", "--store", built])
    assert r.exit_code == 2 and "refused" in r.output
    assert runner.invoke(main, ["query", "--store", built]).exit_code == 2
    assert runner.invoke(main, ["query", "ASK {}", "--param", "novalue", "--store", built]).exit_code == 2
    r = runner.invoke(main, ["query", "ASK {}", "--store", str(tmp_path / "missing")])
    assert r.exit_code == 2 and "no store" in r.output


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld"])
def test_export_formats(built, runner, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    r = runner.invoke(main, ["export", "--format", fmt, "-o", str(out), "--store", built])
    assert r.exit_code == 0, r.output
    assert "widget-1" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_stats(built, runner, fmt):
    r = runner.invoke(main, ["stats", "--store", built, "--format", fmt])
    assert r.exit_code == 0, r.output
    if fmt == "json":
        assert json.loads(r.output)["articles"] == 3
    else:
        assert "3 articles" in r.output and "kgo:Claim" in r.output


@pytest.mark.parametrize("fmt", ["turtle", "trig", "json"])
def test_extract(corpus, fake_extractor, runner, fmt):
    r = runner.invoke(main, ["extract", str(corpus / "a.md"), "--format", fmt, "--extractor", "fake"])
    assert r.exit_code == 0, r.output
    if fmt == "json":
        doc = json.loads(r.output)
        assert doc["article"]["source_key"] == "a" and len(doc["claims"]) == 3
        assert all(c["quote"] for c in doc["claims"])
    else:
        assert "widget-1" in r.output


def test_extract_bad_file(tmp_path, runner):
    bad = tmp_path / "x.md"
    bad.write_text("", encoding="utf-8")
    r = runner.invoke(main, ["extract", str(bad)])
    assert r.exit_code == 2 and "kg: error:" in r.output


def test_remove(built, runner):
    r = runner.invoke(main, ["remove", "c", "--store", built])
    assert r.exit_code == 0 and "removed c" in r.output
    assert runner.invoke(main, ["query", "ASK { kgd:gamma ?p ?o }", "--store", built]).exit_code == 1
    r = runner.invoke(main, ["remove", "c", "--store", built])
    assert r.exit_code == 2 and "no article" in r.output


def test_build_many_files_progress_and_jobs(tmp_path, fake_extractor, runner):
    from article_files import write_article

    d = tmp_path / "many"
    d.mkdir()
    for i in range(25):
        write_article(d, f"m{i:02d}", f"Maker{i} develops Chip{i}.")
    store = str(tmp_path / "store")
    r = runner.invoke(main, ["build", str(d), "--store", store, "--extractor", "fake", "--jobs", "2"])
    assert r.exit_code == 0, r.output
    assert "read 25, skipped 0 unchanged, failed 0; entities new 50; facts added 25" in r.output
    assert "building" in r.output  # progress bar (stderr) for more than 20 files


def test_table_is_unicode_width_aware():
    from kg.query import table, text_width

    out = table(["name", "n"], [["华为", "1"], ["Huawei", "22"]]).splitlines()
    assert text_width("华为") == 4
    assert text_width(out[2][:out[2].index("1")]) == text_width(out[3][:out[3].index("22")]) == 8
