// A person that changed (merged, split, new addresses) may be the one a message (or document) names:
// its MENTIONS to persons are derived again from its REFERS_TO edges.
MATCH (p:Person {dirty: true})-[:USES]->(:Address)<-[:REFERS_TO]-(m:Message|Document)
WITH DISTINCT m
SET m.mentionsDirty = true
