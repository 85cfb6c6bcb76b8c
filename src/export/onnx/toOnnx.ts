import onnxProto, { type onnx } from 'onnx-proto';
import { LEAKY_RELU_ALPHA, type ActivationFn } from '../../model/index.ts';
import { outputSize, type ExportLayer, type ExportNetwork } from '../network.ts';
import { ONNX_INPUT_NAME, ONNX_OUTPUT_NAME } from './tensorNames.ts';

// onnx-proto is CommonJS whose named exports Node's ESM loader cannot see: take them from the default.
const { ModelProto, TensorProto, AttributeProto } = onnxProto.onnx;

// In a module of their own, so the editor can name them without loading this writer.
export { ONNX_INPUT_NAME, ONNX_OUTPUT_NAME } from './tensorNames.ts';

/** Opset 17 is ONNX 1.12, whose files carry IR version 8. */
const OPSET_VERSION = 17;
const IR_VERSION = 8;
const { FLOAT } = TensorProto.DataType;

const ACTIVATION_OPS: Record<ActivationFn, string> = {
  relu: 'Relu',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  linear: 'Identity',
  leaky_relu: 'LeakyRelu',
  softmax: 'Softmax',
};

/** The network as an ONNX model: one Gemm (transB = 1, so the kernel stays `[units][inputs]`) per dense layer and one op per activation. */
export function toOnnx(network: ExportNetwork): Uint8Array<ArrayBuffer> {
  const tensorNames = network.layers.map((layer, i) =>
    i === network.layers.length - 1 ? ONNX_OUTPUT_NAME : `${layer.nodeId}/output`,
  );
  const nodes = network.layers.map((layer, i) => toNode(layer, i === 0 ? ONNX_INPUT_NAME : tensorNames[i - 1]!, tensorNames[i]!));
  const model = ModelProto.create({
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET_VERSION }],
    producerName: 'Netloom',
    docString: `Exported from Netloom. Input "${ONNX_INPUT_NAME}" [batch, ${network.inputSize}], output "${ONNX_OUTPUT_NAME}" [batch, ${outputSize(network)}].`,
    graph: {
      name: network.name,
      node: nodes,
      initializer: network.layers.flatMap(initializers),
      input: [batchOf(ONNX_INPUT_NAME, network.inputSize)],
      output: [batchOf(ONNX_OUTPUT_NAME, outputSize(network))],
    },
  });
  // Copied because in Node protobufjs (onnx-proto's own v6 copy) returns a Buffer that views a shared pool.
  return new Uint8Array(ModelProto.encode(model).finish());
}

function toNode(layer: ExportLayer, input: string, output: string): onnx.INodeProto {
  if (layer.kind === 'dense') {
    const operands = layer.bias ? [input, kernelName(layer.nodeId), biasName(layer.nodeId)] : [input, kernelName(layer.nodeId)];
    return { name: layer.nodeId, opType: 'Gemm', input: operands, output: [output], attribute: [intAttribute('transB', 1)] };
  }
  return { name: layer.nodeId, opType: ACTIVATION_OPS[layer.fn], input: [input], output: [output], attribute: activationAttributes(layer.fn) };
}

function activationAttributes(fn: ActivationFn): onnx.IAttributeProto[] {
  if (fn === 'leaky_relu') return [{ name: 'alpha', type: AttributeProto.AttributeType.FLOAT, f: LEAKY_RELU_ALPHA }];
  // Softmax over the features of each row, never across the batch.
  if (fn === 'softmax') return [intAttribute('axis', -1)];
  return [];
}

function intAttribute(name: string, value: number): onnx.IAttributeProto {
  return { name, type: AttributeProto.AttributeType.INT, i: value };
}

function initializers(layer: ExportLayer): onnx.ITensorProto[] {
  if (layer.kind === 'activation') return [];
  const kernel = { name: kernelName(layer.nodeId), dataType: FLOAT, dims: [layer.units, layer.inputSize], floatData: Array.from(layer.kernel) };
  if (!layer.bias) return [kernel];
  return [kernel, { name: biasName(layer.nodeId), dataType: FLOAT, dims: [layer.units], floatData: Array.from(layer.bias) }];
}

function kernelName(nodeId: string): string {
  return `${nodeId}/kernel`;
}

function biasName(nodeId: string): string {
  return `${nodeId}/bias`;
}

/** A float32 `[batch, width]` tensor whose batch dimension is symbolic, so any batch size runs. */
function batchOf(name: string, width: number): onnx.IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType: FLOAT, shape: { dim: [{ dimParam: 'batch' }, { dimValue: width }] } } },
  };
}
