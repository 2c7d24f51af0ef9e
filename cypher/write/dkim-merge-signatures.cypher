// $rows: SignatureRow[] (ingest/extract/dkim/rows.ts). One (:Signature) per DKIM-Signature header of
// a copy, keyed by copy + position, so verifying again (new keys, `leakgraph verify`) overwrites it.
// USED_KEY points at the key that verified it (or that it failed against); it is replaced each time.
UNWIND $rows AS row
MATCH (c:Copy {key: row.copy})
MERGE (s:Signature {key: row.key})
SET s += row.props,
    s.time = CASE WHEN row.time IS NULL THEN null ELSE datetime(row.time) END,
    s.expires = CASE WHEN row.expires IS NULL THEN null ELSE datetime(row.expires) END
MERGE (c)-[:HAS_SIGNATURE]->(s)
WITH s, row
CALL (s) {
  MATCH (s)-[old:USED_KEY]->()
  DELETE old
}
CALL (s, row) {
  MATCH (k:DkimKey {id: row.keyId})
  MERGE (s)-[:USED_KEY]->(k)
}
