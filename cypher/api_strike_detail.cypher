// API /strikes/{id}: [published, id] of the claims about a strike, and the articles that report it.
// params: {"id": "strike:none"}
// Each pattern starts at the bound strike: ArcadeDB scans a whole label when a pattern starts at an unbound node.
MATCH (s:Strike {id: $id})
RETURN [(s)<-[:ABOUT]-(c:Claim) | [c.published, c.id]] AS claims,
       [(s)<-[:MENTIONS]-(a:Article) | a {.id, .title, .outlet, .url, .published, .source_name}] AS articles
