/**
 * GET /api/messages/:id (the message, everything known about it) and …/raw (the original bytes of
 * one copy as message/rfc822, checked against the SHA-256 recorded at ingest).
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

import type { ReadRawCopy } from '../db/raw-source.js';
import { HttpError, NotFoundError } from '../errors.js';
import { loadMessageDetail } from '../messages/message-detail.js';
import { listCopies, readOriginal } from '../messages/raw-bytes.js';
import { type MessageDetail, messageIdSchema, rawQuerySchema } from '../../contract/index.js';

export function messagesRouter(driver: Driver, rawReader: () => Promise<ReadRawCopy | null>): Router {
  const router = Router();
  router.get('/messages/:id', async (req, res) => {
    const { id } = messageIdSchema.parse(req.params);
    const body: MessageDetail = await loadMessageDetail(driver, await rawReader(), id);
    res.json(body);
  });
  router.get('/messages/:id/raw', async (req, res) => {
    const { id } = messageIdSchema.parse(req.params);
    const { copy } = rawQuerySchema.parse(req.query);
    const copies = (await listCopies(driver, [id])).get(id);
    if (!copies) throw new NotFoundError(`no message ${id}`);
    // ?copy=<Copy.key>: that copy's bytes (the reader's "source" link on each copy); else the first readable one.
    const chosen = copy ? copies.filter((c) => c.key === copy) : copies;
    if (chosen.length === 0) throw new NotFoundError(`message ${id} has no copy ${copy}`);
    const original = await readOriginal(await rawReader(), chosen);
    if (!original.ok) throw new HttpError(410, `the original bytes are unavailable: ${original.problem}`);
    res
      .type('message/rfc822')
      .attachment(`${id}.eml`)
      .set('X-Content-SHA256', original.raw.copy.sha256)
      .set('X-Leakgraph-Copy', original.raw.copy.key)
      .send(original.raw.bytes);
  });
  return router;
}
