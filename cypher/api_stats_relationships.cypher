// API /stats: how many relationships of each public type.
// params: {}
MATCH ()-[r:CLAIMED_BY]->() RETURN 'CLAIMED_BY' AS type, count(r) AS n
UNION ALL MATCH ()-[r:DISPUTED_BY]->() RETURN 'DISPUTED_BY' AS type, count(r) AS n
UNION ALL MATCH ()-[r:REPORTED_IN]->() RETURN 'REPORTED_IN' AS type, count(r) AS n
UNION ALL MATCH ()-[r:ABOUT]->() RETURN 'ABOUT' AS type, count(r) AS n
UNION ALL MATCH ()-[r:LOCATED_IN]->() RETURN 'LOCATED_IN' AS type, count(r) AS n
UNION ALL MATCH ()-[r:CARRIED_OUT_BY]->() RETURN 'CARRIED_OUT_BY' AS type, count(r) AS n
UNION ALL MATCH ()-[r:TARGETED]->() RETURN 'TARGETED' AS type, count(r) AS n
UNION ALL MATCH ()-[r:MENTIONS]->() RETURN 'MENTIONS' AS type, count(r) AS n
UNION ALL MATCH ()-[r:MEMBER_OF]->() RETURN 'MEMBER_OF' AS type, count(r) AS n
