// API /network: the who-claims-what edges (no articles, no mentions) touching a set of nodes, as source, type, target ids; with $among (a map whose keys are node ids), only those to these nodes.
// params: {"ids": ["group:none"], "limit": 100, "among": null}
// One row holding a list: the Python driver spends ~15 µs on every row it receives, a list item far less.
// One OPTIONAL MATCH per label: ArcadeDB uses no index for a label disjunction (n:Actor|Place|...), scanning them all.
// $among is a map because ArcadeDB tests `x IN $list` by walking the list: 4x slower around a hub.
UNWIND $ids AS id
OPTIONAL MATCH (actor:Actor {id: id})
OPTIONAL MATCH (place:Place {id: id})
OPTIONAL MATCH (strike:Strike {id: id})
OPTIONAL MATCH (claim:Claim {id: id})
WITH coalesce(actor, place, strike, claim) AS n
WHERE n IS NOT NULL
MATCH (n)-[r:CLAIMED_BY|DISPUTED_BY|ABOUT|LOCATED_IN|CARRIED_OUT_BY|TARGETED|MEMBER_OF]-(m)
WHERE $among IS NULL OR $among[m.id]
WITH DISTINCT startNode(r).id AS source, type(r) AS type, endNode(r).id AS target
LIMIT $limit
RETURN collect({source: source, type: type, target: target}) AS rows
