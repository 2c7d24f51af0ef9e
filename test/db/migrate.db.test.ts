/**
 * Schema migrations on the real test Neo4j: recorded once, applied again on every start, so an
 * index a killed bulk ingest left dropped (ingest/write/bulk-index.ts) comes back.
 */
import { describe, expect, it } from 'vitest';

import { listCypher } from '../../db/cypher.js';
import { migrate } from '../../db/migrate.js';
import { suspendMessageIndex } from '../../ingest/write/bulk-index.js';
import { scalar, useTestDatabase } from '../support/db.js';

describe('migrate', () => {
  const db = useTestDatabase();

  it('records every migration file once', async () => {
    await migrate(db.driver());
    const files = listCypher('migrations').filter((f) => /^V\d{3}__/.test(f));
    expect(await scalar(db.driver(), 'MATCH (m:Migration) RETURN count(m)')).toBe(files.length);
    const again = await migrate(db.driver());
    expect(again).toEqual({ applied: [], changed: [] });
  });

  it('brings back the message full-text index a bulk load dropped', async () => {
    const online = () =>
      scalar<number>(
        db.driver(),
        "SHOW INDEXES YIELD name, state WHERE name = 'message_text' AND state = 'ONLINE' RETURN count(*)",
      );
    expect(await online()).toBe(1);
    await suspendMessageIndex(db.driver());
    expect(await online()).toBe(0);
    await migrate(db.driver());
    expect(await online()).toBe(1);
  });
});
