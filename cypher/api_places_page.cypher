// API /places: one page of place ids by name, filtered by kind, with the total.
// params: {"kind": null, "offset": 0, "limit": 20}
MATCH (p:Place)
WHERE $kind IS NULL OR p.kind = $kind
WITH p ORDER BY toLower(p.name), p.id
WITH collect(p.id) AS ids
RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS ids
