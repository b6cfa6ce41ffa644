// API /map: every strike whose place has coordinates, filtered like /strikes, with how contested it is: 'contradicted' when reports name more than one perpetrator, 'disputed' when a claim about it is disputed, else 'none'.
// params: {"place": null, "perpetrator": null, "kind": null, "date_from": null, "date_to": null, "undated": "include", "limit": 2000}
// One row holding a list: the Python driver spends ~15 µs on every row it receives, a list item far less.
MATCH (s:Strike)-[:LOCATED_IN]->(p:Place)
WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL
  AND ($kind IS NULL OR s.kind = $kind)
  AND ((s.date IS NULL AND $undated = 'include')
       OR (s.date IS NOT NULL AND ($date_from IS NULL OR s.date >= $date_from)
           AND ($date_to IS NULL OR s.date <= $date_to)))
  AND ($place IS NULL OR EXISTS { (p)-[:LOCATED_IN*0..8]->(:Place {id: $place}) })
  AND ($perpetrator IS NULL OR EXISTS {
        MATCH (s)-[:CARRIED_OUT_BY]->(x:Actor)
        WHERE x.id = $perpetrator OR EXISTS { (x)-[:MEMBER_OF]->(:Group {id: $perpetrator}) } })
WITH s, p, COUNT { (s)-[:CARRIED_OUT_BY]->(:Actor) } AS perpetrators,
     COUNT { (s)<-[:ABOUT]-(:Claim)-[:DISPUTED_BY]->(:Actor) } AS disputes,
     COUNT { (s)<-[:ABOUT]-(:Claim) } AS claims
ORDER BY coalesce(s.date, '') DESC, s.id
LIMIT $limit
WITH {id: s.id, kind: s.kind, date: s.date, killed: s.killed, place_id: p.id, place: p.name, lat: p.lat, lon: p.lon,
      claim_count: claims, dispute_count: disputes,
      contest: CASE WHEN perpetrators > 1 THEN 'contradicted' WHEN disputes > 0 THEN 'disputed' ELSE 'none' END} AS row
RETURN collect(row) AS rows
