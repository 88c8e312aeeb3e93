"""`kg serve`: serve the graph page, entity pages and a read-only SPARQL endpoint (loopback by default)."""

from __future__ import annotations

import signal

import click

from kg.cli import handle_errors, store_option


@click.command(name="serve")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="address to bind (loopback by default)")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="port (0: any free port)")
@click.option("--max-rows", type=click.IntRange(1), default=10_000, show_default=True,
              help="cap on result rows / triples per query")
@click.option("--timeout", type=click.FloatRange(0.1), default=10.0, show_default=True,
              help="seconds before a query is stopped (its worker process is killed)")
@click.option("--workers", type=click.IntRange(1, 32), default=2, show_default=True, help="query worker processes")
@click.option("--quiet", is_flag=True, help="do not log requests")
@handle_errors
def serve(store, host, port, max_rows, timeout, workers, quiet):
    """Serve the graph (/), entity pages (/entity/<id>, /id/<slug>) and SPARQL (/sparql), read-only."""
    from kg.serve import is_loopback, make_server
    from kg.store import default_store

    try:
        server = make_server(store or default_store(), host, port, max_rows=max_rows, timeout_s=timeout,
                             workers=workers, quiet=quiet)
    except OSError as e:
        raise click.ClickException(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    if not is_loopback(host):
        click.echo(f"kg: warning: listening on {host}, reachable from other machines (read-only)", err=True)
    click.echo(f"kg serve: {server.url}/  (SPARQL at {server.url}/sparql); Ctrl-C to stop", err=True)

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
