// $rows: [{id, name, names}] for persons that are new or whose name changed; marked dirty so their
// EMAILED edges are rebuilt.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.names = row.names, p.dirty = true
