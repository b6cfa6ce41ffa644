// API readiness: the database answers a query.
// params: {}
RETURN 1 AS ok
