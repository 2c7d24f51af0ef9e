/**
 * The parameters a Cypher text uses: its `$names`, in order of first use. Strings and comments are
 * skipped, so "$5" in a literal or a commented-out line is not taken for a parameter.
 */
export function paramNames(cypher: string): string[] {
  const code = cypher.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}
