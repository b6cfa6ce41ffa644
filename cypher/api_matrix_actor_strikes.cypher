// API /matrix?actor=: the ids of the strikes an actor (a group with its members) carried out, was targeted by, or makes or disputes a claim about, latest first.
// params: {"actor": "group:none", "limit": 50}
MATCH (x:Actor)
WHERE x.id = $actor OR EXISTS { (x)-[:MEMBER_OF]->(:Group {id: $actor}) }
CALL {
  WITH x
  MATCH (x)<-[:CARRIED_OUT_BY|TARGETED]-(s:Strike)
  RETURN s
  UNION
  WITH x
  MATCH (x)<-[:CLAIMED_BY|DISPUTED_BY]-(:Claim)-[:ABOUT]->(s:Strike)
  RETURN s
}
WITH DISTINCT s ORDER BY coalesce(s.date, '') DESC, s.id
RETURN collect(s.id)[..$limit] AS ids, count(s) AS total
