// Ingest: create or update Group actors, merging aliases, and link them to the article that mentions them.
// params: {"article_id": "article:none", "rows": []}
UNWIND $rows AS r
MERGE (n:Group:Actor {id: r.id})
ON CREATE SET n.name = r.name
SET n.aliases = [x IN coalesce(n.aliases, []) WHERE NOT x IN r.aliases] + r.aliases,
    n.search_names = [x IN coalesce(n.search_names, []) WHERE NOT x IN r.search_names] + r.search_names,
    n.kind = coalesce(r.kind, n.kind)
WITH n, r
WHERE r.mentioned
MATCH (a:Article {id: $article_id})
MERGE (a)-[:MENTIONS]->(n)
