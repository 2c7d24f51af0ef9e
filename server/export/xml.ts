/**
 * XML text for GEXF and GraphML: escaped attribute and text values, and characters XML 1.0 cannot
 * carry (control characters, lone surrogates — leaked mail has them) replaced rather than written.
 */

// Characters outside the XML 1.0 Char production.
const INVALID =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what XML cannot carry
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(value: string | number): string {
  return String(value)
    .replace(INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** ` name="value"` pairs for the defined values, in order. */
export function xmlAttributes(attributes: Record<string, string | number | null | undefined>): string {
  return Object.entries(attributes)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(v as string | number)}"`)
    .join('');
}
