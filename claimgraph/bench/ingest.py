"""`kg bench ingest`: end-to-end ingest throughput against raw spaCy on the same texts, with one or more
worker processes, and peak memory as the number of articles grows tenfold.

Every measurement runs in fresh processes started with `spawn`: each loads its model and opens its
connection, reports ready, and only then does the clock start, so the figures compare steady work,
not start-up. Peak memory is each process's own high-water mark (getrusage), so runs do not mix; the
one-worker run takes it once a tenth of the articles are in and again at the end.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import queue as queue_module
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from claimgraph.bench.common import (
    BenchServer,
    bench_server,
    cpu_seconds,
    machine,
    peak_rss_mb,
    process_cpu_seconds,
    process_peak_rss_mb,
)
from claimgraph.bench.synth import World
from graph.errors import KGError
from graph.settings import Settings

TARGET_RATIO = 0.85
READY_TIMEOUT = 600.0  # model loading on a busy machine


@dataclass
class Run:
    """One measured pass over some articles."""

    name: str
    processes: int
    articles: int
    words: int
    seconds: float
    peak_rss_mb: float  # the largest of the run's Python processes
    cpu_seconds: float  # used by the run's Python processes while measured
    server_cpu_seconds: float | None = None
    server_peak_rss_mb: float | None = None
    tenth_rss_mb: float | None = None  # peak of the first worker once a tenth of its articles were in
    tenth_server_rss_mb: float | None = None
    extract_seconds: float | None = None  # summed over worker processes
    write_seconds: float | None = None
    retries: int | None = None  # transactions the driver retried after a conflict
    failed: int = 0

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


# ---------------------------------------------------------------------- worker processes


def _spacy_worker(model: str, texts: list[str], results, go) -> None:
    try:
        import spacy

        nlp = spacy.load(model)
        results.put(("ready", None))
        go.wait()
        start, cpu = time.perf_counter(), cpu_seconds()
        for _ in nlp.pipe(texts):
            pass
        seconds = time.perf_counter() - start
        results.put(("done", {"seconds": seconds, "cpu": cpu_seconds() - cpu, "peak_rss_mb": peak_rss_mb()}))
    except BaseException:
        results.put(("error", traceback.format_exc()))


def _timed(function: Callable, clock: dict[str, float], key: str) -> Callable:
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            clock[key] += time.perf_counter() - start

    return timed


class _RetryCounter(logging.Handler):
    """Counts the driver's "will be retried" warnings (write conflicts) instead of printing each."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += "retried" in record.getMessage()


def _memory_mb(server_pid: int | None) -> dict[str, float | None]:
    return {"rss": peak_rss_mb(), "server": process_peak_rss_mb(server_pid) if server_pid else None}


def _ingest_worker(
    settings: Settings, paths: list[str], force: bool, server_pid: int | None, results, go
) -> None:
    retries = _RetryCounter()
    driver_log = logging.getLogger("neo4j")
    driver_log.addHandler(retries)
    driver_log.propagate = False
    try:
        from graph.db import Graph, open_driver
        from ingest.read import read_paths
        from ingest.run import prepare_ingest

        with open_driver(settings) as driver:
            graph = Graph(driver, settings.database)
            run = prepare_ingest(graph, settings)  # the first connection opens before the clock starts
            clock = {"extract": 0.0, "write": 0.0}
            run.extractor.extract_batch = _timed(run.extractor.extract_batch, clock, "extract")
            run.writer.write = _timed(run.writer.write, clock, "write")
            results.put(("ready", None))
            go.wait()
            # High-water marks once a tenth of the articles are in, and at the end: flat if nothing
            # accumulates per article.
            tenth, memory = max(1, len(paths) // 10), {}

            def checkpoint(_outcome) -> None:
                nonlocal tenth
                tenth -= 1
                if tenth == 0:
                    memory["tenth"] = _memory_mb(server_pid)

            start, cpu = time.perf_counter(), cpu_seconds()
            report = run(read_paths(paths), force=force, on_outcome=checkpoint)
            seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
        errors = [f"{o.source}: {o.error}" for o in report.failed]
        results.put((
            "done",
            {"seconds": seconds, "cpu": cpu, "memory": memory | {"all": _memory_mb(server_pid)},
             "failed": len(errors), "errors": errors[:3], "extract": clock["extract"],
             "write": clock["write"], "retries": retries.count},
        ))  # fmt: skip
    except BaseException:
        results.put(("error", traceback.format_exc()))


def _run_processes(target: Callable, jobs: Sequence[tuple]) -> tuple[float, list[dict]]:
    """Start one spawned process per job, start the clock once all are ready, and return the wall time
    until the last one is done, with what each reported."""
    ctx = mp.get_context("spawn")
    results, go = ctx.Queue(), ctx.Event()
    processes = [ctx.Process(target=target, args=(*job, results, go), daemon=True) for job in jobs]
    for process in processes:
        process.start()
    try:
        _await(results, processes, "ready", READY_TIMEOUT)
        go.set()
        start = time.perf_counter()
        reports = _await(results, processes, "done", None)
        return time.perf_counter() - start, reports
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()


def _await(results, processes: list, kind: str, timeout: float | None) -> list[dict]:
    """One `kind` message per process; a worker's traceback, a dead worker or a timeout is an error."""
    got: list[dict] = []
    deadline = time.monotonic() + timeout if timeout else None
    while len(got) < len(processes):
        try:
            message, payload = results.get(timeout=1.0)
        except queue_module.Empty:
            if deadline and time.monotonic() > deadline:
                raise KGError(f"benchmark workers not {kind} within {timeout:.0f}s") from None
            if all(not p.is_alive() for p in processes):
                raise KGError(f"benchmark workers exited before they were {kind}") from None
            continue
        if message == "error":
            raise KGError(f"benchmark worker failed:\n{payload}")
        if message == kind:
            got.append(payload)
    return got


# ---------------------------------------------------------------------- the benchmark


def _raw_spacy(settings: Settings, texts: list[str], words: int) -> Run:
    seconds, (report,) = _run_processes(_spacy_worker, [(settings.spacy_model, texts)])
    return Run(
        "raw spaCy nlp.pipe", 1, len(texts), words, seconds, peak_rss_mb=report["peak_rss_mb"],
        cpu_seconds=report["cpu"],
    )  # fmt: skip


def _end_to_end(server: BenchServer, paths: list[Path], words: int, workers: int, console: Console) -> Run:
    shards = [[str(p) for p in paths[k::workers]] for k in range(workers)]
    pid = server.pid()
    # An external server may hold these articles from an earlier run: rewrite them so work is done.
    jobs = [(server.settings, shard, not server.embedded, pid) for shard in shards if shard]
    server_cpu = process_cpu_seconds(pid) if pid else None
    seconds, reports = _run_processes(_ingest_worker, jobs)
    if server_cpu is not None:
        server_cpu = process_cpu_seconds(pid) - server_cpu
    for report in reports:
        for error in report["errors"]:
            console.print(f"[red]failed:[/red] {error}", highlight=False)
    first = reports[0]["memory"]  # the first shard's worker: every article of a 1-worker run
    tenth = first.get("tenth", {})
    return Run(
        f"ingest, {len(jobs)} worker{'s' if len(jobs) > 1 else ''}", len(jobs), len(paths), words, seconds,
        peak_rss_mb=max(r["memory"]["all"]["rss"] for r in reports),
        cpu_seconds=sum(r["cpu"] for r in reports), server_cpu_seconds=server_cpu,
        server_peak_rss_mb=first["all"]["server"], tenth_rss_mb=tenth.get("rss"),
        tenth_server_rss_mb=tenth.get("server"),
        extract_seconds=sum(r["extract"] for r in reports), write_seconds=sum(r["write"] for r in reports),
        retries=sum(r["retries"] for r in reports), failed=sum(r["failed"] for r in reports),
    )  # fmt: skip


def _write_articles(directory: Path, count: int, seed: int) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for story in World(seed).stories(count):
        path = directory / story.source_name
        path.write_text(story.file_text(), encoding="utf-8")
        paths.append(path)
    return paths


def _texts(paths: list[Path]) -> list[str]:
    """The article texts exactly as ingest reads them, for the spaCy baseline."""
    from ingest.read import read_paths

    return [a.text for a in read_paths(paths) if not isinstance(a, KGError)]


def run(articles: int, workers: list[int], seed: int, console: Console, out: Console) -> list[Run]:
    """Measure, print the tables on `out`, and return every run."""
    if articles < 10:
        raise KGError("--articles must be at least 10 (memory is also taken at a tenth of them)")
    counts = [*workers, *([] if 1 in workers else [1])]  # one worker shows how memory grows
    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        workdir = Path(tmp)
        with console.status(f"writing {articles} synthetic articles"):
            paths = _write_articles(workdir / "articles", articles, seed)
            texts = _texts(paths)
        words = sum(len(t.split()) for t in texts)
        settings = Settings()
        progress = Progress(console=console, transient=True)
        with bench_server(workdir / "kg", console) as server, progress as bar:
            task = bar.add_task("raw spaCy", total=1 + len(counts))
            runs = [_raw_spacy(settings, texts, words)]
            for number, count in enumerate(counts):
                bar.update(task, advance=1, description=f"ingest, {count} worker(s)")
                if number:
                    server.reset()  # every ingest run starts from an empty graph
                runs.append(_end_to_end(server, paths, words, count, console))
            bar.advance(task)
        _print(out, runs, articles, words)
        return runs


def _print(out: Console, runs: list[Run], articles: int, words: int) -> None:
    header = Table(title="machine", show_header=False)
    for key, value in machine().items():
        header.add_row(key, value)
    out.print(header)
    baseline = runs[0]
    table = Table(title=f"ingest throughput: {articles} synthetic articles, {words} words")
    for column in ("run", "processes", "seconds", "articles/s", "words/s", "× spaCy", "failed"):
        table.add_column(column, justify="left" if column == "run" else "right")
    for r in runs:
        ratio = r.words_per_second / baseline.words_per_second
        mark = "" if r is baseline else (" ✓" if ratio >= TARGET_RATIO else " ✗")
        table.add_row(
            r.name, str(r.processes), f"{r.seconds:.1f}", f"{r.articles_per_second:.2f}",
            f"{r.words_per_second:.0f}", f"{ratio:.2f}{mark}", str(r.failed),
        )  # fmt: skip
    out.print(table)
    out.print(f"× spaCy: words/s over raw spaCy's words/s in one process; target ≥ {TARGET_RATIO:.2f}")
    parts = Table(title="where the time and memory go")
    for column in ("run", "CPU s", "server CPU s", "extract s", "write s", "retries", "peak RSS MB",
                   "server peak MB"):  # fmt: skip
        parts.add_column(column, justify="left" if column == "run" else "right")
    for r in runs:
        parts.add_row(
            r.name, f"{r.cpu_seconds:.1f}", _num(r.server_cpu_seconds), _num(r.extract_seconds),
            _num(r.write_seconds), _num(r.retries, "{}"), f"{r.peak_rss_mb:.0f}",
            _num(r.server_peak_rss_mb, "{:.0f}"),
        )  # fmt: skip
    out.print(parts)
    out.print(
        "CPU s: used by the run's Python processes (a wall time far above it means the machine was busy); "
        "extract s, write s: time inside Extractor.extract_batch and ArticleWriter.write, summed over "
        "workers; retries: transactions the driver retried after a write conflict; peak RSS: the largest "
        "Python process of the run"
    )
    one = next(r for r in runs[1:] if r.processes == 1)
    memory = Table(title="peak memory as the articles grow tenfold (1 worker)")
    for column in ("articles", "peak RSS MB", "server peak MB"):
        memory.add_column(column, justify="right")
    for count, rss, server in ((max(1, articles // 10), one.tenth_rss_mb, one.tenth_server_rss_mb),
                               (articles, one.peak_rss_mb, one.server_peak_rss_mb)):  # fmt: skip
        memory.add_row(str(count), _num(rss, "{:.0f}"), _num(server, "{:.0f}"))
    out.print(memory)
    if one.tenth_rss_mb:
        out.print(f"worker peak RSS grew {one.peak_rss_mb / one.tenth_rss_mb:.2f}× for 10× the articles")


def _num(value: float | None, form: str = "{:.1f}") -> str:
    return "–" if value is None else form.format(value)
