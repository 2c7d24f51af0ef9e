// Pairings the corpus showed between two forms of one address (Exchange DN ↔ SMTP), among $emails.
UNWIND $emails AS email
MATCH (a:Address {email: email})-[s:SAME_AS]->(b:Address)
RETURN a.email AS a, b.email AS b, s.reason AS reason, s.evidence AS evidence
