import { describePortInput, mergeNodeBase, type MergeParams } from './merge.ts';
import type { NodeSpec } from './nodeSpec.ts';

/** The element-wise sum of its inputs (Keras `Add`, ONNX `Sum`): a residual (skip) connection's join. */
export const addSpec: NodeSpec<'add', MergeParams> = {
  ...mergeNodeBase,
  type: 'add',
  label: 'Add',
  description: 'Sums branches of the same width',
  idPrefix: 'add',
  outputWidth(inputs, _params, name) {
    const first = inputs[0]!;
    const other = inputs.find((input) => input.width !== first.width);
    if (!other) return { ok: true, width: first.width };
    return {
      ok: false,
      message:
        `${name} gets ${describePortInput(first)} but ${describePortInput(other)}: ` +
        'every input of an Add must have the same width (use Concatenate to join different widths)',
    };
  },
};
