import { ImportError } from '../errors.ts';

/** What a tensor reference looks like in each layout, for messages. */
const TFJS_TENSOR = '["<layer>", <node index>, <tensor index>, {…}]';
const KERAS3_TENSOR = '{"class_name": "__keras_tensor__", "config": {"keras_history": ["<layer>", <node index>, <tensor index>]}}';

/**
 * The names of the layers one functional-model layer reads, in argument order, from its
 * `inbound_nodes`. TF.js and Keras 2 write each call as a list of
 * `[layer, node index, tensor index, kwargs]`; Keras 3 as `{args, kwargs}` whose args are
 * tensors (a merge layer's: one list of them) carrying a `keras_history` of
 * `[layer, node index, tensor index]`. Netloom takes one call of layers used once, each with
 * one output; anything else is an ImportError that names the layer (`where`) and the path.
 */
export function inboundLayers(inboundNodes: unknown, where: string): string[] {
  if (!Array.isArray(inboundNodes)) throw new ImportError(`${where}: inbound_nodes is ${describe(inboundNodes)}; expected a list with the layer's one call`);
  if (inboundNodes.length === 0) throw new ImportError(`${where} is not connected to anything (its inbound_nodes is empty)`);
  if (inboundNodes.length > 1) {
    throw new ImportError(`${where} is called ${inboundNodes.length} times (a shared layer); Netloom imports layers that are used once`);
  }
  const sources = callSources(inboundNodes[0], where);
  if (sources.length === 0) throw new ImportError(`${where} reads no layer (its call in inbound_nodes lists no tensors)`);
  return sources;
}

function callSources(call: unknown, where: string): string[] {
  if (Array.isArray(call)) return call.map((ref, i) => tensorSource(ref, `inbound_nodes[0][${i}]`, where));
  if (isRecord(call) && Array.isArray(call.args)) {
    return call.args.flatMap((arg, i) =>
      Array.isArray(arg)
        ? arg.map((tensor, j) => kerasTensorSource(tensor, `inbound_nodes[0].args[${i}][${j}]`, where))
        : [kerasTensorSource(arg, `inbound_nodes[0].args[${i}]`, where)],
    );
  }
  throw new ImportError(`${where}: inbound_nodes[0] is ${describe(call)}; expected a list of ${TFJS_TENSOR} or Keras 3's {"args": […], "kwargs": {…}}`);
}

/** The layer named by a TF.js / Keras 2 reference `[layer, node index, tensor index, kwargs?]`. */
function tensorSource(ref: unknown, path: string, where: string): string {
  if (!Array.isArray(ref) || ref.length < 3 || ref.length > 4) throw new ImportError(`${where}: ${path} is ${describe(ref)}; expected ${TFJS_TENSOR}`);
  return checkedSource(ref, path, where, TFJS_TENSOR);
}

/** The layer named by a Keras 3 tensor's `keras_history`. */
function kerasTensorSource(tensor: unknown, path: string, where: string): string {
  const history = isRecord(tensor) && isRecord(tensor.config) ? tensor.config.keras_history : undefined;
  if (!Array.isArray(history) || history.length !== 3) throw new ImportError(`${where}: ${path} is ${describe(tensor)}; expected ${KERAS3_TENSOR}`);
  return checkedSource(history, `${path}.config.keras_history`, where, KERAS3_TENSOR);
}

function checkedSource([layer, node, tensor]: unknown[], path: string, where: string, expected: string): string {
  if (typeof layer !== 'string' || !Number.isInteger(node) || !Number.isInteger(tensor)) {
    throw new ImportError(`${where}: ${path} is ${describe([layer, node, tensor])}; expected ${expected}`);
  }
  if (node !== 0) throw new ImportError(`${where} reads call ${node} of layer "${layer}" (a shared layer); Netloom imports layers that are used once`);
  if (tensor !== 0) throw new ImportError(`${where} reads output ${tensor} of layer "${layer}"; Netloom layers have one output`);
  return layer;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short rendering of a value found where a reference was expected: `null`, `"x"`, `[1,2]`, `missing`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
