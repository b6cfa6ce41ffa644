// API /places/{id}: a place, the places containing it (with their distance), the places directly in it, and [date, id] of the strikes within it at any depth.
// params: {"id": "place:none"}
// Each pattern starts at the bound place: ArcadeDB scans a whole label when a pattern starts at an unbound node.
MATCH (p:Place {id: $id})
RETURN p {.id, .name, .kind, .country_code, .lat, .lon} AS place,
       [path = (p)-[:LOCATED_IN*1..8]->(a:Place) |
          {place: {id: a.id, name: a.name, kind: a.kind, country_code: a.country_code, lat: a.lat, lon: a.lon},
           distance: length(path)}] AS ancestors,
       [(p)<-[:LOCATED_IN]-(c:Place) | c {.id, .name, .kind, .country_code, .lat, .lon}] AS children,
       [(p)<-[:LOCATED_IN*0..8]-(:Place)<-[:LOCATED_IN]-(s:Strike) | [s.date, s.id]] AS strikes
