/**
 * Identity resolution from the explorer:
 *   GET    /api/persons/:id/suggestions   "same person?" candidates, each with why
 *   GET    /api/people/corrections        the merges and splits recorded (?person= those naming its addresses)
 *   POST   /api/people/merge              {refs, note}: these persons or addresses are one person
 *   POST   /api/people/split              {addresses, note}: these addresses are a person of their own
 *   DELETE /api/people/corrections/:id    undo a correction
 * Each change is the same Correction `leakgraph people` records, and derives the graph again.
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';

import { correct, listCorrections, requireService, undoCorrection } from '../identities/corrections.js';
import type { IdentityService } from '../identities/identity-service.js';
import { loadSuggestions } from '../identities/suggestions.js';
import {
  type CorrectionResult,
  type CorrectionView,
  type PersonSuggestion,
  correctionsQuerySchema,
  mergeRequestSchema,
  personIdSchema,
  splitRequestSchema,
} from '../../contract/index.js';

const correctionIdSchema = z.object({ id: z.string().regex(/^c-[0-9a-f]{12}$/, 'expecting a correction id (c-…)') });

export function identitiesRouter(driver: Driver, identities: IdentityService | undefined): Router {
  const router = Router();
  router.get('/persons/:id/suggestions', async (req, res) => {
    const { id } = personIdSchema.parse(req.params);
    const body: PersonSuggestion[] = await loadSuggestions(driver, id, identities);
    res.json(body);
  });
  router.get('/people/corrections', async (req, res) => {
    const { person } = correctionsQuerySchema.parse(req.query);
    const body: CorrectionView[] = await listCorrections(driver, person ?? null);
    res.json(body);
  });
  router.post('/people/merge', async (req, res) => {
    const { refs, note } = mergeRequestSchema.parse(req.body);
    const body: CorrectionResult = await correct(driver, requireService(identities), 'merge', refs, note);
    res.status(201).json(body);
  });
  router.post('/people/split', async (req, res) => {
    const { addresses, note } = splitRequestSchema.parse(req.body);
    const body: CorrectionResult = await correct(driver, requireService(identities), 'split', addresses, note);
    res.status(201).json(body);
  });
  router.delete('/people/corrections/:id', async (req, res) => {
    const { id } = correctionIdSchema.parse(req.params);
    const body: CorrectionResult = await undoCorrection(driver, requireService(identities), id);
    res.json(body);
  });
  return router;
}
