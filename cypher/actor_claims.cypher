// What an actor claims: every claim made by a person or group (a group's claims include those of its spokesmen and members), with what it is about and who disputes it.
// browser: Claims
// params: {"actor": "Russian Defence Ministry"}
MATCH (x:Actor)
WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($actor))
MATCH (speaker:Actor)-[:MEMBER_OF*0..1]->(x)
MATCH (c:Claim)-[:CLAIMED_BY]->(speaker)
MATCH (c)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:DISPUTED_BY]->(disputer:Actor)
OPTIONAL MATCH (c)-[:ABOUT]->(subject)
RETURN c.published AS published, speaker.name AS speaker, c.text AS claim,
       collect(DISTINCT coalesce(subject.name, subject.kind + ' ' + coalesce(subject.date, ''))) AS about,
       collect(DISTINCT disputer.name) AS disputed_by, c.sentence AS sentence, a.outlet AS outlet,
       c.id AS claim_id
ORDER BY published, claim_id
LIMIT 500
