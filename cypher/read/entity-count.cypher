// How many messages the entity pass has to read: those never read (no Message.lang).
MATCH (m:Message) WHERE m.lang IS NULL
RETURN count(m) AS messages
