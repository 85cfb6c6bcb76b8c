import { unzipSync } from 'fflate';

/** A file the person chose (or dropped), or one entry of a zip they chose: its path and bytes. */
export interface ChosenFile {
  /** The file's name; for a zip entry, its path inside the zip ("my-model/model.json"). */
  path: string;
  bytes: Uint8Array;
}

const isZip = (name: string) => name.toLowerCase().endsWith('.zip');

/** The chosen files' contents, a zip replaced by its entries (folders left out). */
export async function readChosenFiles(files: readonly File[]): Promise<ChosenFile[]> {
  const chosen: ChosenFile[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isZip(file.name)) {
      chosen.push({ path: file.name, bytes });
      continue;
    }
    for (const [path, entry] of Object.entries(unzipSync(bytes))) if (!path.endsWith('/')) chosen.push({ path, bytes: entry });
  }
  return chosen;
}
