// Ingest: place containment, child to parent; chains end at a country.
// params: {"rows": []}
UNWIND $rows AS r
MATCH (c:Place {id: r.child}), (p:Place {id: r.parent})
MERGE (c)-[:LOCATED_IN]->(p)
