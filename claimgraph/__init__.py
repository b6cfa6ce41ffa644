"""claimgraph's entry layer: the `kg` command, its benchmarks and the Neo4j Browser favorites.

The only package that imports all the others (graph, ingest, api); nothing imports it.
"""
