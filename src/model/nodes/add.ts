import type { ExportForms, OnnxNodeForm } from './exportForms.ts';
import { describePortInput, mergeNodeBase, readMergeParams, type MergeParams } from './merge.ts';
import type { OpNodeSpec } from './nodeSpec.ts';

/**
 * Keras `Add`. ONNX: a chain of binary `Add` nodes, ((x0 + x1) + x2) + …, rather than one
 * n-ary `Sum`: it adds in the engine's order (so float32 results match it bit for bit), and
 * binary `Add` is the op every ONNX consumer supports; two inputs are one `Add`. PyTorch:
 * `a + b + c`, also left to right.
 */
const exportForms: ExportForms<MergeParams> = {
  keras: {
    layer: () => ({ className: 'Add', config: {}, weights: [] }),
    readers: { Add: (_config, inputWidths) => readMergeParams(inputWidths) },
  },
  onnx: ({ inputWidths }) => {
    const nodes: OnnxNodeForm[] = [];
    for (let port = 1; port < inputWidths.length; port++) {
      const last = port === inputWidths.length - 1;
      nodes.push({
        opType: 'Add',
        inputs: [port === 1 ? { port: 0 } : { value: `sum${port - 1}` }, { port }],
        ...(last ? {} : { output: `sum${port}` }),
      });
    }
    return { nodes, initializers: [] };
  },
  pytorch: () => ({ kind: 'sum' }),
};

/** The element-wise sum of its inputs (Keras `Add`): a residual (skip) connection's join. */
export const addSpec: OpNodeSpec<'add', MergeParams> = {
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
  exportForms,
};
