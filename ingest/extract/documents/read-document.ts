/**
 * ③ extract (documents): one document's bytes → DocumentRecord. The entry point of this module.
 *
 *   sniff the content ─▶ OLE2 / zip package / PDF / RTF / HTML / text / image reader ─▶ text,
 *   metadata, structure ─▶ language, people and their scripts, per-document anomaly checks
 *
 * Never throws for bad input: every failure becomes a status with a reason, and whatever was read
 * before it (an encrypted Word file's SummaryInformation, say) is kept.
 */

import { detectLanguage } from '../entities/language/detect-language.js';
import { checkDocument } from './checks/check-document.js';
import { sniffFormat } from './detect-format.js';
import { Deadline, DocumentEncryptedError, DocumentReadError } from './errors.js';
import type { FormatContext } from './formats/context.js';
import { documentIdentity } from './identity.js';
import { readHtml } from './formats/read-html.js';
import { readImage } from './formats/read-image.js';
import { readOle } from './formats/read-ole.js';
import { readPackage } from './formats/read-package.js';
import { readPdf } from './formats/read-pdf.js';
import { readRtf } from './formats/read-rtf.js';
import { readText } from './formats/read-text.js';
import { type DocumentLimits, documentLimits } from './limits.js';
import { MetadataBuilder } from './metadata/builder.js';
import { peopleOf } from './metadata/people.js';
import { threadOcr } from './ocr.js';
import { TextSink } from './text-sink.js';
import type { DocumentFormat, DocumentRecord, DocumentStatus } from './types.js';

export interface DocumentAbout {
  /** File name as found (attachment filename or path basename); only used to report a mismatch. */
  name?: string;
  /** Content type declared by the carrying message part. */
  contentType?: string;
}

export interface ReadDocumentOptions {
  /** Recognise text in scanned PDFs and images (tesseract.js, English + French; ~1 s a page). Off by default. */
  ocr?: boolean;
  /** The present, for the "date in the future" check. Default: the time of reading. */
  now?: Date;
}

const CONTAINER_FORMATS: Record<'ole' | 'zip', DocumentFormat[]> = {
  ole: ['doc', 'xls', 'ppt', 'msg'],
  zip: ['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'],
};

function extensionOf(name: string | undefined): string | undefined {
  return name?.match(/\.([A-Za-z0-9]{1,5})$/)?.[1]?.toLowerCase();
}

/** A container that could not be opened is taken for what its name says, if the name fits the container. */
function guessContainerFormat(container: 'ole' | 'zip', extension: string | undefined): DocumentFormat {
  const fromName = (extension?.replace(/[mx]$/, 'x') ?? '') as DocumentFormat;
  return CONTAINER_FORMATS[container].includes(fromName) ? fromName : container;
}

// .eml and .msg found among documents are mail: the pipeline reads them as messages, not here.
const MESSAGE_NOTE = 'an e-mail message: read as a message by the mail pipeline';

async function readContent(ctx: FormatContext): Promise<{ format: DocumentFormat; note?: string }> {
  const sniffed = sniffFormat(ctx.bytes);
  if (sniffed.container === 'ole') {
    const { format } = await readOle(ctx);
    return format === 'msg' ? { format, note: MESSAGE_NOTE } : { format };
  }
  if (sniffed.container === 'zip') return readPackage(ctx);
  ctx.detail = sniffed.detail;
  switch (sniffed.format) {
    case 'pdf':
      await readPdf(ctx);
      break;
    case 'xls': {
      const { readXls } = await import('./formats/read-xls.js');
      readXls(ctx, undefined);
      break;
    }
    case 'rtf':
      readRtf(ctx);
      break;
    case 'html':
      readHtml(ctx);
      break;
    case 'text':
    case 'csv':
      readText(ctx);
      break;
    case 'eml':
      return { format: 'eml', note: MESSAGE_NOTE };
    case 'image':
      await readImage(ctx);
      break;
    case 'wordperfect':
      throw new DocumentReadError(
        'unsupported',
        'a WordPerfect document; no maintained reader for it exists in JavaScript',
      );
    default:
      throw new DocumentReadError('unsupported', sniffed.detail ?? 'unrecognised content');
  }
  return { format: sniffed.format };
}

function statusOf(error: unknown): { status: Exclude<DocumentStatus, 'ok'>; reason: string } {
  if (error instanceof DocumentReadError) return { status: error.status, reason: error.message };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof RangeError && /call stack|Invalid array length|Array buffer allocation/i.test(message)) {
    return { status: 'too-complex', reason: `the document's structure exhausted the reader (${message})` };
  }
  return { status: 'corrupt', reason: `the reader failed on this document: ${message}` };
}

function normaliseText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00ad\u200b\ufeff]/g, '') // soft hyphens and zero-width marks hide words from search
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

export async function readDocument(
  bytes: Uint8Array,
  about: DocumentAbout = {},
  limitsGiven: Partial<DocumentLimits> = {},
  options: ReadDocumentOptions = {},
): Promise<DocumentRecord> {
  const started = performance.now();
  const limits = documentLimits(limitsGiven);
  const extension = extensionOf(about.name);
  const ctx: FormatContext = {
    bytes,
    extension,
    limits,
    deadline: new Deadline(limits.timeLimitMs),
    meta: new MetadataBuilder(),
    text: new TextSink(limits.maxTextChars),
    structure: {},
    textLayer: 'text',
    ...(options.ocr && { ocr: threadOcr }),
  };
  let format: DocumentFormat;
  let status: DocumentStatus = 'ok';
  let reason: string | undefined;
  if (bytes.byteLength > limits.maxBytes) {
    status = 'oversize';
    reason = `${bytes.byteLength} bytes, over the ${limits.maxBytes}-byte limit for one document; not opened`;
    const sniffed = sniffFormat(bytes);
    format = sniffed.container ? guessContainerFormat(sniffed.container, extension) : sniffed.format;
  } else {
    try {
      const read = await readContent(ctx);
      format = read.format;
      reason = read.note;
    } catch (error) {
      ({ status, reason } = statusOf(error));
      const sniffed = sniffFormat(bytes);
      format = ctx.format ?? (sniffed.container ? guessContainerFormat(sniffed.container, extension) : sniffed.format);
      if (error instanceof DocumentEncryptedError)
        ctx.encryption = { evidence: error.evidence, readableWithoutPassword: false };
    }
  }
  const identity = documentIdentity(bytes, about, format, ctx.detail);
  const mismatch = identity.extensionMismatch;
  if (mismatch) {
    const note = `named .${mismatch.extension}, but the content is ${format === 'unknown' ? 'not a format this reader knows' : format}`;
    reason = reason ? `${reason}; ${note}` : note;
  }
  if (status === 'ok' && ctx.textLayer === 'none')
    reason ??= `no text layer: the pages are images (${ctx.ocrFailure ?? (ctx.ocr ? 'OCR found no text' : 'OCR is off')})`;
  const { raw, normalised } = ctx.meta.build();
  if (normalised.appVersion && format !== 'pdf') ctx.structure.officeAppVersion = normalised.appVersion;
  const text = normaliseText(ctx.text.text());
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const record: DocumentRecord = {
    ...identity,
    status,
    ...(reason && { reason }),
    ...(ctx.encryption && { encryption: ctx.encryption }),
    text,
    textTruncated: ctx.text.truncated,
    textLayer: status === 'ok' || text ? ctx.textLayer : 'none',
    language: detectLanguage(text),
    counts: {
      ...(normalised.pages !== undefined && format === 'pdf' && { pages: normalised.pages }),
      words,
      characters: text.length,
    },
    metadata: { raw, normalised },
    people: peopleOf(normalised, raw),
    structure: ctx.structure,
    anomalies: [],
    elapsedMs: 0,
  };
  record.anomalies = checkDocument(record, { now: options.now ?? new Date() });
  record.elapsedMs = Math.round((performance.now() - started) * 10) / 10;
  return record;
}
