// Ingest: each place's count of the strikes located directly in it, written only when it changed. Two writers creating strikes at one place at once both change it, so one of them retries and finds the other's strike to merge with (ArcadeDB rebases bare edge appends, so the edges alone do not always conflict).
// params: {"ids": ["place:none"]}
UNWIND $ids AS id
MATCH (p:Place {id: id})
WITH p, COUNT { (p)<-[:LOCATED_IN]-(:Strike) } AS n
WHERE p.strike_count IS NULL OR p.strike_count <> n
SET p.strike_count = n
