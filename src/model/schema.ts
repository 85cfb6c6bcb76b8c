import { z } from 'zod';
import { dataSourceSchema } from './dataSource.ts';
import { DATASET_NAMES, type DatasetName } from './datasets.ts';
import { isTableDatasetName, TABLE_DATASET_NAMES } from './tableDatasets.ts';
import { finiteNumber, numberField, positiveInt, weightProblem } from './fields.ts';
import { idRecordSchema } from './idRecord.ts';
import { OPTIMIZERS } from './functions.ts';
import type { NodeSpec } from './nodes/nodeSpec.ts';
import { NODE_SPECS, NODE_TYPES, specOf } from './nodes/registry.ts';
import type { ModelNode, Tensor } from './types.ts';

export const FORMAT = 'netloom';
export const CURRENT_VERSION = 1;

const position = z.looseObject({ x: finiteNumber, y: finiteNumber });

function nodeVariant(spec: NodeSpec<string, unknown>) {
  return z.looseObject({
    id: z.string().min(1, 'expected a non-empty id'),
    type: z.literal(spec.type),
    params: spec.paramsSchema,
    position: position.optional(),
  });
}

/** One node: its `params` are checked by the schema of its kind's spec (`nodes/registry.ts`). */
export const nodeSchema = z.discriminatedUnion(
  'type',
  NODE_TYPES.map((type) => nodeVariant(NODE_SPECS[type] as NodeSpec<string, unknown>)) as unknown as [ReturnType<typeof nodeVariant>],
  { error: `expected a type of ${NODE_TYPES.join(', ')}` },
) as unknown as z.ZodType<ModelNode>;

export const edgeSchema = z.looseObject({
  id: z.string().optional(),
  source: z.string().min(1, 'expected a node id'),
  target: z.string().min(1, 'expected a node id'),
  /** The input port of `target` (`in0`, `in1`, …); edges without one take its lowest free ports in document order. */
  targetHandle: z.string().regex(/^in\d+$/, 'expected a port name like "in0"').optional(),
});

/**
 * A tensor as nested lists of weights (finite, within float32's range): one list for a vector
 * (a bias), a list of rows for a matrix (a kernel `[units][inputs]`). Checked in one loop
 * rather than element by element through zod, which costs seconds on the millions of numbers
 * of a large trained network.
 */
const tensorSchema = z.array(z.unknown(), { error: 'expected a list of numbers, or a list of rows of numbers' }).superRefine((values, ctx) => {
  const matrix = Array.isArray(values[0]);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!matrix) {
      checkNumber(value, [i], ctx);
      continue;
    }
    if (!Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', path: [i], message: 'expected a row of numbers, as the other rows are' });
      continue;
    }
    for (let j = 0; j < value.length; j++) checkNumber(value[j], [i, j], ctx);
  }
}) as unknown as z.ZodType<Tensor>;

function checkNumber(value: unknown, path: number[], ctx: z.RefinementCtx): void {
  const message = weightProblem(value);
  if (message) ctx.addIssue({ code: 'custom', path, message });
}

/**
 * The tensors of one node, by name (`kernel`, `bias`, …). Which names a kind owns is in its
 * spec, so the model's own check validates them; other fields pass through untouched, as
 * unknown fields do everywhere in the format.
 */
const nodeWeightsSchema = z.looseObject({}, { error: 'expected an object of tensors by name' });

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
})
  // only once each field is valid on its own, so one mistake gives one message
  .superRefine(checkDataFields, { when: (payload) => payload.issues.length === 0 });

/**
 * A model trains on one dataset: `training.data` with a file replaces `training.dataset`; without
 * a file it chooses columns of the built-in table `training.dataset` names.
 */
function checkDataFields({ dataset, data }: { dataset?: DatasetName | undefined; data?: { file?: string | undefined } | undefined }, ctx: z.RefinementCtx): void {
  if (data === undefined) return;
  if (data.file !== undefined) {
    if (dataset !== undefined) {
      const message = `remove it: training.data names the file this model trains on (${data.file}), and a model trains on one dataset`;
      ctx.addIssue({ code: 'custom', path: ['dataset'], message });
    }
    return;
  }
  if (dataset !== undefined && isTableDatasetName(dataset)) return;
  const tables = TABLE_DATASET_NAMES.join(', ');
  const message =
    dataset === undefined
      ? `columns without a file: give the file (file and sha256), or set training.dataset to a built-in table (${tables})`
      : `the ${dataset} dataset is generated and has no columns to choose: remove training.data, or use a built-in table (${tables})`;
  ctx.addIssue({ code: 'custom', path: ['data'], message });
}

export const modelSchema = z
  .looseObject({
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    name: z.string().optional(),
    nodes: z.array(nodeSchema, { error: 'expected a list of nodes' }),
    edges: z.array(edgeSchema, { error: 'expected a list of edges' }),
    weights: idRecordSchema(nodeWeightsSchema, 'an object of tensors by node id').optional(),
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
    for (const [id, stored] of Object.entries(model.weights ?? {})) {
      const index = seen.get(id);
      if (index === undefined) {
        ctx.addIssue({ code: 'custom', path: ['weights', id], message: `no node with id "${id}"` });
        continue;
      }
      const node = model.nodes[index]!;
      const spec = specOf(node);
      const owned = spec.tensorNames;
      if (owned.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['weights', id], message: `${spec.label} node "${id}" has no weights` });
        continue;
      }
      for (const name of owned) {
        if (!Object.hasOwn(stored, name)) continue;
        const result = tensorSchema.safeParse(stored[name]);
        for (const issue of result.error?.issues ?? []) {
          ctx.addIssue({ code: 'custom', path: ['weights', id, name, ...issue.path], message: issue.message });
        }
      }
    }
  });
