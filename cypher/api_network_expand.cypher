// API /network: the who-claims-what edges (no articles, no mentions) touching a set of nodes, as source, type, target ids.
// params: {"ids": ["group:none"], "limit": 100}
// One OPTIONAL MATCH per label: ArcadeDB uses no index for a label disjunction (n:Actor|Place|...), scanning them all.
UNWIND $ids AS id
OPTIONAL MATCH (actor:Actor {id: id})
OPTIONAL MATCH (place:Place {id: id})
OPTIONAL MATCH (strike:Strike {id: id})
OPTIONAL MATCH (claim:Claim {id: id})
WITH coalesce(actor, place, strike, claim) AS n
WHERE n IS NOT NULL
MATCH (n)-[r:CLAIMED_BY|DISPUTED_BY|ABOUT|LOCATED_IN|CARRIED_OUT_BY|TARGETED|MEMBER_OF]-()
RETURN DISTINCT startNode(r).id AS source, type(r) AS type, endNode(r).id AS target
LIMIT $limit
