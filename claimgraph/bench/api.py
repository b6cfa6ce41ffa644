"""`kg bench api`: latency of the REST API under concurrent load on a graph of generated articles.

The graph is written straight through the ArticleWriter from synthetic ArticleGraphs (the NLP is not
what this measures). The real app is served by `kg serve` (uvicorn) in its own process, and the
clients run in another process (asyncio + httpx), so the load generator does not share an
interpreter with the server it measures. Every request goes to 127.0.0.1; every loop ends at its
deadline.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing as mp
import queue as queue_module
import random
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from claimgraph.bench.common import (
    BenchServer,
    bench_server,
    cpu_seconds,
    free_port,
    machine,
    percentile,
    process_peak_rss_mb,
    server_env,
    tree_cpu_seconds,
    tree_peak_rss_mb,
)
from claimgraph.bench.synth import World
from graph.errors import KGError

ENDPOINTS = ("actor", "claim", "strike", "search", "network")
TARGET_P99_MS = {"actor": 100.0, "claim": 100.0, "strike": 100.0, "network": 300.0}
REQUEST_TIMEOUT = 10.0
READY_TIMEOUT = 120.0
MARKER = "bench-graph.json"  # in a kept data dir: which graph is already built there


@dataclass
class Targets:
    """What the clients ask for: ids that exist in the built graph, and names to search for."""

    actors: list[str]
    actor_weights: list[float]  # how often each is named: popular actors are looked up more
    claims: list[str]
    strikes: list[str]
    searches: list[str]

    def request(self, endpoint: str, rng: random.Random) -> tuple[str, dict]:
        if endpoint == "actor":
            return f"/actors/{_segment(self._actor(rng))}", {}
        if endpoint == "claim":
            return f"/claims/{_segment(rng.choice(self.claims))}", {}
        if endpoint == "strike":
            return f"/strikes/{_segment(rng.choice(self.strikes))}", {}
        if endpoint == "search":
            return "/search", {"q": rng.choice(self.searches)}
        return "/network", {"id": self._actor(rng), "depth": 2}

    def _actor(self, rng: random.Random) -> str:
        return rng.choices(self.actors, self.actor_weights)[0]


def _segment(node_id: str) -> str:
    return quote(node_id, safe="")


def _typo(name: str, rng: random.Random) -> str:
    """A name as a hurried user types it: one letter dropped or two swapped."""
    if len(name) < 5:
        return name
    i = rng.randrange(1, len(name) - 2)
    if rng.random() < 0.5:
        return name[:i] + name[i + 1 :]
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


@dataclass
class EndpointFigures:
    latencies_ms: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + sum(self.errors.values())


# ---------------------------------------------------------------------- the graph


def build(server: BenchServer, articles: int, seed: int, console: Console) -> Targets:
    """Write the synthetic graph (unless this data dir already holds it) and return what to request."""
    from graph.db import Graph, open_driver
    from graph.queries import QueryLibrary
    from ingest.write import ArticleWriter

    with console.status(f"generating {articles} synthetic article graphs"):
        graphs = [story.article_graph() for story in World(seed).stories(articles)]
    marker = server.settings.data_dir / MARKER
    wanted = {"articles": articles, "seed": seed}
    if not (server.embedded and marker.exists() and json.loads(marker.read_text()) == wanted):
        settings = server.settings
        columns = (TextColumn("[bold]building graph"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with open_driver(settings) as driver, Progress(*columns, console=console) as progress:
            writer = ArticleWriter(Graph(driver, settings.database), QueryLibrary(settings.cypher_dir))
            task = progress.add_task("build", total=len(graphs))
            for graph in graphs:
                writer.write(graph)
                progress.advance(task)
        if server.embedded:
            marker.write_text(json.dumps(wanted))
    mentions = Counter(e.id for g in graphs for e in g.entities if e.label != "Place")
    rng = random.Random(seed)
    names = sorted({e.name for g in graphs for e in g.entities})
    searches = [rng.choice((n, n.lower(), n.split()[-1], _typo(n, rng))) for n in names]
    return Targets(
        actors=list(mentions), actor_weights=list(mentions.values()),
        claims=[c.id for g in graphs for c in g.claims],
        strikes=sorted({s.id for g in graphs for s in g.strikes}), searches=searches,
    )  # fmt: skip


# ---------------------------------------------------------------------- the API server


class ApiProcess:
    """`kg serve` on a free loopback port, pointed at the benchmark's graph server, with `workers`
    processes and the response cache on or off."""

    def __init__(self, server: BenchServer, workdir: Path, workers: int, cache: bool):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / "api.log"
        env = server_env(server.settings) | {
            "KG_API_HOST": "127.0.0.1", "KG_API_PORT": str(self.port), "KG_API_WORKERS": str(workers),
        }  # fmt: skip
        if not cache:
            env["KG_CACHE_ENTRIES"] = "0"
        with open(self.log, "wb") as log:
            # cwd: the work dir, so a .env in the caller's directory cannot point the API elsewhere
            serve = ["serve", "--host", "127.0.0.1", "--port", str(self.port)]
            self.process = subprocess.Popen(
                [sys.executable, "-m", "claimgraph", *serve],
                cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip

    def wait_ready(self) -> dict:
        """Block until /health/ready answers 200; return /stats (the graph's size) if it answers."""
        import httpx

        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise KGError(f"the API server exited at start-up:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.url}/health/ready", timeout=2.0).status_code == 200:
                    stats = httpx.get(f"{self.url}/stats", timeout=30.0)
                    return stats.json() if stats.status_code == 200 else {}
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise KGError(f"the API server was not ready within {READY_TIMEOUT:.0f}s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 20, *, skip_ok: bool = False) -> str:
        """The last lines of the server's log; with `skip_ok`, leaving out the access lines of 200s."""
        kept = [
            line for line in self.log.read_text(errors="replace").splitlines()
            if not (skip_ok and line.endswith('" 200 OK'))
        ]  # fmt: skip
        return "\n".join(kept[-lines:])

    def stop(self) -> float | None:
        """Stop the server; return its peak resident memory in MB (all its workers together)."""
        peak = tree_peak_rss_mb(self.process.pid)
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        return peak


# ---------------------------------------------------------------------- the clients


async def _load(url: str, targets: Targets, clients: int, seconds: float, think: float, seed: int) -> dict:
    import httpx

    figures = {endpoint: EndpointFigures() for endpoint in ENDPOINTS}
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(number: int, http: httpx.AsyncClient) -> None:
        rng = random.Random(seed * 100_003 + number)
        if think:  # users arrive spread over one pause, not all in the same instant
            await asyncio.sleep(rng.uniform(0, 2 * think))
        while loop.time() < deadline:
            endpoint = rng.choice(ENDPOINTS)
            path, params = targets.request(endpoint, rng)
            start = time.perf_counter()
            try:
                response = await http.get(path, params=params)
            except httpx.HTTPError as exc:
                figures[endpoint].errors[f"{type(exc).__name__} {exc!r:.80} {path}"] += 1
            else:
                if response.status_code == 200:
                    figures[endpoint].latencies_ms.append((time.perf_counter() - start) * 1000)
                else:
                    detail = response.text[:120].replace("\n", " ")
                    figures[endpoint].errors[f"HTTP {response.status_code} {path} {detail}"] += 1
            if think:  # never past the deadline: the measured time is the time the load ran
                await asyncio.sleep(min(rng.uniform(0, 2 * think), max(0.0, deadline - loop.time())))

    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=REQUEST_TIMEOUT) as http:
        runs = asyncio.gather(*(client(n, http) for n in range(clients)))
        await asyncio.wait_for(runs, seconds + REQUEST_TIMEOUT + 30)
    return figures


def _drive(
    url: str, targets: Targets, clients: int, seconds: float, think: float, seed: int, results
) -> None:
    try:
        started, cpu = time.perf_counter(), cpu_seconds()
        figures = asyncio.run(_load(url, targets, clients, seconds, think, seed))
        results.put(("done", (figures, time.perf_counter() - started, cpu_seconds() - cpu)))
    except BaseException:
        results.put(("error", traceback.format_exc()))


def drive(url: str, targets: Targets, clients: int, seconds: float, think: float, seed: int):
    """Run the clients in their own process; return per-endpoint figures, the wall time they took and
    the CPU time the clients used."""
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    args = (url, targets, clients, seconds, think, seed, results)
    process = ctx.Process(target=_drive, args=args, daemon=True)
    process.start()
    deadline = time.monotonic() + seconds + REQUEST_TIMEOUT + 120
    try:
        while True:
            try:
                kind, payload = results.get(timeout=1.0)
                break
            except queue_module.Empty:
                if time.monotonic() > deadline or not process.is_alive():
                    raise KGError("the load-generating process did not finish") from None
        if kind == "error":
            raise KGError(f"the load-generating process failed:\n{payload}")
        return payload
    finally:
        process.join(timeout=10)
        if process.is_alive():
            process.kill()


@dataclass
class CpuUse:
    """CPU seconds each party used during the measured load (None: not a process we can see)."""

    api: float | None
    graph: float | None
    clients: float


def _cpu_since(pid: int | None, before: float | None) -> float | None:
    now = tree_cpu_seconds(pid) if pid else None
    return None if now is None or before is None else now - before


# ---------------------------------------------------------------------- the benchmark


def run(
    articles: int, clients: int, seconds: float, warmup: float, think: float, seed: int,
    data_dir: Path | None, console: Console, out: Console, workers: int = 2, cache: bool = True,
) -> dict[str, EndpointFigures]:  # fmt: skip
    """Build (or reuse) the graph, serve it, load it, print the table on `out`, return the figures."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-api-") as tmp:
        workdir = Path(tmp)
        graph_dir = (data_dir or workdir / "kg").resolve()
        with bench_server(graph_dir, console) as server:
            targets = build(server, articles, seed, console)
            api = ApiProcess(server, workdir, workers, cache)
            try:
                with console.status("starting the API server"):
                    stats = api.wait_ready()
                with console.status(f"{clients} clients: {warmup:.0f}s warm-up, {seconds:.0f}s measured"):
                    if warmup:
                        drive(api.url, targets, clients, warmup, think, seed + 1)
                    pid = server.pid()
                    api_cpu = tree_cpu_seconds(api.process.pid)
                    graph_cpu = tree_cpu_seconds(pid) if pid else None
                    figures, elapsed, clients_cpu = drive(api.url, targets, clients, seconds, think, seed)
                    cpu = CpuUse(
                        _cpu_since(api.process.pid, api_cpu), _cpu_since(pid, graph_cpu), clients_cpu
                    )
            finally:
                api_peak = api.stop()
            server_peak = process_peak_rss_mb(pid) if pid else None
            # What the server said about failed requests goes before the temporary directory does.
            failed = any(f.errors for f in figures.values())
            api_log = api.log_tail(40, skip_ok=True) if failed else None
    setup = f"{workers} API worker{'s' if workers > 1 else ''}, response cache {'on' if cache else 'off'}"
    _print(out, figures, elapsed, articles, clients, think, stats, api_peak, server_peak, cpu, setup)
    if api_log:
        out.print("The API server's log, but for its 200s:", api_log, sep="\n", highlight=False, markup=False)
    return figures


def _print(out: Console, figures: dict, elapsed: float, articles: int, clients: int, think: float,
           stats: dict, api_peak: float | None, server_peak: float | None, cpu: CpuUse,
           setup: str) -> None:  # fmt: skip
    header = Table(title="machine", show_header=False)
    for key, value in machine().items():
        header.add_row(key, value)
    nodes = stats.get("nodes") or {}
    if nodes:
        header.add_row("graph", ", ".join(f"{n} {label}" for label, n in nodes.items()))
    header.add_row("API server", setup)
    header.add_row("API server peak RSS", f"{api_peak:.0f} MB" if api_peak else "–")
    header.add_row("graph server peak RSS", f"{server_peak:.0f} MB" if server_peak else "–")
    share = " · ".join(
        f"{who} {used:.1f}s ({used / elapsed:.0%} of a core)"
        for who, used in (("API", cpu.api), ("graph", cpu.graph), ("clients", cpu.clients))
        if used is not None
    )
    header.add_row("CPU during the load", share)
    out.print(header)
    load = f"{clients} clients, think time 0–{2 * think:g}s" if think else f"{clients} clients, no think time"
    table = Table(title=f"API latency: {articles} articles, {load}, {elapsed:.0f}s")
    for column in ("endpoint", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors",
                   "p99 target"):  # fmt: skip
        table.add_column(column, justify="left" if column == "endpoint" else "right")
    for endpoint, f in figures.items():
        lat = sorted(f.latencies_ms)
        p99 = percentile(lat, 99)
        target = TARGET_P99_MS.get(endpoint)
        verdict = "–" if target is None else f"≤ {target:.0f} {'✓' if lat and p99 <= target else '✗'}"
        table.add_row(
            endpoint, str(f.requests), f"{f.requests / elapsed:.1f}", f"{percentile(lat, 50):.1f}",
            f"{percentile(lat, 95):.1f}", f"{p99:.1f}", f"{lat[-1]:.1f}" if lat else "–",
            str(sum(f.errors.values())), verdict,
        )  # fmt: skip
    total = sum(f.requests for f in figures.values())
    errors = sum(sum(f.errors.values()) for f in figures.values())
    table.add_row("all", str(total), f"{total / elapsed:.1f}", "", "", "", "", str(errors), "0 errors")
    out.print(table)
    if not think and total:
        # Little's law: with every client always waiting on a request, the mean latency is the queue.
        queue_ms = clients / (total / elapsed) * 1000
        out.print(
            f"No think time: every client always has a request in flight, so the mean latency is "
            f"{clients} clients ÷ {total / elapsed:.0f} req/s ≈ {queue_ms:.0f} ms of queueing, whatever "
            "each request costs. --think gives users who pause."
        )
    for endpoint, f in figures.items():
        for what, count in f.errors.most_common(3):
            out.print(f"[red]{endpoint}[/red]: {count}× {what}", highlight=False, markup=True)
