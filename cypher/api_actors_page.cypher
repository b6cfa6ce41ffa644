// API /actors: one page of actor ids by name, filtered by label (Person or Group) and kind, with the total.
// params: {"label": null, "kind": null, "offset": 0, "limit": 20}
MATCH (x:Actor)
WHERE ($label IS NULL OR $label IN labels(x)) AND ($kind IS NULL OR x.kind = $kind)
WITH x ORDER BY toLower(x.name), x.id
WITH collect(x.id) AS ids
RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS ids
