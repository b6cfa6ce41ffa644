// Ingest: strikes reported by one article; a strike several articles report is one node, whose vague kind ("other", "bombing") gives way to a report's specific one whatever order they come in.
// params: {"article_id": "article:none", "rows": [], "vague_kinds": ["other"]}
MATCH (a:Article {id: $article_id})
UNWIND $rows AS r
MERGE (s:Strike {id: r.id})
ON CREATE SET s.kind = r.kind, s.date = r.date, s.date_precision = r.date_precision,
              s.killed = r.killed, s.wounded = r.wounded
SET s.kind = CASE WHEN s.kind IN $vague_kinds THEN r.kind ELSE s.kind END,
    s.killed = coalesce(s.killed, r.killed), s.wounded = coalesce(s.wounded, r.wounded),
    s.date = coalesce(s.date, r.date), s.date_precision = coalesce(s.date_precision, r.date_precision)
MERGE (a)-[:MENTIONS]->(s)
