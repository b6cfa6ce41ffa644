// Lookups by name, provenance and date; ingested_at makes the API's check for a changed graph cheap.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX group_name IF NOT EXISTS FOR (n:Group) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source_name);
CREATE INDEX strike_date IF NOT EXISTS FOR (n:Strike) ON (n.date);
CREATE INDEX article_ingested IF NOT EXISTS FOR (n:Article) ON (n.ingested_at);
