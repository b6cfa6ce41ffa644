// Ingest: a claim is about a Actor.
// params: {"rows": []}
UNWIND $rows AS r
MATCH (c:Claim {id: r.source}), (x:Actor {id: r.target})
MERGE (c)-[:ABOUT]->(x)
