/**
 * Keras layer names for Netloom node ids. TF.js refuses weight names outside
 * `[A-Za-z0-9][-A-Za-z0-9._/]*` and Keras needs them unique; "/" is also replaced because it
 * separates the layer name from "kernel" in weight names.
 */
export function kerasLayerNames(nodeIds: readonly string[]): string[] {
  const taken = new Set<string>();
  return nodeIds.map((id) => claimUniqueName(toValidName(id), taken));
}

/** `base`, or `base_2`, `base_3`, … if taken: the first name not in `taken`, which it then joins. */
export function claimUniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

function toValidName(id: string): string {
  const cleaned = id.replace(/[^-A-Za-z0-9._]/g, '_');
  return /^[A-Za-z0-9]/.test(cleaned) ? cleaned : `layer${cleaned}`;
}
