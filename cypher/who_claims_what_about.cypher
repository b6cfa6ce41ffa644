// Who claims what about X: every claim about an actor, place or strike (matched by id, name or alias), with who makes it, who disputes it, and its source.
// browser: Claims
// params: {"about": "Ismail Yare Hiraabe"}
MATCH (x)<-[:ABOUT]-(c:Claim)-[:REPORTED_IN]->(a:Article)
WHERE x.id = $about OR toLower(x.name) = toLower($about)
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($about))
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(claimant:Actor)
OPTIONAL MATCH (c)-[:DISPUTED_BY]->(disputer:Actor)
WITH x, c, a, collect(DISTINCT claimant.name) AS claimed_by, collect(DISTINCT disputer.name) AS disputed_by
RETURN coalesce(x.name, x.kind + ' ' + x.date) AS about, c.text AS claim, claimed_by, disputed_by,
       c.sentence AS sentence, a.outlet AS outlet, a.published AS published, a.url AS url, c.id AS claim_id
ORDER BY published, claim_id
LIMIT 200
