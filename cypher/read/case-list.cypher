// The case list: bookmarked messages, in the order they were written, with the bookmark's id.
MATCH (n:Annotation {kind: 'bookmark'})-[:ABOUT]->(m:Message)
RETURN m.id AS message, n.id AS bookmark
ORDER BY m.date, m.id
