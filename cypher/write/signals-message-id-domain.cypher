// Signal 'message-id-domain': the Message-ID was made under a registrable domain that is not the
// sender's, a signing domain, or a host of the Received chain (Message.messageIdNote, set by the parse
// worker), and the sender does not habitually do so: fewer than $habitual of their other messages
// have a Message-ID under the same domain. People name Message-IDs after a machine of their own
// domain (…@x220.int.ebiederm.org); a forged message with a borrowed or invented id stands alone.
// For the senders of this derive's messages ($derive), over all their messages.
MATCH (a:Address)-[:SENT]->(:Message {pending: $derive})
WITH DISTINCT a
MATCH (a)-[:SENT]->(m:Message)
WHERE m.messageIdNote IS NOT NULL
OPTIONAL MATCH (a)-[:SENT]->(other:Message)
WHERE other <> m AND other.messageIdDomain = m.messageIdDomain
WITH a, m, count(other) AS habitual
WHERE habitual < $habitual
MERGE (s:Signal {kind: 'message-id-domain'})
MERGE (m)-[f:FLAGGED]->(s)
SET f.note = m.messageIdNote + ' ' + a.email + ' has ' + habitual + ' other message(s) with a Message-ID under this domain in the corpus.'
