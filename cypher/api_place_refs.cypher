// API: places by id.
// params: {"ids": ["place:none"]}
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN p {.id, .name, .kind, .country_code, .lat, .lon} AS place
