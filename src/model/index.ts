/**
 * The netloom model: the JSON document format, its schema and (de)serialization.
 * Everything that reads or writes a model goes through `loadModel` / `parseModelJson`.
 */

/** The activation, loss and optimizer names a document may use, and leaky_relu's fixed slope. */
export { ACTIVATION_FNS, LOSS_FNS, OPTIMIZERS, INITIALIZERS, LEAKY_RELU_ALPHA } from './functions.ts';
/** One of `ACTIVATION_FNS`, `LOSS_FNS`, `OPTIMIZERS`, `INITIALIZERS`. */
export type { ActivationFn, LossFn, OptimizerName, Initializer } from './functions.ts';
/** The range a decimal parameter takes, shared by the schema and the editor's field. */
export { isWithin, describeBounds } from './fields.ts';
export type { NumberBounds } from './fields.ts';
/**
 * The built-in datasets as the compiler sees them: input width and target kind, by name. `DATASETS`
 * holds every one (the tables with their preset columns); `GENERATED_DATASETS` those made from the seed.
 */
export { DATASETS, DATASET_NAMES, isDatasetName, GENERATED_DATASETS, GENERATED_DATASET_NAMES, isGeneratedDatasetName } from './datasets.ts';
/** `DatasetInfo`: one dataset's shape; `DatasetTask`: classes or regression outputs; `DatasetName`: a key of `DATASETS`. */
export type { DatasetInfo, DatasetName, DatasetTask, GeneratedDatasetName } from './datasets.ts';
/** `training.data`: a table (a file by name and hash, or a built-in one) and the columns chosen; the DatasetInfo of a table. */
export { COLUMN_TYPES, dataSourceSchema, tableDatasetInfo, isFileSource, choiceOf } from './dataSource.ts';
/** `DataSource`: a `training.data` block. `ColumnChoice`: target, features, column types. `ColumnType`: numeric | categorical. */
export type { ColumnChoice, ColumnType, DataSource, FileDataSource } from './dataSource.ts';
/**
 * Which data a model trains on, read from its `training` block (`dataReferenceOf`), the shape the
 * compiler checks when it is known without the table (`knownDatasetInfo`), and how to compare and name it.
 */
export { dataReferenceOf, knownDatasetInfo, sameDataReference, tableKey, dataLabel, DEFAULT_DATASET } from './dataReference.ts';
/** `DataReference`: a generated set, or a table with its columns; `TableReference`: a built-in table or a file by hash. */
export type { DataReference, TableReference, DataFields } from './dataReference.ts';
/** The real datasets built in (penguins, cars, MNIST digits): their shape, preset columns, source and licence. */
export { TABLE_DATASETS, TABLE_DATASET_NAMES, isTableDatasetName } from './tableDatasets.ts';
/** `TableDatasetName`: a key of `TABLE_DATASETS`; `TableDatasetSpec`: what one entry says. */
export type { TableDatasetName, TableDatasetSpec } from './tableDatasets.ts';
/**
 * The registry of node kinds, keyed by `type`: each spec's ports, params, width rule and
 * tensors. `specOf(node)` is the spec of a node's kind; `isNodeType` guards a string.
 */
export { NODE_SPECS, NODE_TYPES, isNodeType, specOf } from './nodes/registry.ts';
/** `exportFormsOf(type)`: how a kind between the input and the loss is written to each format. */
export { exportFormsOf, OP_NODE_TYPES } from './nodes/registry.ts';
/**
 * `NodeType`: a registered kind; `OpNodeType`: one between the input and the loss.
 * `ParamsOf<'dense'>`: one kind's params. `AnyNodeSpec`: a spec held generically.
 */
export type { NodeType, OpNodeType, ParamsOf, AnyNodeSpec } from './nodes/registry.ts';
/** What the registry knows about one kind of node, and the pieces of it; `OpNodeSpec` adds the export forms. */
export type { NodeSpec, OpNodeSpec, NodeCategory, ParamField, PortInput, TensorSpec, WidthResult } from './nodes/nodeSpec.ts';
/** The export forms a kind carries: its Keras layer (written and read), its ONNX nodes and its PyTorch code, as plain data. */
export type {
  ExportForms,
  FormNode,
  FormWeight,
  KerasForm,
  KerasLayerForm,
  KerasReader,
  KerasReading,
  OnnxAttribute,
  OnnxForm,
  OnnxNodeForm,
  PytorchConstant,
  PytorchForm,
  PythonValue,
  OnnxOperand,
} from './nodes/exportForms.ts';
/** `parameterCount(tensors)`: trainable values; `portName(k)`: `in<k>`; the families of kinds. */
export { parameterCount, portName, NODE_CATEGORIES } from './nodes/nodeSpec.ts';
/** How activation and loss functions read in the editor. */
export { ACTIVATION_LABELS } from './nodes/activation.ts';
export { LOSS_LABELS } from './nodes/loss.ts';
/**
 * What a network may need (parameters, activation memory) and the file sizes those limits come
 * from; the compiler refuses a graph past them, naming its largest nodes.
 */
export { MAX_JSON_FILE_BYTES, MAX_PARAMETERS, MAX_ACTIVATION_BYTES, EVALUATION_ROWS, BYTES_PER_VALUE, SAVED_WEIGHT_BYTES } from './budget.ts';
/** The widest dense layer a model may have; how the initializers read in the editor. */
export { MAX_UNITS, INITIALIZER_LABELS } from './nodes/dense.ts';
/** The `format` and `version` a document carries, and the schema of its `training` block. */
export { FORMAT, CURRENT_VERSION, trainingSchema } from './schema.ts';
/**
 * `NetloomModel`: a whole document. `ModelNode` / `NodeOf<'dense'>`: a node (of one type).
 * `ModelEdge`: a wire. `NodeWeights`: one node's tensors by name; `Tensor`: a vector or a
 * matrix as rows; `DenseWeights`: `{kernel: [units][inputs], bias?}`. `TrainingSettings`: the
 * optional `training` block as stored (every field optional).
 */
export type { NetloomModel, ModelNode, ModelEdge, NodeWeights, Tensor, DenseWeights, TrainingSettings, NodeOf } from './types.ts';
/**
 * Records keyed by node ids (or column names), which are free text: `idRecord` has no
 * prototype, `ownValue` reads only own keys, `idRecordSchema` parses one without dropping `__proto__`.
 */
export { idRecord, idRecordSchema, ownValue } from './idRecord.ts';
/** The shortest decimal float32 reads back as the same value: how weights are written as text. */
export { shortestFloat32 } from './float32Text.ts';
/** parse → migrate → validate, and back to text; issues say where (`nodes[3].params.units`). */
export { loadModel, parseModelJson, serializeModel, formatIssue } from './document.ts';
export { formatPath } from './formatPath.ts';
/** `ModelIssue`: one reason a document was refused; `LoadResult`: what loading returns. */
export type { ModelIssue, LoadResult } from './document.ts';
/**
 * Any JSON text (a model, a TF.js model.json): syntax errors with line and column, nesting
 * past `MAX_NESTING` refused; `nestingTooDeep` checks a value parsed elsewhere.
 */
export { parseJson, nestingTooDeep, MAX_NESTING } from './parseJson.ts';
/** What `parseJson` returns. */
export type { JsonParseResult } from './parseJson.ts';
/** `1.5 GiB`: a byte count for a message about a size limit; a size and its limit, never shown equal. */
export { formatBytes, formatSizeAndLimit } from './formatBytes.ts';
/** What a run uses for each setting the `training` block leaves out. */
export { TRAINING_DEFAULTS, withTrainingDefaults } from './trainingDefaults.ts';
/** Every training setting, none optional. */
export type { ResolvedTrainingSettings } from './trainingDefaults.ts';
/** Starter documents for the editor's Templates menu, and `layerStack`, the chain they are built from. */
export {
  TEMPLATES,
  xorTemplate,
  spiralTemplate,
  penguinsTemplate,
  mnistTemplate,
  deepTemplate,
  fixedDeepTemplate,
  wideAndDeepTemplate,
  layerStack,
  DEEP_TRAINING,
  PENGUIN_MEASUREMENTS,
} from './templates.ts';
/** One layer of `layerStack`: units, an optional activation after it, an optional `useBias`. */
export type { StackLayer } from './templates.ts';
/** `deepNetwork(options)`: a deep stack with fixes applied (initializer, normalisation, residual skips). */
export { deepNetwork } from './deepNetwork.ts';
/** What `deepNetwork` builds: activation, depth, width and the fixes. */
export type { DeepNetworkOptions, DeepNormalization } from './deepNetwork.ts';
