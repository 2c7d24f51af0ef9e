// Persons among $ids left without addresses after a merge or split.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE NOT (p)-[:USES]->()
DETACH DELETE p
