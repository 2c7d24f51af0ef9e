// $rows: RoleRow[] for senders.
UNWIND $rows AS row
MATCH (m:Message {id: row.message}), (a:Address {email: row.email})
MERGE (a)-[r:SENT]->(m)
// Copies may spell the display name differently; the smallest wins so order does not matter.
SET r.name = CASE WHEN row.name IS NOT NULL AND (r.name IS NULL OR row.name < r.name) THEN row.name ELSE r.name END
