import type { z } from 'zod';
import type { denseWeightsSchema, edgeSchema, modelSchema, nodeSchema, trainingSchema } from './schema.ts';

/** A netloom model document: the graph, optional trained weights and training settings. */
export type NetloomModel = z.infer<typeof modelSchema>;
/** One node of the graph; `params` depend on `type`. */
export type ModelNode = z.infer<typeof nodeSchema>;
/** A directed wire from `source` to `target` (node ids). */
export type ModelEdge = z.infer<typeof edgeSchema>;
/** A dense layer's weights: `kernel[unit][input]` and `bias[unit]`. */
export type DenseWeights = z.infer<typeof denseWeightsSchema>;
/** Hyperparameters and dataset choice stored with a model. */
export type TrainingSettings = z.infer<typeof trainingSchema>;
/** Node of one given type, e.g. `NodeOf<'dense'>`. */
export type NodeOf<T extends ModelNode['type']> = Extract<ModelNode, { type: T }>;
