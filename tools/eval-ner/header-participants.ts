/**
 * The participants of a gold e-mail message, read from the text of its header lines (tokenised with spaces,
 * as the CoNLL files give them). This stands in for what mailparser hands the pipeline from From/To/Cc;
 * it uses the header words only, never the annotations.
 */
import type { Correspondent } from '../../ingest/extract/entities/types.js';

const KEYED = /^(?:X - )?(From|To|Cc|cc|CC|Bcc|bcc|Sent|Date|Subject) :\s*(.*)$/;
const DATE_TAIL = /\s*(?:on\s+)?\d{1,2} ?\/ ?\d{1,2} ?\/ ?\d{2,4}\s+\d{1,2}:\d\d(?::\d\d)?\s*[AP]M\s*$/;
const EMAIL = /[\w.'+-]+@[\w-]+(?:\.[\w-]+)+/;

function item(text: string): { name?: string; address?: string } {
  const address = EMAIL.exec(text)?.[0]?.toLowerCase();
  const name = text
    .replace(/<[^>]*>?|\[[^\]]*\]?/g, ' ')
    .split(' / ')[0]!
    .replace(/["']/g, (q) => (q === "'" ? q : ' '))
    .replace(/\s+/g, ' ')
    .trim();
  const usable = name && !name.includes('@') && /\p{L}/u.test(name);
  return { ...(usable && { name }), ...(address && { address }) };
}

/** Splits a recipient list; "Last , First" pairs (Enron's X-To) are rejoined. */
function items(value: string): string[] {
  if (value.includes(';'))
    return value
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  const chunks = value
    .split(' , ')
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    const next = chunks[i + 1];
    const plain = (s: string) => !/[@<>/"]/.test(s) && s.split(' ').length <= 3;
    if (next !== undefined && plain(chunk) && plain(next)) {
      out.push(`${chunk}, ${next}`);
      i++;
    } else out.push(chunk);
  }
  return out;
}

export function parseHeaderParticipants(lines: string[], idPrefix: string): Correspondent[] {
  const found: Correspondent[] = [];
  for (const line of lines) {
    const keyed = KEYED.exec(line);
    if (keyed && /^(?:Sent|Date|Subject)$/.test(keyed[1]!)) continue;
    let value = (keyed ? keyed[2]! : line).replace(DATE_TAIL, '');
    value = value.split(/\s+Subject :/)[0]!.replace(/(\S) \. (\S)/g, '$1.$2');
    for (const text of items(value)) {
      const { name, address } = item(text);
      if (!name && !address) continue;
      found.push({
        id: `${idPrefix}:${found.length}`,
        names: name ? [name] : [],
        ...(address && { addresses: [address] }),
      });
    }
  }
  return found;
}
