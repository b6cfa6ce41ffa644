// API /network place filter: the ids of the places, strikes and claims within a place, and of the places containing it.
// params: {"place": "place:none"}
MATCH (root:Place {id: $place})
RETURN [(p:Place)-[:LOCATED_IN*0..8]->(root) | p.id] AS places,
       [(root)-[:LOCATED_IN*1..8]->(a:Place) | a.id] AS ancestors,
       [(s:Strike)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..8]->(root) | s.id] AS strikes,
       [(c:Claim)-[:ABOUT]->()-[:LOCATED_IN*0..8]->(root) | c.id] AS claims
