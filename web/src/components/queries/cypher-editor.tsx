/**
 * A CodeMirror 6 editor with Cypher highlighting (the Cypher mode maintained in
 * @codemirror/legacy-modes). Ctrl/⌘+Enter runs the query.
 *
 * The editor owns its text while the analyst types; `value` replaces it only when it comes from
 * elsewhere. Preact runs effects after paint, so an effect can see the value of a keystroke or
 * two ago: writing that back would undo the newest keystroke, which the editor reports as a change,
 * and so on, the page caught in a loop (issue 15: the page stopped answering after Cypher editing).
 * Texts the editor itself reported are therefore never written back.
 */
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { keymap } from '@codemirror/view';
import { EditorView, basicSetup } from 'codemirror';
import { useEffect, useRef } from 'preact/hooks';

export interface CypherEditorProps {
  value: string;
  onChange(text: string): void;
  onRun(): void;
}

// Texts reported while typing that a late effect may still carry (far more than effects lag behind).
const TYPED_KEPT = 200;

function remember(texts: Set<string>, text: string): void {
  texts.delete(text);
  texts.add(text);
  if (texts.size > TYPED_KEPT) texts.delete(texts.values().next().value!);
}

export function CypherEditor({ value, onChange, onRun }: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorView | null>(null);
  const handlers = useRef({ onChange, onRun });
  handlers.current = { onChange, onRun };
  const typed = useRef(new Set<string>([value]));

  useEffect(() => {
    editor.current = new EditorView({
      doc: value,
      parent: host.current!,
      extensions: [
        keymap.of([{ key: 'Mod-Enter', run: () => (handlers.current.onRun(), true) }]),
        basicSetup,
        EditorView.lineWrapping,
        StreamLanguage.define(cypher),
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
        EditorView.updateListener.of((u) => {
          if (!u.docChanged) return;
          const text = u.state.doc.toString();
          remember(typed.current, text);
          handlers.current.onChange(text);
        }),
      ],
    });
    return () => editor.current?.destroy();
  }, []);

  // A text from elsewhere (a query loaded) replaces the editor's; typing does not come back here.
  useEffect(() => {
    const view = editor.current;
    if (!view || typed.current.has(value) || view.state.doc.toString() === value) return;
    typed.current = new Set([value]);
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
  }, [value]);

  return <div ref={host} class="cypher-editor" />;
}
