import { z } from 'zod';
import { DATASET_NAMES } from './datasets.ts';
import { OPTIMIZERS } from './functions.ts';
import { NODE_SPECS } from './nodes/registry.ts';

export const FORMAT = 'netloom';
export const CURRENT_VERSION = 1;

const positiveInt = z.number().int('expected a positive integer').positive('expected a positive integer');
const finite = z.number().refine(Number.isFinite, 'expected a finite number');

const position = z.looseObject({ x: finite, y: finite });

function nodeVariant<T extends keyof typeof NODE_SPECS>(type: T) {
  return z.looseObject({
    id: z.string().min(1, 'expected a non-empty id'),
    type: z.literal(type),
    params: NODE_SPECS[type].paramsSchema,
    position: position.optional(),
  });
}

export const nodeSchema = z.discriminatedUnion(
  'type',
  [nodeVariant('input'), nodeVariant('dense'), nodeVariant('activation'), nodeVariant('loss')],
  { error: `expected a type of ${Object.keys(NODE_SPECS).join(', ')}` },
);

export const edgeSchema = z.looseObject({
  id: z.string().optional(),
  source: z.string().min(1, 'expected a node id'),
  target: z.string().min(1, 'expected a node id'),
});

export const denseWeightsSchema = z.looseObject({
  kernel: z.array(z.array(finite)),
  bias: z.array(finite).optional(),
});

export const trainingSchema = z.looseObject({
  dataset: z.enum(DATASET_NAMES as [string, ...string[]], {
    error: `expected one of ${DATASET_NAMES.join(', ')}`,
  }).optional(),
  optimizer: z.enum(OPTIMIZERS, { error: `expected one of ${OPTIMIZERS.join(', ')}` }).optional(),
  lr: z.number().positive('expected a positive number').optional(),
  batchSize: positiveInt.optional(),
  epochs: positiveInt.optional(),
  seed: z.number().int('expected an integer').optional(),
  /** Label noise / jitter of the generated dataset, 0..1. */
  noise: z.number().min(0).max(1).optional(),
  /** Fraction of the samples used for training; the rest is the test set. */
  trainFraction: z.number().gt(0).lt(1).optional(),
  /** L2 weight decay coefficient. */
  l2: z.number().min(0).optional(),
});

export const modelSchema = z
  .looseObject({
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    name: z.string().optional(),
    nodes: z.array(nodeSchema),
    edges: z.array(edgeSchema),
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
