// API /network: the who-claims-what edges (no articles, no mentions) touching a set of nodes, as source, type, target ids.
// params: {"ids": ["group:none"], "limit": 100}
UNWIND $ids AS id
MATCH (n:Actor|Place|Strike|Claim {id: id})-[r:CLAIMED_BY|DISPUTED_BY|ABOUT|LOCATED_IN|CARRIED_OUT_BY|TARGETED|MEMBER_OF]-()
RETURN DISTINCT startNode(r).id AS source, type(r) AS type, endNode(r).id AS target
LIMIT $limit
