// API /actors/{id}: an actor, [date, id] of the claims it made (a group's include its members'), disputed and is the subject of, of its strikes, and its memberships.
// params: {"id": "group:none"}
// Each pattern starts at the bound actor: ArcadeDB scans a whole label when a pattern starts at an unbound node.
MATCH (x:Actor {id: $id})
RETURN x {.id, .name, .kind, .aliases, label: CASE WHEN x:Person THEN 'Person' ELSE 'Group' END} AS actor,
       [(x)<-[:MEMBER_OF*0..1]-(:Actor)<-[:CLAIMED_BY]-(c:Claim) | [c.published, c.id]] AS claims_made,
       [(x)<-[:DISPUTED_BY]-(c:Claim) | [c.published, c.id]] AS claims_disputed,
       [(x)<-[:ABOUT]-(c:Claim) | [c.published, c.id]] AS claims_about,
       [(x)<-[:CARRIED_OUT_BY]-(s:Strike) | [s.date, s.id]] AS strikes_carried_out,
       [(x)<-[:TARGETED]-(s:Strike) | [s.date, s.id]] AS strikes_targeted,
       [(x)-[m:MEMBER_OF]->(g:Group) | {group: {id: g.id, name: g.name, kind: g.kind, label: 'Group'}, role: m.role}] AS member_of,
       [(x)<-[m:MEMBER_OF]-(p:Person) | {person: {id: p.id, name: p.name, kind: p.kind, label: 'Person'}, role: m.role}] AS members
