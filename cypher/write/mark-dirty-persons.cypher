// Persons using an address whose counts cannot be added to ($derive on Address.rebuild) have their
// counts rebuilt from the messages, like persons whose addresses changed.
MATCH (p:Person)-[:USES]->(:Address {rebuild: $derive})
WITH DISTINCT p
SET p.dirty = true
