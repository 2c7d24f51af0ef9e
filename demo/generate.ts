/**
 * Demo mailbox generator: scenario (demo/scenario) → .eml files under
 * <outDir>/<custodian>/<folder>/<NNN>.eml and the loose documents of scenario/loose-files.ts, plus
 * manifest.json listing the planted anomalies.
 * Deterministic: fixed dates, Message-IDs and boundaries, so regenerating gives identical bytes.
 *
 *   npm run demo:generate -- [outDir] [manifestPath]   (tsx demo/generate.ts: outside the shipped build)
 *   (defaults: demo/mailbox and demo/manifest.json)
 */
import { mkdirSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { type Composed, composeThread } from './compose/compose-thread.js';
import { type Manifest, buildManifest } from './compose/manifest.js';
import { renderCopy } from './compose/mime.js';
import { doctoredText, placeMessages } from './compose/place.js';
import { looseFiles } from './scenario/loose-files.js';
import { THREADS } from './scenario/threads.js';

export interface DemoMailbox {
  /** Relative path → file bytes. */
  files: Map<string, Buffer>;
  manifest: Manifest;
  messages: Composed[];
}

export async function buildDemoMailbox(): Promise<DemoMailbox> {
  const keys = new Set<string>();
  for (const t of THREADS) {
    if (keys.has(t.key)) throw new Error(`thread key "${t.key}" used twice`);
    keys.add(t.key);
  }
  const messages = THREADS.flatMap(composeThread);
  const placements = placeMessages(messages);
  const files = new Map<string, Buffer>();
  for (const p of placements) {
    const text = p.doctored ? doctoredText(p.message) : undefined;
    files.set(
      p.path,
      renderCopy(p.message, { role: p.role, ...(p.recipient && { recipient: p.recipient }), ...(text && { text }) }),
    );
  }
  for (const [path, bytes] of await looseFiles()) files.set(path, bytes);
  return { files, manifest: buildManifest(messages, placements), messages };
}

// What the generator writes: mail, and the loose documents' types (scenario/loose-files.ts).
const GENERATED = /\.(eml|pdf|docx|xlsx|zip)$/i;

/** Removes files of the generated types left by an earlier run (and folders they leave empty); touches nothing else. */
function clearOldOutput(dir: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      clearOldOutput(path);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (GENERATED.test(e.name)) rmSync(path);
  }
}

export async function writeDemoMailbox(
  outDir: string,
  manifestPath: string,
): Promise<{ files: number; bytes: number }> {
  const { files, manifest } = await buildDemoMailbox();
  clearOldOutput(outDir);
  let bytes = 0;
  for (const [relative, content] of files) {
    const path = join(outDir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    bytes += content.length;
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  return { files: files.size, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  const outDir = resolve(process.argv[2] ?? join(here, 'mailbox'));
  const manifestPath = resolve(process.argv[3] ?? join(dirname(outDir), 'manifest.json'));
  const { files, bytes } = await writeDemoMailbox(outDir, manifestPath);
  console.log(`${files} files, ${(bytes / 1024).toFixed(0)} KiB → ${outDir}; manifest → ${manifestPath}`);
}
