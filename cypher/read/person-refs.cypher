// Names of the persons $ids (for paths, query results and exports).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, coalesce(p.name, p.id) AS name
