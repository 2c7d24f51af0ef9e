// The $n most active persons (sent + received), for saved-query defaults such as "@top(1)".
MATCH (p:Person)
RETURN p.id AS id
ORDER BY coalesce(p.sent, 0) + coalesce(p.received, 0) DESC, p.id ASC
LIMIT $n
