"""Parallel and incremental builds: `kg build --jobs N` equals --jobs 1, unchanged files are skipped fast
(without parsing), --prune, extractor upgrades; and the deterministic benchmark corpus generator."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner
from article_files import write_article

import kg.pipeline as pipeline
from kg.bench.generate import article, generate
from kg.graph import to_nquads
from kg.pipeline import build
from kg.store import open_store


def dump(store) -> str:
    return to_nquads(store.dataset_quads())


def test_cli_jobs_2_same_nquads_as_jobs_1(tmp_path, fake_extractor):
    from kg.cli import main

    d = tmp_path / "in"
    d.mkdir()
    for i in range(12):
        write_article(d, f"k{i:02d}", f"Acme develops Widget-{i % 4}. NOT Beta{i} develops Gadget. "
                                      f"Widget-{i % 4} memoryGB {i * 8}.")
    runner = CliRunner()
    outs = []
    for jobs in ("1", "2"):
        store = str(tmp_path / f"s{jobs}")
        r = runner.invoke(main, ["build", str(d), "--store", store, "--extractor", "fake", "--jobs", jobs])
        assert r.exit_code == 0, r.output
        out = tmp_path / f"j{jobs}.nq"
        assert runner.invoke(main, ["export", "--store", store, "--format", "nquads", "-o", str(out)]).exit_code == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and b"ontology#develops" in outs[0]


def test_unchanged_files_skipped_without_parsing(tmp_path, fake_extractor, monkeypatch):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(1000):
        write_article(d, f"a{i:04d}", f"Firm{i % 50} develops Part{i}.")
    with open_store(tmp_path / "s") as st:
        r = build([d], st, extractors=fake_extractor, jobs=2)
        assert (r.read, r.built) == (1000, 1000)
        first = dump(st)
        assert (tmp_path / "s" / pipeline.CACHE_FILE).exists()
        import kg.ingest

        calls = []
        orig = kg.ingest.read_file
        monkeypatch.setattr(kg.ingest, "read_file", lambda p, **kw: calls.append(p) or orig(p, **kw))
        t = time.perf_counter()
        r = build([d], st, extractors=fake_extractor)
        dt = time.perf_counter() - t
        assert (r.read, r.skipped, r.built) == (1000, 1000, 0) and calls == []
        assert dt < 1.0, f"no-op rebuild of 1000 articles took {dt:.2f} s"
        # one file changed (and one only touched): only the changed one is read and rebuilt
        write_article(d, "a0007", "Firm7 develops Part7b.")
        (d / "a0008.md").touch()
        r = build([d], st, extractors=fake_extractor)
        assert (r.skipped, r.built) == (999, 1) and [c.rsplit("/", 1)[-1] for c in calls] == ["a0007.md"]
        assert st.query("ASK { kgd:firm7 kgo:develops kgd:part7b }").boolean
        # an article removed from the store behind the cache's back is rebuilt
        st.remove_article("a0009")
        r = build([d], st, extractors=fake_extractor)
        assert r.built == 1 and "a0009" in st.article_index()
    # a corrupt cache is ignored: everything is read again, nothing rebuilt
    (tmp_path / "s" / pipeline.CACHE_FILE).write_text("{not json", encoding="utf-8")
    with open_store(tmp_path / "s") as st:
        calls.clear()
        r = build([d], st, extractors=fake_extractor)
        assert (r.skipped, r.built) == (1000, 0) and len(calls) == 1000
        assert json.loads((tmp_path / "s" / pipeline.CACHE_FILE).read_text())["files"]
        write_article(d, "a0007", "Firm7 develops Part7.")  # back to the first version
        build([d], st, extractors=fake_extractor)
        assert dump(st) == first


def test_prune_after_cached_skip(tmp_path, corpus, fake_extractor):
    with open_store(tmp_path / "s") as st:
        build([corpus], st, extractors=fake_extractor)
        build([corpus], st, extractors=fake_extractor)  # all from the cache
        (corpus / "b.md").unlink()
        r = build([corpus], st, extractors=fake_extractor, prune=True)
        assert r.pruned == ["b"] and r.skipped == 2
        assert set(st.article_index()) == {"a", "c"}


def test_extractor_upgrade_reextracts_once_and_only_its_articles(tmp_path, corpus, fake_extractor, monkeypatch):
    import fake_extractor as fe

    import kg.extract

    with open_store(tmp_path / "s") as st:
        build([corpus], st, extractors=fake_extractor)
        monkeypatch.setattr(fe.FakeExtractor, "version", "1.1")
        kg.extract.get.cache_clear()
        seen = []
        orig = fe.FakeExtractor.extract
        monkeypatch.setattr(fe.FakeExtractor, "extract", lambda self, a: seen.append(a.source_key) or orig(self, a))
        r = build([corpus], st, extractors=fake_extractor)
        assert (r.skipped, r.built) == (0, 3) and sorted(seen) == ["a", "b", "c"]
        seen.clear()
        write_article(corpus, "d", "Omega develops Thing.")
        r = build([corpus], st, extractors=fake_extractor)
        assert (r.skipped, r.built) == (3, 1) and seen == ["d"]
        assert {v for _, _, v in st.article_index().values()} == {"fake@1.1"}


def test_generator_deterministic_multilingual_sized(tmp_path):
    a = generate(tmp_path / "a", 30)
    b = generate(tmp_path / "b", 30)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    langs = set()
    for p in a:
        text = p.read_text(encoding="utf-8")
        body = text.split("---\n", 2)[2]
        assert 1400 <= len(body.encode("utf-8")) <= 3400
        langs.add(text.split("lang: ", 1)[1].split("\n", 1)[0])
    assert langs == {"en", "it", "zh"}
    assert article(5, variant=1)[1] != article(5)[1] and article(5)[0] == article(5, variant=1)[0]


@pytest.mark.parametrize("i", [0, 1, 2])
def test_generated_articles_yield_the_templated_relations(i):
    from kg import extract
    from kg.ingest import read_text

    name, text = article(i)
    art = next(iter(read_text(text, name, ".md")))
    preds = {c.predicate for c in extract.extract(art).claims}
    assert len(preds) >= 4, preds


def test_invisible_scan_covers_every_plane_with_controls_or_formats():
    import sys
    import unicodedata

    from kg.ingest import normalize

    outside = [cp for cp in range(0x40000, sys.maxunicode + 1) if not 0xE0000 <= cp < 0xF0000
               and unicodedata.category(chr(cp)) in ("Cc", "Cf", "Cs")]
    assert outside == []
    assert normalize._invisible_re().sub("", "a\u200bb\u00adc\U000e0041d\x07e\tf") == "abcde\tf"


def test_bench_bulk_store_equals_kg_build(tmp_path):
    """The benchmark's bulk-loaded store holds exactly what `kg build` writes (so timings on it are fair)."""
    from kg.bench.run import bulk_store

    generate(tmp_path / "in", 9)
    info = bulk_store(tmp_path / "in", tmp_path / "bulk", jobs=2)
    assert info["articles"] == 9
    with open_store(tmp_path / "built") as st:
        build([tmp_path / "in"], st)
        want = dump(st)
    with open_store(tmp_path / "bulk") as st:
        assert dump(st) == want
        r = build([tmp_path / "in"], st)
        assert (r.skipped, r.built) == (9, 0)
