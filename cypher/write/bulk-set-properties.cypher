// After a bulk first load: the few values the CSV import cannot express (a list [""], a list element
// holding the array delimiter, a date that is not plain ISO 8601), set as the transactional path
// would. $label, $key: the nodes' label and key property; $values: key value → [{property, type, value}].
// One pass over the label, however many values: there are seldom any.
MATCH (n:$($label))
WITH n, $values[n[$key]] AS fixes
WHERE fixes IS NOT NULL
UNWIND fixes AS fix
SET n[fix.property] = CASE fix.type WHEN 'datetime' THEN datetime(fix.value) ELSE fix.value END
