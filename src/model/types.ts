import type { z } from 'zod';
import type { NodeType, ParamsOf } from './nodes/registry.ts';
import type { edgeSchema, trainingSchema } from './schema.ts';

/** A node of one kind, e.g. `NodeOf<'dense'>`; `params` follow that kind's spec. Unknown extra fields survive a round trip. */
export interface NodeOf<T extends NodeType> {
  id: string;
  type: T;
  params: ParamsOf<T>;
  position?: { x: number; y: number; [key: string]: unknown };
  [key: string]: unknown;
}

/** One node of the graph; `params` depend on `type`. */
export type ModelNode = { [T in NodeType]: NodeOf<T> }[NodeType];
/** A directed wire from `source` to `target` (node ids), into the port `targetHandle` when given. */
export type ModelEdge = z.infer<typeof edgeSchema>;
/** A stored tensor: a vector (`bias`) or a matrix as a list of rows (`kernel`, `[units][inputs]`). */
export type Tensor = number[] | number[][];
/** One node's tensors by name, e.g. `{kernel, bias}` for a dense node. */
export type NodeWeights = Record<string, Tensor>;
/** A dense layer's weights: `kernel[unit][input]` and an optional `bias[unit]`. */
export type DenseWeights = {
  kernel: number[][];
  bias?: number[];
};
/** Hyperparameters and dataset choice stored with a model. */
export type TrainingSettings = z.infer<typeof trainingSchema>;

/** A netloom model document: the graph, optional trained weights and training settings. */
export interface NetloomModel {
  format: 'netloom';
  version: 1;
  name?: string;
  nodes: ModelNode[];
  edges: ModelEdge[];
  /** Tensors by node id, then by tensor name. */
  weights?: Record<string, NodeWeights>;
  training?: TrainingSettings;
  [key: string]: unknown;
}
