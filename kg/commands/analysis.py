"""The analyst's commands: `kg validate` and `kg timeline ENTITY`.

    kg validate [--store DIR]
        SHACL (ontology/shapes.ttl) and evidence checks on the union graph plus the ontology.
        Exit 0 when valid (warnings are printed but allowed), 1 with the report when not.
    kg timeline ENTITY [--format table|json|csv] [--store DIR]
        The facts about ENTITY (a label such as "Nvidia H20", or an IRI / prefix:name) in date order, with
        the article that added, confirmed, hedged or contradicted each. Exit 1 when there is none,
        2 when nothing has that name.
"""

from __future__ import annotations

import csv
import io
import json
import sys

import click

from kg.cli import _store_spec, format_option, handle_errors, store_option


@click.command(name="validate")
@store_option
@handle_errors
def validate_cmd(store):
    """Check the graph against the SHACL shapes and the evidence rules (exit 1 if invalid)."""
    from kg.errors import ValidationFailed
    from kg.store import open_store
    from kg.validate import validate_store

    with open_store(_store_spec(store), read_only=True) as st:
        report = validate_store(st)
    text = report.text()
    if not report.conforms:
        click.echo(text, nl=False)
        raise ValidationFailed(text)
    click.echo(text, nl=False)


@click.command(name="timeline")
@click.argument("entity")
@format_option(["table", "json", "csv"], "table")
@store_option
@handle_errors
def timeline_cmd(entity, fmt, store):
    """List, in date order, the facts about ENTITY and the articles that added, hedged or contradicted them."""
    from kg.query import table
    from kg.store import open_store
    from kg.timeline import COLUMNS, timeline

    with open_store(_store_spec(store), read_only=True) as st:
        events = timeline(st, entity)
    if fmt == "json":
        click.echo(json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(COLUMNS)
        w.writerows(e.row() for e in events)
        click.echo(buf.getvalue(), nl=False)
    else:
        click.echo(table(list(COLUMNS), [e.row() for e in events]), nl=False)
    if not events:
        sys.exit(1)
