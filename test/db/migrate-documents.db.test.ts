/**
 * V011 (issue 12) on a graph written before documents existed: every hash-only (:Attachment)
 * becomes a pending (:Document) with its hash, size and content type, named after one of its
 * edges, its edges kept; applied again (a changed file runs whole once more), it changes nothing.
 */
import { describe, expect, it } from 'vitest';

import { applyMigration } from '../../db/migrate.js';
import { countNodes, countRels, useTestDatabase } from '../support/db.js';

describe('V011__documents on a graph with (:Attachment) nodes', () => {
  const db = useTestDatabase();

  it('turns each Attachment into a pending Document and keeps its edges', async () => {
    const driver = db.driver();
    // The shape the pre-issue-12 writer (create-attachments.cypher) left: two messages share a file.
    await driver.executeQuery(`
      CREATE (m1:Message {id: 'm1', date: datetime('2001-01-02T00:00:00Z')}),
             (m2:Message {id: 'm2', date: datetime('2001-01-01T00:00:00Z')}),
             (a:Attachment {sha256: 'aa', size: 10, contentType: 'application/pdf'}),
             (b:Attachment {sha256: 'bb', size: 3, contentType: 'text/plain'}),
             (m1)-[:HAS_ATTACHMENT {name: 'later.pdf', inline: false}]->(a),
             (m2)-[:HAS_ATTACHMENT {name: 'first.pdf', inline: false}]->(a),
             (m2)-[:HAS_ATTACHMENT {name: '', inline: false}]->(a),
             (m1)-[:HAS_ATTACHMENT {name: 'notes.txt', inline: true}]->(b)`);
    await applyMigration(driver, 'V011__documents');
    expect(await countNodes(driver, 'Attachment')).toBe(0);
    expect(await countNodes(driver, 'Document')).toBe(2);
    expect(await countRels(driver, 'HAS_ATTACHMENT')).toBe(4);
    const { records } = await driver.executeQuery(
      'MATCH (d:Document) RETURN d {.sha256, .size, .contentType, .state, .name} AS d ORDER BY d.sha256',
    );
    expect(records.map((r) => r.get('d'))).toEqual([
      // The smallest of its edges' names, as the writers keep it.
      { sha256: 'aa', size: 10, contentType: 'application/pdf', state: 'pending', name: 'first.pdf' },
      { sha256: 'bb', size: 3, contentType: 'text/plain', state: 'pending', name: 'notes.txt' },
    ]);
    await applyMigration(driver, 'V011__documents');
    expect(await countNodes(driver, 'Document')).toBe(2);
    expect(await countRels(driver, 'HAS_ATTACHMENT')).toBe(4);
  });

  it('merges an Attachment into the Document that already has its hash', async () => {
    const driver = db.driver();
    await driver.executeQuery(`
      MATCH (m1:Message {id: 'm1'})
      CREATE (x:Attachment {sha256: 'aa', size: 10, contentType: 'application/pdf'}),
             (m1)-[:HAS_ATTACHMENT {name: 'again.pdf', inline: false}]->(x)`);
    await applyMigration(driver, 'V011__documents');
    expect(await countNodes(driver, 'Attachment')).toBe(0);
    expect(await countNodes(driver, 'Document')).toBe(2);
    const names = await driver.executeQuery(
      "MATCH (:Message)-[h:HAS_ATTACHMENT]->(:Document {sha256: 'aa'}) RETURN h.name AS name ORDER BY name",
    );
    expect(names.records.map((r) => r.get('name'))).toEqual(['', 'again.pdf', 'first.pdf', 'later.pdf']);
  });
});
