import { toStoredTensor } from '../../engine/tensor.ts';
import type { ConstantEntry, StateDictEntry } from './netCode.ts';
import { npzOfFloat32 } from './npz.ts';
import { pythonLiteral, pythonTensor } from './pythonLiterals.ts';

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

/**
 * `stored_weights()`: the state dict `Net` loads, the weights from Netloom (`stateDict`, inline
 * or from the `.npz`) and the entries no Netloom tensor holds (`constants`), each set on a line
 * of its own.
 */
export function weightsCode(stateDict: readonly StateDictEntry[], constants: readonly ConstantEntry[], npzName: string): WeightsCode {
  const count = stateDict.reduce((total, entry) => total + entry.values.values.length, 0);
  const { doc, returns } = constantsCode(constants);
  if (count > INLINE_WEIGHT_LIMIT) {
    const arrays = Object.fromEntries(stateDict.map(({ key, values }) => [key, { shape: values.shape, values: values.values }]));
    const code = `def stored_weights():
    """The weights from Netloom, by state-dict name, read from ${npzName} beside this script: its
    ${count.toLocaleString('en')} float32 numbers would make this file ~${Math.round((count * 12) / 1e5) / 10} MB of text.${doc}"""
    with np.load(Path(__file__).with_name(${JSON.stringify(npzName)})) as arrays:
${returns('{name: torch.from_numpy(arrays[name]) for name in arrays.files}', '        ')}`;
    return { code, npz: npzOfFloat32(arrays) };
  }
  const entries = stateDict.map(({ key, values }) => `    ${JSON.stringify(key)}: ${pythonTensor(toStoredTensor(values.values, values.shape), 4)},`);
  const code = `def stored_weights():
    """The weights from Netloom (WEIGHTS, below), by state-dict name, as float32 tensors.${doc}"""
${returns('{name: torch.tensor(values, dtype=torch.float32) for name, values in WEIGHTS.items()}', '    ')}


# The ${count.toLocaleString('en')} weights, each the shortest decimal that reads back as Netloom's float32 value.
WEIGHTS = {
${entries.join('\n')}
}`;
  return { code, npz: null };
}

/**
 * The docstring's sentence on the constants, and the body that returns the weights (`weights`, a
 * dict expression) with the constants set, indented by `indent`.
 */
function constantsCode(constants: readonly ConstantEntry[]): { doc: string; returns: (weights: string, indent: string) => string } {
  if (constants.length === 0) return { doc: '', returns: (weights, indent) => `${indent}return ${weights}` };
  const lines = constants.map(({ key, value, dtype }) => `weights[${JSON.stringify(key)}] = torch.tensor(${pythonLiteral(value)}, dtype=torch.${dtype})`);
  return {
    doc: '\n\n    The buffers Netloom keeps no tensor for are set at the values PyTorch starts them with.\n    ',
    returns: (weights, indent) => [`weights = ${weights}`, ...lines, 'return weights'].map((line) => `${indent}${line}`).join('\n'),
  };
}
