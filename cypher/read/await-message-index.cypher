// Waits until the message full-text index is online (after a bulk load rebuilt it).
CALL db.awaitIndex('message_text', 900)
