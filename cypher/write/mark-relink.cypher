// The replies whose parent this derive looks for again (Message.relink): this derive's own messages
// ($derive) that reply; later replies with the subject of one of them, which may have been waiting
// for it (a reply's parent by subject is the latest earlier message with that subject within
// $windowDays days that involved the replier); and replies by persons whose addresses changed
// (whom a message involved changes with them). $everything: every message is this derive's.
CALL () {
  MATCH (m:Message {pending: $derive})
  WHERE m.inReplyTo IS NOT NULL OR size(coalesce(m.references, [])) > 0 OR m.isReply = true
  RETURN m
  UNION
  MATCH (p:Message {pending: $derive})
  WHERE NOT $everything AND p.subjectKey <> '' AND p.date IS NOT NULL
  MATCH (m:Message {subjectKey: p.subjectKey})
  WHERE m.isReply = true AND m.date > p.date AND m.date <= p.date + duration({days: $windowDays})
  RETURN m
  UNION
  MATCH (:Person {dirty: true})-[:USES]->(:Address)-[:SENT]->(m:Message {isReply: true})
  WHERE NOT $everything
  RETURN m
}
CALL (m) {
  SET m.relink = true
} IN TRANSACTIONS OF 10000 ROWS
