// API search: every name and alias (normalised) of people, groups and places, and what names a strike, for the in-memory fuzzy index.
// params: {}
MATCH (n:Person)
RETURN n.id AS id, 'Person' AS label, n.name AS name, n.kind AS kind, coalesce(n.search_names, []) AS search_names,
       head([(n)-[m:MEMBER_OF]->(g:Group) | coalesce(m.role, 'member') + ', ' + g.name]) AS detail
UNION ALL
MATCH (n:Group)
RETURN n.id AS id, 'Group' AS label, n.name AS name, n.kind AS kind, coalesce(n.search_names, []) AS search_names,
       replace(coalesce(n.kind, 'group'), '_', ' ') AS detail
UNION ALL
MATCH (n:Place)
RETURN n.id AS id, 'Place' AS label, n.name AS name, n.kind AS kind, coalesce(n.search_names, []) AS search_names,
       coalesce(n.kind, 'place') + coalesce(', ' + head([(n)-[:LOCATED_IN*1..8]->(c:Place {kind: 'country'}) | c.name]), '') AS detail
UNION ALL
MATCH (s:Strike)
OPTIONAL MATCH (s)-[:LOCATED_IN]->(p:Place)
WITH s, head(collect(p)) AS p
RETURN s.id AS id, 'Strike' AS label, s.kind + coalesce(' in ' + p.name, '') AS name, s.kind AS kind,
       [x IN coalesce(p.search_names, []) | replace(s.kind, '_', ' ') + ' ' + x] AS search_names,
       coalesce(s.date, 'undated') + coalesce(', ' + p.name, '') AS detail
