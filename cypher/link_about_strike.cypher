// Ingest: a claim is about a Strike.
// params: {"rows": []}
UNWIND $rows AS r
MATCH (c:Claim {id: r.source}), (x:Strike {id: r.target})
MERGE (c)-[:ABOUT]->(x)
