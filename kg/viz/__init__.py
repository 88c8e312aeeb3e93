"""Interactive graph pages: store -> networkx graph (kg.viz.data) -> layout (kg.viz.layout) -> HTML (kg.viz.render).

    from kg.viz import graph, write_html, show
    G = graph("out/store", focus="Huawei", depth=2, lang="zh")
    write_html(G, "graph.html")      # one self-contained file, works from file:// offline
    show(G)                           # inline in a notebook
"""

from __future__ import annotations

import html as _html
from pathlib import Path
from typing import Any

import networkx as nx

from kg.viz.data import VizOptions, cut_to_max_nodes, find_entities, graph_from_store
from kg.viz.layout import LARGE_GRAPH, layout
from kg.viz.render import render_html, vis_data, write_html

__all__ = ["VizOptions", "graph", "graph_from_store", "cut_to_max_nodes", "find_entities", "layout",
           "render_html", "vis_data", "write_html", "show", "LARGE_GRAPH"]


def graph(store: Any = None, **options: Any) -> nx.MultiDiGraph:
    """The graph to draw from a store object or a store spec (directory; default $KG_STORE / .kg/store).

    Keyword options are those of :class:`VizOptions` (focus, depth, predicates, since, until, lang,
    query, max_nodes)."""
    if store is None or isinstance(store, (str, Path)):
        from kg.store import default_store, open_store

        with open_store(str(store) if store is not None else default_store(), read_only=True) as st:
            return graph_from_store(st, VizOptions(**options))
    return graph_from_store(store, VizOptions(**options))


def show(source: Any = None, *, height: int = 650, title: str = "kg graph", **options: Any):
    """Render inline in a notebook: an IPython HTML object holding an iframe whose srcdoc is the page.

    ``source`` is a networkx graph made by :func:`graph`, a store, or a store spec."""
    from IPython.display import HTML

    G = source if isinstance(source, nx.Graph) else graph(source, **options)
    page = render_html(G, title=title)
    import warnings

    with warnings.catch_warnings():  # IPython suggests IFrame (a URL); srcdoc keeps everything inline
        warnings.simplefilter("ignore")
        return HTML(f'<iframe srcdoc="{_html.escape(page, quote=True)}" style="width:100%;height:{int(height)}px;'
                    f'border:1px solid #ddd" sandbox="allow-scripts allow-popups" title="{_html.escape(title)}">'
                    "</iframe>")
