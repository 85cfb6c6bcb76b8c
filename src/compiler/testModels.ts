import type { ActivationFn, LossFn, ModelNode, NetloomModel } from '../model/index.ts';
import { compile } from './compile.ts';
import type { CompiledNetwork, CompileError, CompileOptions } from './types.ts';

/** Terse model builders for the compiler's tests: `graph([input('x', 2), …], [['x', 'h'], …])`. */
export const input = (id: string, size: number): ModelNode => ({ id, type: 'input', params: { size } });
export const dense = (id: string, units: number, useBias?: boolean): ModelNode => ({
  id,
  type: 'dense',
  params: useBias === undefined ? { units } : { units, useBias },
});
export const activation = (id: string, fn: ActivationFn): ModelNode => ({ id, type: 'activation', params: { fn } });
export const loss = (id: string, fn: LossFn): ModelNode => ({ id, type: 'loss', params: { fn } });
export const concatenate = (id: string, inputs = 2): ModelNode => ({ id, type: 'concatenate', params: { inputs } });
export const add = (id: string, inputs = 2): ModelNode => ({ id, type: 'add', params: { inputs } });
export const layerNorm = (id: string, epsilon = 0.001): ModelNode => ({ id, type: 'layer_norm', params: { epsilon } });
export const batchNorm = (id: string, momentum = 0.99, epsilon = 0.001): ModelNode => ({ id, type: 'batch_norm', params: { momentum, epsilon } });
export const dropout = (id: string, rate: number): ModelNode => ({ id, type: 'dropout', params: { rate } });

/** A wire: `[source, target]`, or `[source, target, 'in1']` into a given port. */
export type Wire = [string, string] | [string, string, string];

export function graph(nodes: ModelNode[], edges: Wire[], extra: Partial<NetloomModel> = {}): NetloomModel {
  return {
    format: 'netloom',
    version: 1,
    nodes,
    edges: edges.map(([source, target, targetHandle]) => (targetHandle ? { source, target, targetHandle } : { source, target })),
    ...extra,
  };
}

/** Edges joining the ids in order: chain('x', 'h', 'L') → x→h, h→L. */
export function chain(...ids: string[]): [string, string][] {
  return ids.slice(1).map((id, i) => [ids[i]!, id]);
}

/** x(2) → h(8) → t(tanh) → o(1) → s(sigmoid) → L(bce): the XOR stack, valid for `xor`. */
export function xorStack(extra: Partial<NetloomModel> = {}): NetloomModel {
  return graph(
    [input('x', 2), dense('h', 8), activation('t', 'tanh'), dense('o', 1), activation('s', 'sigmoid'), loss('L', 'binary_cross_entropy')],
    chain('x', 'h', 't', 'o', 's', 'L'),
    extra,
  );
}

/** The errors of a model that must not compile. */
export function errorsOf(model: NetloomModel, options?: CompileOptions): CompileError[] {
  const result = compile(model, options);
  if (result.ok) throw new Error('expected the model to be refused');
  return result.errors;
}

/** The network of a model that must compile; fails with the compile errors otherwise. */
export function networkOf(model: NetloomModel, options?: CompileOptions): CompiledNetwork {
  const result = compile(model, options);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.network;
}
