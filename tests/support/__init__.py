"""What the tests share: paths, a throwaway graph server, the sample graph, reliability helpers."""

from tests.support.paths import CORPUS, ROOT, SHARED
from tests.support.server import free_port, throwaway_server

__all__ = ["CORPUS", "ROOT", "SHARED", "free_port", "throwaway_server"]
