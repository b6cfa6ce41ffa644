// Ingest: a claim is about a Place.
// params: {"rows": []}
UNWIND $rows AS r
MATCH (c:Claim {id: r.source}), (x:Place {id: r.target})
MERGE (c)-[:ABOUT]->(x)
