import type { PytorchConstant, PytorchForm, PythonValue } from '../../model/index.ts';
import type { ExportGraph } from '../exportGraph.ts';
import { formatTensor, type LaidOutTensor } from '../tensorLayout.ts';
import { pythonLiteral } from './pythonLiterals.ts';

/**
 * One entry of `Net`'s state dict: its key (`dense1.weight`), the Netloom tensor it holds, and
 * its values as PyTorch lays them out (the model's axes permuted by `axes`, when given).
 */
export interface StateDictEntry {
  key: string;
  nodeId: string;
  tensor: string;
  axes?: readonly number[];
  values: LaidOutTensor;
}

/** A state-dict entry no Netloom tensor holds, under its key in `Net`'s state dict (`bn.num_batches_tracked`). */
export interface ConstantEntry extends PytorchConstant {
  key: string;
}

/** `class Net`, with the state dict its `__init__` loads. */
export interface NetCode {
  code: string;
  /** The classes of the script's own that `Net` builds modules of, each defined once, in the order `Net` first uses them. */
  definitions: string[];
  stateDict: StateDictEntry[];
  constants: ConstantEntry[];
}

const INDENT = '        ';

/**
 * `class Net(nn.Module)` mirroring the op graph: a module attribute per op that has one, then
 * `forward` computing one local per op in topological order, named after its node. With
 * `readsLogits` (a fused softmax or sigmoid head), `forward(x, logits=True)` stops before the
 * head and returns what the loss reads.
 */
export function netClass(graph: ExportGraph, names: ReadonlyMap<string, string>, readsLogits: boolean, title: string): NetCode {
  const valueName = (id: string) => (id === graph.inputId ? 'x' : names.get(id)!);
  const modules: string[] = [];
  const lines: string[] = [];
  const stateDict: StateDictEntry[] = [];
  const constants: ConstantEntry[] = [];
  const definitions = new Map<string, string>();
  let head = '';
  let headInput = '';
  for (const op of graph.ops) {
    const form = op.forms.pytorch(op.node);
    const name = names.get(op.node.nodeId)!;
    const renamed = name === op.node.nodeId ? '' : `  # node ${JSON.stringify(op.node.nodeId)}`;
    if (form.kind === 'module') {
      const { className, definition } = form;
      if (definition !== undefined) definitions.set(className, definition);
      const moduleClass = definition === undefined ? `nn.${className}` : className;
      modules.push(`${INDENT}self.${name} = ${moduleClass}(${callArguments(form.args, form.kwargs)})${renamed}`);
      for (const weight of form.stateDict) {
        const { tensor, axes } = weight;
        stateDict.push({ key: `${name}.${weight.name}`, nodeId: op.node.nodeId, tensor, ...(axes ? { axes } : {}), values: formatTensor(op.tensors, weight) });
      }
      for (const constant of form.constants ?? []) constants.push({ ...constant, key: `${name}.${constant.name}` });
    }
    const expression = opExpression(form, name, op.inputs.map(valueName));
    if (readsLogits && op.node.nodeId === graph.output) {
      head = expression;
      headInput = valueName(op.inputs[0]!);
    } else {
      lines.push(`${INDENT}${name} = ${expression}${renamed}`);
    }
  }
  const outputs = readsLogits
    ? `${INDENT}if logits:\n${INDENT}    return ${headInput}\n${INDENT}return ${head}`
    : `${INDENT}return ${valueName(graph.output)}`;
  const code = `class Net(nn.Module):
    """${title}"""

    def __init__(self):
        super().__init__()
${modules.join('\n')}
        self.load_state_dict(stored_weights())
        self.eval()  # Net() predicts; train() switches it to training mode and back

    def ${forwardSignature(graph, readsLogits)}
${lines.join('\n')}
${outputs}`;
  return { code, definitions: [...definitions.values()], stateDict, constants };
}

function forwardSignature({ inputSize, outputSize }: ExportGraph, readsLogits: boolean): string {
  const shapes = `x: float32 [batch, ${inputSize}] → [batch, ${outputSize}]`;
  if (!readsLogits) return `forward(self, x):\n        """${shapes}, what Netloom's predict returns."""`;
  return `forward(self, x, logits=False):
        """${shapes} probabilities, what Netloom's predict returns;
        with logits=True, the head's input instead, which the loss reads (see loss_fn)."""`;
}

/** The expression for an op's output, given its module's name and the names of its inputs, in port order. */
function opExpression(form: PytorchForm, name: string, inputs: readonly string[]): string {
  switch (form.kind) {
    case 'module':
      return `self.${name}(${inputs[0]})`;
    case 'sum':
      return inputs.join(' + ');
    case 'function':
      return `${form.name}(${[`[${inputs.join(', ')}]`, callArguments([], form.kwargs)].filter(Boolean).join(', ')})`;
    default: {
      const unknown: never = form;
      return unknown;
    }
  }
}

/** `2, 8, bias=False` */
function callArguments(args: readonly PythonValue[] = [], kwargs: Readonly<Record<string, PythonValue>> = {}): string {
  return [...args.map(pythonLiteral), ...Object.entries(kwargs).map(([key, value]) => `${key}=${pythonLiteral(value)}`)].join(', ');
}
