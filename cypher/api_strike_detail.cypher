// API /strikes/{id}: [published, id] of the claims about a strike, the articles that report it, and its perpetrators with every name they are reported by.
// params: {"id": "strike:none"}
// Each pattern starts at the bound strike: ArcadeDB scans a whole label when a pattern starts at an unbound node.
MATCH (s:Strike {id: $id})
RETURN [(s)<-[:ABOUT]-(c:Claim) | [c.published, c.id]] AS claims,
       [(s)<-[:MENTIONS]-(a:Article) | a {.id, .title, .outlet, .url, .published, .source_name}] AS articles,
       [(s)-[:CARRIED_OUT_BY]->(x:Actor) | {id: x.id, names: [x.name] + coalesce(x.aliases, [])}] AS perpetrator_names
