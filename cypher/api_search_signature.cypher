// API search: how many articles, actors, places and strikes there are; the name index is rebuilt only when these change.
// params: {}
RETURN COUNT { MATCH (n:Article) } AS articles, COUNT { MATCH (n:Actor) } AS actors,
       COUNT { MATCH (n:Place) } AS places, COUNT { MATCH (n:Strike) } AS strikes
