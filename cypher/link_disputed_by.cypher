// Ingest: who denies, refutes or disputes each claim.
// params: {"rows": []}
UNWIND $rows AS r
MATCH (c:Claim {id: r.source}), (x:Actor {id: r.target})
MERGE (c)-[:DISPUTED_BY]->(x)
