// Ingest: create or update one Article node.
// params: {"id": "article:none", "source_name": "example.txt", "url": null, "title": "t", "outlet": null, "published": null, "text_sha256": "0", "text": ""}
MERGE (a:Article {id: $id})
SET a.source_name = $source_name, a.url = $url, a.title = $title, a.outlet = $outlet,
    a.published = $published, a.text_sha256 = $text_sha256, a.text = $text
RETURN a.id AS id
