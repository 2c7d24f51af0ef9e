// GET /api/path: the shortest chains of EMAILED edges (either direction) between two persons.
// The hop limit is applied after the search (10 is the schema's maximum), so Neo4j never falls
// back to an exhaustive search; $fetch caps the paths read (the server drops duplicates that
// differ only in edge direction).
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH path = allShortestPaths((a)-[:EMAILED*..10]-(b))
WITH path LIMIT $fetch
WITH path WHERE length(path) <= $maxHops
RETURN [n IN nodes(path) | {id: n.id, name: coalesce(n.name, n.id)}] AS persons
