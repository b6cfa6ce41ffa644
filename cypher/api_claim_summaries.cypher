// API: claims by id with their article, claimants, disputers and what they are about.
// params: {"ids": ["claim:none"]}
// One row holding a list: the Python driver spends ~15 µs on every row it receives, a list item far less.
// Projected in WITH first: ArcadeDB returns {a: x {.id}} as if it were x {.id}, losing the outer map.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WITH c {.id, .text, .sentence, .cue, .confidence, .stance, .fate, .killed, .wounded, .qualifier,
        .published, .start, .end} AS claim,
     head([(c)-[:REPORTED_IN]->(a:Article) | a {.id, .title, .outlet, .url, .published, .source_name}]) AS article,
     [(c)-[:CLAIMED_BY]->(x:Actor) | x {.id, .name, .kind, label: CASE WHEN x:Person THEN 'Person' ELSE 'Group' END}] AS claimants,
     [(c)-[:DISPUTED_BY]->(x:Actor) | x {.id, .name, .kind, label: CASE WHEN x:Person THEN 'Person' ELSE 'Group' END}] AS disputers,
     [(c)-[:ABOUT]->(t) | t {.id, .name, .kind, .date,
        label: CASE WHEN t:Strike THEN 'Strike' WHEN t:Place THEN 'Place' WHEN t:Person THEN 'Person' ELSE 'Group' END}] AS about
RETURN collect({claim: claim, article: article, claimants: claimants, disputers: disputers, about: about}) AS rows
