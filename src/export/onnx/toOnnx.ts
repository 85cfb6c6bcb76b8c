import onnxProto, { type onnx } from 'onnx-proto';
import type { OnnxAttribute, OnnxOperand } from '../../model/index.ts';
import type { ExportGraph, ExportOp } from '../exportGraph.ts';
import { formatTensor } from '../tensorLayout.ts';
import { claimUniqueName } from '../uniqueName.ts';

// onnx-proto is CommonJS whose named exports Node's ESM loader cannot see: take them from the default.
const { ModelProto, TensorProto, AttributeProto } = onnxProto.onnx;

/** Name of the graph input: float32 `[batch, inputSize]`. */
export const ONNX_INPUT_NAME = 'input';
/** Name of the graph output: float32 `[batch, outputSize]`. */
export const ONNX_OUTPUT_NAME = 'output';

/** Opset 17 is ONNX 1.12, whose files carry IR version 8. */
const OPSET_VERSION = 17;
const IR_VERSION = 8;
const { FLOAT } = TensorProto.DataType;

/**
 * The network as an ONNX model: each op's nodes (from its kind's ONNX form) in the network's
 * topological order. Values are named `<node id>/output`, initializers `<node id>/<weight>`,
 * except the graph's `input` and `output`; a name already taken gets `_2`, `_3`, … so every
 * value name is unique whatever the node ids are.
 */
export function toOnnx(graph: ExportGraph): Uint8Array<ArrayBuffer> {
  const valueNames = new Set([ONNX_INPUT_NAME, ONNX_OUTPUT_NAME]);
  const nodeNames = new Set<string>();
  const valueOf = new Map([
    [graph.inputId, ONNX_INPUT_NAME],
    [graph.output, ONNX_OUTPUT_NAME],
  ]);
  for (const op of graph.ops) {
    if (!valueOf.has(op.node.nodeId)) valueOf.set(op.node.nodeId, claimUniqueName(`${op.node.nodeId}/output`, valueNames));
  }
  const parts = graph.ops.map((op) => opNodes(op, valueOf, valueNames, nodeNames));
  const model = ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET_VERSION }],
    producerName: 'Netloom',
    docString: `Exported from Netloom. Input "${ONNX_INPUT_NAME}" [batch, ${graph.inputSize}], output "${ONNX_OUTPUT_NAME}" [batch, ${graph.outputSize}].`,
    graph: {
      name: graph.name,
      node: parts.flatMap((part) => part.nodes),
      initializer: parts.flatMap((part) => part.initializers),
      input: [batchOf(ONNX_INPUT_NAME, graph.inputSize)],
      output: [batchOf(ONNX_OUTPUT_NAME, graph.outputSize)],
    },
  });
  // Copied because in Node protobufjs (onnx-proto's own v6 copy) returns a Buffer that views a shared pool.
  return new Uint8Array(ModelProto.encode(model).finish());
}

/** One op's ONNX nodes and initializers, every name it introduces claimed in `valueNames` / `nodeNames`. */
function opNodes(
  op: ExportOp,
  valueOf: ReadonlyMap<string, string>,
  valueNames: Set<string>,
  nodeNames: Set<string>,
): { nodes: onnx.INodeProto[]; initializers: onnx.ITensorProto[] } {
  const { nodeId } = op.node;
  const form = op.forms.onnx(op.node);
  const local = (name: string) => claimUniqueName(`${nodeId}/${name}`, valueNames);
  const weights = new Map(form.initializers.map((weight) => [weight.name, local(weight.name)]));
  const values = new Map(form.nodes.flatMap((node) => (node.output === undefined ? [] : [[node.output, local(node.output)] as const])));
  const operandName = (operand: OnnxOperand): string => {
    if ('port' in operand) return valueOf.get(op.inputs[operand.port]!)!;
    if ('weight' in operand) return weights.get(operand.weight)!;
    return values.get(operand.value)!;
  };
  const last = form.nodes.length - 1;
  const nodes = form.nodes.map((node, i) => ({
    name: claimUniqueName(i === last ? nodeId : `${nodeId}/${i + 1}`, nodeNames),
    opType: node.opType,
    input: node.inputs.map(operandName),
    output: [node.output === undefined ? valueOf.get(nodeId)! : values.get(node.output)!],
    attribute: Object.entries(node.attributes ?? {}).map(([name, value]) => attribute(name, value)),
  }));
  const initializers = form.initializers.map((weight) => {
    const { shape, values: data } = formatTensor(op.tensors, weight);
    return { name: weights.get(weight.name)!, dataType: FLOAT, dims: [...shape], floatData: Array.from(data) };
  });
  return { nodes, initializers };
}

function attribute(name: string, value: OnnxAttribute): onnx.IAttributeProto {
  const { AttributeType } = AttributeProto;
  if ('int' in value) return { name, type: AttributeType.INT, i: value.int };
  if ('float' in value) return { name, type: AttributeType.FLOAT, f: value.float };
  return { name, type: AttributeType.INTS, ints: [...value.ints] };
}

/** A float32 `[batch, width]` tensor whose batch dimension is symbolic, so any batch size runs. */
function batchOf(name: string, width: number): onnx.IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType: FLOAT, shape: { dim: [{ dimParam: 'batch' }, { dimValue: width }] } } },
  };
}
