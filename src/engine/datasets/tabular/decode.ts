import { MAX_TABLE_BYTES, TableError } from './table.ts';

/** git's rule for binary files: a NUL byte among the first 8,000. */
const SNIFF_BYTES = 8000;

/**
 * The text of a table file, from its bytes: UTF-8 (a byte-order mark is dropped), UTF-16 when it
 * starts with a UTF-16 byte-order mark (Excel's "Unicode text"), and Windows-1252 when the bytes
 * are not valid UTF-8 (older Excel CSV exports).
 * @throws TableError when the file is over `MAX_TABLE_BYTES` or holds binary data.
 */
export function decodeTableBytes(bytes: Uint8Array, file: string): string {
  checkTableSize(bytes.length, file);
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul >= 0) throw binaryDataError(file, nul);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** @throws TableError when a file of `bytes` bytes is too large to read. */
export function checkTableSize(bytes: number, file: string): void {
  if (bytes <= MAX_TABLE_BYTES) return;
  throw new TableError(
    { file },
    `the file is ${megabytes(bytes)}; Netloom reads tables of up to ${megabytes(MAX_TABLE_BYTES)} ` +
      '(about 150,000 rows of 20 numbers): keep fewer rows or columns',
  );
}

/** The error for a file that is not text; `offset` is where its first NUL byte (or character) is. */
function binaryDataError(file: string, offset: number): TableError {
  return new TableError({ file }, `this is not a text table (CSV or TSV): it holds binary data (a NUL at offset ${offset})`);
}

/** @throws TableError when text that should be a table holds a NUL among its first characters. */
export function checkNotBinary(text: string, file: string): void {
  const nul = text.slice(0, SNIFF_BYTES).indexOf('\0');
  if (nul >= 0) throw binaryDataError(file, nul);
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
