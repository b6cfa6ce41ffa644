// API /strikes: one page of strike ids, latest first, with the total and how many of them are undated. `place` includes places within it; a group as perpetrator includes its members; `undated` ('include' or 'exclude') keeps or drops strikes without a date, whatever the date filters.
// params: {"place": null, "perpetrator": null, "kind": null, "date_from": null, "date_to": null, "undated": "include", "offset": 0, "limit": 20}
MATCH (s:Strike)
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ((s.date IS NULL AND $undated = 'include')
       OR (s.date IS NOT NULL AND ($date_from IS NULL OR s.date >= $date_from)
           AND ($date_to IS NULL OR s.date <= $date_to)))
  AND ($place IS NULL OR EXISTS { (s)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..8]->(:Place {id: $place}) })
  AND ($perpetrator IS NULL OR EXISTS {
        MATCH (s)-[:CARRIED_OUT_BY]->(x:Actor)
        WHERE x.id = $perpetrator OR EXISTS { (x)-[:MEMBER_OF]->(:Group {id: $perpetrator}) } })
WITH s ORDER BY coalesce(s.date, '') DESC, s.id
WITH collect(s.id) AS ids, sum(CASE WHEN s.date IS NULL THEN 1 ELSE 0 END) AS undated
RETURN size(ids) AS total, undated, ids[$offset..$offset + $limit] AS ids
