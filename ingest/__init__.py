"""Ingest: read articles → extract (pure) → resolve (across articles) → write (one transaction each)."""
