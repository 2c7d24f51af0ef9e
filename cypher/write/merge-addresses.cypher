// $rows: AddressRow[]. Every address a batch touches is marked dirty, so the derive step
// (refresh-addresses) recomputes its names and its who-wrote-to-whom edges.
UNWIND $rows AS row
MERGE (a:Address {email: row.email})
  ON CREATE SET a.kind = row.kind, a.domain = row.domain
SET a.dirty = true
