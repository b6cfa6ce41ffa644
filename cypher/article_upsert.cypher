// Ingest: create or update one Article node; ingested_at (UTC) tells readers the graph changed.
// params: {"id": "article:none", "source_name": "example.txt", "url": null, "title": "t", "outlet": null, "published": null, "text_sha256": "0", "text": "", "ingested_at": "2026-01-01T00:00:00.000000+00:00"}
MERGE (a:Article {id: $id})
SET a.source_name = $source_name, a.url = $url, a.title = $title, a.outlet = $outlet,
    a.published = $published, a.text_sha256 = $text_sha256, a.text = $text,
    a.ingested_at = $ingested_at
RETURN a.id AS id
