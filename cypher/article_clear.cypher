// Ingest: remove what an article contributed (its claims, its mentions, strikes nobody else reports) before it is written again.
// params: {"id": "article:none"}
MATCH (a:Article {id: $id})
OPTIONAL MATCH (c:Claim)-[:REPORTED_IN]->(a)
DETACH DELETE c
WITH DISTINCT a
MATCH (a)-[m:MENTIONS]->(n)
DELETE m
WITH DISTINCT n
WHERE n:Strike AND NOT EXISTS { MATCH (n)<-[:MENTIONS]-(:Article) }
DETACH DELETE n
