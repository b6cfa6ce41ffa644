// API: claims by id with their article, claimants, disputers and what they are about.
// params: {"ids": ["claim:none"]}
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c {.id, .text, .sentence, .cue, .confidence, .stance, .fate, .killed, .wounded, .qualifier,
          .published, .start, .end} AS claim,
       head([(c)-[:REPORTED_IN]->(a:Article) | a {.id, .title, .outlet, .url, .published, .source_name}]) AS article,
       [(c)-[:CLAIMED_BY]->(x:Actor) | x {.id, .name, .kind, label: CASE WHEN x:Person THEN 'Person' ELSE 'Group' END}] AS claimants,
       [(c)-[:DISPUTED_BY]->(x:Actor) | x {.id, .name, .kind, label: CASE WHEN x:Person THEN 'Person' ELSE 'Group' END}] AS disputers,
       [(c)-[:ABOUT]->(t) | t {.id, .name, .kind, .date,
          label: CASE WHEN t:Strike THEN 'Strike' WHEN t:Place THEN 'Place' WHEN t:Person THEN 'Person' ELSE 'Group' END}] AS about
