"""kg.pipeline: incremental, idempotent builds; jobs>1 equals jobs=1."""

from __future__ import annotations

from article_files import write_article

from kg.graph import to_nquads
from kg.pipeline import build, extract_one
from kg.store import open_store


def dump(store) -> str:
    return to_nquads(store.dataset_quads())


def test_build_and_idempotent_rebuild(tmp_path, corpus, fake_extractor):
    with open_store(tmp_path / "s") as st:
        r1 = build([corpus], st, extractors=fake_extractor)
        assert (r1.read, r1.skipped, r1.built, r1.failed) == (3, 0, 3, [])
        assert r1.facts_added == 4  # acme-w1 (shared), widget memory, beta-delta, gamma-sprocket
        assert r1.entities_new == 7
        first = dump(st)
        r2 = build([corpus], st, extractors=fake_extractor)
        assert (r2.read, r2.skipped, r2.built, r2.facts_added, r2.entities_new) == (3, 3, 0, 0, 0)
        assert dump(st) == first
        assert "read 3, skipped 3 unchanged, failed 0; entities new 0; facts added 0" == r2.summary()
    # a fresh store built from the same input is byte-identical
    with open_store(tmp_path / "s2") as st2:
        build([corpus], st2, extractors=fake_extractor)
        assert dump(st2) == first


def test_changed_article_replaced(tmp_path, corpus, fake_extractor):
    with open_store(tmp_path / "s") as st:
        build([corpus], st, extractors=fake_extractor)
        write_article(corpus, "c", "Gamma develops Cog now.")
        r = build([corpus], st, extractors=fake_extractor)
        assert (r.skipped, r.built) == (2, 1)
        q = "ASK { kgd:gamma kgo:develops kgd:%s }"
        assert st.query(q % "cog").boolean and not st.query(q % "sprocket").boolean
        assert len(st.article_index()) == 3


def test_extractor_version_change_reextracts(tmp_path, corpus, fake_extractor, monkeypatch):
    import fake_extractor as fe

    with open_store(tmp_path / "s") as st:
        build([corpus], st, extractors=fake_extractor)
        monkeypatch.setattr(fe.FakeExtractor, "version", "2.0")
        import kg.extract

        kg.extract.get.cache_clear()
        r = build([corpus], st, extractors=fake_extractor)
        assert (r.skipped, r.built) == (0, 3)
        assert {v for _, _, v in st.article_index().values()} == {"fake@2.0"}


def test_jobs_identical(tmp_path, corpus, fake_extractor):
    for i in range(4):
        write_article(corpus, f"x{i}", f"Delta{i} develops Part{i}. NOT Delta{i} develops Other{i}.")
    with open_store(tmp_path / "one") as a:
        ra = build([corpus], a, jobs=1, extractors=fake_extractor)
        one = dump(a)
    with open_store(tmp_path / "two") as b:
        rb = build([corpus], b, jobs=2, extractors=fake_extractor)
        two = dump(b)
    assert one == two
    assert (ra.read, ra.facts_added, ra.entities_new) == (rb.read, rb.facts_added, rb.entities_new)
    assert "kgo:develops" not in one and "ontology#develops" in one  # sanity: facts are there


def test_bad_file_reported_rest_built(tmp_path, corpus, fake_extractor):
    (corpus / "empty.md").write_text("", encoding="utf-8")
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    seen = []
    with open_store(tmp_path / "s") as st:
        r = build([corpus], st, extractors=fake_extractor, progress=lambda d, t: seen.append((d, t)))
        assert r.read == 3 and r.built == 3 and len(r.failed) == 2 and not r.ok
        assert {name.rsplit("/", 1)[-1] for name, _ in r.failed} == {"empty.md", "bin.txt"}
        assert seen[-1] == (3, 3)


def test_prune(tmp_path, corpus, fake_extractor):
    with open_store(tmp_path / "s") as st:
        build([corpus], st, extractors=fake_extractor)
        (corpus / "c.md").unlink()
        r = build([corpus], st, extractors=fake_extractor, prune=True)
        assert r.pruned == ["c"]
        assert set(st.article_index()) == {"a", "b"}
        assert not st.query("ASK { kgd:gamma ?p ?o }").boolean


def test_extractor_error_is_a_failure_not_a_crash(tmp_path, corpus, fake_extractor, monkeypatch):
    import fake_extractor as fe

    orig = fe.FakeExtractor.extract

    def boom(self, article):
        if article.source_key == "b":
            raise ValueError("kaput")
        return orig(self, article)

    monkeypatch.setattr(fe.FakeExtractor, "extract", boom)
    with open_store(tmp_path / "s") as st:
        r = build([corpus], st, extractors=fake_extractor)
        assert r.built == 2 and len(r.failed) == 1 and "kaput" in r.failed[0][1]


def test_extract_one(corpus, fake_extractor):
    res = extract_one(str(corpus / "a.md"), extractors=fake_extractor)
    assert res.article.source_key == "a"
    assert len(res.claims) == 3
