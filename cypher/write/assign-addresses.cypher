// $rows: [{email, person, reason}] for addresses whose person or reason changed. An address that
// moves leaves its old person and joins the new one; both are marked dirty (their counts are rebuilt
// from the messages). A changed reason alone changes no count.
UNWIND $rows AS row
MATCH (a:Address {email: row.email}), (p:Person {id: row.person})
CALL (a, p) {
  MATCH (old:Person)-[u:USES]->(a)
  WHERE old <> p
  SET old.dirty = true
  DELETE u
}
MERGE (p)-[n:USES]->(a)
  ON CREATE SET p.dirty = true
SET n.reason = row.reason
