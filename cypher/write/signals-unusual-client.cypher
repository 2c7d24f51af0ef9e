// Signal 'unusual-client': the mail program (Message.client, from X-Mailer/User-Agent, versions
// dropped; "(none)" when unnamed) is rare for this sender: used in less than $maxShare of the
// messages of a sender with at least $minMessages messages.
// For the senders of this derive's messages ($derive), over all their messages.
MATCH (a:Address)-[:SENT]->(:Message {pending: $derive})
WITH DISTINCT a
MATCH (a)-[:SENT]->(m:Message)
WITH a, coalesce(m.client, '(none)') AS client, collect(m) AS messages
WITH a, client, messages ORDER BY size(messages) DESC, client
WITH a, collect({client: client, messages: messages}) AS groups, sum(size(messages)) AS total
WHERE total >= $minMessages
WITH a, groups, total, groups[0] AS usual
UNWIND groups AS g
WITH a, g, total, usual
WHERE toFloat(size(g.messages)) / total < $maxShare
UNWIND g.messages AS m
MERGE (s:Signal {kind: 'unusual-client'})
MERGE (m)-[f:FLAGGED]->(s)
SET f.note = 'Sent with ' + g.client + ', which ' + a.email + ' used in ' + size(g.messages) + ' of ' + total
      + ' messages in this corpus (usually ' + usual.client + ', ' + size(usual.messages)
      + ' messages). A second device or a new program explains this; so does a message made by someone else.'
