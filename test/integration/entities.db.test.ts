/**
 * Issues 4 and 16 in the graph: the ingest's second pass finds people, organisations and places in the
 * bodies of the Enron dev mailboxes and the demo mailbox, links named correspondents to their Person,
 * keeps whose words named each entity (contexts), the titles before names (roles) and acronyms' long forms
 * (SHORT_FOR), leaves quoted header blocks alone, and a rebuild gives the same graph. The spot checks were read
 * off the files by hand (line numbers in the comments).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

import { demoMailboxDir } from '../../cli/demo-mailbox.js';
import { runEntityPass } from '../../ingest/entity-pass.js';
import { deriveEntities, writeEntityResults } from '../../ingest/write/entities.js';
import { ingest } from '../../ingest/pipeline.js';
import { parseMessage } from '../../ingest/parse/parse-message.js';
import { cliEntry } from '../support/cli.js';
import { scalar, useTestDatabase } from '../support/db.js';
import { snapshotGraph } from '../support/graph-snapshot.js';
import { missingShared, sharedPath } from '../support/shared.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';
const DEMO_004 = join(demoMailboxDir(), 'delaroche-as/elements_envoyes/004.eml');

describe.skipIf(missingShared(ENRON))('entities in the graph after an ingest', () => {
  const db = useTestDatabase();

  /** What the message in `file` mentions: entity keys, and the primary address of each person. */
  async function mentionsOf(file: string): Promise<{ entities: string[]; persons: string[]; lang: string }> {
    const { records } = await db.driver().executeQuery(
      `MATCH (:Copy {path: $file})-[:OF]->(m:Message)
       RETURN m.lang AS lang,
              [(m)-[:MENTIONS]->(e:Entity) | e.key] AS entities,
              [(m)-[:MENTIONS]->(p:Person) | [(p)-[:USES]->(a:Address) | a.email]] AS persons`,
      { file },
    );
    const r = records[0]!;
    return { lang: r.get('lang'), entities: r.get('entities'), persons: (r.get('persons') as string[][]).flat() };
  }

  it('writes MENTIONS to entities and to persons, and the language of each message', { timeout: 600_000 }, async () => {
    const summary = await ingest(db.driver(), { paths: [sharedPath(ENRON), demoMailboxDir()], workers: 2 });
    expect(summary.entities?.messages).toBe(summary.ingested);
    expect(summary.entities?.failed).toBe(0);
    const d = db.driver();
    expect(await scalar(d, 'MATCH (m:Message) WHERE m.lang IS NULL RETURN count(m)')).toBe(0);
    expect(await scalar(d, 'MATCH (:Message)-[r:MENTIONS]->(:Person) RETURN count(r)')).toBeGreaterThan(100);
    for (const type of ['PER', 'ORG', 'LOC'])
      expect(await scalar(d, 'MATCH (e:Entity {type: $type}) RETURN count(e)', { type })).toBeGreaterThan(50);
    // Every MENTIONS to a person comes from a REFERS_TO to one of its addresses.
    expect(
      await scalar(
        d,
        'MATCH (m:Message)-[:MENTIONS]->(p:Person) WHERE NOT EXISTS { (m)-[:REFERS_TO]->(:Address)<-[:USES]-(p) } RETURN count(*)',
      ),
    ).toBe(0);
    // And every REFERS_TO gives one (only the messages that name a correspondent are marked for the link),
    // with no mark left behind.
    expect(
      await scalar(
        d,
        'MATCH (m:Message)-[:REFERS_TO]->(:Address)<-[:USES]-(p:Person) WHERE NOT EXISTS { (m)-[:MENTIONS]->(p) } RETURN count(*)',
      ),
    ).toBe(0);
    expect(await scalar(d, 'MATCH (m:Message) WHERE m.mentionsDirty IS NOT NULL RETURN count(m)')).toBe(0);
    // Each entity keeps how many messages and documents name it (what search shows): a count of its mentions.
    expect(
      await scalar(
        d,
        `MATCH (e:Entity)
         WHERE e.messages IS NULL OR e.messages <> COUNT { (:Message)-[:MENTIONS]->(e) }
            OR e.documents IS NULL OR e.documents <> COUNT { (:Document)-[:MENTIONS]->(e) }
         RETURN count(e)`,
      ),
    ).toBe(0);
    expect(await scalar(d, 'MATCH (e:Entity) WHERE e.messages > 1 RETURN count(e)')).toBeGreaterThan(50);
  });

  it('links a correspondent named in a French body to that person, and skips the quoted reply', async () => {
    // "…avec M. Gilles Le Bihan, maire de Kerbrevet…" (line 15); the mayor writes from
    // maire@mairie-kerbrevet.example elsewhere in the demo and is not a participant here.
    // Erwan Salaün, the recipient, is named only in the quoted "De : SALAUN Erwan" block.
    const raw = readFileSync(DEMO_004, 'latin1');
    expect(raw).not.toMatch(/^(To|Cc):.*mairie-kerbrevet/m);
    const m = await mentionsOf(DEMO_004);
    expect(m.lang).toBe('fr');
    expect(m.persons).toContain('maire@mairie-kerbrevet.example');
    expect(m.persons).not.toContain('erwan.salaun@esk-conseil.example');
    expect(m.entities).toContain('LOC:kerbrevet');
  });

  it('finds places and organisations in an English body', async () => {
    // south-s/all_documents/24.: "us at Wild Goose Storage Inc. to discuss" (line 59), "in Calgary" (line 62).
    const m = await mentionsOf(join(sharedPath(ENRON), 'south-s/all_documents/24.'));
    expect(m.lang).toBe('en');
    expect(m.entities).toEqual(expect.arrayContaining(['ORG:wild goose storage inc', 'LOC:calgary']));
  });

  async function mentionOf(file: string, key: string): Promise<{ contexts: string[]; roles: string[] } | undefined> {
    const { records } = await db.driver().executeQuery(
      `MATCH (:Copy {path: $file})-[:OF]->(:Message)-[r:MENTIONS]->(:Entity {key: $key})
       RETURN r.contexts AS contexts, r.roles AS roles`,
      { file, key },
    );
    return records[0] && { contexts: records[0].get('contexts'), roles: records[0].get('roles') };
  }

  it('keeps whose words named an entity and the title before a name, and links an acronym to its long form (issue 16)', async () => {
    // slinger-r/inbox/40, "Subject: FW: CAISO Notice…" (line 5): the writer's own line 21 names "PwC", the
    // forwarded notice defines it, "PricewaterhouseCoopers (PwC) has released…" (line 32).
    const pwc = join(sharedPath(ENRON), 'slinger-r/inbox/40.');
    expect(await mentionOf(pwc, 'ORG:pwc')).toEqual({ contexts: ['own', 'forwarded'], roles: [] });
    expect(
      await scalar(
        db.driver(),
        "MATCH (:Entity {key: 'ORG:pwc'})-[:SHORT_FOR]->(:Entity {key: 'ORG:pricewaterhousecoopers'}) RETURN count(*)",
      ),
    ).toBe(1);
    // south-s/all_documents/79, "Subject: FW: Nevada Legislature…": "> Governor Kenny Guinn signed it into law" (line 24).
    const guinn = join(sharedPath(ENRON), 'south-s/all_documents/79.');
    expect(await mentionOf(guinn, 'PER:kenny guinn')).toEqual({ contexts: ['forwarded'], roles: ['Governor'] });
    // Sign-offs and signature blocks are read as such across the corpus.
    expect(
      await scalar(db.driver(), "MATCH (:Message)-[r:MENTIONS]->() WHERE 'signature' IN r.contexts RETURN count(r)"),
    ).toBeGreaterThan(10);
  });

  it('gives the same graph when every message is read again (entities --rebuild)', { timeout: 300_000 }, async () => {
    const before = await snapshotGraph(db.driver());
    const summary = await runEntityPass(db.driver(), { rebuild: true, workers: 2 });
    expect(summary.messages).toBe(await scalar(db.driver(), 'MATCH (m:Message) RETURN count(m)'));
    expect((await snapshotGraph(db.driver())).hash).toBe(before.hash);
  });

  it('leakgraph extract prints the entities of one file with offsets into its body', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [cliEntry(), 'extract', DEMO_004]);
    const out = JSON.parse(stdout) as {
      lang: string;
      entities: {
        type: string;
        text: string;
        key: string;
        field: string;
        start: number;
        end: number;
        personId: string | null;
      }[];
    };
    const body = (await parseMessage(readFileSync(DEMO_004))).text;
    const mayor = out.entities.find((e) => e.key === 'PER:gilles le bihan');
    expect(mayor).toMatchObject({ type: 'PER', field: 'text', text: 'M. Gilles Le Bihan' }); // the particle "Le" kept, the title in the text, not in the key
    for (const e of out.entities.filter((x) => x.field === 'text')) expect(body.slice(e.start, e.end)).toBe(e.text);
  });

  it('drops the MENTIONS to persons of a message read again that names none of them now', async () => {
    const d = db.driver();
    const { records } = await d.executeQuery(
      'MATCH (m:Message)-[:MENTIONS]->(:Person) RETURN m.id AS id ORDER BY id LIMIT 1',
    );
    const id = records[0]!.get('id') as string;
    // What a read that found nothing writes (as does a failed one): no mention, no reference.
    await writeEntityResults(d, [{ ok: true, id, lang: 'en', mentions: [] }]);
    await deriveEntities(d);
    const left = 'MATCH (m:Message {id: $id})-[r:MENTIONS|REFERS_TO]->() RETURN count(r)';
    expect(await scalar(d, left, { id })).toBe(0);
    expect(await scalar(d, 'MATCH (m:Message) WHERE m.mentionsDirty IS NOT NULL RETURN count(m)')).toBe(0);
  });
});
