// $rows: RoleRow[] of messages this same transaction created: their TO edges cannot exist yet.
UNWIND $rows AS row
MATCH (m:Message {id: row.message}), (a:Address {email: row.email})
CREATE (m)-[:TO {name: row.name}]->(a)
