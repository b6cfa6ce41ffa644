// API /strikes/{id}: the ids of the claims about a strike and the articles that report it.
// params: {"id": "strike:none"}
MATCH (s:Strike {id: $id})
RETURN [(c:Claim)-[:ABOUT]->(s) | c.id] AS claim_ids,
       [(a:Article)-[:MENTIONS]->(s) | a {.id, .title, .outlet, .url, .published, .source_name}] AS articles
