// Resolve: strikes already in the graph at a place within a date window, to merge reports of one event.
// params: {"place_id": "place:none", "kind": "airstrike", "date_from": "2020-01-01", "date_to": "2020-01-31"}
MATCH (s:Strike)-[:LOCATED_IN]->(:Place {id: $place_id})
WHERE s.kind = $kind AND (s.date IS NULL OR (s.date >= $date_from AND s.date <= $date_to))
OPTIONAL MATCH (s)-[:CARRIED_OUT_BY]->(x:Actor)
RETURN s.id AS id, s.date AS date, collect(x.id) AS perpetrator_ids
