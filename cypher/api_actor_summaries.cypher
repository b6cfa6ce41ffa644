// API: actors by id with their aliases and how many claims they made (a group's include its members').
// params: {"ids": ["group:none"]}
UNWIND $ids AS id
MATCH (x:Actor {id: id})
RETURN x {.id, .name, .kind, .aliases, label: CASE WHEN x:Person THEN 'Person' ELSE 'Group' END} AS actor,
       COUNT { MATCH (c:Claim) WHERE EXISTS { (c)-[:CLAIMED_BY]->(:Actor)-[:MEMBER_OF*0..1]->(x) } } AS claim_count
