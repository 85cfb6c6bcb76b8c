import { useRef } from 'react';
import { importModelFile } from '../../store/editorActions.ts';

/** Opens a file picker for a .netloom.json file; dropping a file on the canvas does the same. */
export function ImportButton() {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => inputRef.current?.click()}>
        Import JSON
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Reset so picking the same file again still fires a change.
          event.target.value = '';
          if (file) void file.text().then((text) => importModelFile(file.name, text));
        }}
      />
    </>
  );
}
