// Ingest: the stored text hashes of several articles, and what each holds, to skip unchanged ones before extraction.
// params: {"ids": ["article:none"]}
MATCH (a:Article)
WHERE a.id IN $ids
OPTIONAL MATCH (a)-[:MENTIONS]->(m)
WITH a, sum(CASE WHEN m:Strike THEN 1 ELSE 0 END) AS strikes, sum(CASE WHEN m IS NULL OR m:Strike THEN 0 ELSE 1 END) AS entities
OPTIONAL MATCH (c:Claim)-[:REPORTED_IN]->(a)
RETURN a.id AS id, a.text_sha256 AS text_sha256, count(c) AS claims, strikes, entities
