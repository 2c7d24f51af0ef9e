// $rows: RoleRow[] of messages this same transaction created: their BCC edges cannot exist yet.
UNWIND $rows AS row
MATCH (m:Message {id: row.message}), (a:Address {email: row.email})
CREATE (m)-[:BCC {name: row.name}]->(a)
