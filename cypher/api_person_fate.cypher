// API /people/{id}/fate: a person and the ids of every claim about their fate (killed, wounded, captured, alive), oldest first.
// params: {"id": "person:none"}
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)<-[:ABOUT]-(c:Claim)
WHERE c.fate IS NOT NULL
WITH p, c ORDER BY coalesce(c.published, '9999'), c.start
RETURN p {.id, .name, .kind, label: 'Person'} AS person, collect(c.id) AS claim_ids
