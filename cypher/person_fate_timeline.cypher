// A person's fate timeline: every claim that they were killed, wounded, captured or are alive, in date order, with who says so, who disputes it and the source sentence.
// browser: People
// params: {"person": "Hassan Ali Fakih"}
MATCH (p:Person)
WHERE p.id = $person OR toLower(p.name) = toLower($person)
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($person))
MATCH (p)<-[:ABOUT]-(c:Claim)-[:REPORTED_IN]->(a:Article)
WHERE c.fate IS NOT NULL
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(claimant:Actor)
OPTIONAL MATCH (c)-[:DISPUTED_BY]->(disputer:Actor)
RETURN p.name AS person, c.published AS date, c.fate AS fate,
       collect(DISTINCT claimant.name) AS claimed_by, collect(DISTINCT disputer.name) AS disputed_by,
       c.sentence AS sentence, a.outlet AS outlet, a.url AS url, c.id AS claim_id
ORDER BY person, date, claim_id
