// Optional: full-text search over names and aliases. Neo4j has it; ArcadeDB's Cypher does not,
// and search falls back to matching normalised names there.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Group|Place) ON EACH [n.name, n.search_names];
