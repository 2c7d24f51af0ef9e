// Takes message $message off the case list.
MATCH (n:Annotation {kind: 'bookmark'})-[:ABOUT]->(:Message {id: $message})
DETACH DELETE n
RETURN count(*) AS deleted
