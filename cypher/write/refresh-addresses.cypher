// Rebuilds what is derived about every dirty address (one that a batch touched) from the message
// edges themselves, so it is exact however many runs, copies and crashes came before:
// - name/names/nameCounts: display names used for it, most frequent first (ties alphabetical);
// - WROTE_TO: the address-level who-talked-to-whom edges it sends, with
//   count = messages from a to b, and to/cc/bcc = how many of them had b in that role.
// Auto-commit (CALL … IN TRANSACTIONS): each address is rebuilt in one transaction. The dirty flag
// stays: identity resolution and the person-level edges still need it (clear-dirty removes it).
MATCH (a:Address) WHERE a.dirty = true
CALL (a) {
  CALL (a) {
    OPTIONAL CALL (a) {
      MATCH (a)-[r:SENT]->() WHERE r.name IS NOT NULL RETURN r.name AS name
      UNION ALL
      MATCH ()-[r:TO|CC|BCC]->(a) WHERE r.name IS NOT NULL RETURN r.name AS name
    }
    WITH name, count(name) AS uses
    ORDER BY uses DESC, name ASC
    WITH collect(name) AS names, collect(uses) AS counts
    SET a.name = names[0], a.names = names[0..20], a.nameCounts = counts[0..20]
  }
  CALL (a) {
    MATCH (a)-[old:WROTE_TO]->()
    DELETE old
  }
  CALL (a) {
    MATCH (a)-[:SENT]->(m:Message)-[r:TO|CC|BCC]->(b:Address)
    WITH b, m, type(r) AS role
    WITH b,
         count(DISTINCT m) AS count,
         sum(CASE role WHEN 'TO' THEN 1 ELSE 0 END) AS to,
         sum(CASE role WHEN 'CC' THEN 1 ELSE 0 END) AS cc,
         sum(CASE role WHEN 'BCC' THEN 1 ELSE 0 END) AS bcc,
         min(m.date) AS first,
         max(m.date) AS last
    CREATE (a)-[:WROTE_TO {count: count, to: to, cc: cc, bcc: bcc, first: first, last: last}]->(b)
  }
} IN TRANSACTIONS OF 200 ROWS
