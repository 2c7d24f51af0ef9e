/**
 * ③ extract (DKIM): the key store the analyst controls. Files of DNS TXT records → the keys
 * verification may use, each with where it came from.
 *
 * Keys rotate and are revoked (an empty p=), so the mail of a leak is verified against keys archived
 * at the time, not against today's DNS. Accepted inputs, as files or folders (read recursively):
 *   - JSON, three shapes:
 *       { "records": { "sel._domainkey.example.com": "v=DKIM1; …" } }       (keys/dns-txt.json)
 *       { "sel._domainkey.example.com": { "TXT": [["v=DKIM1; …", "…"]] } }   (mailauth's test dns.json)
 *       { "sel._domainkey.example.com": "v=DKIM1; …" }
 *   - zone-file lines (zone-file.ts), in files of any other name.
 * In folders only *.json, *.zone, *.db and *.txt are read. Only names under _domainkey are kept.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

import type { DkimKeyRef } from './types.js';
import { parseZoneFile } from './zone-file.js';

export class KeyStoreError extends Error {
  override name = 'KeyStoreError';
}

const FOLDER_EXTENSIONS = new Set(['.json', '.zone', '.db', '.txt']);
// A key file larger than this is not a list of keys (a whole zone of a big provider is a few MB).
const MAX_KEY_FILE_BYTES = 64 * 1024 * 1024;

export function keyName(selector: string, domain: string): string {
  return `${selector}._domainkey.${domain}`.toLowerCase().replace(/\.$/, '');
}

export function keyId(name: string, record: string): string {
  return createHash('sha256')
    .update(JSON.stringify(['dkim-key/1', name, record]))
    .digest('hex')
    .slice(0, 32);
}

export function makeKeyRef(name: string, record: string, source: string): DkimKeyRef {
  const normalised = name.toLowerCase().replace(/\.$/, '');
  return { id: keyId(normalised, record), name: normalised, record, source };
}

/**
 * Keys by DNS name. A name may hold several different records (two archives disagree, or a
 * selector was reused after a rotation): verification tries each, in the order they were loaded.
 */
export class KeyStore {
  private readonly byName = new Map<string, DkimKeyRef[]>();

  static from(keys: readonly DkimKeyRef[]): KeyStore {
    const store = new KeyStore();
    for (const key of keys) store.add(key);
    return store;
  }

  /** Adds a key; the same record under the same name twice keeps the first source. */
  add(key: DkimKeyRef): void {
    const list = this.byName.get(key.name) ?? [];
    if (list.some((k) => k.id === key.id)) return;
    list.push(key);
    this.byName.set(key.name, list);
  }

  get(name: string): readonly DkimKeyRef[] {
    return this.byName.get(name.toLowerCase().replace(/\.$/, '')) ?? [];
  }

  get size(): number {
    let n = 0;
    for (const list of this.byName.values()) n += list.length;
    return n;
  }

  /** Every key, for passing the store to worker threads (KeyStore.from rebuilds it). */
  keys(): DkimKeyRef[] {
    return [...this.byName.values()].flat();
  }
}

function txtOf(value: unknown, where: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [value.join('')];
  if (value && typeof value === 'object' && 'TXT' in value) {
    const txt = (value as { TXT: unknown }).TXT;
    if (Array.isArray(txt)) {
      return txt.map((record, i) => {
        if (typeof record === 'string') return record;
        if (Array.isArray(record) && record.every((v) => typeof v === 'string')) return record.join('');
        throw new KeyStoreError(`${where}: TXT[${i}] is not a string or a list of strings`);
      });
    }
  }
  throw new KeyStoreError(
    `${where}: expecting a TXT record (a string, a list of strings, or {"TXT": [[…]]}), got ${JSON.stringify(value)?.slice(0, 80)}`,
  );
}

export function parseJsonKeys(text: string, path: string): DkimKeyRef[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KeyStoreError(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new KeyStoreError(`${path}: expecting a JSON object of DNS names`);
  const object = data as Record<string, unknown>;
  const isWrapped = object.records !== null && typeof object.records === 'object' && !Array.isArray(object.records);
  const names = (isWrapped ? object.records : object) as Record<string, unknown>;
  const keys: DkimKeyRef[] = [];
  for (const [name, value] of Object.entries(names)) {
    if (name.startsWith('_') || !name.toLowerCase().includes('._domainkey.')) continue;
    // An entry of another record type (an SPF {"TXT"} on the bare domain is skipped above; {"A": …} here).
    if (value && typeof value === 'object' && !Array.isArray(value) && !('TXT' in value)) continue;
    for (const record of txtOf(value, `${path}: "${name}"`)) keys.push(makeKeyRef(name, record, `${path}#${name}`));
  }
  return keys;
}

export function parseZoneKeys(text: string, path: string): DkimKeyRef[] {
  return parseZoneFile(text, path)
    .filter((r) => r.name.includes('._domainkey.'))
    .map((r) => makeKeyRef(r.name, r.text, `${path}:${r.line}`));
}

async function readKeyFile(path: string): Promise<DkimKeyRef[]> {
  const { size } = await stat(path);
  if (size > MAX_KEY_FILE_BYTES)
    throw new KeyStoreError(`${path}: ${size} bytes is too large for a key file (limit ${MAX_KEY_FILE_BYTES})`);
  const text = await readFile(path, 'utf8');
  // JSON by content, not by name: an exported map may be called keys.txt.
  if (/^\s*\{/.test(text)) return parseJsonKeys(text, path);
  try {
    return parseZoneKeys(text, path);
  } catch (error) {
    throw new KeyStoreError((error as Error).message);
  }
}

async function* keyFiles(path: string): AsyncGenerator<string> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new KeyStoreError(`${path}: cannot read key file or folder: ${(error as Error).message}`);
  }
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const names = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of names) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* keyFiles(child);
    else if (entry.isFile() && FOLDER_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield child;
  }
}

/** Loads every key under `paths` (files or folders), in order. Fails on the first unreadable file, naming it. */
export async function loadKeyStore(paths: readonly string[]): Promise<KeyStore> {
  const store = new KeyStore();
  for (const path of paths) {
    for await (const file of keyFiles(path)) {
      for (const key of await readKeyFile(file)) store.add(key);
    }
  }
  return store;
}
