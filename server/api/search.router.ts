/**
 * GET /api/search?q= — persons, addresses, entities, messages, notes and documents through the full-text indexes, grouped by kind.
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

import type { IdentityService } from '../identities/identity-service.js';
import { search } from '../search/search.js';
import { type SearchResponse, searchQuerySchema } from '../../contract/index.js';

export function searchRouter(driver: Driver, identities?: IdentityService): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const body: SearchResponse = await search(driver, searchQuerySchema.parse(req.query), identities);
    res.json(body);
  });
  return router;
}
