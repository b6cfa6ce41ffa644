// Ingest: a person speaks for, leads or belongs to a group.
// params: {"rows": []}
UNWIND $rows AS r
MATCH (p:Person {id: r.person_id}), (g:Group {id: r.group_id})
MERGE (p)-[m:MEMBER_OF]->(g)
SET m.role = r.role
