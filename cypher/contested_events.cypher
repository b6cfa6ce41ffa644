// Contested events: strikes whose reports disagree — a claim about them is disputed, or claimants give different death tolls — with each side's figures side by side.
// browser: Strikes
// params: {"min_claims": 1}
MATCH (s:Strike)<-[:ABOUT]-(c:Claim)
OPTIONAL MATCH (c)-[:CLAIMED_BY]->(claimant:Actor)
OPTIONAL MATCH (c)-[:DISPUTED_BY]->(disputer:Actor)
WITH s, c, collect(DISTINCT claimant.name) AS claimants, collect(DISTINCT disputer.name) AS disputers
WITH s, count(c) AS claims,
     collect(CASE WHEN c.killed IS NULL AND c.wounded IS NULL THEN null
             ELSE {by: claimants, killed: c.killed, wounded: c.wounded, qualifier: c.qualifier} END) AS figures,
     collect(DISTINCT c.killed) AS tolls,
     [d IN collect(disputers) WHERE size(d) > 0] AS disputes,
     sum(CASE WHEN c.stance = 'disputed' THEN 1 ELSE 0 END) AS denials
WHERE claims >= $min_claims AND (size(tolls) > 1 OR size(disputes) > 0 OR denials > 0)
OPTIONAL MATCH (s)-[:LOCATED_IN]->(site:Place)
RETURN s.date AS date, s.kind AS kind, site.name AS place, claims, size(tolls) AS distinct_tolls, figures,
       reduce(names = [], d IN disputes | names + [n IN d WHERE NOT n IN names]) AS disputed_by,
       s.id AS strike_id
ORDER BY distinct_tolls DESC, claims DESC, date DESC
LIMIT 200
