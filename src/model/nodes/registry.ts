import { activationSpec } from './activation.ts';
import { addSpec } from './add.ts';
import { batchNormSpec } from './batchNorm.ts';
import { concatenateSpec } from './concatenate.ts';
import { denseSpec } from './dense.ts';
import { dropoutSpec } from './dropout.ts';
import { inputSpec } from './input.ts';
import { layerNormSpec } from './layerNorm.ts';
import { lossSpec } from './loss.ts';
import type { ExportForms } from './exportForms.ts';
import type { NodeSpec } from './nodeSpec.ts';

/**
 * Every node kind, keyed by its `type`; the palette lists them in this order. Adding a kind is
 * one line here, its spec beside this file (an `OpNodeSpec` with its export forms, unless it
 * is one of the graph's ends), and its op in `engine/ops/`.
 */
export const NODE_SPECS = {
  input: inputSpec,
  dense: denseSpec,
  activation: activationSpec,
  layer_norm: layerNormSpec,
  batch_norm: batchNormSpec,
  dropout: dropoutSpec,
  add: addSpec,
  concatenate: concatenateSpec,
  loss: lossSpec,
} as const;

export type NodeType = keyof typeof NODE_SPECS;
export const NODE_TYPES = Object.keys(NODE_SPECS) as NodeType[];

/** The params of one kind, e.g. `ParamsOf<'dense'>` = `{units, useBias?}`. */
export type ParamsOf<T extends NodeType> = (typeof NODE_SPECS)[T] extends NodeSpec<T, infer P> ? P : never;

/** The kinds between the input and the loss: each runs as an engine op and carries export forms. */
export type OpNodeType = Exclude<NodeType, 'input' | 'loss'>;

/** Every kind between the input and the loss, in palette order. */
export const OP_NODE_TYPES = NODE_TYPES.filter((type): type is OpNodeType => type !== 'input' && type !== 'loss');

/** A spec whose params type is not known statically; what generic code (compiler, editor) holds. */
export type AnyNodeSpec = NodeSpec<NodeType, Record<string, unknown>>;

/** True when `type` names a registered kind (an own key, so `constructor` or `__proto__` never match). */
export function isNodeType(type: string): type is NodeType {
  return Object.hasOwn(NODE_SPECS, type);
}

/**
 * The spec of a node's kind. Its functions take the node's params as they are: the schema has
 * checked them against this very spec, so the loose params type is safe to pass.
 */
export function specOf(node: { type: NodeType }): AnyNodeSpec {
  return NODE_SPECS[node.type] as unknown as AnyNodeSpec;
}

/**
 * The export forms of a kind between the input and the loss. The assignment below only
 * type-checks while every such kind's spec has `exportForms`: a kind without them does not compile.
 */
export function exportFormsOf(type: OpNodeType): ExportForms<Record<string, unknown>> {
  const spec: { exportForms: unknown } = NODE_SPECS[type];
  return spec.exportForms as ExportForms<Record<string, unknown>>;
}
