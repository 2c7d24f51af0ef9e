/**
 * Issue 14: leak text is printed with every C0/C1 control escaped (terminal-text.ts), so a mail
 * cannot set the title, clear the screen, write the clipboard (OSC 52) or plant a link (OSC 8).
 */
import { describe, expect, it } from 'vitest';

import { terminalBody, terminalText } from '../../cli/terminal-text.js';

describe('terminal text (issue 14)', () => {
  it.each([
    ['OSC 52 clipboard', 'a\u001b]52;c;SGVsbG8=\u0007b', 'a\\x1B]52;c;SGVsbG8=\\x07b'],
    ['OSC 8 link', '\u001b]8;;http://x\u001b\\y\u001b]8;;\u001b\\', '\\x1B]8;;http://x\\x1B\\y\\x1B]8;;\\x1B\\'],
    ['C1 CSI clears the screen', '\u009b2J', '\\x9B2J'],
    ['DEL and NUL', '\u007f\u0000', '\\x7F\\x00'],
    ['newline, CR and tab in a one-line field', 'a\nb\rc\td', 'a\\x0Ab\\x0Dc\\x09d'],
    ['printable text, accents and emoji untouched', 'Zoë — 日本 🙂', 'Zoë — 日本 🙂'],
  ])('%s', (_what, text, expected) => {
    expect(terminalText(text)).toBe(expected);
  });

  it('a body keeps newlines (CRLF as one) and tabs, and escapes the rest', () => {
    expect(terminalBody('l1\r\n\tl2\u001b[2J\rl3\n')).toBe('l1\n\tl2\\x1B[2J\\x0Dl3\n');
  });
});
