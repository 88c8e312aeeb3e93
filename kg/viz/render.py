"""The networkx graph as one self-contained HTML page (vis-network from the pyvis package, inline).

The page loads nothing: vis-network's JS and CSS (shipped inside pyvis), the viewer script and the data
are all inline, and a Content-Security-Policy allows only those scripts (by hash) and no connection,
image or font from anywhere. Data goes in as JSON inside ``<script type="application/json">`` with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped; the viewer puts text into the page with textContent.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import math
import re
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg import ontology
from kg.viz.data import OTHER_CLASS
from kg.viz.layout import LARGE_GRAPH, layout

VIS_VERSION = "vis-9.1.2"

# class -> (fill, border, vis shape). Only shapes whose size follows `size` (degree) are used.
STYLES: dict[str, tuple[str, str, str]] = {
    "Company": ("#4e79a7", "#2c4a6b", "dot"),
    "Foundry": ("#f28e2b", "#a85a12", "diamond"),
    "Organization": ("#76b7b2", "#3f7a75", "dot"),
    "GovernmentBody": ("#e15759", "#962b2d", "triangle"),
    "MediaOutlet": ("#bab0ac", "#7a716d", "square"),
    "Chip": ("#59a14f", "#33692c", "hexagon"),
    "System": ("#edc948", "#a68a12", "star"),
    "SoftwarePlatform": ("#b07aa1", "#704a66", "triangleDown"),
    "Policy": ("#ff9da7", "#c0505d", "square"),
    "Place": ("#9c755f", "#5e4536", "dot"),
    "Country": ("#8c6d31", "#57431c", "dot"),
    "City": ("#c49c94", "#80605a", "dot"),
    OTHER_CLASS: ("#cccccc", "#888888", "dot"),
}


def _pyvis_lib() -> Path:
    import pyvis

    return Path(pyvis.__file__).resolve().parent / "lib" / VIS_VERSION


@functools.lru_cache(maxsize=1)
def assets() -> dict[str, str]:
    """vis-network JS/CSS (from the pyvis package) and the viewer's own JS/CSS."""
    lib = _pyvis_lib()
    static = resources.files("kg.viz") / "static"
    out = {
        "vis_js": (lib / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (lib / "vis-network.css").read_text(encoding="utf-8"),
        "viewer_js": (static / "viewer.js").read_text(encoding="utf-8"),
        "viewer_css": (static / "viewer.css").read_text(encoding="utf-8"),
    }
    for name in ("vis_js", "viewer_js"):
        if re.search(r"</script|<!--", out[name], re.I):
            raise RuntimeError(f"{name} cannot be inlined as is")
    out["vis_css"] = re.sub(r"</style", r"<\\/style", out["vis_css"], flags=re.I)
    for name in ("vis_js", "vis_css"):  # no source-map lookups (devtools would fetch them)
        out[name] = re.sub(r"^\s*(//[#@]|/\*[#@]) sourceMappingURL=.*$", "", out[name], flags=re.M)
    return out


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&', U+2028, U+2029 left raw."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def node_size(degree: int) -> float:
    return round(min(60.0, 9.0 + 5.0 * math.sqrt(degree)), 1)


def class_label(cls: str, lang: str) -> str:
    if cls == OTHER_CLASS:
        return {"it": "Altro", "zh": "其他"}.get(lang, "Other")
    label = ontology.term_label(cls, lang)
    return label[:1].upper() + label[1:]


def _evidence(ev: list[dict]) -> list[dict]:
    return [{"q": e["quote"], "a": e["article"], "d": e["date"], "h": e["hedged"], "c": e["confidence"]}
            for e in ev]


def vis_data(G: nx.MultiDiGraph, *, lang: str | None = None, entity_url=None, large_threshold: int = LARGE_GRAPH,
             seed: int = 7) -> dict:
    """The JSON the viewer reads: nodes, edges, classes, predicates, articles and notes."""
    lang = lang or G.graph.get("lang", "en")
    large = G.number_of_nodes() > large_threshold
    pos = layout(G, seed=seed) if large else {}
    deg = dict(G.degree())
    nodes = []
    class_count: dict[str, int] = {}
    for iri in sorted(G.nodes, key=str):
        d = G.nodes[iri]
        cls = d.get("cls") or OTHER_CLASS
        if cls not in STYLES:
            cls = OTHER_CLASS
        class_count[cls] = class_count.get(cls, 0) + 1
        n = {"id": str(iri), "label": d.get("label") or str(iri), "cls": cls, "size": node_size(deg[iri]),
             "prov": bool(d.get("provisional")), "labels": d.get("labels") or {}, "alt": d.get("alt_labels") or {},
             "wd": d.get("wikidata"),
             "attrs": [{"p": a["predicate"], "label": a["label"], "value": a["value"], "ev": _evidence(a["evidence"])}
                       for a in d.get("attributes", [])]}
        if entity_url is not None:
            n["url"] = entity_url(str(iri))
        if large:
            n["x"], n["y"] = pos[iri]
        nodes.append(n)
    edges = []
    pred_count: dict[str, list] = {}
    for i, (u, v, k, d) in enumerate(sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[2]),
                                                                                           str(e[1])))):
        p = d.get("predicate") or str(k)
        label = d.get("label") or p
        pred_count.setdefault(p, [label, 0])[1] += 1
        edges.append({"id": f"e{i}", "from": str(u), "to": str(v), "p": p, "label": label,
                      "hedged": bool(d.get("hedged")), "ev": _evidence(d.get("evidence", [])),
                      "more": int(d.get("more_evidence", 0))})
    classes = [{"name": c, "label": class_label(c, lang), "color": STYLES[c][0], "border": STYLES[c][1],
                "shape": STYLES[c][2], "count": class_count[c]} for c in STYLES if c in class_count]
    predicates = [{"name": p, "label": lc[0], "count": lc[1]} for p, lc in sorted(pred_count.items())]
    return {
        "meta": {"lang": lang, "large": large,
                 "notes": list(G.graph.get("notes", [])) + ([
                     f"large graph ({len(nodes)} nodes): layout computed in Python, physics off, arrows off, "
                     "edges hidden while panning or zooming"] if large else []),
                 "focus": [str(f) for f in G.graph.get("focus", [])], "cut": G.graph.get("cut"),
                 "nodes": len(nodes), "edges": len(edges)},
        "classes": classes, "predicates": predicates, "nodes": nodes, "edges": edges,
        "articles": dict(G.graph.get("articles", {})),
    }


PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg viz">
<title>{title}</title>
<style>{vis_css}</style>
<style>{viewer_css}</style>
</head>
<body>
<header id="kg-bar">
<span class="kg-title">{title}</span>
<input id="kg-search" type="search" list="kg-names" placeholder="Find an entity…" autocomplete="off" aria-label="Find an entity">
<datalist id="kg-names"></datalist>
<button id="kg-find" type="button">Find</button>
<span id="kg-search-msg"></span>
{extra_links}<span id="kg-count"></span>
</header>
<div id="kg-notice" role="status" hidden></div>
<div id="kg-main">
<div id="kg-graph"></div>
<aside id="kg-panel" hidden><button id="kg-close" type="button" aria-label="Close">×</button><div id="kg-panel-body"></div></aside>
<aside id="kg-legend">
<h2>Legend</h2>
<h3>Classes</h3>
<div id="kg-classes"></div>
<h3>Predicates</h3>
<div id="kg-preds"></div>
<h3>Marks</h3>
<div class="kg-key"><span class="kg-key-line"></span>asserted fact</div>
<div class="kg-key"><span class="kg-key-line kg-dashed"></span>hedged fact (reported, uncertain)</div>
<div class="kg-key"><span class="kg-key-node kg-dashed"></span>provisional entity (discovered in an article): dark, dashed border</div>
<div class="kg-key"><span class="kg-key-node"></span>size = number of connections</div>
</aside>
</div>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis_js}</script>
<script>{viewer_js}</script>
</body>
</html>
"""


def render_html(G: nx.MultiDiGraph, *, title: str = "kg — China AI-chip knowledge graph", lang: str | None = None,
                entity_url=None, links: list[tuple[str, str]] | None = None,
                large_threshold: int = LARGE_GRAPH, seed: int = 7) -> str:
    """The page for G. ``entity_url(iri)`` (server only) gives a local link per node; ``links`` adds
    (text, local path) links to the header."""
    a = assets()
    data = vis_data(G, lang=lang, entity_url=entity_url, large_threshold=large_threshold, seed=seed)
    csp = ("default-src 'none'; script-src " + _csp_hash(a["vis_js"]) + " " + _csp_hash(a["viewer_js"])
           + "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "form-action 'none'; base-uri 'none'")
    extra = "".join(f'<a class="kg-link" href="{html.escape(href)}" style="color:#cfe3ff">{html.escape(text)}</a> '
                    for text, href in (links or []) if href.startswith("/"))
    return PAGE.format(lang=html.escape(data["meta"]["lang"]), csp=csp, title=html.escape(title),
                       vis_css=a["vis_css"], viewer_css=a["viewer_css"], vis_js=a["vis_js"],
                       viewer_js=a["viewer_js"], data=json_for_script(data), extra_links=extra)


def write_html(G: nx.MultiDiGraph, path: str | Path, **kwargs: Any) -> Path:
    """Render G and write it to ``path`` as UTF-8, atomically (temp file + os.replace)."""
    from kg.export import write_atomic

    write_atomic(path, render_html(G, **kwargs).encode("utf-8"))
    return Path(path)
