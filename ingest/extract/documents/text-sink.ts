/**
 * ③ extract (documents): collects a document's text up to maxTextChars. Readers push pieces in
 * reading order and stop early once it is full, so a huge document costs no more than the cap.
 */
export class TextSink {
  private readonly pieces: string[] = [];
  private length = 0;
  truncated = false;

  constructor(private readonly max: number) {}

  get full(): boolean {
    return this.length >= this.max;
  }

  push(piece: string): void {
    if (!piece) return;
    if (this.full) {
      this.truncated = true;
      return;
    }
    const room = this.max - this.length;
    const kept = piece.length > room ? piece.slice(0, room) : piece;
    if (kept.length < piece.length) this.truncated = true;
    this.pieces.push(kept);
    this.length += kept.length;
  }

  /** Ends the current line unless the text already ends one. */
  newline(): void {
    const last = this.pieces.at(-1);
    if (last !== undefined && !last.endsWith('\n')) this.push('\n');
  }

  text(): string {
    return this.pieces.join('');
  }
}
