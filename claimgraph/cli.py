"""`kg`: the command line. Each command is a thin shell over the library; errors become one line."""

from __future__ import annotations

import json
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
bench_app = typer.Typer(help="Benchmarks that print figures (see BENCHMARKS.md).", no_args_is_help=True)
app.add_typer(bench_app, name="bench")
console = Console(stderr=True)
SKIPPED_NAMED = 10  # files of a kind not read that the ingest summary names


def fails_cleanly(command: Callable) -> Callable:
    """Turn our own errors into one red line and exit status 1, never a traceback."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KGError as exc:
            console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
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
    published: Annotated[str | None, typer.Option(help="publication date (YYYY-MM-DD) of text files")] = None,
    url: Annotated[str | None, typer.Option(help="url of a single plain-text article")] = None,
    force: Annotated[bool, typer.Option(help="rewrite articles whose text has not changed")] = False,
    verbose: Annotated[bool, typer.Option(help="print the traceback of an unexpected failure")] = False,
) -> None:
    """Turn news articles into people, groups, places, strikes and claims in the graph.

    Each article is written in one transaction, so it is in the graph whole or not at all. Exit
    status: 0 all written, 1 some articles failed (each named on its own line, the rest written),
    3 the database went away mid-run, 130 interrupted; running the same command again resumes.
    """
    import logging

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from graph.db import Graph, open_driver
    from graph.errors import DatabaseUnavailable
    from ingest.pipeline import FileOutcome
    from ingest.read import expand, parse_date, read_paths
    from ingest.run import prepare_ingest

    settings = Settings()
    published_on = parse_date(published)
    if published and published_on is None:
        raise KGError(f"--published {published!r} is not a date with a year, such as 2017-09-08")
    meta = {"outlet": outlet, "url": url, "published": published_on}
    files = [] if "-" in paths else list(expand(paths))
    # A JSON Lines file holds an unknown number of articles; then the bar counts without a total.
    total = None if not files or any(getattr(f, "suffix", "") == ".jsonl" for f in files) else len(files)
    # Write conflicts are retried and failures reported per article; the driver's log lines would repeat them.
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)
    outcomes: list[FileOutcome] = []
    skipped: list[Path] = []
    stopped, status = None, 0
    with open_driver(settings) as driver, Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(), console=console,
    ) as progress:  # fmt: skip
        graph = Graph(driver, settings.database)
        task = progress.add_task("ingest", total=total, counts="")

        def advance(outcome: FileOutcome) -> None:
            outcomes.append(outcome)
            if outcome.error:
                line = f"[red]error:[/red] {outcome.source}: {outcome.error}"
                progress.console.print(line, highlight=False, soft_wrap=True)
                if verbose and outcome.trace:
                    progress.console.print(outcome.trace, highlight=False, soft_wrap=True, markup=False)
            claims, strikes = sum(o.claims for o in outcomes), sum(o.strikes for o in outcomes)
            failed = sum(o.status == "failed" for o in outcomes)
            progress.update(task, advance=1, counts=f"{claims} claims, {strikes} strikes, {failed} failed")

        def warn(message: str) -> None:
            progress.console.print(f"[yellow]warning:[/yellow] {message}", highlight=False, soft_wrap=True)

        try:
            run = prepare_ingest(graph, settings)
            run(read_paths(paths, warn=warn, on_skip=skipped.append, **meta), force=force, on_outcome=advance)
        except DatabaseUnavailable as exc:
            stopped, status = str(exc), 3
        except KeyboardInterrupt:
            stopped, status = "interrupted", 130
    if outcomes:
        _ingest_summary(outcomes)
    if skipped:
        names = ", ".join(str(p) for p in skipped[:SKIPPED_NAMED])
        more = f" and {len(skipped) - SKIPPED_NAMED} more" if len(skipped) > SKIPPED_NAMED else ""
        line = f"skipped {len(skipped)} files of a kind not read: {names}{more}"
        console.print(line, highlight=False, soft_wrap=True)
    if stopped:
        written = sum(o.status == "written" for o in outcomes)
        line = (
            f"[red]error:[/red] {stopped}. Stopped with {written} articles written, each complete; run the "
            "same command again to finish (articles already written are skipped)."
        )
        console.print(line, highlight=False, soft_wrap=True)
        raise typer.Exit(status)
    if any(o.status == "failed" for o in outcomes):
        raise typer.Exit(1)


def _ingest_summary(outcomes: list) -> None:
    table = Table(title="ingest summary")
    counted = ("claims", "strikes", "entities")
    table.add_column("status")
    for column in ("articles", *counted):
        table.add_column(column, justify="right")
    for status in ("written", "unchanged", "failed"):
        rows = [o for o in outcomes if o.status == status]
        table.add_row(status, str(len(rows)), *(str(sum(getattr(o, k) for o in rows)) for k in counted))
    console.print(table)


KEEP_ALIVE_SECONDS = 75  # as nginx


@app.command("serve")
@fails_cleanly
def serve(
    host: Annotated[str | None, typer.Option(help="bind address (default KG_API_HOST, 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="port (default KG_API_PORT, 8000)")] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, max=64, help="worker processes (default KG_API_WORKERS, 2)")
    ] = None,
) -> None:
    """Serve the REST API, its OpenAPI docs at /docs and the network explorer at /."""
    import uvicorn

    settings = Settings()
    # Each worker process builds its own app (driver, cache, search index) from the same KG_ settings.
    # Idle connections are kept longer than clients keep theirs (httpx and many others: 5 s, uvicorn's
    # default too): a client reusing a connection just as the server closes it gets no answer.
    uvicorn.run(
        "api.app:create_app", factory=True, host=host or settings.api_host, port=port or settings.api_port,
        workers=workers or settings.api_workers, timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )  # fmt: skip


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
        for row in Graph(driver, settings.database).export(text, **values):
            print(json.dumps(row, default=str))


@app.command("favorites")
@fails_cleanly
def favorites(
    out: Annotated[Path, typer.Option(help="the .zip to write")] = Path("claimgraph-favorites.zip"),
) -> None:
    """Pack the curated queries of cypher/ as Neo4j Browser favorites (drop the .zip on the Browser)."""
    from claimgraph.favorites import STYLE_FILE, write_favorites
    from graph.queries import QueryLibrary

    settings = Settings()
    names = write_favorites(QueryLibrary(settings.cypher_dir), out)
    console.print(f"{len(names)} favorites written to {out}", highlight=False)
    console.print(f"style: drop {settings.cypher_dir / STYLE_FILE} on Neo4j Browser too", highlight=False)


@bench_app.command("ingest")
@fails_cleanly
def bench_ingest(
    articles: Annotated[int, typer.Option(help="synthetic articles per run (600: a minute of spaCy)")] = 600,
    workers: Annotated[str, typer.Option(help="worker process counts to compare, e.g. 1,2")] = "1,2",
    seed: Annotated[int, typer.Option(help="seed of the synthetic articles")] = 7,
) -> None:
    """Ingest throughput against raw spaCy on the same texts, by worker count, and peak memory vs size."""
    from claimgraph.bench import ingest as bench

    try:
        counts = sorted({int(w) for w in workers.split(",")})
    except ValueError:
        raise KGError(f"--workers must be comma-separated counts, not {workers!r}") from None
    if not counts or min(counts) < 1:
        raise KGError("--workers counts must be at least 1")
    bench.run(articles, counts, seed, console, Console())


@bench_app.command("api")
@fails_cleanly
def bench_api(
    articles: Annotated[int, typer.Option(help="synthetic articles in the graph")] = 10_000,
    clients: Annotated[int, typer.Option(help="concurrent clients", min=1)] = 50,
    seconds: Annotated[float, typer.Option(help="measured seconds of load", min=1)] = 30,
    warmup: Annotated[float, typer.Option(help="unmeasured seconds of load first", min=0)] = 5,
    think: Annotated[float, typer.Option(help="mean pause between a client's requests, seconds", min=0)] = 0,
    seed: Annotated[int, typer.Option(help="seed of the synthetic graph")] = 7,
    data_dir: Annotated[Path | None, typer.Option(help="keep the built graph here and reuse it")] = None,
    workers: Annotated[int, typer.Option(help="API worker processes, as kg serve", min=1, max=64)] = 2,
    cache: Annotated[bool, typer.Option(help="the API's response cache (KG_CACHE_ENTRIES)")] = True,
) -> None:
    """REST API latency (p50/p95/p99, errors) per endpoint under concurrent clients on a generated graph."""
    from claimgraph.bench import api as bench

    bench.run(
        articles, clients, seconds, warmup, think, seed, data_dir, console, Console(),
        workers=workers, cache=cache,
    )  # fmt: skip
