import { openOutputFile } from '../modelFile.ts';

/** Writes a whole output file of the export and import commands; a bad path is an InputFileError (exit 2). */
export async function writeOutput(path: string, contents: Uint8Array | string): Promise<void> {
  const handle = await openOutputFile(path);
  try {
    await handle.writeFile(contents);
  } finally {
    await handle.close();
  }
}
