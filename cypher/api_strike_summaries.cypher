// API: strikes by id with their place, perpetrators, targets and number of claims about them.
// params: {"ids": ["strike:none"]}
UNWIND $ids AS id
MATCH (s:Strike {id: id})
RETURN s {.id, .kind, .date, .date_precision, .killed, .wounded} AS strike,
       head([(s)-[:LOCATED_IN]->(p:Place) | p {.id, .name, .kind, .country_code, .lat, .lon}]) AS place,
       [(s)-[:CARRIED_OUT_BY]->(x:Actor) | x {.id, .name, .kind, label: CASE WHEN x:Person THEN 'Person' ELSE 'Group' END}] AS perpetrators,
       [(s)-[:TARGETED]->(x:Actor) | x {.id, .name, .kind, label: CASE WHEN x:Person THEN 'Person' ELSE 'Group' END}] AS targets,
       COUNT { (s)<-[:ABOUT]-(:Claim) } AS claim_count
