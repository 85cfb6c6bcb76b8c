import { z } from 'zod';
import { dataSourceSchema } from './dataSource.ts';
import { DATASET_NAMES, type DatasetName } from './datasets.ts';
import { finiteNumber, numberField, positiveInt } from './fields.ts';
import { OPTIMIZERS } from './functions.ts';
import type { NodeSpec } from './nodes/nodeSpec.ts';
import { NODE_SPECS } from './nodes/registry.ts';

export const FORMAT = 'netloom';
export const CURRENT_VERSION = 1;

const position = z.looseObject({ x: finiteNumber, y: finiteNumber });

/** Generic over the spec itself, so each variant's `params` keeps its own type (not the union of all four). */
function nodeVariant<TType extends string, TParams>(spec: NodeSpec<TType, TParams>) {
  return z.looseObject({
    id: z.string().min(1, 'expected a non-empty id'),
    type: z.literal(spec.type),
    params: spec.paramsSchema,
    position: position.optional(),
  });
}

export const nodeSchema = z.discriminatedUnion(
  'type',
  [
    nodeVariant(NODE_SPECS.input),
    nodeVariant(NODE_SPECS.dense),
    nodeVariant(NODE_SPECS.activation),
    nodeVariant(NODE_SPECS.loss),
  ],
  { error: `expected a type of ${Object.keys(NODE_SPECS).join(', ')}` },
);

export const edgeSchema = z.looseObject({
  id: z.string().optional(),
  source: z.string().min(1, 'expected a node id'),
  target: z.string().min(1, 'expected a node id'),
});

export const denseWeightsSchema = z.looseObject({
  kernel: z.array(z.array(finiteNumber)),
  bias: z.array(finiteNumber).optional(),
});

export const trainingSchema = z.looseObject({
  dataset: z.enum(DATASET_NAMES as [DatasetName, ...DatasetName[]], {
    error: `expected one of ${DATASET_NAMES.join(', ')}`,
  }).optional(),
  data: dataSourceSchema.optional(),
  optimizer: z.enum(OPTIMIZERS, { error: `expected one of ${OPTIMIZERS.join(', ')}` }).optional(),
  lr: numberField('a positive number').positive().optional(),
  batchSize: positiveInt.optional(),
  epochs: positiveInt.optional(),
  seed: numberField('an integer').int().optional(),
  /** Label noise / jitter of the generated dataset, 0..1. */
  noise: numberField('a number from 0 to 1').min(0).max(1).optional(),
  /** Fraction of the samples used for training; the rest is the test set. */
  trainFraction: numberField('a number between 0 and 1 (both excluded)').gt(0).lt(1).optional(),
  /** L2 weight decay coefficient. */
  l2: numberField('a number ≥ 0').min(0).optional(),
});

export const modelSchema = z
  .looseObject({
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    name: z.string().optional(),
    nodes: z.array(nodeSchema, { error: 'expected a list of nodes' }),
    edges: z.array(edgeSchema, { error: 'expected a list of edges' }),
    weights: z.record(z.string(), denseWeightsSchema).optional(),
    training: trainingSchema.optional(),
  })
  .superRefine((model, ctx) => {
    const seen = new Map<string, number>();
    model.nodes.forEach((node, i) => {
      const first = seen.get(node.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate id "${node.id}" (also nodes[${first}])` });
      } else seen.set(node.id, i);
    });
    model.edges.forEach((edge, i) => {
      for (const end of ['source', 'target'] as const) {
        if (!seen.has(edge[end])) {
          ctx.addIssue({ code: 'custom', path: ['edges', i, end], message: `no node with id "${edge[end]}"` });
        }
      }
    });
    for (const id of Object.keys(model.weights ?? {})) {
      const node = model.nodes.find((n) => n.id === id);
      if (node?.type !== 'dense') {
        ctx.addIssue({ code: 'custom', path: ['weights', id], message: `no dense node with id "${id}"` });
      }
    }
  });
