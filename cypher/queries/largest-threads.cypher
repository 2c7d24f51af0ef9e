// name:        largest-threads
// title:       Largest threads
// result:      table
// description: The longest conversations (threads from In-Reply-To, References and subjects), with
//              how many people wrote in them and when they ran.
// param:       minMessages int = 2 -- smallest thread listed
// param:       limit int = 50 -- how many threads

MATCH (m:Message) WHERE m.threadId IS NOT NULL
WITH m.threadId AS thread, count(*) AS messages, min(m.date) AS first, max(m.date) AS last
WHERE messages >= $minMessages
ORDER BY messages DESC, thread
LIMIT $limit
OPTIONAL MATCH (root:Message {id: thread})
RETURN root.subject AS subject, messages,
       COUNT { MATCH (a:Address)-[:SENT]->(t:Message) WHERE t.threadId = thread RETURN DISTINCT a } AS writers,
       toString(first) AS first, toString(last) AS last, thread
ORDER BY messages DESC, thread
