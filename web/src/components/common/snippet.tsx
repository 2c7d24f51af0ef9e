/**
 * A search snippet: the API wraps matched terms in «…»; they are shown as <mark>, and everything
 * else as plain text (never as HTML: snippets come from leaked mail).
 */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/«|»/);
  return <span class="snippet">{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</span>;
}
