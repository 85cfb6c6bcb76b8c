import { useRef, type ReactNode } from 'react';
import { readDroppedFile } from './readFile.ts';

/** The kinds of file the pickers offer: CSV, TSV and plain text tables. */
const TABLE_FILES = '.csv,.tsv,.tab,.txt,text/csv,text/tab-separated-values,text/plain';

/** A button that opens the file picker for a table and hands the chosen file's bytes on. */
export function FilePickerButton({ children, primary = false, onFile }: { children: ReactNode; primary?: boolean; onFile(name: string, bytes: ArrayBuffer): Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={primary ? 'data-button data-button--primary' : 'data-button'} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={TABLE_FILES}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void readDroppedFile(file).then(({ name, bytes }) => onFile(name, bytes));
        }}
      />
    </>
  );
}
