/**
 * Command output: human text on stderr, data on stdout (--json for scripts). Human output goes
 * through terminal-text.ts, because much of it is leak content; JSON is written exactly.
 */
import { terminalBody, terminalText } from './terminal-text.js';

/** A message on stderr; its own line breaks are kept, every other control character escaped. */
export const say = (line: string) => process.stderr.write(`${line.split('\n').map(terminalText).join('\n')}\n`);

/** One line of human output on stdout, control characters escaped. */
export const printLine = (line: string) => process.stdout.write(`${terminalText(line)}\n`);

/** A message body on stdout: newlines and tabs kept, other control characters escaped. */
export const printBody = (text: string) => process.stdout.write(`${terminalBody(text)}\n`);

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A plain aligned table on stdout. */
export function printTable(rows: Record<string, unknown>[], columns: string[]): void {
  const cell = (v: unknown) =>
    terminalText(v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));
  const widths = columns.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.slice(0, widths[i]).padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  process.stdout.write(`${line(columns)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const r of rows) process.stdout.write(`${line(columns.map((c) => cell(r[c])))}\n`);
}
