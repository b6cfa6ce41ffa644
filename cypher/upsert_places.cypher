// Ingest: create or update places with their coordinates, merging aliases; link mentioned ones to the article.
// params: {"article_id": "article:none", "rows": []}
UNWIND $rows AS r
MERGE (n:Place {id: r.id})
ON CREATE SET n.name = r.name, n.strike_count = 0
SET n.aliases = [x IN coalesce(n.aliases, []) WHERE NOT x IN r.aliases] + r.aliases,
    n.search_names = [x IN coalesce(n.search_names, []) WHERE NOT x IN r.search_names] + r.search_names,
    n.kind = coalesce(r.kind, n.kind), n.country_code = coalesce(r.country_code, n.country_code),
    n.lat = coalesce(r.lat, n.lat), n.lon = coalesce(r.lon, n.lon)
WITH n, r
WHERE r.mentioned
MATCH (a:Article {id: $article_id})
MERGE (a)-[:MENTIONS]->(n)
