// Analysts' own saved queries (SavedQuery nodes), by name.
MATCH (q:SavedQuery)
RETURN q.name AS name, q.title AS title, coalesce(q.description, '') AS description, q.cypher AS cypher,
       coalesce(q.params, '[]') AS params, coalesce(q.result, 'table') AS result,
       toString(q.createdAt) AS createdAt, toString(q.updatedAt) AS updatedAt
ORDER BY name
