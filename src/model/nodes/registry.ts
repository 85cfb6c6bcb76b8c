import { activationSpec } from './activation.ts';
import { denseSpec } from './dense.ts';
import { inputSpec } from './input.ts';
import { lossSpec } from './loss.ts';

/** Every node kind, keyed by its `type`; the palette lists them in this order. */
export const NODE_SPECS = {
  input: inputSpec,
  dense: denseSpec,
  activation: activationSpec,
  loss: lossSpec,
} as const;

export type NodeType = keyof typeof NODE_SPECS;
export const NODE_TYPES = Object.keys(NODE_SPECS) as NodeType[];
