/**
 * Saving a query from the editor: its parameters are the `$names` the Cypher uses, and only those.
 */
import { expect, it } from 'vitest';

import { paramNames } from '../../../web/src/components/queries/param-names.js';

it.each([
  ['MATCH (p:Person {id: $person}) WHERE p.sent > $min RETURN p LIMIT $limit', ['person', 'min', 'limit']],
  ['MATCH (p) WHERE p.a = $x OR p.b = $x RETURN p', ['x']],
  ["MATCH (m) WHERE m.subject = 'costs $5 and $ten' RETURN m // $commented", []],
  ['/* $old */ MATCH (m) WHERE m.body CONTAINS "$quoted" AND m.id = $id RETURN m', ['id']],
  ['RETURN $_under_score1', ['_under_score1']],
])('%s → %j', (cypher, expected) => {
  expect(paramNames(cypher)).toEqual(expected);
});
