// Ingest: the stored text hash of an article, to skip unchanged re-ingests.
// params: {"id": "article:none"}
MATCH (a:Article {id: $id})
RETURN a.text_sha256 AS text_sha256
