/**
 * GET /api/persons/:id, …/neighbors, …/messages, and GET /api/path between two persons.
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

import { loadPersonDetail } from '../persons/person-detail.js';
import { loadPersonMessages } from '../persons/person-messages.js';
import { loadNeighbors } from '../persons/person-neighbors.js';
import { findPaths } from '../persons/paths.js';
import {
  type GraphResponse,
  type MessageSummary,
  type Page,
  type PathResponse,
  type PersonDetail,
  neighborsQuerySchema,
  pathQuerySchema,
  personDetailQuerySchema,
  personIdSchema,
  personMessagesQuerySchema,
} from '../../contract/index.js';

export function personsRouter(driver: Driver): Router {
  const router = Router();
  router.get('/persons/:id', async (req, res) => {
    const { id } = personIdSchema.parse(req.params);
    const body: PersonDetail = await loadPersonDetail(driver, id, personDetailQuerySchema.parse(req.query));
    res.json(body);
  });
  router.get('/persons/:id/neighbors', async (req, res) => {
    const { id } = personIdSchema.parse(req.params);
    const body: GraphResponse = await loadNeighbors(driver, id, neighborsQuerySchema.parse(req.query));
    res.json(body);
  });
  router.get('/persons/:id/messages', async (req, res) => {
    const { id } = personIdSchema.parse(req.params);
    const body: Page<MessageSummary> = await loadPersonMessages(driver, id, personMessagesQuerySchema.parse(req.query));
    res.json(body);
  });
  router.get('/path', async (req, res) => {
    const body: PathResponse = await findPaths(driver, pathQuerySchema.parse(req.query));
    res.json(body);
  });
  return router;
}
