// $rows: AddressRow[] with `dirty`: the address takes part in a message new to the graph, so the
// derive step must recompute its names, its edges and its person.
UNWIND $rows AS row
MERGE (a:Address {email: row.email})
  ON CREATE SET a.kind = row.kind, a.domain = row.domain
FOREACH (_ IN CASE WHEN row.dirty THEN [1] ELSE [] END | SET a.dirty = true)
