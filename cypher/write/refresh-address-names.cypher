// The display names used for every address this derive touched ($derive: a new message, a revealed
// BCC, a copy with a smaller name), recounted from the message edges themselves so they are exact
// however many runs, copies and crashes came before: name, names and nameCounts, most used first
// (ties alphabetical), at most 20. When the name (the most used one) changes, the entity pass reads
// the address's messages again: it is the name it knows each participant by (read/entity-work.cypher).
// Auto-commit; the mark stays for identity resolution.
MATCH (a:Address {dirty: $derive})
CALL (a) {
  WITH a, a.name AS before
  OPTIONAL CALL (a) {
    MATCH (a)-[r:SENT]->() WHERE r.name IS NOT NULL RETURN r.name AS name
    UNION ALL
    MATCH ()-[r:TO|CC|BCC]->(a) WHERE r.name IS NOT NULL RETURN r.name AS name
  }
  WITH a, before, name, count(name) AS uses
  ORDER BY uses DESC, name ASC
  // collect() skips the null of an address no edge names (an Exchange DN): it keeps no names at all.
  WITH a, before, collect(name) AS names, collect(CASE WHEN name IS NULL THEN null ELSE uses END) AS counts
  SET a.name = names[0],
      a.names = CASE WHEN size(names) = 0 THEN null ELSE names[0..20] END,
      a.nameCounts = CASE WHEN size(names) = 0 THEN null ELSE counts[0..20] END
  WITH a WHERE coalesce(before, '') <> coalesce(a.name, '')
  CALL (a) {
    MATCH (a)-[:SENT]->(m:Message)
    RETURN m
    UNION
    MATCH (m:Message)-[:TO|CC]->(a)
    RETURN m
  }
  WITH m WHERE m.entityPending IS NULL
  SET m.entityPending = true
} IN TRANSACTIONS OF 200 ROWS
