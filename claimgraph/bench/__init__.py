"""Benchmarks: ingest throughput against raw spaCy, scaling and memory; API latency under load."""
