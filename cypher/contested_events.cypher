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
     collect(DISTINCT c.killed) AS tolls, collect(disputers) AS dispute_lists,
     sum(CASE WHEN c.stance = 'disputed' THEN 1 ELSE 0 END) AS denials
WITH s, claims, figures, tolls, denials,
     reduce(names = [], d IN dispute_lists | names + [n IN d WHERE NOT n IN names]) AS disputed_by
WHERE claims >= $min_claims AND (size(tolls) > 1 OR size(disputed_by) > 0 OR denials > 0)
OPTIONAL MATCH (s)-[:LOCATED_IN]->(site:Place)
RETURN s.date AS date, s.kind AS kind, site.name AS place, claims, size(tolls) AS distinct_tolls, figures,
       disputed_by, s.id AS strike_id
ORDER BY distinct_tolls DESC, claims DESC, date DESC
LIMIT 200
