// Disputed claims: every claim someone denies or disputes, newest first, with both sides and the source sentence. Dates are optional (null = open).
// browser: Claims
// params: {"date_from": null, "date_to": null}
MATCH (c:Claim)-[:DISPUTED_BY]->(disputer:Actor)
WHERE ($date_from IS NULL OR c.published >= $date_from) AND ($date_to IS NULL OR c.published <= $date_to)
WITH c, collect(DISTINCT disputer.name) AS disputed_by
MATCH (c)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(claimant:Actor)
OPTIONAL MATCH (c)-[:ABOUT]->(subject)
WITH c, a, disputed_by, collect(DISTINCT claimant.name) AS claimed_by,
     collect(DISTINCT coalesce(subject.name, subject.kind + ' ' + coalesce(subject.date, ''))) AS about
RETURN c.published AS published, c.text AS claim, claimed_by, disputed_by, about,
       c.sentence AS sentence, a.outlet AS outlet, a.url AS url, c.id AS claim_id
ORDER BY published DESC, claim_id
LIMIT 500
