// API /places/{id}: a place, the places containing it (with their distance), the places directly in it, and the ids of strikes within it at any depth.
// params: {"id": "place:none"}
MATCH (p:Place {id: $id})
RETURN p {.id, .name, .kind, .country_code, .lat, .lon} AS place,
       [path = (p)-[:LOCATED_IN*1..8]->(a:Place) |
          {place: {id: a.id, name: a.name, kind: a.kind, country_code: a.country_code, lat: a.lat, lon: a.lon},
           distance: length(path)}] AS ancestors,
       [(c:Place)-[:LOCATED_IN]->(p) | c {.id, .name, .kind, .country_code, .lat, .lon}] AS children,
       [(s:Strike)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..8]->(p) | s.id] AS strike_ids
