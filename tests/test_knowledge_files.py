"""The tab-separated knowledge files beside the registry (ontology/homes.tsv, makers.tsv, parents.tsv,
foundries.tsv, investors.tsv, listings.tsv): a malformed row is an OntologyError naming the file and line."""

from __future__ import annotations

import shutil

import pytest

from kg import ontology
from kg.errors import OntologyError


@pytest.mark.parametrize("name, rows, loader, line", [
    ("homes.tsv", "TSMC\tAtlantis\t\n", ontology.firm_homes, 1),
    ("makers.tsv", "# header\nNvidia H20\tNobody Inc\n", ontology.product_makers, 2),
    ("parents.tsv", "HiSilicon\n", ontology.unit_parents, 1),
    ("foundries.tsv", "# a\n# b\nKirin 9000S\tSMIC\textra\n", ontology.product_foundries, 3),
    ("investors.tsv", "Tencent\tNo Such Start-up\n", ontology.known_stakes, 1),
    ("listings.tsv", "Huawei\tEntity List\t2019\nSMIC\tEntity List\tlate 2020\n", ontology.known_listings, 2),
    ("listings.tsv", "Huawei\tNo Such List\t2019\n", ontology.known_listings, 1),
])
def test_malformed_rows_are_an_ontology_error(tmp_path, monkeypatch, name, rows, loader, line):
    for f in ("kg.ttl", "shapes.ttl", "registry.ttl"):
        shutil.copy(ontology.ontology_path().parent / f, tmp_path / f)
    (tmp_path / name).write_text(rows, encoding="utf-8")
    monkeypatch.setattr(ontology, "_ONTOLOGY_DIR", tmp_path)
    loader.cache_clear()
    try:
        with pytest.raises(OntologyError, match=rf"{name}:{line}:"):
            loader()
    finally:
        monkeypatch.undo()
        loader.cache_clear()


def test_every_file_loads():
    assert len(ontology.firm_homes()) >= 400
    assert len(ontology.product_makers()) >= 100
    assert len(ontology.unit_parents()) >= 100
    assert len(ontology.product_foundries()) >= 100
    assert len(ontology.known_stakes()) >= 50
    assert len(ontology.known_listings()) >= 30
