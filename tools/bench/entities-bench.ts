/**
 * npm run bench:entities -- <maildir or folder> [--limit N] [--json] [--baseline]
 *
 * Throughput of entity extraction alone on real mail, on one core: reads the files, parses them with the
 * project's parseMessage (not timed), then times text preparation + language + recognition per message
 * (extractEntities with the message's participants). Prints msgs/s and where the time goes; --baseline
 * also times plain compromise (people, organisations, places) on the same bodies, for comparison.
 */
import nlp from '../../ingest/extract/entities/recognise/compromise.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { parseMessage } from '../../ingest/parse/parse-message.js';
import type { MailAddress } from '../../ingest/model.js';
import { extractEntities } from '../../ingest/extract/entities/extract-entities.js';
import { detectLanguage } from '../../ingest/extract/entities/language/detect-language.js';
import { prepareText } from '../../ingest/extract/entities/prepare/prepare-text.js';
import type { Correspondent } from '../../ingest/extract/entities/types.js';

interface Sample {
  text: string;
  subject: string;
  participants: Correspondent[];
}

function listFiles(root: string, limit: number): string[] {
  const all = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  // An even spread over the whole tree, so every mailbox and folder is represented.
  const step = Math.max(1, Math.floor(all.length / limit));
  return all.filter((_, i) => i % step === 0).slice(0, limit);
}

function toCorrespondent(address: MailAddress): Correspondent {
  return { id: address.email, names: address.name ? [address.name] : [], addresses: [address.email] };
}

async function loadSamples(files: string[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const file of files) {
    const parsed = await parseMessage(readFileSync(file));
    const people = [parsed.from, ...parsed.to, ...parsed.cc].filter((a): a is MailAddress => a !== undefined);
    samples.push({ text: parsed.text, subject: parsed.subject, participants: people.map(toCorrespondent) });
  }
  return samples;
}

/**
 * CPU seconds (user + system) spent in `run` over all samples: on a shared machine, wall time counts the
 * other processes too; CPU time is what one core gives this work.
 */
function time(samples: Sample[], run: (s: Sample) => void): number {
  const started = process.cpuUsage();
  for (const sample of samples) run(sample);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: 'string', default: '5000' },
      json: { type: 'boolean', default: false },
      baseline: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const root = positionals[0];
  if (values.help || !root) {
    const usage = [
      'usage: npm run bench:entities -- <maildir or folder> [--limit N] [--baseline] [--json]',
      '',
      'Entity extraction speed on real mail bodies, in messages per CPU-second, with the time in text',
      'preparation and language detection, and the peak RSS of this process.',
      '',
      '  --limit N    messages read (default 5000)',
      '  --baseline   also time plain compromise on the same bodies',
      '  --json       the figures as JSON',
      '  -h, --help   this text',
    ].join('\n');
    (values.help ? console.log : console.error)(usage);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const samples = await loadSamples(listFiles(root, Number(values.limit)));
  const warm = samples.slice(0, Math.min(200, samples.length));
  for (const s of warm) extractEntities({ text: s.text, subject: s.subject }, { participants: s.participants });
  let mentions = 0;
  let linked = 0;
  const total = time(samples, (s) => {
    const result = extractEntities({ text: s.text, subject: s.subject }, { participants: s.participants });
    mentions += result.mentions.length;
    linked += result.mentions.filter((m) => m.personId !== undefined).length;
  });
  let prepared = 0;
  const prepare = time(samples, (s) => {
    prepared += prepareText(s.text).text.length;
  });
  const language = time(samples, (s) => detectLanguage(prepareText(s.text).text)) - prepare;
  const bodyChars = samples.reduce((n, s) => n + s.text.length, 0);
  const baseline = values.baseline
    ? time(samples, (s) => {
        const doc = nlp(s.text);
        doc.people().json();
        doc.organizations().json();
        doc.places().json();
      })
    : undefined;
  const report = {
    messages: samples.length,
    msgsPerSecond: Math.round(samples.length / total),
    msPerMessage: (total * 1000) / samples.length,
    seconds: { total, prepare, language, recognise: total - prepare - language },
    bodyChars,
    preparedChars: prepared,
    mentions,
    linked,
    ...(baseline !== undefined && { baselineMsgsPerSecond: Math.round(samples.length / baseline) }),
    // One thread with every lexicon and table loaded (what each entity worker holds), plus the parsed samples.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(
      `${report.messages} messages: ${report.msgsPerSecond} msgs per CPU-second, i.e. on one core (${report.msPerMessage.toFixed(2)} ms each)`,
    );
    console.log(
      `  prepare ${prepare.toFixed(2)} s, language ${language.toFixed(2)} s, recognise ${(total - prepare - language).toFixed(2)} s`,
    );
    console.log(
      `  text: ${bodyChars} body chars → ${prepared} prepared (${((100 * prepared) / bodyChars).toFixed(0)}%)`,
    );
    console.log(`  ${mentions} mentions, ${linked} linked to a participant`);
    console.log(`  peak RSS ${report.peakRssMb} MB (extractor with all its tables, and the parsed messages)`);
    if (baseline !== undefined)
      console.log(`  plain compromise on the whole bodies: ${report.baselineMsgsPerSecond} msgs per CPU-second`);
  }
}

await main();
