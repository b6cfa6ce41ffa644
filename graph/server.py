"""The embedded default: ArcadeDB from the `arcadedb-embedded` wheel, run as a Bolt server.

The wheel bundles a JRE and the server jars; we start them as a detached child process so the
server outlives the command that started it, like any database daemon. Everything it writes lives
under `Settings.data_dir`: the database files, its log, its pid and the generated root password.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from graph.errors import ServerError
from graph.settings import Settings

MAIN_CLASS = "com.arcadedb.server.ArcadeDBServer"
BOLT_PLUGIN = "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"


@dataclass
class ServerStatus:
    running: bool
    healthy: bool
    pid: int | None
    bolt_uri: str
    user: str
    database: str
    password_file: str
    data_dir: str
    http_port: int
    log_file: str

    def as_dict(self) -> dict[str, str | int | bool | None]:
        return asdict(self)


def _wheel_dir() -> Path:
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.submodule_search_locations:
        raise ServerError(
            "the embedded server is not installed: pip install 'claimgraph[embedded]' "
            "(or point KG_BOLT_URI at a Neo4j server)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _port_open(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


class EmbeddedServer:
    """Start, stop, inspect and wipe the embedded ArcadeDB server described by `settings`."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = settings.data_dir / "arcadedb"
        self.pid_file = settings.data_dir / "server.pid"
        self.log_file = settings.data_dir / "server.log"
        self.args_file = settings.data_dir / "jvm.args"

    # ------------------------------------------------------------------ state

    def pid(self) -> int | None:
        """The server's pid if our pid file names a live ArcadeDB process, else None."""
        try:
            pid = int(self.pid_file.read_text().strip())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return None
        return pid if MAIN_CLASS.encode() in cmdline else None

    def healthy(self) -> bool:
        """True when Bolt answers a query on our database with our credentials."""
        if not _port_open(self.settings.host, self.settings.bolt_port):
            return False
        from neo4j import GraphDatabase
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        try:
            with GraphDatabase.driver(self.settings.uri, auth=self.settings.auth) as driver:
                driver.execute_query("RETURN 1 AS ok", database_=self.settings.database)
            return True
        except (Neo4jError, ServiceUnavailable, OSError, ValueError):
            return False

    def status(self) -> ServerStatus:
        pid = self.pid()
        return ServerStatus(
            running=pid is not None,
            healthy=pid is not None and self.healthy(),
            pid=pid,
            bolt_uri=self.settings.uri,
            user=self.settings.user,
            database=self.settings.database,
            password_file=str(self.settings.password_file),
            data_dir=str(self.settings.data_dir),
            http_port=self.settings.http_port,
            log_file=str(self.log_file),
        )

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> tuple[ServerStatus, bool]:
        """Start the server and wait until Bolt answers. Returns (status, started_now)."""
        if self.pid() is not None:
            self._wait_healthy()
            return self.status(), False
        for port in (self.settings.bolt_port, self.settings.http_port):
            if _port_open(self.settings.host, port):
                raise ServerError(f"port {self.settings.host}:{port} is taken by another process")
        self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.root.mkdir(exist_ok=True)
        password = self._password()
        self._write_args(password)
        java = _wheel_dir() / "jre" / "bin" / "java"
        with open(self.log_file, "ab") as log:
            proc = subprocess.Popen(
                [str(java), f"@{self.args_file}", MAIN_CLASS],
                cwd=self.root,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # survives the CLI and its terminal
            )
        self.pid_file.write_text(str(proc.pid))
        self._wait_healthy(proc)
        return self.status(), True

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop the server cleanly (SIGTERM, then SIGKILL after `timeout`). False if it was not running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.pid() is not None:
            _reap(pid)
            time.sleep(0.2)
        if self.pid() is not None:
            os.kill(pid, signal.SIGKILL)
            time.sleep(0.5)
            _reap(pid)
        self.pid_file.unlink(missing_ok=True)
        return True

    def reset(self) -> None:
        """Delete the database (all nodes, edges and schema); the password and settings stay."""
        was_running = self.stop()
        shutil.rmtree(self.root / "databases" / self.settings.database, ignore_errors=True)
        if was_running:
            self.start()

    # ------------------------------------------------------------------ helpers

    def _password(self) -> str:
        """The root password: generated once, kept with mode 0600, never a default."""
        path = self.settings.password_file
        if self.settings.password is not None:
            return self.settings.password.get_secret_value()
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(24))  # never starts with '-', which CLIs take for an option
        os.chmod(path, 0o600)
        return path.read_text().strip()

    def _write_args(self, password: str) -> None:
        """JVM options go in a 0600 @argfile so the password never shows in `ps`."""
        s = self.settings
        jars = _wheel_dir() / "jars"
        options = [
            f"-Xms{min_heap(s.heap)}",
            f"-Xmx{s.heap}",
            "-XX:+UseG1GC",
            "--add-modules=jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/java.nio.channels.spi=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-Dfile.encoding=UTF8",
            "-Djava.awt.headless=true",
            "-Dpolyglot.engine.WarnInterpreterOnly=false",
            "-cp",
            f'"{jars}/*"',
            f'"-Darcadedb.server.rootPath={self.root}"',
            f'"-Darcadedb.server.databaseDirectory={self.root / "databases"}"',
            f'"-Darcadedb.server.rootPassword={password}"',
            # Production mode hides every query error behind "the request failed", which would
            # leave users of the Cypher console guessing; the server only listens on loopback.
            "-Darcadedb.server.mode=development",
            f"-Darcadedb.server.httpIncomingHost={s.host}",
            f"-Darcadedb.server.httpIncomingPort={s.http_port}",
            f"-Darcadedb.bolt.host={s.host}",
            f"-Darcadedb.bolt.port={s.bolt_port}",
            f"-Darcadedb.bolt.defaultDatabase={s.database}",
            f"-Darcadedb.server.plugins={BOLT_PLUGIN}",
            f"-Darcadedb.server.defaultDatabases={s.database}[{s.user}]",
            # ArcadeDB ignores the Bolt transaction timeout; this bounds every statement server-side,
            # which is what stops a user's runaway Cypher from the API's console.
            f"-Darcadedb.command.timeout={round(s.query_timeout * 1000)}",
            # Two writers MERGE-ing the same relationship onto vertices that already have edges would
            # both commit when ArcadeDB merges their edge-list appends, leaving the edge twice; failing
            # the later one instead makes its retry find the edge, as Neo4j's locks on MERGE do.
            "-Darcadedb.graph.edgeAppendMerge=false",
        ]
        self.args_file.unlink(missing_ok=True)
        fd = os.open(self.args_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write("\n".join(options) + "\n")

    def _wait_healthy(self, proc: subprocess.Popen[bytes] | None = None) -> None:
        deadline = time.monotonic() + self.settings.start_timeout
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                self.pid_file.unlink(missing_ok=True)
                raise ServerError(f"the graph server exited at start-up:\n{self._log_tail()}")
            if self.healthy():
                return
            time.sleep(0.5)
        raise ServerError(
            f"the graph server did not answer on {self.settings.uri} within "
            f"{self.settings.start_timeout:.0f}s:\n{self._log_tail()}"
        )

    def _log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def min_heap(heap: str) -> str:
    """A quarter of the maximum heap, at least 256m: fast start without taking it all up front."""
    size, unit = int(heap[:-1]), heap[-1].lower()
    megabytes = size * 1024 if unit == "g" else size
    return f"{max(256, megabytes // 4)}m"


def _reap(pid: int) -> None:
    """Collect our own child's exit status so it does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)
