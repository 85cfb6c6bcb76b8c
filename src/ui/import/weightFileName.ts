/**
 * How the editor reads the weight file names a TF.js model.json lists (its `weightsManifest`
 * paths). This is the one place that decides, so a shared rule can replace it: a name is
 * accepted only as a plain file name ("group1-shard1of1.bin", or "./group1-shard1of1.bin"),
 * which is looked up among the files chosen beside model.json. A path into another folder, up
 * ("../") or absolute, is refused: the browser only ever hands over files, not folders.
 *
 * Returns the plain name, or null when `path` is not one.
 */
export function plainWeightFileName(path: string): string | null {
  const name = path.startsWith('./') ? path.slice(2) : path;
  if (name === '' || name === '.' || name === '..' || /[/\\]/.test(name)) return null;
  return name;
}
