// name:        shared-attachments
// title:       People who share an attachment
// result:      table
// description: Files (same content hash, whatever their names) sent by several people: a document
//              passed along, renamed or not.
// param:       minPeople int = 2 -- fewest senders of the same file
// param:       limit int = 50 -- how many files

MATCH (att:Document)<-[h:HAS_ATTACHMENT]-(m:Message)<-[:SENT]-(a:Address)
OPTIONAL MATCH (p:Person)-[:USES]->(a)
WITH att, collect(DISTINCT h.name) AS names, collect(DISTINCT coalesce(p.id, a.email)) AS senderIds,
     collect(DISTINCT coalesce(p.name, a.name, a.email)) AS senders, count(DISTINCT m) AS messages,
     min(m.date) AS first, max(m.date) AS last
WHERE size(senderIds) >= $minPeople
RETURN att.sha256 AS sha256, names AS fileNames, att.size AS size, att.contentType AS contentType,
       size(senderIds) AS people, senders, messages, toString(first) AS first, toString(last) AS last
ORDER BY people DESC, messages DESC, sha256
LIMIT $limit
