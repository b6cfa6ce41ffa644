// API /network: what a graph view shows of each node: label, name, kind, dates, place, how many claims involve it.
// params: {"ids": ["group:none"]}
UNWIND $ids AS id
MATCH (n:Actor|Place|Strike|Claim {id: id})
RETURN n {.id, .name, .kind, .text, .sentence, .published, .stance, .fate, .date, .killed, .wounded,
          .country_code, .lat, .lon} AS node,
       [l IN labels(n) WHERE l IN ['Person', 'Group', 'Place', 'Strike', 'Claim']][0] AS label,
       COUNT { (n)<-[:CLAIMED_BY|DISPUTED_BY|ABOUT]-(:Claim) } AS claim_count,
       EXISTS { (n)-[:DISPUTED_BY]->(:Actor) } AS has_disputers,
       head([(n)-[:LOCATED_IN]->(p:Place) | p.name]) AS place_name
