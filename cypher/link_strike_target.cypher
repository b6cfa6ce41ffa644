// Ingest: who a strike is said to have targeted.
// params: {"rows": []}
UNWIND $rows AS r
MATCH (s:Strike {id: r.source}), (x:Actor {id: r.target})
MERGE (s)-[:TARGETED]->(x)
