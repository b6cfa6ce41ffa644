// What one article says: its claims in reading order (by id, url, title or file name of the article), with claimants, disputers and character offsets into the text.
// browser: Sources
// params: {"article": "sudan_mellit_market_drone.json"}
MATCH (a:Article)
WHERE a.id = $article OR a.url = $article OR a.source_name = $article OR toLower(a.title) = toLower($article)
MATCH (c:Claim)-[:REPORTED_IN]->(a)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(claimant:Actor)
OPTIONAL MATCH (c)-[:DISPUTED_BY]->(disputer:Actor)
RETURN a.title AS article, a.outlet AS outlet, a.published AS published, c.start AS offset_start, c.end AS offset_end,
       c.cue AS cue, collect(DISTINCT claimant.name) AS claimed_by, collect(DISTINCT disputer.name) AS disputed_by,
       c.text AS claim, c.sentence AS sentence, c.id AS claim_id
ORDER BY article, offset_start
LIMIT 500
