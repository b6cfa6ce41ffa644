"""Graph layer: settings, errors, the embedded server, the driver, named Cypher queries and the schema."""
