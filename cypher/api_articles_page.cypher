// API /articles: one page of article ids, newest first, with the total; `q` (lower case) is found in the title, outlet, url or file name.
// params: {"q": null, "offset": 0, "limit": 20}
MATCH (a:Article)
WHERE $q IS NULL
   OR toLower(coalesce(a.title, '')) CONTAINS $q OR toLower(coalesce(a.outlet, '')) CONTAINS $q
   OR toLower(coalesce(a.url, '')) CONTAINS $q OR toLower(coalesce(a.source_name, '')) CONTAINS $q
WITH a ORDER BY coalesce(a.published, '') DESC, a.id
WITH collect(a.id) AS ids, sum(CASE WHEN a.published IS NULL THEN 1 ELSE 0 END) AS undated
RETURN size(ids) AS total, undated, ids[$offset..$offset + $limit] AS ids
