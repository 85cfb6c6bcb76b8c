import { mergeNodeBase, type MergeParams } from './merge.ts';
import type { NodeSpec } from './nodeSpec.ts';

/** Its inputs side by side, in port order (Keras `Concatenate`, ONNX `Concat` on axis 1). */
export const concatenateSpec: NodeSpec<'concatenate', MergeParams> = {
  ...mergeNodeBase,
  type: 'concatenate',
  label: 'Concatenate',
  description: 'Joins branches side by side',
  idPrefix: 'concat',
  outputWidth: (inputs) => ({ ok: true, width: inputs.reduce((sum, input) => sum + input.width, 0) }),
};
