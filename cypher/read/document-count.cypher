// How many documents wait for the document pass (issue 12; document_state index).
MATCH (d:Document) WHERE d.state = 'pending'
RETURN count(d) AS pending
