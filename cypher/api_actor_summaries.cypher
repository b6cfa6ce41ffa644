// API: actors by id with their aliases and how many claims they made (a group's include its members').
// params: {"ids": ["group:none"]}
// Walks from each actor to its claims: a COUNT over all Claims per actor made ArcadeDB scan them every time.
UNWIND $ids AS id
MATCH (x:Actor {id: id})
OPTIONAL MATCH (x)<-[:MEMBER_OF*0..1]-(:Actor)<-[:CLAIMED_BY]-(c:Claim)
WITH x, count(DISTINCT c) AS claim_count
RETURN x {.id, .name, .kind, .aliases, label: CASE WHEN x:Person THEN 'Person' ELSE 'Group' END} AS actor,
       claim_count
