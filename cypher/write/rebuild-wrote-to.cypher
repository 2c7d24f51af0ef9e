// Address-level who-wrote-to-whom, rebuilt from the messages for the senders whose counts cannot be
// added to ($derive on Address.rebuild: a copy revealed a BCC recipient, or a message's date moved):
// WROTE_TO {count = messages from a to b, to/cc/bcc = how many of them had b in that role, first, last}.
// Every other sender's edges grow with count-wrote-to.cypher. Auto-commit.
MATCH (a:Address {rebuild: $derive})
CALL (a) {
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
