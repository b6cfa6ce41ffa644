// Resolve: strikes already in the graph that may be the event a new report is of: at its place, at a place within two levels above it short of the country, or at a place inside it (unless it is a country), dated within the widest window; ingest/resolve.py chooses among them.
// params: {"place_id": "place:none", "date_from": "2020-01-01", "date_to": "2020-01-31"}
MATCH (p:Place {id: $place_id})
OPTIONAL MATCH (p)-[:LOCATED_IN*1..2]->(up:Place)
WHERE up.kind <> 'country'
OPTIONAL MATCH (down:Place)-[:LOCATED_IN*1..2]->(p)
WHERE p.kind <> 'country'
WITH p, collect(DISTINCT up) + collect(DISTINCT down) AS around
UNWIND [p] + around AS q
MATCH (s:Strike)-[:LOCATED_IN]->(q)
WHERE s.date >= $date_from AND s.date <= $date_to
OPTIONAL MATCH (s)-[:CARRIED_OUT_BY]->(x:Actor)
RETURN s.id AS id, s.date AS date, s.date_precision AS precision, s.kind AS kind, q.id = p.id AS same_place,
       collect(x.id) AS perpetrator_ids
