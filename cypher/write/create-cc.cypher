// $rows: RoleRow[] of messages this same transaction created: their CC edges cannot exist yet.
UNWIND $rows AS row
MATCH (m:Message {id: row.message}), (a:Address {email: row.email})
CREATE (m)-[:CC {name: row.name}]->(a)
