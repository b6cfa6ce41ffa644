// API /network: what a graph view shows of each node: label, name, kind, dates, place, how many claims involve it.
// params: {"ids": ["group:none"]}
// One OPTIONAL MATCH per label: ArcadeDB uses no index for a label disjunction (n:Actor|Place|...), scanning them all.
UNWIND $ids AS id
OPTIONAL MATCH (actor:Actor {id: id})
OPTIONAL MATCH (place:Place {id: id})
OPTIONAL MATCH (strike:Strike {id: id})
OPTIONAL MATCH (claim:Claim {id: id})
WITH coalesce(actor, place, strike, claim) AS n
WHERE n IS NOT NULL
RETURN n {.id, .name, .kind, .text, .sentence, .published, .stance, .fate, .date, .killed, .wounded,
          .country_code, .lat, .lon} AS node,
       [l IN labels(n) WHERE l IN ['Person', 'Group', 'Place', 'Strike', 'Claim']][0] AS label,
       COUNT { (n)<-[:CLAIMED_BY|DISPUTED_BY|ABOUT]-(:Claim) } AS claim_count,
       EXISTS { (n)-[:DISPUTED_BY]->(:Actor) } AS has_disputers,
       head([(n)-[:LOCATED_IN]->(p:Place) | p.name]) AS place_name
