import { z } from 'zod';
import { formatPath, idRecordSchema, LOSS_FNS, nestingTooDeep } from '../../model/index.ts';
import { ImportError } from '../errors.ts';
import type { KerasLayerJson, NetloomMetadata } from './format.ts';

const layerSchema = z.looseObject({
  class_name: z.string(),
  config: z.looseObject({ name: z.string().optional() }),
  name: z.string().optional(),
  // Checked where it is read, so the message names the layer.
  inbound_nodes: z.unknown().optional(),
});

const topologySchema = z.looseObject({
  class_name: z.string(),
  // Keras 1 stored a Sequential's layers directly as the config.
  config: z.preprocess(
    (config) => (Array.isArray(config) ? { layers: config } : config),
    z.looseObject({
      name: z.string().optional(),
      layers: z.array(layerSchema),
      // Functional models only; checked where they are read, so a message can say what is wrong with them.
      input_layers: z.unknown().optional(),
      output_layers: z.unknown().optional(),
    }),
  ),
});

const weightSpecSchema = z.looseObject({
  name: z.string(),
  shape: z.array(z.number().int().nonnegative()),
  dtype: z.string(),
  quantization: z.unknown().optional(),
});

const netloomMetadataSchema = z.object({
  name: z.string(),
  inputId: z.string().min(1),
  loss: z.object({ nodeId: z.string().min(1), fn: z.enum(LOSS_FNS) }),
  // Keyed by layer names and node ids, which may be `__proto__` (which z.record would drop).
  layerNodeIds: idRecordSchema(z.array(z.string().min(1)), 'an object of node ids by layer name'),
  nodeParams: idRecordSchema(z.record(z.string(), z.unknown()), 'an object of params by node id').optional(),
}) satisfies z.ZodType<NetloomMetadata>;

const modelJsonSchema = z.looseObject({
  // The Python converter wraps the topology in `model_config`; tfjs-layers writes it bare.
  modelTopology: z.preprocess((topology) => (isObject(topology) && 'model_config' in topology ? topology.model_config : topology), topologySchema),
  weightsManifest: z.array(z.looseObject({ paths: z.array(z.string()), weights: z.array(weightSpecSchema) })),
  userDefinedMetadata: z.looseObject({ netloom: z.unknown().optional() }).optional(),
});

export type TfjsWeightEntry = z.infer<typeof weightSpecSchema>;

/** What the importer needs from a model.json, checked. */
export interface ParsedTfjsModelJson {
  /** Keras' class of the model: "Sequential", "Model", "Functional". */
  modelClass: string;
  modelName?: string;
  layers: KerasLayerJson[];
  /** Functional models: the refs of the model's inputs and outputs, as the file has them. */
  inputLayers?: unknown;
  outputLayers?: unknown;
  /** Weight files in the order their bytes are concatenated. */
  weightPaths: string[];
  weightSpecs: TfjsWeightEntry[];
  /** Present when Netloom wrote the file and the block is intact; used only to restore node ids and the loss. */
  netloom?: NetloomMetadata;
}

/** Checks that `json` is a TF.js Layers model.json; throws an ImportError saying what it is instead. */
export function parseTfjsModelJson(json: unknown): ParsedTfjsModelJson {
  // Before the recursive readers (zod, the inbound_nodes walk) meet it; parseJson checks text, this any value.
  const tooDeep = nestingTooDeep(json);
  if (tooDeep) throw new ImportError(`model.json is ${tooDeep.message} (at ${tooDeep.path})`);
  refuseKnownOtherFormats(json);
  const result = modelJsonSchema.safeParse(json, { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // "missing" rather than zod's "expected object, received undefined".
    const problem = issue.code === 'invalid_type' && issue.input === undefined ? `missing (${issue.message.replace(/, received undefined$/, '')})` : issue.message;
    throw new ImportError(`not a TensorFlow.js Layers model.json: ${formatPath(issue.path) || 'document'}: ${problem}`);
  }
  const { modelTopology, weightsManifest, userDefinedMetadata } = result.data;
  const metadata = netloomMetadataSchema.safeParse(userDefinedMetadata?.netloom);
  return {
    modelClass: modelTopology.class_name,
    ...(modelTopology.config.name ? { modelName: modelTopology.config.name } : {}),
    layers: modelTopology.config.layers,
    inputLayers: modelTopology.config.input_layers,
    outputLayers: modelTopology.config.output_layers,
    weightPaths: weightsManifest.flatMap((group) => group.paths),
    weightSpecs: weightsManifest.flatMap((group) => group.weights),
    ...(metadata.success ? { netloom: metadata.data } : {}),
  };
}

function refuseKnownOtherFormats(json: unknown): void {
  const doc = isObject(json) ? json : {};
  if (doc.format === 'netloom') {
    throw new ImportError('this is already a Netloom model: open it directly instead of importing it');
  }
  if (doc.format === 'graph-model') {
    throw new ImportError('this is a TensorFlow.js graph model (converted from a SavedModel); only Layers models (format "layers-model") can be imported');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
