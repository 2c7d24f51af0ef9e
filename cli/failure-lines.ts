/**
 * The line an ingest or a document pass prints for failures of earlier runs it cleared
 * (ingest/write/cleared-failures.ts).
 */
export function clearedLine(cleared: number): string {
  const what = cleared === 1 ? '1 failure' : `${cleared} failures`;
  return `Cleared ${what} of earlier runs that this run, reading the same files or documents again, did not meet (\`leakgraph failures --all\` lists cleared ones)`;
}
