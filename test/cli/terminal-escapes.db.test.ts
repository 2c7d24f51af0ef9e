/**
 * Issue 14: a hostile mail's escape sequences never reach the terminal raw. An mbox built for this
 * test: a message whose subject (RFC 2047), sender name, attachment name and body carry OSC 52
 * (clipboard), OSC 8 (hyperlink), OSC 0 (title) and CSI (clear screen, 7-bit and C1), and a
 * separator line with a title sequence, long enough to be a failure. The real CLI's human output
 * (ingest summary, show, failures) holds no ESC, BEL or C1 byte; --json keeps them exactly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cliEntry } from '../support/cli.js';
import { testConnectionEnv, useTestDatabase } from '../support/db.js';

const CLIPBOARD = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const LINK = '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\';
const TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J\u009b2J';
// ESC, BEL and the C1 range, whichever way a terminal would act on them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u001b\u0007\u0080-\u009f]/;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const SUBJECT = `Quarterly ${CLIPBOARD}numbers`;
const MAIL = [
  'From hostile@example.org Mon Jan  1 00:00:00 2001',
  `From: =?utf-8?B?${b64(`Eve ${LINK}`)}?= <eve@example.org>`,
  'To: analyst@example.org',
  `Subject: =?utf-8?B?${b64(SUBJECT)}?=`,
  'Message-ID: <osc-test@example.org>',
  'Date: Mon, 1 Jan 2001 00:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  `line one${CLEAR}`,
  `\tline two ${TITLE}`,
  '--b',
  `Content-Type: text/plain; name="=?utf-8?B?${b64(`notes${TITLE}.txt`)}?="`,
  `Content-Disposition: attachment; filename="=?utf-8?B?${b64(`notes${TITLE}.txt`)}?="`,
  '',
  'attached',
  '--b--',
  '',
  `From ${TITLE}${'y'.repeat(1_100_000)}`,
  'Subject: lost',
  '',
  'gone',
  '',
].join('\n');

describe('no raw control bytes from the leak on the terminal (issue 14)', { timeout: 120_000 }, () => {
  useTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'leakgraph-osc-'));
  const file = join(dir, 'hostile.mbox');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cliEntry(), ...args], {
      env: { ...process.env, ...testConnectionEnv() },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  let ingest: ReturnType<typeof cli>;

  beforeAll(() => {
    writeFileSync(file, MAIL);
    ingest = cli('ingest', file, '--max-message-mb', '1', '--no-entities', '--no-verify');
  });

  it('ingest summary: the failure is named with its sequences escaped', () => {
    expect(ingest.status, ingest.stderr.slice(-2000)).toBe(0);
    expect(ingest.stderr).toMatch(/1 new \+ 0 duplicates \+ 1 failed/);
    expect(ingest.stderr).toContain('separator line ("From \\x1B]0;pwned\\x07yyy');
    expect(ingest.stderr + ingest.stdout).not.toMatch(RAW_CONTROL);
  });

  it('show: headers, attachment name and body escaped, the body keeps its lines', () => {
    const shown = cli('show', '<osc-test@example.org>');
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout + shown.stderr).not.toMatch(RAW_CONTROL);
    expect(shown.stdout).toContain('Subject: Quarterly \\x1B]52;c;cm0gLXJmIH4=\\x07numbers');
    expect(shown.stdout).toContain('Eve \\x1B]8;;https://evil.example/\\x1B\\click\\x1B]8;;\\x1B\\');
    expect(shown.stdout).toContain('Attachment: notes\\x1B]0;pwned\\x07.txt');
    expect(shown.stdout).toMatch(/line one\\x1B\[2J\\x9B2J\n\tline two \\x1B\]0;pwned\\x07/);
  });

  it('show --json: the text exactly as the mail has it', () => {
    const shown = cli('show', '<osc-test@example.org>', '--json');
    expect(shown.status, shown.stderr).toBe(0);
    const m = JSON.parse(shown.stdout) as { subject: string; body: string };
    expect(m.subject).toBe(SUBJECT);
    expect(m.body).toContain(`line one${CLEAR}`);
  });

  it('failures: escaped in the table, exact in --json', () => {
    const table = cli('failures');
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout + table.stderr).not.toMatch(RAW_CONTROL);
    expect(table.stdout).toContain('\\x1B]0;pwned\\x07');
    const json = cli('failures', '--json');
    expect(json.stdout).toContain(JSON.stringify(TITLE).slice(1, -1));
  });
});
