/**
 * The document fixtures of ../shared/fixtures/documents and their answer key (metadata.json:
 * exiftool's view, pdftotext/catdoc/xls2csv/catppt/docx2txt text), read in place.
 */
import { readFileSync } from 'node:fs';
import { beforeAll } from 'vitest';
import { basename, join } from 'node:path';

import { readDocument } from '../../../../ingest/extract/documents/read-document.js';
import type { DocumentRecord, NormalisedField } from '../../../../ingest/extract/documents/types.js';
import { sharedPath } from '../../../support/shared.js';

export const DOCUMENTS_DIR = 'fixtures/documents';

/** Key field (metadata.json `normalized`) → the NormalisedMetadata field it is compared with. */
export const KEY_FIELDS: Record<string, NormalisedField> = {
  author: 'author',
  last_modified_by: 'lastModifiedBy',
  title: 'title',
  subject: 'subject',
  keywords: 'keywords',
  company: 'company',
  manager: 'manager',
  application: 'application',
  app_version: 'appVersion',
  producer: 'producer',
  creator_tool: 'creatorTool',
  create_date: 'created',
  modify_date: 'modified',
  last_printed: 'printed',
  revision_number: 'revision',
  template: 'template',
  total_edit_time: 'totalEditSeconds',
  pages: 'pages',
  language: 'language',
};

export interface KeyEntry {
  sha256: string;
  size: number;
  extension: string;
  family: string;
  container_magic: string;
  content_matches_extension: boolean;
  encrypted: boolean;
  encryption_evidence?: string[];
  readable_without_password?: boolean;
  selection_categories?: string[];
  normalized: Record<string, string | number | string[]>;
  normalized_source_tags: Record<string, string>;
  normalized_conflicts?: Record<string, Record<string, string | number | string[]>>;
  exiftool: Record<string, unknown>;
  text?: { tool: string; reliable?: boolean; probe_words?: string[]; file?: string };
}

export interface AnswerKey {
  known_key_caveats: Record<string, string>;
  files: Record<string, KeyEntry>;
}

export function readAnswerKey(): AnswerKey {
  return JSON.parse(readFileSync(sharedPath(join(DOCUMENTS_DIR, 'metadata.json')), 'utf8')) as AnswerKey;
}

export function fixtureBytes(path: string): Buffer {
  return readFileSync(sharedPath(join(DOCUMENTS_DIR, path)));
}

export function keyText(entry: KeyEntry): string {
  return entry.text?.file ? readFileSync(sharedPath(join(DOCUMENTS_DIR, entry.text.file)), 'utf8') : '';
}

// A fixed "now" after every fixture date, so the future-date check is reproducible.
export const FIXTURE_NOW = new Date('2026-01-01T00:00:00Z');

/** Every fixture read once per test file, in key order. */
export async function readAllFixtures(key: AnswerKey): Promise<Map<string, DocumentRecord>> {
  const records = new Map<string, DocumentRecord>();
  for (const path of Object.keys(key.files)) {
    records.set(path, await readDocument(fixtureBytes(path), { name: basename(path) }, {}, { now: FIXTURE_NOW }));
  }
  return records;
}

/** In a describe block: the key and every fixture's record, read once before its tests. */
export function useFixtureRecords(): { key(): AnswerKey; records(): Map<string, DocumentRecord> } {
  let key: AnswerKey | undefined;
  let records: Map<string, DocumentRecord> | undefined;
  beforeAll(async () => {
    key = readAnswerKey();
    records = await readAllFixtures(key);
  }, 120_000);
  return { key: () => key!, records: () => records! };
}

/** exiftool's units for total edit time depend on the tag (metadata.json _about.field_notes). */
export function editSeconds(value: string | number, tag: string): number {
  if (tag.startsWith('FlashPix:')) return Number(value);
  if (tag.startsWith('XMP-meta:')) {
    const m = String(value).match(/^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/)!;
    return Number(m[1] ?? 0) * 86400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  }
  return Number(value) * 60; // XML:, RTF:, MS-DOC: minutes
}

/** An exiftool date in whole seconds: its *_iso form, or a bare "YYYY:MM:DD" (no _iso); zoneless = UTC per _about. */
export function keySecond(iso: string | undefined, raw: string): number {
  const text = iso ?? raw.replace(/^(\d{4}):(\d\d):(\d\d)$/, '$1-$2-$3T00:00:00');
  return Math.floor(Date.parse(/[zZ]$|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`) / 1000);
}

export function words(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map(String) : String(value).split(/[,;\s]+/);
  return list
    .map((w) => w.trim())
    .filter(Boolean)
    .sort();
}
