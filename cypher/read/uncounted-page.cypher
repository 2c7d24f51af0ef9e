// The next page of this derive's messages ($derive) not yet added to the counts.
MATCH (m:Message {pending: $derive})
WHERE m.uncounted = true
RETURN m.id AS id
LIMIT $limit
