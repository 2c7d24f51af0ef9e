/**
 * Requests from the app's own pages only (issue 14). A page on any site the analyst visits can send
 * requests to http://127.0.0.1:5174 (a form POST, an image, fetch in no-cors mode): it cannot read
 * the answer, but it can run a saved query, start a 5,000-message bundle export, and time them.
 * Browsers say where a request comes from (Sec-Fetch-Site, Origin); a request another site's page
 * made is refused. Scripts and curl send neither and are let through (the token, when set, still
 * applies). A POST must be JSON: text/plain and form bodies are what a cross-site page can send
 * without asking the server first (CORS preflight).
 */
import type { RequestHandler } from 'express';

import { HttpError } from './errors.js';

// Sec-Fetch-Site values of requests the analyst made: the app's own pages, or typed/bookmarked.
const OWN = new Set(['same-origin', 'none']);

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}

export function requireSameOrigin(): RequestHandler {
  return (req, _res, next) => {
    const site = req.get('sec-fetch-site');
    if (site !== undefined && !OWN.has(site.toLowerCase())) {
      next(
        new HttpError(
          403,
          `refused: the request comes from another site's page (Sec-Fetch-Site: ${site.slice(0, 40)})`,
        ),
      );
      return;
    }
    const origin = req.get('origin');
    // "null" is what sandboxed frames and some redirects send: not the app.
    if (origin !== undefined && originHost(origin) !== (req.get('host') ?? '').toLowerCase()) {
      next(new HttpError(403, `refused: the request comes from another origin (${origin.slice(0, 100)})`));
      return;
    }
    next();
  };
}

export function requireJsonBody(): RequestHandler {
  return (req, _res, next) => {
    if (req.method === 'POST' && !req.is('application/json')) {
      next(
        new HttpError(
          415,
          `POST bodies must be JSON: send Content-Type: application/json (got ${(req.get('content-type') ?? 'none').slice(0, 80)})`,
        ),
      );
      return;
    }
    next();
  };
}
