import { useImperativeHandle, useRef, type Ref } from 'react';
import { importFiles } from '../../import/importFlow.ts';

/** Opens the file picker programmatically (the narrow window's menu does, too). */
export interface ImportPicker {
  open(): void;
}

/**
 * "Import…": a .netloom.json, or a TensorFlow.js model (model.json with its weight file, or the
 * zip the TF.js export saves). Dropping the files on the canvas does the same.
 */
export function ImportButton({ ref }: { ref?: Ref<ImportPicker> }) {
  const inputRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ open: () => inputRef.current?.click() }), []);
  return (
    <>
      <button
        type="button"
        className="button toolbar__wide-only"
        title="A .netloom.json, or a TensorFlow.js model: model.json with its weight file, or the zip of a TF.js export"
        onClick={() => inputRef.current?.click()}
      >
        Import…
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,.bin,.zip,application/json,application/zip"
        multiple
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Reset so picking the same file again still fires a change.
          event.target.value = '';
          if (files.length > 0) void importFiles(files);
        }}
      />
    </>
  );
}
