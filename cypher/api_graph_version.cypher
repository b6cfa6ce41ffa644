// API: the graph's version, which moves with every article written (ingested_at) or removed (counts); cached responses and the search index are kept until it moves.
// params: {}
MATCH (a:Article)
WITH count(a) AS articles, max(a.ingested_at) AS last_write
RETURN articles, last_write, COUNT { MATCH (n:Actor) } AS actors, COUNT { MATCH (n:Place) } AS places,
       COUNT { MATCH (n:Strike) } AS strikes, COUNT { MATCH (n:Claim) } AS claims
