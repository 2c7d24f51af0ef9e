/**
 * compromise, from its one-file CommonJS build. The package's ESM entry is its ~450 source modules:
 * resolving and compiling them cost an entity worker ~110 ms of the ~1.6 s it spends loading the
 * extractor (medians of five alternating loads on a quiet machine). The build is the same release's
 * code in one file, and one require cache means one instance, one lexicon, for every module that tags.
 */
import { createRequire } from 'node:module';

import type compromise from 'compromise';

const nlp = createRequire(import.meta.url)('compromise') as typeof compromise;

export default nlp;
