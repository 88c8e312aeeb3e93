"""`kg eval GOLD_DIR`: precision, recall and F1 of the graph against annotated articles."""

from __future__ import annotations

import tempfile

import click

from kg.cli import format_option, handle_errors, store_option


@click.command(name="eval")
@click.argument("gold_dir", type=click.Path())  # checked by load_gold_dir: a one-line error, exit 2
@store_option(from_env=False, help="store to build the articles into and keep (default: a temporary store, "
                                   "removed afterwards; $KG_STORE is not read)")
@format_option(["table", "json"], "table")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="also write the report to this file (atomically)")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True, help="extraction processes")
@click.option("--check", is_flag=True,
              help="exit 1 unless precision >= 0.90, recall >= 0.80, no negation violation and no duplicate entity")
@handle_errors
def eval_cmd(gold_dir, store, fmt, output, jobs, check):
    """Build the articles of GOLD_DIR (each with a .gold.tsv beside it) and score the graph.

    Without --store the articles are built into a temporary store, so an analyst's store is untouched.
    """
    from kg.evaluate import evaluate, load_gold_dir
    from kg.export import write_atomic
    from kg.store import open_store

    load_gold_dir(gold_dir)  # a missing directory or a malformed gold file fails before any store is opened

    def run(spec: str):
        with open_store(spec) as st:
            return evaluate(gold_dir, st, jobs=jobs)

    if store:
        report = run(store)
    else:
        with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
            report = run(tmp)
    text = report.to_json() if fmt == "json" else report.to_text()
    click.echo(text)
    if output:
        write_atomic(output, (text + "\n").encode("utf-8"))
    if check:
        o = report.overall
        if o.precision < 0.9 or o.recall < 0.8 or report.negation_violations or report.duplicate_entities:
            raise SystemExit(1)
