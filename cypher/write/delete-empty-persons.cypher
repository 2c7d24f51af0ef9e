// Persons left without addresses after a merge or split.
MATCH (p:Person) WHERE NOT (p)-[:USES]->()
DETACH DELETE p
