"""The REST API: actors, claims, strikes, places, networks, fate timelines, search and safe Cypher."""
