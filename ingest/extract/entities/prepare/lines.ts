/** A body split into lines that remember where they start, so kept lines map back to the original. */

export interface Line {
  /** The line without its line break (a trailing "\r" removed too). */
  text: string;
  /** Offset of the line's first character in the original string. */
  start: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const cut = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ text: text.slice(start, cut), start });
    start = end + 1;
  }
  return lines;
}

export function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}
