// Ingest: claims of one article, each REPORTED_IN it.
// params: {"article_id": "article:none", "rows": []}
MATCH (a:Article {id: $article_id})
UNWIND $rows AS r
MERGE (c:Claim {id: r.id})
SET c.text = r.text, c.sentence = r.sentence, c.start = r.start, c.end = r.end, c.cue = r.cue,
    c.confidence = r.confidence, c.stance = r.stance, c.fate = r.fate, c.killed = r.killed,
    c.wounded = r.wounded, c.qualifier = r.qualifier, c.published = a.published
MERGE (c)-[:REPORTED_IN]->(a)
