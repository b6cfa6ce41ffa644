// Ingest: where a strike happened (the most specific place named).
// params: {"rows": []}
UNWIND $rows AS r
MATCH (s:Strike {id: r.source}), (p:Place {id: r.target})
MERGE (s)-[:LOCATED_IN]->(p)
