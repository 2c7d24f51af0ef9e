// Messages that name a correspondent by one of the addresses $emails (REFERS_TO) are read again by
// the entity pass: the person those addresses belong to changed, and with it the id the gazetteer
// gives the name.
UNWIND $emails AS email
MATCH (:Address {email: email})<-[:REFERS_TO]-(m:Message)
WHERE m.entityPending IS NULL
SET m.entityPending = true
RETURN count(m) AS marked
