// $rows: [{id, name, names}] for persons that are new or whose names changed (Person.renamed: the
// entity pass reads again the messages that may name them).
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.names = row.names, p.renamed = true
