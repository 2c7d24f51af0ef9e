/**
 * ③ extract (signals): the mail program a message names (X-Mailer, User-Agent), as a family name
 * without versions, so the corpus pass can tell "Thunderbird 60 then 68" (an update) from
 * "Thunderbird, then once Foxmail" (worth a look).
 *
 *   "Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101 Thunderbird/60.6.1" → "Thunderbird"
 *   "git-send-email 2.21.0" → "git-send-email";  "NeoMutt/20180716" → "NeoMutt"
 *   "Microsoft Outlook Express 6.00.2600.0000" → "Microsoft Outlook Express";  "Apple Mail (2.3445.104.8)" → "Apple Mail"
 */
import type { ParsedMessage } from '../../model.js';

// Bounded: the family is a graph property compared across the corpus.
const MAX_CLIENT_CHARS = 60;
// Platform tokens of browser-style user agents; the product is the last token that is none of these.
const PLATFORM_TOKENS = new Set([
  'mozilla',
  'gecko',
  'applewebkit',
  'khtml',
  'like',
  'safari',
  'chrome',
  'version',
  'mobile',
]);

export function clientFamily(value: string | undefined): string | null {
  if (!value) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  if (/^Mozilla\//i.test(text)) {
    const products = [...text.replace(/\([^)]*\)/g, ' ').matchAll(/([A-Za-z][\w.-]*)\/\S+/g)].map((m) => m[1]!);
    const product = products.reverse().find((p) => !PLATFORM_TOKENS.has(p.toLowerCase()));
    if (product) return product.slice(0, MAX_CLIENT_CHARS);
  }
  const words: string[] = [];
  for (const word of text.replace(/\([^)]*\)?/g, ' ').split(' ')) {
    if (word === '') continue;
    // A version (2.21.0, v5.13, 6.00.2600, 20180716, H5) ends the name.
    if (/^(v|r|h)?\d/i.test(word)) break;
    const slash = word.indexOf('/');
    if (slash >= 0) {
      if (slash > 0) words.push(word.slice(0, slash));
      break;
    }
    words.push(word);
  }
  const family = words
    .join(' ')
    .replace(/[;,:-]+$/, '')
    .trim();
  return family === '' ? null : family.slice(0, MAX_CLIENT_CHARS);
}

export function mailClient(message: Pick<ParsedMessage, 'headers'>): string | null {
  return clientFamily(message.headers['x-mailer'] ?? message.headers['user-agent']);
}
