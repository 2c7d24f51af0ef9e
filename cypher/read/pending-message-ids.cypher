// The Message-IDs this derive's messages ($derive) brought: replies citing one may find their parent.
MATCH (:Message {pending: $derive})<-[:OF]-(c:Copy)
WHERE c.messageId IS NOT NULL
RETURN DISTINCT c.messageId AS id
