/**
 * A CodeMirror 6 editor with Cypher highlighting (the Cypher mode maintained in
 * @codemirror/legacy-modes). Ctrl/⌘+Enter runs the query.
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

export function CypherEditor({ value, onChange, onRun }: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<EditorView | null>(null);
  const handlers = useRef({ onChange, onRun });
  handlers.current = { onChange, onRun };

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
        EditorView.updateListener.of((u) => u.docChanged && handlers.current.onChange(u.state.doc.toString())),
      ],
    });
    return () => editor.current?.destroy();
  }, []);

  // Loading a saved query replaces the text; typing does not come back through here.
  useEffect(() => {
    const view = editor.current;
    if (view && view.state.doc.toString() !== value)
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value } });
  }, [value]);

  return <div ref={host} class="cypher-editor" />;
}
