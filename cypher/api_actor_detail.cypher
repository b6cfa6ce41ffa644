// API /actors/{id}: an actor, the ids of the claims it made (a group's include its members'), disputed and is the subject of, its strikes and memberships.
// params: {"id": "group:none"}
MATCH (x:Actor {id: $id})
RETURN x {.id, .name, .kind, .aliases, label: CASE WHEN x:Person THEN 'Person' ELSE 'Group' END} AS actor,
       [(c:Claim)-[:CLAIMED_BY]->(:Actor)-[:MEMBER_OF*0..1]->(x) | c.id] AS claims_made,
       [(c:Claim)-[:DISPUTED_BY]->(x) | c.id] AS claims_disputed,
       [(c:Claim)-[:ABOUT]->(x) | c.id] AS claims_about,
       [(s:Strike)-[:CARRIED_OUT_BY]->(x) | s.id] AS strikes_carried_out,
       [(s:Strike)-[:TARGETED]->(x) | s.id] AS strikes_targeted,
       [(x)-[m:MEMBER_OF]->(g:Group) | {group: {id: g.id, name: g.name, kind: g.kind, label: 'Group'}, role: m.role}] AS member_of,
       [(p:Person)-[m:MEMBER_OF]->(x) | {person: {id: p.id, name: p.name, kind: p.kind, label: 'Person'}, role: m.role}] AS members
