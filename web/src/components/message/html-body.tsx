/**
 * A mail's HTML body, rendered so that reading it can never reveal the analyst: a sandboxed
 * iframe with no permissions at all (no scripts, no same origin, no forms, no popups, no top
 * navigation), fed through srcdoc with a Content-Security-Policy that allows no remote load of any
 * kind (images, styles, fonts, frames, media) — a tracking pixel stays a broken image. The server
 * sanitises the HTML first; this is the second, independent wall. Links are made inert (their
 * target is shown on hover) so a stray click cannot navigate either.
 */
import { useMemo } from 'preact/hooks';

export const BODY_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'";

/** Parses inertly (DOMParser runs no script and loads nothing) and drops what navigates or loads. */
export function inertHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, base, meta, link, iframe, frame, object, embed, form').forEach((el) => el.remove());
  doc.querySelectorAll('a[href], area[href]').forEach((el) => {
    el.setAttribute('title', el.getAttribute('href') ?? '');
    el.removeAttribute('href');
  });
  const styles = [...doc.head.querySelectorAll('style')].map((el) => el.outerHTML).join('');
  return styles + doc.body.innerHTML;
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
      referrerpolicy="no-referrer"
      srcdoc={doc}
    />
  );
}
