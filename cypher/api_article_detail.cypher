// API /articles/{id}: the ids of an article's claims in reading order ([start, id]) and of the strikes it mentions.
// params: {"id": "article:none"}
MATCH (a:Article {id: $id})
RETURN [(a)<-[:REPORTED_IN]-(c:Claim) | [c.start, c.id]] AS claims,
       [(a)-[:MENTIONS]->(s:Strike) | s.id] AS strikes
