// Where to find the original bytes of the messages $ids again: every copy, first found first.
UNWIND $ids AS id
MATCH (c:Copy)-[:OF]->(m:Message {id: id})
RETURN m.id AS message, c.key AS key, c.path AS path, c.entries AS entries, c.format AS format, c.offset AS offset,
       c.length AS length, c.position AS position, c.mailbox AS mailbox, c.folder AS folder, c.sha256 AS sha256,
       c.size AS size
ORDER BY message, c.path, c.position, c.key
