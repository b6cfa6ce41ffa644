// API ?article= and /articles/{id}: the ids of the articles whose id, url or file name (source name) is the handle.
// params: {"handle": "article:none"}
MATCH (a:Article {id: $handle})
RETURN a.id AS id
UNION
MATCH (a:Article {url: $handle})
RETURN a.id AS id
UNION
MATCH (a:Article {source_name: $handle})
RETURN a.id AS id
