// Ingest: who is said to have carried out a strike.
// params: {"rows": []}
UNWIND $rows AS r
MATCH (s:Strike {id: r.source}), (x:Actor {id: r.target})
MERGE (s)-[:CARRIED_OUT_BY]->(x)
