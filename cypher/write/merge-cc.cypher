// $rows: RoleRow[] for CC recipients.
UNWIND $rows AS row
MATCH (m:Message {id: row.message}), (a:Address {email: row.email})
MERGE (m)-[r:CC]->(a)
SET r.name = CASE WHEN row.name IS NOT NULL AND (r.name IS NULL OR row.name < r.name) THEN row.name ELSE r.name END
