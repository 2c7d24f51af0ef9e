// Per person among $ids: how many of the messages it sent are verified or contradicted. Starts from
// the message_status index (hint: the planner would otherwise walk every sent message of every person).
MATCH (m:Message)
USING INDEX m:Message(status)
WHERE m.status IN ['verified', 'contradicted']
MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m)
WHERE p.id IN $ids
RETURN p.id AS id, m.status AS status, count(DISTINCT m) AS messages
