import { claimUniqueName } from '../uniqueName.ts';

/**
 * Keras layer names for Netloom node ids. TF.js refuses weight names outside
 * `[A-Za-z0-9][-A-Za-z0-9._/]*` and Keras needs them unique; "/" is also replaced because it
 * separates the layer name from "kernel" in weight names. Names already in `taken` are avoided.
 */
export function kerasLayerNames(nodeIds: readonly string[], taken = new Set<string>()): string[] {
  return nodeIds.map((id) => claimUniqueName(toValidName(id), taken));
}

function toValidName(id: string): string {
  const cleaned = id.replace(/[^-A-Za-z0-9._]/g, '_');
  return /^[A-Za-z0-9]/.test(cleaned) ? cleaned : `layer${cleaned}`;
}
