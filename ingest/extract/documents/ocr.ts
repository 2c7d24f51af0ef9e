/**
 * ③ extract (documents): OCR for scanned PDFs and images, with tesseract.js. The engine (WASM) and
 * the English and French models ship in npm packages (tesseract.js-core, @tesseract.js-data/eng
 * and /fra); tesseract.js would fetch models from a CDN when no local path is given, so the models
 * are always handed over from the package folders, and its disk cache is off.
 *
 * tesseract.js wants every model in one folder; the two packages each have their own, so a private
 * temporary folder links to both. One engine per thread, made on first use (~0.7 s, ~150 MB).
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { OcrEngine } from './formats/context.js';

export const OCR_LANGUAGES = ['eng', 'fra'] as const;
// The integer-quantised "best" LSTM models: as accurate as "best", a third of the size and faster.
const MODEL_FOLDER = '4.0.0_best_int';

let engine: Promise<{ engine: OcrEngine; close(): Promise<void> }> | undefined;

async function createEngine(): Promise<{ engine: OcrEngine; close(): Promise<void> }> {
  const require = createRequire(import.meta.url);
  const folder = mkdtempSync(join(tmpdir(), 'leakgraph-ocr-'));
  for (const lang of OCR_LANGUAGES) {
    symlinkSync(
      require.resolve(`@tesseract.js-data/${lang}/${MODEL_FOLDER}/${lang}.traineddata.gz`),
      join(folder, `${lang}.traineddata.gz`),
    );
  }
  const { createWorker, OEM } = await import('tesseract.js');
  try {
    const worker = await createWorker(OCR_LANGUAGES.join('+'), OEM.LSTM_ONLY, {
      langPath: folder,
      gzip: true,
      cacheMethod: 'none',
      logger: () => {},
      errorHandler: () => {},
    });
    return {
      engine: {
        async recognise(image) {
          const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
          return data.text;
        },
      },
      async close() {
        await worker.terminate();
      },
    };
  } finally {
    rmSync(folder, { recursive: true, force: true }); // the models are loaded; the links are not needed any more
  }
}

/** The thread's OCR engine. tesseract loads when the first page image comes, so a run with OCR on
 * pays nothing for documents that have a text layer. */
export const threadOcr: OcrEngine = {
  async recognise(image) {
    return (await (engine ??= createEngine())).engine.recognise(image);
  },
};

/** Stops the thread's OCR engine, if one was made. */
export async function closeOcr(): Promise<void> {
  const current = engine;
  engine = undefined;
  if (current) await (await current).close();
}
