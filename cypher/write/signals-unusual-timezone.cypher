// Signal 'unusual-timezone': the clock offset of the Date header is rare for this sender: used in
// less than $maxShare of the messages of a sender with at least $minMessages dated messages.
// Daylight saving gives most senders two usual offsets; a trip or a new machine gives a rare one,
// and so does a message written elsewhere and passed off as theirs.
// For the senders of this derive's messages ($derive), over all their messages.
MATCH (a:Address)-[:SENT]->(:Message {pending: $derive})
WITH DISTINCT a
MATCH (a)-[:SENT]->(m:Message)
WHERE m.tzOffset IS NOT NULL
WITH a, m.tzOffset AS tz, collect(m) AS messages
WITH a, tz, messages ORDER BY size(messages) DESC, tz
WITH a, collect({tz: tz, messages: messages}) AS groups, sum(size(messages)) AS total
WHERE total >= $minMessages
WITH a, groups, total, groups[0] AS usual
UNWIND groups AS g
WITH a, g, total, usual
WHERE toFloat(size(g.messages)) / total < $maxShare
UNWIND g.messages AS m
MERGE (s:Signal {kind: 'unusual-timezone'})
MERGE (m)-[f:FLAGGED]->(s)
SET f.note = 'Written with the clock at UTC' + CASE WHEN g.tz < 0 THEN '-' ELSE '+' END
      + right('0' + toString(abs(g.tz) / 60), 2) + ':' + right('0' + toString(abs(g.tz) % 60), 2)
      + ', which ' + a.email + ' used in ' + size(g.messages) + ' of ' + total + ' messages in this corpus (usually UTC'
      + CASE WHEN usual.tz < 0 THEN '-' ELSE '+' END + right('0' + toString(abs(usual.tz) / 60), 2) + ':' + right('0' + toString(abs(usual.tz) % 60), 2)
      + ', ' + size(usual.messages) + ' messages). Travel or a new machine explain this; so does a message written by someone else.'
