// API: articles by id with how many claims they report and strikes they mention.
// params: {"ids": ["article:none"]}
// Projected in WITH first: ArcadeDB returns {a: x {.id}} as if it were x {.id}, losing the outer map.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WITH a {.id, .title, .outlet, .url, .published, .source_name} AS article,
     COUNT { (a)<-[:REPORTED_IN]-(:Claim) } AS claim_count,
     COUNT { (a)-[:MENTIONS]->(:Strike) } AS strike_count
RETURN collect({article: article, claim_count: claim_count, strike_count: strike_count}) AS rows
