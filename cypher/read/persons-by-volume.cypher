// Persons by messages sent and received, most active first.
MATCH (p:Person)
RETURN p.id AS id, p.name AS name, coalesce(p.sent, 0) AS sent, coalesce(p.received, 0) AS received,
       COUNT { (p)-[:USES]->() } AS addresses
ORDER BY sent + received DESC, id ASC
LIMIT $limit
