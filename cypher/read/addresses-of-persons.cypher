// The addresses each of the persons $ids uses now.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:USES]->(a:Address)
RETURN id, collect(a.email) AS emails
