/**
 * Issue 14: served beyond loopback, the token and the leak must not cross the network in clear.
 * Plain HTTP on a non-loopback address is refused unless --insecure-http says a reverse proxy
 * serves HTTPS; given a certificate (a test one made here with openssl), the server speaks HTTPS,
 * marks the token cookie Secure, and a plain HTTP request to it gets no API answer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { UnsafeBindError, startServer } from '../../server/index.js';
import { useTestDatabase } from '../support/db.js';
import { onPath, skipUnless } from '../support/optional.js';

const TOKEN = 'a-long-enough-test-token-0123456789';

function makeCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const r = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2'].concat([
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ]),
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`openssl could not make a test certificate: ${r.stderr}`);
  return { cert, key };
}

function getHttps(url: string, ca: Buffer): Promise<{ status: number; cookie: string[] }> {
  return new Promise((resolve, reject) => {
    httpsGet(url, { ca }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, cookie: res.headers['set-cookie'] ?? [] });
    }).on('error', reject);
  });
}

function getHttp(url: string): Promise<string> {
  return new Promise((resolve) => {
    httpGet(url, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve(`${res.statusCode} ${body}`));
    }).on('error', (e) => resolve(`error ${e.message}`));
  });
}

describe.skipIf(skipUnless(!!onPath('openssl'), 'openssl not found', 'apt-get install openssl'))(
  'HTTPS when exposed (issue 14)',
  { timeout: 60_000 },
  () => {
    const db = useTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'leakgraph-tls-'));
    let files: { cert: string; key: string };
    beforeAll(() => {
      files = makeCertificate(dir);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('refuses plain HTTP beyond loopback, saying what to do', async () => {
      for (const host of ['0.0.0.0', '192.168.1.10']) {
        const started = startServer(db.driver(), { host, port: 0, token: TOKEN });
        await expect(started).rejects.toThrow(UnsafeBindError);
        await expect(started).rejects.toThrow(/over plain HTTP: .*--tls-cert <file> --tls-key <file>.*--insecure-http/);
      }
    });

    it('refuses a certificate without its key', async () => {
      await expect(startServer(db.driver(), { port: 0, tlsCert: files.cert })).rejects.toThrow(
        /needs both --tls-cert and --tls-key/,
      );
    });

    it('serves HTTPS with the certificate, the token cookie Secure; plain HTTP gets no answer', async () => {
      const server = await startServer(db.driver(), { port: 0, token: TOKEN, tlsCert: files.cert, tlsKey: files.key });
      try {
        expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
        const ca = readFileSync(files.cert);
        const login = await getHttps(`${server.url}login?token=${TOKEN}`, ca);
        expect(login.status).toBe(303);
        expect(login.cookie.join(';')).toMatch(/leakgraph_token=.*; HttpOnly; Secure; SameSite=Strict/);
        const plain = await getHttp(`${server.url.replace('https:', 'http:')}api/stats`);
        expect(plain).not.toMatch(/^200/);
      } finally {
        await server.close();
      }
    });
  },
);
