// API /network place filter: the ids of the places, strikes and claims within a place, and of the places containing it.
// params: {"place": "place:none"}
// Each pattern starts at the bound place: ArcadeDB scans a whole label when a pattern starts at an unbound node.
MATCH (root:Place {id: $place})
RETURN [(root)<-[:LOCATED_IN*0..8]-(p:Place) | p.id] AS places,
       [(root)-[:LOCATED_IN*1..8]->(a:Place) | a.id] AS ancestors,
       [(root)<-[:LOCATED_IN*0..8]-(:Place)<-[:LOCATED_IN]-(s:Strike) | s.id] AS strikes,
       [(root)<-[:LOCATED_IN*0..8]-()<-[:ABOUT]-(c:Claim) | c.id] AS claims
