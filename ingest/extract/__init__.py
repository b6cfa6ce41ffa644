"""Extraction: articles → people, groups, places, strikes and claims (pure; no database)."""

from ingest.extract.extractor import Extractor

__all__ = ["Extractor"]
