/**
 * npm run eval:ner -- <gold path> [more paths] [--json] [--raw] [--no-participants] [--errors N] [--part all|tune|held] [--full] [--baseline]
 *
 * Prints precision, recall and F1 per type (PER, ORG, LOC) for gold files in the formats of
 * ../shared/fixtures/ner (emailcoref threads, HIPE-2020 TSV, WikiNEuRal CoNLL). Matching is exact-span:
 * a mention counts only when type, start and end all equal the gold's.
 */
import { parseArgs } from 'node:util';

import { ENTITY_TYPES } from '../../ingest/extract/entities/types.js';
import { type EvalPart, type EvalReport, evaluateGold } from './evaluate.js';
import { GoldFormatError } from './gold.js';

function formatReport(report: EvalReport, mode: 'raw' | 'baseline' | 'pipeline'): string {
  const rows = [...ENTITY_TYPES, 'ALL' as const].map((type) => {
    const s = report.scores[type];
    const pct = (x: number) => x.toFixed(3).padStart(6);
    return `  ${type.padEnd(4)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  });
  return [
    `${report.gold}: ${report.name}, ${report.docs} docs, ${report.docsPerSecond.toFixed(0)} docs/s (exact-span match)`,
    {
      raw: "  mode: recognition alone (--raw: the whole text read as the writer's words)",
      baseline: '  mode: plain compromise (--baseline: people, organizations, places on the whole text)',
      pipeline:
        '  mode: pipeline (text preparation on: own words, signatures, forwarded and quoted text within their budgets read and scored; reply headers and footers not read)',
    }[mode],
    ...rows,
    ...report.notes.map((n) => `  note: ${n}`),
  ].join('\n');
}

const USAGE = `usage: npm run eval:ner -- <gold path> [more paths] [options]

Scores the entity extractor against gold annotations (Enron e-mail coref, WikiNEuRal CoNLL-U, HIPE TSV),
exact-span match, per type and overall.

  --part all|tune|held  the whole set, or the half rules were tuned on, or the held-out half (default all)
  --raw                 recognition alone: the whole text read as the writer's words
  --baseline            plain compromise on the whole text, for comparison
  --no-participants     do not give the message's header participants to the extractor
  --errors N            list the first N errors (false positives and negatives)
  --full                run compromise's whole tagger, not its lexicon alone (3× slower)
  --json                the report as JSON
  -h, --help            this text`;

function parsePart(value: string): EvalPart {
  if (value === 'all' || value === 'tune' || value === 'held') return value;
  throw new Error(`--part: expected all, tune or held, got "${value}"`);
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      raw: { type: 'boolean', default: false },
      'no-participants': { type: 'boolean', default: false },
      errors: { type: 'string', default: '0' },
      part: { type: 'string', default: 'all' },
      full: { type: 'boolean', default: false },
      baseline: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    const out = values.help ? console.log : console.error;
    out(USAGE);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const errorCount = Number(values.errors);
  const reports = positionals.map((path) =>
    evaluateGold(path, {
      participants: !values['no-participants'],
      raw: values.raw,
      part: parsePart(values.part),
      ...(values.full && { tagging: 'full' as const }),
      baseline: values.baseline,
    }),
  );
  if (values.json) {
    console.log(
      JSON.stringify(
        reports.map(({ errors, ...r }) => ({ ...r, errors: errors.slice(0, errorCount) })),
        null,
        2,
      ),
    );
    return;
  }
  for (const report of reports) {
    console.log(formatReport(report, values.baseline ? 'baseline' : values.raw ? 'raw' : 'pipeline'));
    for (const e of report.errors.slice(0, errorCount)) {
      console.log(`    ${e.kind} ${e.type} ${JSON.stringify(e.text)}  …${e.context}…  [${e.doc}]`);
    }
  }
}

try {
  main();
} catch (error) {
  // A missing file or a malformed gold file: say which and what, without a stack trace.
  const known = error instanceof GoldFormatError || (error as NodeJS.ErrnoException).code === 'ENOENT';
  if (!known) throw error;
  console.error(`eval:ner: ${(error as Error).message}`);
  process.exitCode = 1;
}
