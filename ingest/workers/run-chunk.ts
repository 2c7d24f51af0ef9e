/**
 * Runs one chunk of work, turning each failure into a result of its own so one bad item never
 * takes the others down with it.
 */
import type * as ExtractMessage from '../extract/entities/extract-message.js';
import type { Gazetteer } from '../extract/entities/gazetteer/build-gazetteer.js';
import { type ProcessOptions, processMessage } from '../extract/process-message.js';
import type { RawMessage } from '../model.js';
import type { ProcessConfig } from './process-config.js';
import type { DocumentWork, EntityResult, EntityWork, ParseResult } from './protocol.js';
import type { DocumentRecord } from '../extract/documents/types.js';
import type * as ReadDocument from '../extract/documents/read-document.js';

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

export async function runParseChunk(items: RawMessage[], options: ProcessOptions): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  for (const raw of items) {
    try {
      results.push({ ok: true, message: await processMessage(raw, options) });
    } catch (error) {
      results.push({
        ok: false,
        issue: { source: raw.source, stage: 'parse', error: describeError(error), lostMessage: true },
      });
    }
  }
  return results;
}

// Entity extraction loads dictionaries and compromise (about a second and 60 MB per thread): only
// the threads that extract pay for it, on first use; parse workers never load it.
let extractor: Promise<typeof ExtractMessage> | undefined;

export async function runEntityChunk(items: EntityWork[], gazetteer: Gazetteer | undefined): Promise<EntityResult[]> {
  const { extractMessageEntities } = await (extractor ??= import('../extract/entities/extract-message.js'));
  return items.map((item) => {
    try {
      return { ok: true, id: item.id, ...extractMessageEntities(item, gazetteer) };
    } catch (error) {
      return { ok: false, id: item.id, error: describeError(error) };
    }
  });
}

// Document readers (pdfjs, SheetJS, word-extractor) load on first use, in the threads that read documents.
let documentReader: Promise<typeof ReadDocument> | undefined;

/** Loads the document readers; a worker does so before it starts a document's clock. */
export function loadDocumentReader(): Promise<typeof ReadDocument> {
  return (documentReader ??= import('../extract/documents/read-document.js'));
}

/** Reads documents one after the other; readDocument turns every failure into a status. */
export async function runDocumentChunk(items: DocumentWork[], config: ProcessConfig): Promise<DocumentRecord[]> {
  const { readDocument } = await loadDocumentReader();
  const options = config.documents ?? {};
  const results: DocumentRecord[] = [];
  for (const { bytes, ...about } of items) {
    results.push(
      await readDocument(bytes, about, options.limits, {
        ocr: options.ocr === true,
        ...(options.now && { now: new Date(options.now) }),
      }),
    );
  }
  return results;
}
