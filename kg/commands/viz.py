"""`kg viz`: write the graph as one self-contained interactive HTML page (works offline from file://)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import handle_errors, store_option


def _split(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(p.strip().removeprefix("kgo:") for p in value.split(",") if p.strip())


@click.command(name="viz")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write")
@store_option
@click.option("--focus", metavar="LABEL", help="only this entity (label, kgid:name or IRI) and its neighbourhood")
@click.option("--depth", type=click.IntRange(0), default=1, show_default=True, help="neighbourhood radius for --focus")
@click.option("--predicates", metavar="P1,P2", help="only these properties (ontology local names, e.g. develops,uses)")
@click.option("--since", metavar="DATE", help="only facts supported by articles dated on or after DATE")
@click.option("--until", metavar="DATE", help="only facts supported by articles dated on or before DATE")
@click.option("--lang", type=click.Choice(["en", "it", "zh"]), default="en", show_default=True,
              help="language of node and edge labels")
@click.option("--query", "query_file", type=click.File("r", encoding="utf-8"), metavar="CONSTRUCT_FILE",
              help="draw the IRI-to-IRI triples of this CONSTRUCT query instead of every fact")
@click.option("--max-nodes", type=click.IntRange(1), default=None,
              help="keep only the N highest-degree nodes (the page says what was cut)")
@click.option("--title", default="kg — China AI-chip knowledge graph", show_default=False, help="page title")
@click.option("--open", "open_browser", is_flag=True, help="open the page in a web browser")
@handle_errors
def viz(output, store, focus, depth, predicates, since, until, lang, query_file, max_nodes, title, open_browser):
    """Write an interactive graph page (vis-network, inline; no network access needed)."""
    from kg.store import default_store, open_store
    from kg.viz import VizOptions, graph_from_store, write_html
    from kg.viz.layout import LARGE_GRAPH

    opts = VizOptions(focus=focus, depth=depth, predicates=_split(predicates), since=since, until=until, lang=lang,
                      query=query_file.read() if query_file is not None else None, max_nodes=max_nodes)
    with open_store(store or default_store(), read_only=True) as st:
        G = graph_from_store(st, opts)
    write_html(G, output, title=title, lang=lang)
    cut = G.graph.get("cut")
    if cut:
        click.echo(f"kg: {cut['message']}", err=True)
    mode = "static layout" if G.number_of_nodes() > LARGE_GRAPH else "physics layout"
    click.echo(f"wrote {output}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges ({mode})")
    if G.number_of_nodes() == 0:
        click.echo("kg: note: nothing to draw (no fact matches the filters)", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(Path(output).resolve().as_uri())
