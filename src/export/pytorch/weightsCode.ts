import { toStoredTensor } from '../../engine/tensor.ts';
import type { StateDictEntry } from './netCode.ts';
import { npzOfFloat32 } from './npz.ts';
import { pythonTensor } from './pythonLiterals.ts';

/**
 * Up to this many weights are written into the script itself (about 12 characters each, so
 * ~120 KB of text after the code); beyond it they go into a `.npz` beside the script (4 bytes
 * each, exact), which keeps the script small enough to read and edit.
 */
export const INLINE_WEIGHT_LIMIT = 10_000;

/** `stored_weights()` and where its numbers live: inline, or in the `.npz` named `npzName`. */
export interface WeightsCode {
  code: string;
  /** The `.npz` file's bytes when the weights are kept beside the script; null when inline. */
  npz: Uint8Array<ArrayBuffer> | null;
}

export function weightsCode(stateDict: readonly StateDictEntry[], npzName: string): WeightsCode {
  const count = stateDict.reduce((total, entry) => total + entry.values.values.length, 0);
  if (count > INLINE_WEIGHT_LIMIT) {
    const arrays = Object.fromEntries(stateDict.map(({ key, values }) => [key, { shape: values.shape, values: values.values }]));
    const code = `def stored_weights():
    """The weights from Netloom, by state-dict name, read from ${npzName} beside this script: its
    ${count.toLocaleString('en')} float32 numbers would make this file ~${Math.round((count * 12) / 1e5) / 10} MB of text."""
    with np.load(Path(__file__).with_name(${JSON.stringify(npzName)})) as arrays:
        return {name: torch.from_numpy(arrays[name]) for name in arrays.files}`;
    return { code, npz: npzOfFloat32(arrays) };
  }
  const entries = stateDict.map(({ key, values }) => `    ${JSON.stringify(key)}: ${pythonTensor(toStoredTensor(values.values, values.shape), 4)},`);
  const code = `def stored_weights():
    """The weights from Netloom (WEIGHTS, below), by state-dict name, as float32 tensors."""
    return {name: torch.tensor(values, dtype=torch.float32) for name, values in WEIGHTS.items()}


# The ${count.toLocaleString('en')} weights, each the shortest decimal that reads back as Netloom's float32 value.
WEIGHTS = {
${entries.join('\n')}
}`;
  return { code, npz: null };
}
