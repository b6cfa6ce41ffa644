// Strikes by place: every strike inside a place (by id, name or alias, at any depth: a country includes its provinces, towns and villages), with perpetrators, targets and how contested its claims are.
// browser: Strikes
// params: {"place": "Idlib"}
MATCH (p:Place)
WHERE p.id = $place OR toLower(p.name) = toLower($place)
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($place))
MATCH (s:Strike)-[:LOCATED_IN]->(site:Place)-[:LOCATED_IN*0..6]->(p)
WITH DISTINCT s, site
OPTIONAL MATCH (s)-[:CARRIED_OUT_BY]->(perpetrator:Actor)
OPTIONAL MATCH (s)-[:TARGETED]->(target:Actor)
WITH s, site, collect(DISTINCT perpetrator.name) AS carried_out_by, collect(DISTINCT target.name) AS targeted
OPTIONAL MATCH (s)<-[:ABOUT]-(c:Claim)
OPTIONAL MATCH (c)-[:DISPUTED_BY]->(disputer:Actor)
WITH s, site, carried_out_by, targeted, count(DISTINCT c) AS claims, count(DISTINCT disputer) AS disputers
RETURN s.date AS date, s.kind AS kind, site.name AS place, s.killed AS killed, s.wounded AS wounded,
       carried_out_by, targeted, claims, disputers, s.id AS strike_id
ORDER BY date DESC, strike_id
LIMIT 500
