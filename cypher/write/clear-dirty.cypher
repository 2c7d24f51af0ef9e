// Everything derived is up to date: drop the marks.
MATCH (n:Address|Person {dirty: true})
CALL (n) { REMOVE n.dirty } IN TRANSACTIONS OF 5000 ROWS
