// Ingest: the places of the strikes an article reports, whose strike counts may change when it is written again.
// params: {"id": "article:none"}
MATCH (a:Article {id: $id})-[:MENTIONS]->(:Strike)-[:LOCATED_IN]->(p:Place)
RETURN collect(DISTINCT p.id) AS ids
