// API /stats: how many nodes of each public label (one label scan each, fast on both servers).
// params: {}
MATCH (n:Article) RETURN 'Article' AS label, count(n) AS n
UNION ALL MATCH (n:Person) RETURN 'Person' AS label, count(n) AS n
UNION ALL MATCH (n:Group) RETURN 'Group' AS label, count(n) AS n
UNION ALL MATCH (n:Place) RETURN 'Place' AS label, count(n) AS n
UNION ALL MATCH (n:Strike) RETURN 'Strike' AS label, count(n) AS n
UNION ALL MATCH (n:Claim) RETURN 'Claim' AS label, count(n) AS n
