// API /claims: one page of claim ids, newest first, with the total and how many of them are undated. A group as claimant includes its members' claims; `about` and `place` include everything located within a place; `undated` ('include' or 'exclude') keeps or drops claims without a publication date, whatever the date filters.
// params: {"claimant": null, "about": null, "place": null, "disputed": null, "article": null, "date_from": null, "date_to": null, "undated": "include", "offset": 0, "limit": 20}
MATCH (c:Claim)
WHERE ((c.published IS NULL AND $undated = 'include')
       OR (c.published IS NOT NULL AND ($date_from IS NULL OR c.published >= $date_from)
           AND ($date_to IS NULL OR c.published <= $date_to)))
  AND ($article IS NULL OR EXISTS { (c)-[:REPORTED_IN]->(:Article {id: $article}) })
  AND ($claimant IS NULL OR EXISTS {
        MATCH (c)-[:CLAIMED_BY]->(x:Actor)
        WHERE x.id = $claimant OR EXISTS { (x)-[:MEMBER_OF]->(:Group {id: $claimant}) } })
  AND ($about IS NULL OR EXISTS {
        MATCH (c)-[:ABOUT]->(t)
        WHERE t.id = $about OR EXISTS { (t)-[:LOCATED_IN*1..8]->(:Place {id: $about}) } })
  AND ($place IS NULL OR EXISTS { (c)-[:ABOUT]->()-[:LOCATED_IN*0..8]->(:Place {id: $place}) })
  AND ($disputed IS NULL OR $disputed = (c.stance = 'disputed' OR EXISTS { (c)-[:DISPUTED_BY]->(:Actor) }))
WITH c ORDER BY coalesce(c.published, '') DESC, c.id
WITH collect(c.id) AS ids, sum(CASE WHEN c.published IS NULL THEN 1 ELSE 0 END) AS undated
RETURN size(ids) AS total, undated, ids[$offset..$offset + $limit] AS ids
