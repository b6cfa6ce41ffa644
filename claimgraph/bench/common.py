"""What both benchmarks share: a private graph server, free ports, peak memory, percentiles, tables."""

from __future__ import annotations

import platform
import resource
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from graph.settings import Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time this process has used, user plus system."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def process_cpu_seconds(pid: int) -> float | None:
    """CPU time another process has used (user plus system, from /proc)."""
    import os

    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_tree(pid: int) -> list[int]:
    """`pid` and every process under it, e.g. uvicorn's workers under their supervisor."""
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo.extend(int(child) for child in task.read_text().split())
            except OSError:
                continue
    return pids


def _tree_total(pid: int, measure: Callable[[int], float | None]) -> float | None:
    """`measure` summed over `pid` and the processes under it now; None when `pid` itself is gone."""
    values = [measure(p) for p in process_tree(pid)]
    return sum(v for v in values if v is not None) if values[0] is not None else None


def tree_cpu_seconds(pid: int) -> float | None:
    """CPU time of `pid` and its workers (one that has exited no longer counts)."""
    return _tree_total(pid, process_cpu_seconds)


def tree_peak_rss_mb(pid: int) -> float | None:
    return _tree_total(pid, process_peak_rss_mb)


def process_peak_rss_mb(pid: int) -> float | None:
    """Peak resident memory of another process (VmHWM), e.g. the graph server's JVM."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def percentile(sorted_values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(0, min(len(sorted_values) - 1, round(q / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[rank]


def machine() -> dict[str, str]:
    """What the figures were measured on, for the report header and BENCHMARKS.md."""
    import os

    import spacy

    cpu = next(
        (ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
         if ln.startswith("model name")),
        platform.processor(),
    )  # fmt: skip
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    mem_kb = next(int(ln.split()[1]) for ln in meminfo if ln.startswith("MemTotal"))
    return {
        "cpu": f"{cpu} × {os.cpu_count()}",
        "memory": f"{mem_kb / 1024 / 1024:.1f} GiB",
        "load average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
    }


@dataclass
class BenchServer:
    """The graph server a benchmark writes to; `embedded` when the bench started it itself."""

    settings: Settings
    server: object | None  # graph.server.EmbeddedServer when embedded

    @property
    def embedded(self) -> bool:
        return self.server is not None

    def pid(self) -> int | None:
        return self.server.pid() if self.server is not None else None

    def apply_schema(self) -> None:
        from graph.db import open_driver
        from graph.schema import apply_schema

        with open_driver(self.settings) as driver:
            apply_schema(driver, self.settings.database, self.settings.cypher_dir / "schema")

    def reset(self) -> None:
        """An empty database with the schema, so every run starts from the same state."""
        if self.server is not None:
            self.server.reset()
            self.apply_schema()


@contextmanager
def bench_server(data_dir: Path, console: Console) -> Iterator[BenchServer]:
    """A private embedded server in `data_dir` on free ports, stopped afterwards; or, when KG_BOLT_URI
    is set, that server as configured (the bench then only adds its synthetic articles to it)."""
    configured = Settings()
    if not configured.embedded:
        console.print(f"[yellow]benchmarking {configured.uri} (KG_BOLT_URI): synthetic articles go there")
        yield BenchServer(configured, None)
        return
    from graph.server import EmbeddedServer

    settings = Settings(
        bolt_uri=None, password=None, data_dir=data_dir, bolt_port=free_port(), http_port=free_port()
    )
    server = EmbeddedServer(settings)
    if server.pid() is not None:  # a previous bench run left it up: take it over on its own ports
        server.stop()
    server.start()
    bench = BenchServer(settings, server)
    try:
        bench.apply_schema()
        yield bench
    finally:
        server.stop()


def server_env(settings: Settings) -> dict[str, str]:
    """KG_ variables that point a child process (the API server) at `settings`' graph server."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env |= {"KG_DATABASE": settings.database, "KG_USER": settings.user}
    if settings.embedded:
        env |= {
            "KG_DATA_DIR": str(settings.data_dir), "KG_BOLT_PORT": str(settings.bolt_port),
            "KG_HTTP_PORT": str(settings.http_port),
        }  # fmt: skip
    else:
        env |= {"KG_BOLT_URI": settings.uri, "KG_PASSWORD": settings.auth[1]}
    return env
