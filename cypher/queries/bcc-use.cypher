// name:        bcc-use
// title:       BCC use
// result:      table
// description: Who blind-copied whom, how often and when: the recipients the other recipients were
//              not supposed to see.
// param:       person person -- only this sender (default: everyone)
// param:       limit int = 100 -- how many sender/recipient pairs
// needs:       BCC

MATCH (a:Address)-[:SENT]->(m:Message)-[:BCC]->(b:Address)
WHERE $person IS NULL OR EXISTS { (:Person {id: $person})-[:USES]->(a) }
WITH a, b, count(m) AS messages, min(m.date) AS first, max(m.date) AS last
RETURN coalesce(a.name, a.email) AS sender, a.email AS senderAddress, coalesce(b.name, b.email) AS bcc, b.email AS bccAddress,
       messages, toString(first) AS first, toString(last) AS last
ORDER BY messages DESC, senderAddress, bccAddress
LIMIT $limit
