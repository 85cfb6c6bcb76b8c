/** A file a person picked or dropped, as bytes (the table worker decodes them: UTF-8, UTF-16, Windows-1252). */
export async function readDroppedFile(file: File): Promise<{ name: string; bytes: ArrayBuffer }> {
  return { name: file.name, bytes: await file.arrayBuffer() };
}

/** The name a pasted table is recorded under. */
export const PASTED_NAME = 'pasted.csv';

/** Pasted text as the bytes of a UTF-8 file. */
export function pastedBytes(text: string): ArrayBuffer {
  return new TextEncoder().encode(text).buffer as ArrayBuffer;
}
