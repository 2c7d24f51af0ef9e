/**
 * Reads the progress of `neo4j-admin database import` from its output: the stage lines
 * "(2/4) Relationship import …" and the dotted lines ending in "45% ∆1s 20ms [3s 5ms]".
 * Stages are counted as equal shares of the whole: a rough fraction, enough for a bar and an ETA.
 */

export interface ImportProgress {
  /** "Node import", "Relationship import", "Relationship linking", "Post processing". */
  stage: string;
  /** 0…1 over the whole import. */
  fraction: number;
}

const STAGE = /^\((\d+)\/(\d+)\)\s+(.+?)\s+\d{4}-\d{2}-\d{2}/;
const PERCENT = /\s(\d{1,3})%\s+∆/;

export class ImportProgressReader {
  private stage = 'starting';
  private index = 0;
  private stages = 1;
  private carry = '';

  constructor(private readonly onProgress: (progress: ImportProgress) => void) {}

  /** Feeds a piece of the importer's standard output. */
  feed(text: string): void {
    const lines = (this.carry + text).split('\n');
    this.carry = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  private line(line: string): void {
    const stage = STAGE.exec(line);
    if (stage) {
      this.index = Number(stage[1]) - 1;
      this.stages = Math.max(1, Number(stage[2]));
      this.stage = stage[3]!;
      this.report(0);
      return;
    }
    const percent = PERCENT.exec(line);
    if (percent) this.report(Math.min(100, Number(percent[1])) / 100);
  }

  private report(withinStage: number): void {
    this.onProgress({ stage: this.stage, fraction: Math.min(1, (this.index + withinStage) / this.stages) });
  }
}
