/**
 * A Document node's properties against the fixture answer key (exiftool's normalised fields in
 * ../shared/fixtures/documents/metadata.json): every keyed field the node holds as a property of its
 * own must be there with the key's value, dates compared as instants to the second.
 */
import type { Driver } from 'neo4j-driver';
import { expect } from 'vitest';

import { KEY_FIELDS, type KeyEntry, editSeconds, keySecond, words } from './extract/documents/fixtures.js';

// Key field → Document property (cypher/README.md): the normalised field's name, but for the edit
// time, kept in minutes. The key's language is the declared one, the node's the detected one: not compared.
const { language: _declared, ...SAME_NAMES } = KEY_FIELDS;
const PROPERTIES: Record<string, string> = { ...SAME_NAMES, total_edit_time: 'editTimeMinutes' };
const DATES = new Set(['create_date', 'modify_date', 'last_printed']);

/** Asserts every keyed field; returns how many were compared (a test can require some). */
export function expectKeyMetadata(document: Record<string, unknown>, entry: KeyEntry): number {
  let compared = 0;
  for (const [field, want] of Object.entries(entry.normalized)) {
    const property = PROPERTIES[field];
    if (!property) continue;
    const got = document[property];
    const tag = entry.normalized_source_tags[field]!;
    expect(got, `${field} (${tag}) → Document.${property}`).not.toBeNull();
    expect(got, `${field} (${tag}) → Document.${property}`).toBeDefined();
    if (DATES.has(field))
      // A Neo4j DateTime: its string form is ISO 8601.
      expect(Math.floor(Date.parse(String(got)) / 1000), field).toBe(
        keySecond(entry.normalized[`${field}_iso`] as string | undefined, String(want)),
      );
    else if (field === 'total_edit_time') expect(got, field).toBe(Math.round(editSeconds(want as number, tag) / 60));
    else if (field === 'keywords') expect(words(got), field).toEqual(words(entry.exiftool[tag] ?? want));
    else if (typeof want === 'number') expect(Number(got), field).toBe(want);
    else expect(String(got).trim(), field).toBe(Array.isArray(want) ? want.join('; ') : String(want).trim());
    compared++;
  }
  expect(compared, 'fields compared').toBeGreaterThan(3);
  return compared;
}

// catdoc prints Word field codes (a bookmark name, HYPERLINK) that are not the document's text
// (as in test/ingest/extract/documents/text-and-status.test.ts).
const FIELD_CODES = ['OnMainHeading', 'HYPERLINK'];

/** A read Document node against the key: status ok, its format, every keyed field, every probe word in its text. */
export function expectKeyDocument(document: Record<string, unknown>, entry: KeyEntry): void {
  expect([document.status, document.state, document.format]).toEqual(['ok', 'read', entry.extension]);
  expectKeyMetadata(document, entry);
  const probes = (entry.text?.probe_words ?? []).filter((w) => !FIELD_CODES.includes(w));
  expect(probes.length).toBeGreaterThan(1);
  for (const word of probes) expect(document.text as string, word).toContain(word);
}

/** The properties of Document `sha256` as the graph holds them. */
export async function documentNode(driver: Driver, sha256: string): Promise<Record<string, unknown>> {
  const { records } = await driver.executeQuery('MATCH (d:Document {sha256: $sha}) RETURN d {.*} AS d', {
    sha: sha256,
  });
  return records[0]!.get('d') as Record<string, unknown>;
}
