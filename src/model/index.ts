/**
 * The netloom model: the JSON document format, its schema and (de)serialization.
 * Everything that reads or writes a model goes through `loadModel` / `parseModelJson`.
 */
export { ACTIVATION_FNS, LOSS_FNS, OPTIMIZERS, LEAKY_RELU_ALPHA } from './functions.ts';
export type { ActivationFn, LossFn, OptimizerName } from './functions.ts';
export { DATASETS, DATASET_NAMES, isDatasetName } from './datasets.ts';
export type { DatasetInfo, DatasetName, DatasetTask } from './datasets.ts';
export { NODE_SPECS, NODE_TYPES } from './nodes/registry.ts';
export type { NodeType } from './nodes/registry.ts';
export type { NodeSpec } from './nodes/nodeSpec.ts';
export { denseParamCount } from './nodes/dense.ts';
export { FORMAT, CURRENT_VERSION, modelSchema, trainingSchema } from './schema.ts';
export type { NetloomModel, ModelNode, ModelEdge, DenseWeights, TrainingSettings, NodeOf } from './types.ts';
export { loadModel, parseJson, parseModelJson, serializeModel, formatIssue, formatPath } from './document.ts';
export type { ModelIssue, LoadResult, JsonParseResult } from './document.ts';
export { TRAINING_DEFAULTS, withTrainingDefaults } from './trainingDefaults.ts';
export type { ResolvedTrainingSettings } from './trainingDefaults.ts';
export { TEMPLATES, xorTemplate, spiralTemplate, deepTemplate } from './templates.ts';
