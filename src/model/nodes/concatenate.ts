import { z } from 'zod';
import { everyPort, readKerasConfig, type ExportForms } from './exportForms.ts';
import { mergeNodeBase, readMergeParams, type MergeParams } from './merge.ts';
import type { OpNodeSpec } from './nodeSpec.ts';

/** Netloom's vectors are `[batch, features]`: features are axis 1, or -1 counted from the end. */
const kerasConcatenateConfig = z.looseObject({
  axis: z.union([z.literal(-1), z.literal(1)], { error: 'Netloom joins vectors side by side, on axis -1 (or 1)' }).optional(),
});

/** Keras `Concatenate` on the last axis; ONNX `Concat` and PyTorch `torch.cat` on axis 1 (the features of `[batch, features]`). */
const exportForms: ExportForms<MergeParams> = {
  keras: {
    layer: () => ({ className: 'Concatenate', config: { axis: -1 }, weights: [] }),
    readers: {
      Concatenate(config, inputWidths) {
        const read = readKerasConfig(kerasConcatenateConfig, config);
        return read.ok ? readMergeParams(inputWidths) : read;
      },
    },
  },
  onnx: ({ inputWidths }) => ({
    nodes: [{ opType: 'Concat', inputs: everyPort(inputWidths), attributes: { axis: { int: 1 } } }],
    initializers: [],
  }),
  pytorch: () => ({ kind: 'function', name: 'torch.cat', kwargs: { dim: 1 } }),
};

/** Its inputs side by side, in port order (Keras `Concatenate`, ONNX `Concat` on axis 1). */
export const concatenateSpec: OpNodeSpec<'concatenate', MergeParams> = {
  ...mergeNodeBase,
  type: 'concatenate',
  label: 'Concatenate',
  description: 'Joins branches side by side',
  idPrefix: 'concat',
  outputWidth: (inputs) => ({ ok: true, width: inputs.reduce((sum, input) => sum + input.width, 0) }),
  exportForms,
};
