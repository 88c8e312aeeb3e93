"""kg.viz without a browser: data extraction, filters, cut, layout, offline HTML, escaping, CLI."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.store import open_store
from kg.viz import VizOptions, cut_to_max_nodes, graph_from_store, layout, render_html, vis_data, write_html
from kg.viz.render import json_for_script
from vizkit import PAYLOADS, payload_graph, payload_store, seed_store, synthetic_graph  # noqa: F401 (fixtures)

ID = "https://w3id.org/cnaichips/id/"


def label_set(G):
    return {d["label"] for _, d in G.nodes(data=True)}


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def seed_graph(seed_store):
    with open_store(seed_store, read_only=True) as st:
        return graph_from_store(st, VizOptions())


# ---- data --------------------------------------------------------------------------------------
def test_seed_graph_has_expected_entities_and_evidence(seed_graph):
    G = seed_graph
    assert {"Alibaba", "Nvidia H20", "TSMC", "MetaX", "Huawei"} <= label_set(G)
    assert G.nodes[ID + "alibaba"]["cls"] == "Company"
    assert G.nodes[ID + "alibaba"]["wikidata"].startswith("http://www.wikidata.org/entity/Q")
    assert G.nodes[ID + "nvidia-h20"]["cls"] == "Chip"
    assert any(d["provisional"] for _, d in G.nodes(data=True))
    assert not any(iri.startswith("https://w3id.org/cnaichips/article/") for iri in G)
    # every edge from an article carries the quote and its article, with title/date metadata in the graph
    with_ev = [d for _, _, d in G.edges(data=True) if d["evidence"]]
    assert with_ev
    for d in with_ev:
        for e in d["evidence"]:
            assert e["quote"] and e["article"] in G.graph["articles"]
    assert any(d["hedged"] for _, _, d in G.edges(data=True))
    assert any(not d["hedged"] for _, _, d in G.edges(data=True))
    # labels of edges are ontology labels in the chosen language
    assert {d["label"] for _, _, d in G.edges(data=True)} >= {"develops"}


def test_filters(seed_store):
    with open_store(seed_store, read_only=True) as st:
        focus = graph_from_store(st, VizOptions(focus="Huawei", depth=1))
        assert ID + "huawei" in focus and focus.graph["focus"] == [ID + "huawei"]
        und = nx.Graph(focus.to_undirected())
        assert all(nx.shortest_path_length(und, ID + "huawei", n) <= 1 for n in focus)
        assert any("focus on Huawei" in n for n in focus.graph["notes"])
        # by IRI name and by Chinese label
        assert graph_from_store(st, VizOptions(focus="kgid:huawei", depth=0)).number_of_nodes() == 1
        assert ID + "huawei" in graph_from_store(st, VizOptions(focus="华为", depth=0))

        dev = graph_from_store(st, VizOptions(predicates=("develops",)))
        assert dev.number_of_edges() > 0 and {k for _, _, k in dev.edges(keys=True)} == {"develops"}

        zh = graph_from_store(st, VizOptions(lang="zh"))
        assert "华为" in label_set(zh)
        assert "开发" in {d["label"] for _, _, d in zh.edges(data=True)} or zh.graph["lang"] == "zh"

        late = graph_from_store(st, VizOptions(since="2025-09-01"))
        early = graph_from_store(st, VizOptions(until="2025-07-31"))
        for G, ok in ((late, lambda d: d >= "2025-09-01"), (early, lambda d: d <= "2025-07-31")):
            assert G.number_of_edges() > 0
            for _, _, d in G.edges(data=True):
                assert d["evidence"] and all(ok(e["date"]) for e in d["evidence"])

        with pytest.raises(InputError):
            graph_from_store(st, VizOptions(focus="no such entity at all"))
        with pytest.raises(InputError):
            graph_from_store(st, VizOptions(predicates=("nope",)))
        with pytest.raises(InputError):
            graph_from_store(st, VizOptions(since="yesterday"))


def test_construct_query(seed_store):
    q = "CONSTRUCT { ?s kgo:develops ?o } WHERE { ?s kgo:develops ?o }"
    with open_store(seed_store, read_only=True) as st:
        G = graph_from_store(st, VizOptions(query=q))
    assert G.number_of_edges() > 0
    assert {k for _, _, k in G.edges(keys=True)} == {"develops"}
    assert any(d["evidence"] for _, _, d in G.edges(data=True))


# ---- max nodes ---------------------------------------------------------------------------------
def test_max_nodes_keeps_highest_degree_and_says_what_was_cut():
    G = synthetic_graph(200)
    deg = dict(G.degree())
    H = cut_to_max_nodes(G, 20)
    assert H.number_of_nodes() == 20
    kept_min = min(deg[v] for v in H)
    assert all(deg[v] <= kept_min for v in G if v not in H)
    cut = H.graph["cut"]
    assert cut["nodes_cut"] == 180 and cut["edges_cut"] == G.number_of_edges() - H.number_of_edges()
    assert "cut 180 nodes" in cut["message"] and cut["message"] in H.graph["notes"]
    assert cut_to_max_nodes(G, 500) is G
    page = render_html(H)
    assert "cut 180 nodes" in page_data(page)["meta"]["notes"][-1]


def test_cli_viz_max_nodes(seed_store, tmp_path):
    out = tmp_path / "g.html"
    r = CliRunner().invoke(main, ["viz", "--store", seed_store, "-o", str(out), "--max-nodes", "5"])
    assert r.exit_code == 0, r.output
    assert "highest-degree nodes" in r.output and "cut" in r.output
    data = page_data(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 5 and data["meta"]["cut"]["nodes_cut"] > 0


def test_cli_viz_options_and_errors(seed_store, tmp_path):
    out = tmp_path / "g.html"
    q = tmp_path / "q.rq"
    q.write_text("CONSTRUCT { ?s kgo:develops ?o } WHERE { ?s kgo:develops ?o }", encoding="utf-8")
    r = CliRunner().invoke(main, ["viz", "--store", seed_store, "-o", str(out), "--focus", "Huawei", "--depth", "2",
                                  "--lang", "it", "--predicates", "develops,hasComponent", "--since", "2025-01-01",
                                  "--until", "2025-12-31"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["viz", "--store", seed_store, "-o", str(out), "--query", str(q)])
    assert r.exit_code == 0, r.output
    assert {e["p"] for e in page_data(out.read_text(encoding="utf-8"))["edges"]} == {"develops"}
    r = CliRunner().invoke(main, ["viz", "--store", seed_store, "-o", str(out), "--focus", "zzz-unknown"])
    assert r.exit_code == 2 and "zzz-unknown" in r.output
    r = CliRunner().invoke(main, ["viz", "--store", str(tmp_path / "nostore"), "-o", str(out)])
    assert r.exit_code == 2


# ---- layout ------------------------------------------------------------------------------------
def test_layout_is_deterministic():
    G = synthetic_graph(600)
    a, b = layout(G, seed=3), layout(G, seed=3)
    assert a == b and len(a) == 600
    assert layout(G, seed=4) != a
    # same graph built in another insertion order -> same coordinates
    H = nx.MultiDiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert layout(H, seed=3) == a
    xs = [p[0] for p in a.values()]
    assert max(xs) - min(xs) > 500  # spread out, not collapsed


def test_large_graph_gets_static_layout_small_graph_physics():
    big = vis_data(synthetic_graph(400))
    assert big["meta"]["large"] is True
    assert all("x" in n and "y" in n for n in big["nodes"])
    small = vis_data(synthetic_graph(50))
    assert small["meta"]["large"] is False and all("x" not in n for n in small["nodes"])
    assert render_html(synthetic_graph(400)) == render_html(synthetic_graph(400))  # deterministic page


# ---- offline page --------------------------------------------------------------------------------
class _Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def test_page_has_no_remote_resource(seed_graph):
    page = render_html(seed_graph)
    p = _Resources()
    p.feed(page)
    tags = [t for t, _ in p.tags]
    assert "link" not in tags and "iframe" not in tags and "img" not in tags
    for tag, attrs in p.tags:
        for name in ("src", "href", "data", "action", "poster", "srcset"):
            assert name not in attrs or not re.match(r"\s*(https?:)?//", attrs[name] or ""), (tag, attrs)
        if tag == "script":
            assert "src" not in attrs
    css = "\n".join(p.styles)
    assert "@import" not in css and not re.search(r"url\(\s*['\"]?(https?:)?//", css)
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    csp = next(a for t, a in p.tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in csp["content"] and "connect-src 'none'" in csp["content"]
    assert "'unsafe-inline'" not in csp["content"].split("script-src")[1].split(";")[0]
    assert "sourceMappingURL" not in page
    # the data is all there
    data = page_data(page)
    assert {"Alibaba", "Nvidia H20", "TSMC", "MetaX", "Huawei"} <= {n["label"] for n in data["nodes"]}
    assert data["classes"] and data["predicates"]


def test_write_html_is_atomic_utf8(seed_graph, tmp_path):
    out = tmp_path / "sub" / "graph.html"
    write_html(seed_graph, out, lang="zh")
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in text
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]  # no temp file left behind


# ---- escaping ----------------------------------------------------------------------------------
def test_json_for_script_escapes_everything_dangerous():
    s = json_for_script({"a": "</script><!--<b>&\u2028\u2029"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s and "\u2029" not in s
    assert json.loads(s) == {"a": "</script><!--<b>&\u2028\u2029"}


def test_payloads_never_reach_the_page_raw():
    page = render_html(payload_graph(), title=f"title {PAYLOADS[0]}")
    for payload in PAYLOADS:
        assert payload not in page
    assert "window.__kgPwned" in page  # present, but only inside escaped JSON / escaped title
    parsed = _Resources()
    parsed.feed(page)
    assert [t for t, _ in parsed.tags].count("script") == 3  # data block, vis-network, viewer: nothing else
    assert "title &lt;script&gt;" in page
    data = page_data(page)
    labels = {n["label"] for n in data["nodes"]}
    assert any(PAYLOADS[0] in lab for lab in labels)  # decoded back to the literal text
    assert data["nodes"][0]["labels"]["zh"] == "甲\u2028乙"


def test_payload_store_page(payload_store):
    with open_store(payload_store, read_only=True) as st:
        G = graph_from_store(st, VizOptions())
    quotes = [e["quote"] for _, _, d in G.edges(data=True) for e in d["evidence"]]
    assert any(PAYLOADS[0] in q and PAYLOADS[1] in q for q in quotes)
    page = render_html(G)
    for payload in PAYLOADS:
        assert payload not in page


# ---- notebook ----------------------------------------------------------------------------------
def test_show_returns_iframe_srcdoc(seed_graph):
    pytest.importorskip("IPython")
    from kg.viz import show

    obj = show(payload_graph(), height=400)
    html_text = obj.data
    assert html_text.startswith("<iframe srcdoc=\"") and 'height:400px' in html_text
    assert "<script" not in html_text  # all of the page is escaped inside the attribute
    assert "&lt;script" in html_text


def test_viz_module_import_cost_is_lazy():
    # kg.cli must not import networkx/pyvis for unrelated commands
    import subprocess
    import sys

    code = "import sys, kg.cli; print('pyvis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ})
    assert out.stdout.strip() == "False"
