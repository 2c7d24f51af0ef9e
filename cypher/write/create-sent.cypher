// $rows: RoleRow[] of messages this same transaction created: their SENT edges cannot exist yet.
UNWIND $rows AS row
MATCH (m:Message {id: row.message}), (a:Address {email: row.email})
CREATE (a)-[:SENT {name: row.name}]->(m)
