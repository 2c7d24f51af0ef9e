// The analyst's identity corrections (`leakgraph people merge|split`, or the explorer's buttons):
// all of them, or those naming an address person $person uses now; oldest first.
MATCH (c:Correction)
WHERE $person IS NULL OR EXISTS { MATCH (:Person {id: $person})-[:USES]->(a:Address) WHERE a.email IN c.addresses }
RETURN c.id AS id, c.kind AS kind, c.addresses AS addresses, coalesce(c.note, '') AS note, toString(c.at) AS at
ORDER BY at, id
