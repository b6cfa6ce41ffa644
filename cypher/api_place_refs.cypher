// API: places by id.
// params: {"ids": ["place:none"]}
// One row holding a list: the Python driver spends ~15 µs on every row it receives, a list item far less.
// Projected in WITH first: ArcadeDB returns {a: x {.id}} as if it were x {.id}, losing the outer map.
UNWIND $ids AS id
MATCH (p:Place {id: id})
WITH p {.id, .name, .kind, .country_code, .lat, .lon} AS place
RETURN collect({place: place}) AS rows
