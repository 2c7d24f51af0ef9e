// Every address (a derive of the whole graph resolves them all), as read/identity-facts.cypher returns them.
MATCH (a:Address)
OPTIONAL MATCH (p:Person)-[:USES]->(a)
RETURN a.email AS email, a.kind AS kind, coalesce(a.domain, '') AS domain,
       coalesce(a.names, []) AS names, coalesce(a.nameCounts, []) AS nameCounts,
       a.orgNameKey AS orgNameKey, a.nameKeys AS nameKeys, p.id AS person
