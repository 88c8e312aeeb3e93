"""kg command line: a thin layer over kg.pipeline, kg.store, kg.query and kg.export.

    kg build PATH... [--store DIR] [--jobs N] [--prune]
    kg extract FILE [--format turtle|trig|json]
    kg query "SPARQL" | -f FILE | --name NAME [--format table|csv|tsv|json|turtle|ntriples] [--param k=v]...
             [--infer] [--as-of YYYY-MM-DD] [--store DIR];   kg query --list
    kg export --format turtle|trig|nquads|jsonld|graphml|gexf|csv -o FILE [--store DIR]
    kg validate [--store DIR]
    kg timeline ENTITY [--format table|json|csv] [--store DIR]
    kg stats [--store DIR] [--format table|json]
    kg remove SOURCE_KEY_OR_IRI [--store DIR]

--store defaults to $KG_STORE, else ./.kg/store.

Exit codes:
    0  success
    1  nothing to do or nothing found: `kg build` matched no article file, `kg query` returned no rows
       (ASK false, empty CONSTRUCT), `kg timeline` found no fact; `kg validate` found violations
    2  usage or input error: bad option, malformed or unsafe query, unreadable store, locked store,
       and `kg build` when any input file failed (the other files are still built)
"""

from __future__ import annotations

import functools
import json
import sys

import click

from kg.errors import KGError

STORE_HELP = ("store directory, or http(s) URL of a SPARQL server, e.g. http://127.0.0.1:7878 for "
              "`oxigraph serve` (default: $KG_STORE, else ./.kg/store)")


def fail(message: str, code: int = 2) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(code)


def handle_errors(fn):
    """Turn library errors into one line on stderr and their exit code."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as e:
            fail(str(e), e.exit_code)
        except OSError as e:  # e.g. a full disk while writing an output (the previous file is kept)
            where = f"{e.filename}: " if e.filename else ""
            fail(f"{where}{e.strerror or e}", 2)

    return wrapper


def format_option(choices, default):
    """The shared --format option."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="output format")


def store_option(fn=None, *, from_env: bool = True, help: str = STORE_HELP):
    """--store plus the endpoint options of remote stores, folded into one store spec (a URL whose query
    parameters name the endpoints, as kg.store.remote reads them) so commands only see `store`.

    `@store_option(from_env=False)`: $KG_STORE and $KG_*_ENDPOINT are not read (`kg eval` must never write
    into the analyst's store unless --store names it)."""
    if fn is None:
        return functools.partial(store_option, from_env=from_env, help=help)

    @functools.wraps(fn)
    def wrapper(*args, query_endpoint=None, update_endpoint=None, gsp_endpoint=None, **kwargs):
        given = {k: v for k, v in (("query", query_endpoint), ("update", update_endpoint),
                                   ("gsp", gsp_endpoint)) if v}
        if given:
            from urllib.parse import urlencode

            base = kwargs.get("store") or query_endpoint
            if not str(base).startswith(("http://", "https://")):
                raise click.UsageError("--query-endpoint/--update-endpoint/--gsp-endpoint need an http(s) "
                                       "--store URL (or an http(s) --query-endpoint)")
            kwargs["store"] = base + ("&" if "?" in base else "?") + urlencode(given)
        return fn(*args, **kwargs)

    for name, what in (("gsp", "SPARQL 1.1 Graph Store HTTP Protocol"), ("update", "SPARQL 1.1 Update"),
                       ("query", "SPARQL 1.1 Query")):
        wrapper = click.option(f"--{name}-endpoint", f"{name}_endpoint",
                               envvar=f"KG_{name.upper()}_ENDPOINT" if from_env else None,
                               default=None, metavar="URL",
                               help=f"{what} endpoint of a remote store (default for Oxigraph server: "
                                    f"<store URL>/{'store' if name == 'gsp' else name})")(wrapper)
    return click.option("--store", "store", envvar="KG_STORE" if from_env else None, default=None,
                        metavar="DIR|URL", help=help)(wrapper)


def extractor_option(fn):
    return click.option("--extractor", "extractors", multiple=True, metavar="NAME",
                        help="extractor from the kg.extractors entry-point group (repeatable; default: rules)")(fn)


def _store_spec(store: str | None) -> str:
    from kg.store import default_store

    return store or default_store()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg", message="kg %(version)s")
def main() -> None:
    """Knowledge graph of China's AI-chip landscape from news (EN/IT/ZH)."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True, help="extraction processes")
@click.option("--prune", is_flag=True, help="remove articles whose source is no longer among the inputs")
@extractor_option
@click.option("--max-bytes", type=click.IntRange(1), default=10_000_000, show_default=True,
              help="skip files larger than this")
@handle_errors
def build(paths, store, jobs, prune, extractors, max_bytes):
    """Read, extract and load articles (only new or changed ones)."""
    from kg.extract import DEFAULT_EXTRACTORS
    from kg.pipeline import build as run_build
    from kg.store import open_store

    bar = {}

    def progress(done: int, total: int) -> None:
        if total <= 20:
            return
        if "bar" not in bar:
            bar["bar"] = click.progressbar(length=total, label="building", file=sys.stderr)
            bar["bar"].__enter__()
            bar["done"] = 0
        bar["bar"].update(done - bar["done"])
        bar["done"] = done

    with open_store(_store_spec(store)) as st:
        try:
            report = run_build(paths, st, jobs=jobs, prune=prune, progress=progress, max_bytes=max_bytes,
                               extractors=tuple(extractors) or DEFAULT_EXTRACTORS)
        finally:
            if "bar" in bar:
                bar["bar"].__exit__(None, None, None)
    for name, message in report.failed:
        click.echo(f"kg: {name}: {message}", err=True)
    for note in report.notes:
        click.echo(f"kg: {note}", err=True)
    click.echo(report.summary())
    if report.failed:
        sys.exit(2)
    if report.matched == 0:
        fail("nothing to build: no article files found in " + ", ".join(paths), 1)


@main.command()
@click.argument("file", type=click.Path())
@format_option(["turtle", "trig", "json"], "turtle")
@extractor_option
@handle_errors
def extract(file, fmt, extractors):
    """Extract one file and print its graph (no store)."""
    from kg.export import serialize_dataset, serialize_graph
    from kg.extract import DEFAULT_EXTRACTORS
    from kg.graph import article_quads
    from kg.pipeline import extract_one

    result = extract_one(file, extractors=tuple(extractors) or DEFAULT_EXTRACTORS)
    if fmt == "json":
        click.echo(json.dumps(result_to_json(result), ensure_ascii=False, indent=2))
        return
    quads = article_quads(result)
    data = serialize_dataset(quads, "trig") if fmt == "trig" else serialize_graph([q.triple for q in quads],
                                                                                   "turtle")
    click.echo(data.decode("utf-8"), nl=False)


def result_to_json(result) -> dict:
    a = result.article
    return {
        "article": {"iri": a.iri, "source_key": a.source_key, "title": a.title, "date": a.date, "lang": a.lang,
                    "url": a.url, "source": a.source, "content_hash": a.content_hash},
        "entities": [{"iri": e.iri, "class": e.cls, "labels": dict(e.labels),
                      "alt_labels": [list(x) for x in e.alt_labels], "provisional": e.provisional}
                     for _, e in sorted(result.entities.items())],
        "claims": [{"subject": c.subject, "predicate": c.predicate, "object": c.object, "polarity": c.polarity,
                    "modality": c.modality, "start": c.start, "end": c.end, "quote": a.text[c.start:c.end],
                    "confidence": c.confidence, "extractor": c.extractor,
                    "extractor_version": c.extractor_version} for c in result.claims],
        "mentions": sorted(result.mentions),
        "reported_sources": sorted(result.reported_sources),
    }


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file", type=click.File("r", encoding="utf-8"), help="read the query from FILE")
@format_option(["table", "csv", "tsv", "json", "turtle", "ntriples"], "table")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="bind ?NAME to VALUE: <iri>, prefix:name, a quoted literal, or plain text (repeatable)")
@click.option("--timeout", type=float, default=None, help="stop the query after this many seconds")
@click.option("--name", "query_name", metavar="NAME", help="run a named query from the library (see --list)")
@click.option("--list", "list_queries", is_flag=True, help="list the named queries and exit")
@click.option("--infer", is_flag=True, help="also match inferred triples (inverses, symmetry, class hierarchy)")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="answer from evidence published up to this date")
@store_option
@handle_errors
def query(sparql, file, fmt, params, timeout, query_name, list_queries, infer, as_of, store):
    """Run a read-only SPARQL query over the union graph (GRAPH ?g for one article's graph)."""
    from kg.query import format_result
    from kg.store import open_store

    if list_queries:
        from kg.queries import listing
        from kg.query import table

        click.echo(table(["name", "parameters", "question"], listing()), nl=False)
        return
    if query_name is not None and (sparql is not None or file is not None):
        raise click.UsageError("give a query, -f FILE or --name NAME (only one)")
    if query_name is None and (sparql is None) == (file is None):
        raise click.UsageError("give the query as an argument or with -f FILE (not both)")
    text = file.read() if file is not None else sparql
    bound = {}
    for p in params:
        name, eq, value = p.partition("=")
        if not eq or not name:
            raise click.BadParameter(f"{p!r} is not NAME=VALUE", param_hint="--param")
        bound[name.lstrip("?$")] = value
    with open_store(_store_spec(store), read_only=True) as st:
        if query_name is not None or infer or as_of is not None:
            from kg.views import run_query

            result = run_query(st, sparql=text, name=query_name, params=bound, as_of=as_of, infer=infer,
                               timeout_s=timeout)
        else:
            result = st.query(text, params=bound, timeout_s=timeout)
    click.echo(format_result(result, fmt), nl=False)
    if len(result) == 0:
        sys.exit(1)


@main.command(name="export")
@format_option(["turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv"], "turtle")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="file to write")
@store_option
@handle_errors
def export_cmd(fmt, output, store):
    """Write the graph: turtle/jsonld = union graph, trig/nquads = every named graph;
    graphml/gexf = the entity network; csv = OUTPUT's <name>.nodes.csv and <name>.edges.csv."""
    from kg.store import open_store

    with open_store(_store_spec(store), read_only=True) as st:
        if fmt in ("graphml", "gexf", "csv"):
            from kg.export_graph import export_network

            written = export_network(st, fmt, output)
        else:
            st.export(fmt, output)
            written = [output]
    click.echo(f"wrote {', '.join(written)}", err=True)


@main.command()
@store_option
@format_option(["table", "json"], "table")
@handle_errors
def stats(store, fmt):
    """Counts by class, predicate, language and per article."""
    from kg.query import table
    from kg.store import open_store

    with open_store(_store_spec(store), read_only=True) as st:
        s = st.stats()
    if fmt == "json":
        click.echo(json.dumps(s, ensure_ascii=False, indent=2))
        return
    click.echo(f"store {s['store']}: {s['articles']} articles, {s['triples']} triples in the union graph, "
               f"{s['facts']} facts, {s['claims']} claims, {s['provisional_entities']} provisional entities")
    for title, key in (("class", "by_class"), ("predicate", "by_predicate"), ("language", "by_language")):
        click.echo("")
        click.echo(table([title, "count"], [[k, str(v)] for k, v in s[key].items()]), nl=False)
    if s["per_article"]:
        click.echo("")
        click.echo(table(["source key", "facts", "claims"],
                         [[a["source_key"], str(a["facts"]), str(a["claims"])] for a in s["per_article"]]), nl=False)


@main.command()
@click.argument("source_key_or_iri")
@store_option
@handle_errors
def remove(source_key_or_iri, store):
    """Remove one article (by source key, article IRI or kga:xxx) and the facts only it supports."""
    from kg.store import open_store

    with open_store(_store_spec(store)) as st:
        keys = st.remove_article(source_key_or_iri)
    click.echo(f"removed {', '.join(keys)}")


# Commands defined in kg/commands/ (one module per feature) join the group here.
def _register_commands() -> None:
    from kg.commands.eval import eval_cmd

    main.add_command(eval_cmd)
    from kg.commands.analysis import timeline_cmd, validate_cmd

    main.add_command(validate_cmd)
    main.add_command(timeline_cmd)
    from kg.commands.viz import viz

    main.add_command(viz)
    from kg.commands.serve import serve

    main.add_command(serve)


if __name__ == "__main__":  # pragma: no cover - `python -m kg.cli`
    # Run the importable kg.cli: kg/commands/* import it, so registering them from this __main__ copy
    # would import kg.cli a second time halfway through (a circular import).
    from kg.cli import main as _main

    _main()
else:
    _register_commands()
