// API /network: what a graph view shows of each node: label, name, kind, dates, place, how many claims involve it.
// params: {"ids": ["group:none"]}
// One row holding a list: the Python driver spends ~15 µs on every row it receives, a list item far less.
// Projected in WITH first: ArcadeDB returns {a: x {.id}} as if it were x {.id}, losing the outer map.
// One OPTIONAL MATCH per label: ArcadeDB uses no index for a label disjunction (n:Actor|Place|...), scanning them all.
UNWIND $ids AS id
OPTIONAL MATCH (actor:Actor {id: id})
OPTIONAL MATCH (place:Place {id: id})
OPTIONAL MATCH (strike:Strike {id: id})
OPTIONAL MATCH (claim:Claim {id: id})
WITH coalesce(actor, place, strike, claim) AS n
WHERE n IS NOT NULL
WITH n {.id, .name, .kind, .text, .sentence, .published, .stance, .fate, .date, .killed, .wounded,
        .country_code, .lat, .lon} AS node,
     [l IN labels(n) WHERE l IN ['Person', 'Group', 'Place', 'Strike', 'Claim']][0] AS label,
     COUNT { (n)<-[:CLAIMED_BY|DISPUTED_BY|ABOUT]-(:Claim) } AS claim_count,
     EXISTS { (n)-[:DISPUTED_BY]->(:Actor) } AS has_disputers,
     head([(n)-[:LOCATED_IN]->(p:Place) | p.name]) AS place_name
RETURN collect({node: node, label: label, claim_count: claim_count, has_disputers: has_disputers,
                place_name: place_name}) AS rows
