// A person whose addresses took part in new mail must have its edges rebuilt.
MATCH (p:Person)-[:USES]->(a:Address {dirty: true})
WITH DISTINCT p
SET p.dirty = true
