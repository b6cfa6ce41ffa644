"""One exception hierarchy. The CLI turns each into one line; the API maps each to one status code."""

from __future__ import annotations


class KGError(Exception):
    """Root of every error this tool raises on purpose."""

    status_code = 500


class ConfigError(KGError):
    """A setting is missing or inconsistent."""

    status_code = 500


class ServerError(KGError):
    """The embedded graph server could not be started, stopped or reached."""

    status_code = 503


class DatabaseUnavailable(KGError):
    """The graph database does not answer."""

    status_code = 503


class SchemaError(KGError):
    """A schema statement the server refused."""

    status_code = 500


class UnknownQuery(KGError):
    """A named Cypher query that does not exist in `cypher/`."""

    status_code = 500


class NotFound(KGError):
    """An id that names nothing in the graph."""

    status_code = 404


class BadRequest(KGError):
    """A request whose parameters make no sense."""

    status_code = 422


class ForbiddenQuery(KGError):
    """A user's Cypher that would write, read files, reach the network or call admin procedures."""

    status_code = 403


class QueryLimitExceeded(KGError):
    """A user's Cypher that ran too long or returned too much."""

    status_code = 413


class QueryTimeout(KGError):
    """A user's Cypher that did not finish within the time limit."""

    status_code = 504


class Busy(KGError):
    """Too many requests of one costly kind at once; the client should try again shortly."""

    status_code = 429


class FeatureDisabled(KGError):
    """A feature the server's settings leave off (the API's ingest without KG_API_KEY)."""

    status_code = 503


class Unauthorized(KGError):
    """A missing or wrong API key."""

    status_code = 401


class InputError(KGError):
    """A document that cannot be read as an article (empty, binary, malformed...)."""

    status_code = 422

    def __init__(self, source: str, reason: str, trace: str | None = None):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.trace = trace  # the traceback of an unexpected failure, shown only when asked for
