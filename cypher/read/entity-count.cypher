// How many messages the entity pass has to read (Message.entityPending).
MATCH (m:Message) WHERE m.entityPending = true
RETURN count(m) AS messages
