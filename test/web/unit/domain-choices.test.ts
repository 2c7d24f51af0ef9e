/**
 * Issue 15: domain counts reflect the current view. The filter lists every domain seen this
 * session, counted in the graph drawn now (the report: "enron.com 1,874" with 410 nodes drawn).
 */
import { expect, it } from 'vitest';

import { NO_DOMAIN, domainChoices } from '../../../web/src/graph/communities.js';

it('counts persons drawn now, keeps earlier domains at 0, leaves out persons without a domain', () => {
  const seen = new Set(['enron.com', 'ca.gov', 'aol.com']);
  const drawn = new Map([
    ['enron.com', 410],
    ['haas.berkeley.edu', 2],
    [NO_DOMAIN, 7],
  ]);
  expect(domainChoices(seen, drawn)).toEqual([
    ['enron.com', 410],
    ['haas.berkeley.edu', 2],
    ['aol.com', 0],
    ['ca.gov', 0],
  ]);
});
