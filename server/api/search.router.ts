/**
 * GET /api/search?q= — persons, addresses, entities and messages through the full-text indexes.
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

import { search } from '../search/search.js';
import { type SearchResponse, searchQuerySchema } from '../../contract/index.js';

export function searchRouter(driver: Driver): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const body: SearchResponse = await search(driver, searchQuerySchema.parse(req.query));
    res.json(body);
  });
  return router;
}
