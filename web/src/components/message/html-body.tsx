/**
 * A mail's HTML body, rendered so that reading it can never reveal the analyst. Three walls, each
 * enough on its own, because a tracking pixel that loads once has told the sender everything:
 *
 * 1. Nothing remote is left in the markup: it is parsed inertly (DOMParser loads nothing and runs
 *    nothing), and every URL that would load (src, srcset, poster, background, url() in styles, SVG
 *    hrefs) is removed; scripts, frames, forms, meta and link elements go. Links become inert text.
 * 2. The frame's Content-Security-Policy loads nothing remote, given both as the iframe's `csp`
 *    attribute (enforced before the document exists) and as a meta tag in it. The meta tag alone
 *    was seen to lose a race with Chromium's speculative fetches under load.
 * 3. The iframe is sandboxed with no permission at all: no script, no same origin, no form, no
 *    popup, no navigation.
 *
 * The server sanitises the HTML before all this; these walls do not rely on it.
 */
import { useMemo } from 'preact/hooks';

export const BODY_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'";

const REMOVED =
  'script, noscript, base, meta, link, iframe, frame, frameset, object, embed, applet, form, portal, template';
const URL_ATTRIBUTES = [
  'src',
  'srcset',
  'poster',
  'background',
  'lowsrc',
  'dynsrc',
  'data',
  'action',
  'formaction',
  'ping',
  'manifest',
];
// url(…) or @import in a style: both fetch.
const STYLE_FETCH = /url\s*\(|@import|image-set\s*\(/i;

const isInline = (value: string) => /^\s*data:/i.test(value);

/** Parses inertly and keeps only what cannot load or run anything (wall 1). */
export function inertHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll(REMOVED).forEach((el) => el.remove());
  for (const el of doc.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null && !isInline(value)) {
        el.setAttribute(`data-blocked-${name}`, value);
        el.removeAttribute(name);
      }
    }
    // Event handlers would not run in the sandbox; they are dropped anyway.
    for (const attr of [...el.attributes]) if (attr.name.toLowerCase().startsWith('on')) el.removeAttribute(attr.name);
    const style = el.getAttribute('style');
    if (style !== null && STYLE_FETCH.test(style)) el.removeAttribute('style');
    // SVG <image href>, <use xlink:href> and friends.
    for (const name of ['href', 'xlink:href']) {
      const value = el.getAttribute(name);
      if (value !== null && el.namespaceURI !== 'http://www.w3.org/1999/xhtml' && !isInline(value))
        el.removeAttribute(name);
    }
  }
  doc.querySelectorAll('style').forEach((el) => {
    if (STYLE_FETCH.test(el.textContent ?? '')) el.remove();
  });
  doc.querySelectorAll('a[href], area[href]').forEach((el) => {
    el.setAttribute('title', el.getAttribute('href') ?? '');
    el.removeAttribute('href');
  });
  return doc.body.innerHTML;
}

export function htmlDocument(html: string): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${BODY_CSP}">` +
    '<meta name="referrer" content="no-referrer">' +
    '<style>body{font:14px/1.45 system-ui,sans-serif;color:#1d2430;margin:12px;word-wrap:break-word}img{max-width:100%}a{color:#0b5cad;text-decoration:underline dotted}</style>' +
    `</head><body>${inertHtml(html)}</body></html>`
  );
}

export function HtmlBody({ html }: { html: string }) {
  const doc = useMemo(() => htmlDocument(html), [html]);
  return (
    <iframe
      class="html-body"
      title="HTML body of the message (remote content blocked)"
      sandbox=""
      // @ts-expect-error: CSP Embedded Enforcement (`csp`) is not in the DOM typings yet.
      csp={BODY_CSP}
      referrerpolicy="no-referrer"
      srcdoc={doc}
    />
  );
}
