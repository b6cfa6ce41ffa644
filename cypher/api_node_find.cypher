// API filters: the person, group, place or strike with this id, if any, and its label.
// params: {"id": "place:none"}
MATCH (n:Actor {id: $id})
RETURN n.id AS id, CASE WHEN n:Person THEN 'Person' ELSE 'Group' END AS label
UNION ALL
MATCH (n:Place {id: $id})
RETURN n.id AS id, 'Place' AS label
UNION ALL
MATCH (n:Strike {id: $id})
RETURN n.id AS id, 'Strike' AS label
