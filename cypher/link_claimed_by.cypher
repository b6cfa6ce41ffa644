// Ingest: who makes each claim.
// params: {"rows": []}
UNWIND $rows AS r
MATCH (c:Claim {id: r.source}), (x:Actor {id: r.target})
MERGE (c)-[:CLAIMED_BY]->(x)
