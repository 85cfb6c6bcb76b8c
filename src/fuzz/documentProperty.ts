import { expect } from 'vitest';
import { CompileFailedError, compile, type CompileErrorCode } from '../compiler/index.ts';
import { builtinTable } from '../engine/datasets/builtin/builtinTables.testkit.ts';
import { createRng, modelNetwork, planTraining, setUpTraining, TableError, TrainingDivergedError, type Table } from '../engine/index.ts';
import { ExportError, exportOnnx, exportTfjs } from '../export/index.ts';
import { parseModelJson, serializeModel, type NetloomModel, type TableDatasetName, type TableReference } from '../model/index.ts';
import { prototypeState } from '../model/prototypeNames.testkit.ts';
import { createFlowEdgeDeriver, createFlowNodeDeriver } from '../ui/editor/flowElements.ts';
import { compileModel } from '../ui/store/compileModel.ts';
import { getDocumentState, redoEdit, undoEdit } from '../ui/store/documentStore.ts';
import { getViewState, updateView } from '../ui/store/viewStore.ts';
import { confirmImport, importFiles } from '../ui/import/importFlow.ts';

/** What became of one document: how far it got. */
export type DocumentOutcome = 'refused at load' | 'refused by the compiler' | 'predicted and exported' | 'trained';

/** Steps trained on an accepted document whose dataset fits. */
const TRAINING_STEPS = 3;
/**
 * The networks the property builds itself run on the JavaScript kernels: a WebAssembly network
 * costs milliseconds to set up (its own memory), and kernels.test.ts holds every kernel to the
 * JavaScript ones. The exports build theirs as they always do.
 */
const KERNELS = { kernels: 'js' } as const;

/**
 * The fuzzers' property for one model document, as text: it is either refused with the
 * project's own reasons saying where (a path, or a line and column), or accepted and then
 * survives a save and reload unchanged, opens in the editor (which draws it and can undo the
 * import), compiles or says which nodes are wrong, and, when it compiles, predicts and exports
 * (or says why it cannot export) and trains a few steps without a weight that is not finite.
 * Never another exception, never a change to Object.prototype.
 */
export async function checkModelDocument(text: string): Promise<DocumentOutcome> {
  const prototypeBefore = prototypeState();
  const outcome = await followDocument(text);
  expect(prototypeState(), 'Object.prototype changed').toEqual(prototypeBefore);
  return outcome;
}

async function followDocument(text: string): Promise<DocumentOutcome> {
  const loaded = parseModelJson(text);
  if (!loaded.ok) {
    expect(loaded.issues.length).toBeGreaterThan(0);
    for (const { path, message } of loaded.issues) {
      expect(message).toEqual(expect.any(String));
      expect(message.length).toBeGreaterThan(0);
      // Where: a path into the document, or a line and column, or the document as a whole.
      expect(path !== '' || /line \d+, column \d+|JSON object|version/.test(message), `no place named in "${message}"`).toBe(true);
    }
    return 'refused at load';
  }
  const model = loaded.model;
  // Saved and loaded again, it saves the same (−0 is written 0, as JSON has it).
  const saved = serializeModel(model);
  const reloaded = parseModelJson(saved);
  expect(reloaded.ok && serializeModel(reloaded.model), 'a save of it does not load back the same').toBe(saved);
  await openInEditor(text, model);

  const result = compile(model);
  if (!result.ok) {
    const ids = new Set(model.nodes.map((node) => node.id));
    for (const error of result.errors) {
      expect(COMPILE_ERROR_CODES.has(error.code), `unknown code ${error.code}`).toBe(true);
      expect(error.message.length).toBeGreaterThan(0);
      for (const id of error.nodeIds) expect(ids.has(id), `error names no node: ${error.message}`).toBe(true);
    }
    return 'refused by the compiler';
  }
  const network = modelNetwork(model, KERNELS);
  const rows = 3;
  const x = Float32Array.from({ length: rows * network.inputSize }, createRng(1, 'data').normal);
  expect(network.predict(x, rows)).toHaveLength(rows * network.outputSize);
  exportOrExplain(() => exportTfjs(model));
  exportOrExplain(() => exportOnnx(model));
  return train(model) ? 'trained' : 'predicted and exported';
}

/** The editor's own path: Import (confirmed, when a graph is on the canvas), draw the graph, undo and redo the import. */
async function openInEditor(text: string, model: NetloomModel): Promise<void> {
  await importFiles([new File([text], 'fuzzed.netloom.json')]);
  confirmImport();
  expect(getViewState().notice, 'the editor refused what loadModel accepted').toBeNull();
  const drawn = getDocumentState().model;
  expect(serializeModel(drawn)).toBe(serializeModel(model));
  const result = compileModel(drawn);
  expect(createFlowNodeDeriver()(drawn, result, getViewState())).toHaveLength(drawn.nodes.length);
  createFlowEdgeDeriver()(drawn, result, []);
  undoEdit();
  redoEdit();
  expect(serializeModel(getDocumentState().model)).toBe(serializeModel(model));
  updateView({ selectedNodeIds: [], selectedEdgeIds: [] });
}

function exportOrExplain(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
  }
}

/**
 * A few steps on the model's data, if the network fits it; true when it trained. Weights stay
 * finite whatever happens. A table file the document names is not here, and MNIST's 10,000
 * digits take 0.4 s to encode, so those documents stop after their exports.
 */
function train(model: NetloomModel): boolean {
  const plan = planTraining(model.training);
  const { source } = plan.data;
  if (source.kind === 'table' && (source.table.kind === 'file' || source.table.name === 'mnist')) return false;
  let setup;
  try {
    setup = setUpTraining(model, plan, { ...KERNELS, tables: builtinTables });
  } catch (error) {
    if (error instanceof CompileFailedError || error instanceof TableError) return false;
    throw error;
  }
  try {
    for (let i = 0; i < TRAINING_STEPS; i++) setup.trainer.step();
  } catch (error) {
    if (!(error instanceof TrainingDivergedError)) throw error;
  }
  const trained = { ...model, weights: setup.network.weights() };
  const saved = parseModelJson(serializeModel(trained));
  expect(saved.ok, 'trained weights that do not load back').toBe(true);
  return true;
}

/** Every code a compile error may carry; a code added to the compiler and not here is a type error. */
const readTables = new Map<TableDatasetName, Table>();

/** The built-in tables, read once per test file. */
function builtinTables(table: TableReference): Table | undefined {
  if (table.kind !== 'builtin') return undefined;
  if (!readTables.has(table.name)) readTables.set(table.name, builtinTable(table.name));
  return readTables.get(table.name);
}

const COMPILE_ERROR_CODES = new Set(
  Object.keys({
    no_input: true, no_loss: true, multiple_inputs: true, multiple_losses: true, cycle: true, disconnected: true,
    too_many_inputs: true, bad_port: true, port_taken: true, free_port: true, duplicate_edge: true, bad_params: true,
    width_mismatch: true, weights_shape: true, loss_head: true, dataset_input: true, dataset_output: true, batch_size: true,
    too_large: true,
  } satisfies Record<CompileErrorCode, true>),
);
