// Stops the transactions named in $ids (their ids from tagged-transactions.cypher).
TERMINATE TRANSACTIONS $ids
