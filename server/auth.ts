/**
 * Who may read the API. Without a token: only requests addressed to a loopback name (a page on
 * another domain can point its name at 127.0.0.1, but cannot make the browser send Host: localhost).
 * With a token: a script sends it as a Bearer header; a browser opens /login?token=… once and
 * carries it from then on in an HttpOnly, SameSite=Strict cookie, which other sites' pages cannot
 * read or make the browser send.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

import { HttpError } from './errors.js';

export const TOKEN_COOKIE = 'leakgraph_token';

export function requireLocalHost(allowed: string[]): RequestHandler {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  return (req, _res, next) => {
    const host = (req.get('host') ?? '').toLowerCase().replace(/:\d+$/, '');
    if (names.has(host)) return next();
    next(
      new HttpError(
        403,
        `requests must address this machine by a loopback name (Host: localhost or 127.0.0.1), not "${host.slice(0, 100)}"`,
      ),
    );
  };
}

function sameToken(given: string, expected: Buffer): boolean {
  const bytes = Buffer.from(given);
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

/** The token cookie's value from a Cookie header (no other cookie matters here). */
function cookieToken(header: string | undefined): string {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === TOKEN_COOKIE) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return '';
      }
    }
  }
  return '';
}

export function requireToken(token: string): RequestHandler {
  const expected = Buffer.from(token);
  return (req, _res, next) => {
    const bearer = (req.get('authorization') ?? '').replace(/^Bearer\s+/i, '');
    if (sameToken(bearer, expected) || sameToken(cookieToken(req.get('cookie')), expected)) return next();
    next(
      new HttpError(
        401,
        'missing or wrong token: open /login?token=<LEAKGRAPH_TOKEN> once in this browser, or send Authorization: Bearer <LEAKGRAPH_TOKEN>',
      ),
    );
  };
}

/**
 * GET /login?token=…: checks the token, keeps it in the cookie and sends the browser on to the
 * explorer, so the token leaves the address bar at once (the redirect replaces the URL).
 */
export function tokenLogin(token: string, secure = false): RequestHandler {
  const expected = Buffer.from(token);
  return (req, res, next) => {
    const given = typeof req.query.token === 'string' ? req.query.token : '';
    if (!sameToken(given, expected)) {
      next(new HttpError(401, 'wrong or missing token: open /login?token=<LEAKGRAPH_TOKEN>'));
      return;
    }
    // Secure over HTTPS, so the browser never sends the token over plain HTTP.
    res.cookie(TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure });
    res.set('Cache-Control', 'no-store');
    res.redirect(303, './');
  };
}
