// Most active voices: actors ranked by the claims they make, with how many of those are disputed and how many claims they dispute themselves.
// browser: Actors
// params: {"limit": 25}
MATCH (x:Actor)
OPTIONAL MATCH (made:Claim)-[:CLAIMED_BY]->(x)
WITH x, count(DISTINCT made) AS claims_made,
     count(DISTINCT CASE WHEN EXISTS { MATCH (made)-[:DISPUTED_BY]->(:Actor) } THEN made END) AS made_and_disputed
OPTIONAL MATCH (denied:Claim)-[:DISPUTED_BY]->(x)
WITH x, claims_made, made_and_disputed, count(DISTINCT denied) AS claims_disputed
WHERE claims_made + claims_disputed > 0
RETURN x.name AS actor, labels(x) AS labels, x.kind AS kind, claims_made, made_and_disputed, claims_disputed,
       x.id AS actor_id
ORDER BY claims_made DESC, claims_disputed DESC, actor
LIMIT $limit
