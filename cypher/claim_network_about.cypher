// The who-claims-what network around X, drawn as a graph: claims about X (or about strikes inside place X), who made and who disputed them.
// browser: Claims
// params: {"about": "Mellit"}
MATCH (x)
WHERE (x:Actor OR x:Place OR x:Strike)
  AND (x.id = $about OR toLower(x.name) = toLower($about)
       OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($about)))
OPTIONAL MATCH (strike:Strike)-[:LOCATED_IN*1..6]->(x)
WITH x, collect(DISTINCT strike) AS strikes
UNWIND [x] + strikes AS subject
MATCH claimed = (subject)<-[:ABOUT]-(:Claim)-[:CLAIMED_BY|DISPUTED_BY]->(:Actor)
OPTIONAL MATCH located = (subject:Strike)-[:LOCATED_IN]->(:Place)
RETURN claimed, located
LIMIT 300
