"""`kg`: the command line. Each command is a thin shell over the library; errors become one line."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from graph.errors import KGError
from graph.settings import Settings

app = typer.Typer(help="A knowledge graph of who claims what in conflict news.", no_args_is_help=True)
db_app = typer.Typer(help="The embedded graph server (ArcadeDB speaking Bolt).", no_args_is_help=True)
app.add_typer(db_app, name="db")
console = Console(stderr=True)


def fails_cleanly(command: Callable) -> Callable:
    """Turn our own errors into one red line and exit status 1, never a traceback."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KGError as exc:
            console.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None

    return wrapper


def _server():
    from graph.server import EmbeddedServer

    settings = Settings()
    if not settings.embedded:
        raise KGError(f"KG_BOLT_URI is set ({settings.uri}): `kg db` manages only the embedded server")
    return EmbeddedServer(settings)


def _init_schema(settings: Settings) -> None:
    from graph.db import open_driver
    from graph.schema import apply_schema

    with open_driver(settings) as driver:
        report = apply_schema(driver, settings.database, settings.cypher_dir / "schema")
    console.print(f"schema: {len(report.applied)} statements applied", highlight=False)
    for stem, why in report.unsupported.items():
        console.print(f"schema: {stem} not supported by this server ({why}); falling back", highlight=False)


@db_app.command("start")
@fails_cleanly
def db_start() -> None:
    """Start the embedded server (idempotent), wait until Bolt answers, apply the schema."""
    server = _server()
    status, started = server.start()
    word = "started" if started else "already running"
    console.print(f"graph server {word}: {status.bolt_uri} (pid {status.pid}, database {status.database})")
    _init_schema(server.settings)


@db_app.command("stop")
@fails_cleanly
def db_stop() -> None:
    """Stop the embedded server cleanly."""
    console.print("graph server stopped" if _server().stop() else "graph server was not running")


@db_app.command("status")
@fails_cleanly
def db_status(as_json: Annotated[bool, typer.Option("--json", help="machine-readable")] = False) -> None:
    """Where the server listens, whether it is healthy, and how to connect."""
    status = _server().status()
    if as_json:
        print(json.dumps(status.as_dict(), indent=2))
    else:
        table = Table(show_header=False, box=None)
        for key, value in status.as_dict().items():
            table.add_row(key, str(value))
        Console().print(table)
    if not status.healthy:
        raise typer.Exit(3)


@db_app.command("reset")
@fails_cleanly
def db_reset(yes: Annotated[bool, typer.Option("--yes", help="do not ask")] = False) -> None:
    """Delete every node, edge and index of the embedded database."""
    if not yes and not typer.confirm("Delete the whole graph?"):
        raise typer.Exit(1)
    server = _server()
    server.reset()
    if server.pid() is not None:
        _init_schema(server.settings)
    console.print("graph database reset")


@db_app.command("init")
@fails_cleanly
def db_init() -> None:
    """Apply the schema (constraints and indexes) to the configured database; safe to repeat."""
    _init_schema(Settings())


@app.command("ingest")
@fails_cleanly
def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="files, directories, or - for standard input")],
    outlet: Annotated[str | None, typer.Option(help="outlet of plain-text articles")] = None,
    published: Annotated[str | None, typer.Option(help="publication date (YYYY-MM-DD) of plain-text articles")] = None,
    url: Annotated[str | None, typer.Option(help="url of a single plain-text article")] = None,
    force: Annotated[bool, typer.Option(help="rewrite articles whose text has not changed")] = False,
) -> None:
    """Turn news articles into people, groups, places, strikes and claims in the graph."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from graph.db import Graph, open_driver
    from graph.queries import QueryLibrary
    from ingest.extract import Extractor
    from ingest.pipeline import ingest
    from ingest.read import expand, parse_date, read_paths
    from ingest.write import ArticleWriter

    settings = Settings()
    meta = {"outlet": outlet, "url": url, "published": parse_date(published)}
    total = sum(1 for _ in expand(paths)) if "-" not in paths else None
    with open_driver(settings) as driver, Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(), console=console,
    ) as progress:  # fmt: skip
        task = progress.add_task("ingest", total=total, counts="")
        extractor = Extractor(settings.spacy_model)
        writer = ArticleWriter(Graph(driver, settings.database), QueryLibrary(settings.cypher_dir))
        tally = {"claims": 0, "strikes": 0, "failed": 0}

        def advance(outcome) -> None:
            tally["claims"] += outcome.claims
            tally["strikes"] += outcome.strikes
            tally["failed"] += outcome.status == "failed"
            if outcome.error:
                progress.console.print(f"[red]error:[/red] {outcome.source}: {outcome.error}", highlight=False)
            counts = f"{tally['claims']} claims, {tally['strikes']} strikes, {tally['failed']} failed"
            progress.update(task, advance=1, counts=counts)

        report = ingest(read_paths(paths, **meta), extractor, writer, force=force, on_outcome=advance)
    table = Table(title="ingest summary")
    for column in ("status", "articles", "claims", "strikes", "entities"):
        table.add_column(column, justify="right" if column != "status" else "left")
    for status in ("written", "unchanged", "failed"):
        rows = [o for o in report.outcomes if o.status == status]
        table.add_row(status, str(len(rows)), *(str(sum(getattr(o, k) for o in rows)) for k in ("claims", "strikes", "entities")))
    console.print(table)
    if report.failed:
        raise typer.Exit(1)


@app.command("serve")
@fails_cleanly
def serve(
    host: Annotated[str | None, typer.Option(help="bind address (default KG_API_HOST, 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="port (default KG_API_PORT, 8000)")] = None,
) -> None:
    """Serve the REST API, its OpenAPI docs at /docs and the network explorer at /."""
    import uvicorn

    from api.app import create_app

    settings = Settings()
    uvicorn.run(create_app(settings), host=host or settings.api_host, port=port or settings.api_port)


@app.command("query")
@fails_cleanly
def query(
    name: Annotated[str, typer.Argument(help="a query file in cypher/, without .cypher")],
    params: Annotated[list[str] | None, typer.Argument(help="KEY=JSON pairs, e.g. limit=5")] = None,
) -> None:
    """Run a named query from cypher/ and print its rows as JSON lines."""
    from graph.db import Graph, open_driver
    from graph.queries import QueryLibrary

    settings = Settings()
    text = QueryLibrary(settings.cypher_dir)[name]
    values = {}
    for pair in params or []:
        key, _, raw = pair.partition("=")
        try:
            values[key] = json.loads(raw)
        except json.JSONDecodeError:
            values[key] = raw
    with open_driver(settings) as driver:
        for row in Graph(driver, settings.database).read(text, **values):
            print(json.dumps(row, default=str))


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
