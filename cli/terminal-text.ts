/**
 * Leak text → text safe to print on a terminal. A hostile mail can hold escape sequences that set
 * the terminal's title, clear the screen, write the clipboard (OSC 52) or plant hyperlinks (OSC 8)
 * when printed raw (issue 14). Every C0 control, DEL and C1 control is shown as \xHH instead, so
 * the analyst sees that it was there. Human output only: --json stays exact.
 */

// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F): the code points terminals act on.
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

const shown = (c: string) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/** One line of leak text (a subject, a name, an error): every control character escaped, newlines too. */
export function terminalText(text: string): string {
  return text.replace(CONTROLS, shown);
}

/** A body: newlines (CRLF read as one) and tabs kept for the layout, every other control escaped. */
export function terminalBody(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROLS_BUT_LAYOUT, shown);
}
