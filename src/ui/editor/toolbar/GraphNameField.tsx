import { useState } from 'react';
import { UNTITLED } from '../../store/graphName.ts';
import { renameGraph, useModelValue } from '../../store/index.ts';

/** The graph's name, editable in place: runs and exported files are named after it. */
export function GraphNameField() {
  const name = useModelValue((model) => model.name) ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      className="graph-name"
      aria-label="Graph name"
      title="The graph's name: runs and exported files are named after it"
      placeholder={UNTITLED}
      value={draft ?? name}
      spellCheck={false}
      onChange={(event) => {
        setDraft(event.target.value);
        renameGraph(event.target.value);
      }}
      onBlur={() => setDraft(null)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}
