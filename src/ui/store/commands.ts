import { current, original, type Draft } from 'immer';
import type { Connection } from '../../compiler/index.ts';
import {
  idRecord,
  NODE_SPECS,
  specOf,
  type ActivationFn,
  type DataFields,
  type ModelEdge,
  type ModelNode,
  type NetloomModel,
  type NodeType,
  type NodeWeights,
  type TrainingSettings,
  withTrainingDefaults,
} from '../../model/index.ts';
import type { Subgraph } from './clipboard.ts';
import type { Command } from './documentReducer.ts';

/**
 * Every change the editor (and the dashboard) can make to the model document, each a named
 * immer recipe with its history mode. The store runs them through `execute`.
 */

export interface XY {
  x: number;
  y: number;
}


const define = <Args extends unknown[]>(command: Command<Args>) => command;

const replaceWith = (_draft: Draft<NetloomModel>, model: NetloomModel) => model;

function setPositions(draft: Draft<NetloomModel>, positions: ReadonlyMap<string, XY>) {
  for (const node of draft.nodes) {
    const position = positions.get(node.id);
    if (position) node.position = { x: position.x, y: position.y };
  }
}

export const addNode = define({
  label: 'Add node',
  history: 'record',
  recipe(draft, id: string, type: NodeType, position: XY) {
    const params = structuredClone(NODE_SPECS[type].defaultParams);
    draft.nodes.push({ id, type, params, position } as ModelNode);
  },
});

/** The end of a drag: one step however many frames it took. */
export const moveNodes = define({ label: 'Move', history: 'record', recipe: setPositions });

export const tidyLayout = define({ label: 'Tidy layout', history: 'record', recipe: setPositions });

/**
 * Callers check `canConnect` first; this only ignores an exact duplicate. The port is stored
 * only for a node with several (a merge node), so a chain's wires stay `{source, target}` as
 * version-1 files have them.
 */
export const connect = define({
  label: 'Connect',
  history: 'record',
  recipe(draft, { source, target, targetHandle }: Connection) {
    const node = draft.nodes.find((candidate) => candidate.id === target);
    const several = node !== undefined && specOf(node).inputPorts(node.params) > 1;
    const edge = several && targetHandle ? { source, target, targetHandle } : { source, target };
    const same = (other: ModelEdge) => other.source === source && other.target === target && other.targetHandle === edge.targetHandle;
    if (!draft.edges.some(same)) draft.edges.push(edge);
  },
});

/** Removes nodes (with their wires and weights) and the wires at the given edge indices, as one step. */
export const deleteElements = define({
  label: 'Delete',
  history: 'record',
  recipe(draft, nodeIds: readonly string[], edgeIndices: readonly number[]) {
    const gone = new Set(nodeIds);
    const cut = new Set(edgeIndices);
    const isDeleted = (edge: { source: string; target: string }, index: number) => cut.has(index) || gone.has(edge.source) || gone.has(edge.target);
    if (gone.size > 0) draft.nodes = draft.nodes.filter((node) => !gone.has(node.id));
    if (draft.edges.some(isDeleted)) draft.edges = draft.edges.filter((edge, index) => !isDeleted(edge, index));
    for (const id of gone) if (draft.weights && Object.hasOwn(draft.weights, id)) delete draft.weights[id];
  },
});

/** Typing "128" into a field is one undo step, not three. */
export const setNodeParams = define({
  label: 'Edit parameter',
  history: (id: string, params: Record<string, unknown>) => ({ coalesce: `params:${id}:${Object.keys(params).join()}` }),
  recipe(draft, id: string, params: Record<string, unknown>) {
    const node = draft.nodes.find((candidate) => candidate.id === id);
    if (node) Object.assign(node.params, params);
  },
});

export const pasteNodes = define({
  label: 'Paste',
  history: 'record',
  recipe(draft, copies: Subgraph) {
    draft.nodes.push(...copies.nodes);
    draft.edges.push(...copies.edges);
  },
});

export const importModel = define({ label: 'Import', history: 'record', replacesDocument: true, recipe: replaceWith });

export const loadTemplate = define({ label: 'Load template', history: 'record', replacesDocument: true, recipe: replaceWith });

export const openLink = define({ label: 'Open link', history: 'record', replacesDocument: true, recipe: replaceWith });

/** "New": an empty graph under a new name, keeping the training settings. */
export const newModel = define({
  label: 'New graph',
  history: 'record',
  replacesDocument: true,
  recipe(draft, name: string) {
    draft.name = name;
    draft.nodes = [];
    draft.edges = [];
    delete draft.weights;
  },
});

export const renameModel = define({
  label: 'Rename',
  history: { coalesce: 'rename' },
  recipe(draft, name: string) {
    draft.name = name;
  },
});

/** "Set all activations": one step for every node in `ids`. */
export const setActivations = define({
  label: 'Set activations',
  history: 'record',
  recipe(draft, ids: readonly string[], fn: ActivationFn) {
    for (const node of draft.nodes) if (node.type === 'activation' && ids.includes(node.id)) node.params.fn = fn;
  },
});

/** The settings that decide the data (and, with the seed, the initial weights); `data` (a table's columns) is compared by value. */
const DATA_SETTINGS = ['dataset', 'seed', 'noise', 'trainFraction'] as const;

/**
 * Runs `change` on the training block; new data (dataset, table columns, seed, noise or split)
 * drops the trained weights in the same step: they were trained on other data, and the next run
 * starts from the seed's initial weights (undo brings them back with the old data).
 */
function changeTraining(draft: Draft<NetloomModel>, change: (training: Draft<TrainingSettings>) => void): void {
  const before = withTrainingDefaults(current(draft).training);
  draft.training ??= {};
  change(draft.training);
  const after = withTrainingDefaults(current(draft).training);
  const newData = DATA_SETTINGS.some((key) => before[key] !== after[key]) || JSON.stringify(before.data) !== JSON.stringify(after.data);
  if (draft.weights && newData) delete draft.weights;
}

/** A whole-graph change the dashboard worked out (a diagnosis' one-click fix): one undo step. */
export const applyFix = define({ label: 'Apply fix', history: 'record', recipe: replaceWith });

/** Slider drags in the dashboard arrive as many calls; they coalesce into one step per field set. */
export const setTrainingSettings = define({
  label: 'Training settings',
  history: (settings: TrainingSettings) => ({ coalesce: `training:${Object.keys(settings).sort().join()}` }),
  recipe(draft, settings: TrainingSettings) {
    // Field by field, so re-sending the current values changes nothing and records nothing.
    changeTraining(draft, (training) => Object.assign(training, settings));
  },
});

/**
 * Which data the model trains on: a built-in dataset (`dataset`), a choice of a table's columns
 * (`data`), or both for a built-in table's columns. A field left out is removed, so a file never
 * sits beside a dataset it replaced.
 */
export const setDataSource = define({
  label: 'Data',
  history: 'record',
  recipe(draft, { dataset, data }: DataFields) {
    changeTraining(draft, (training) => {
      if (dataset === undefined) delete training.dataset;
      else training.dataset = dataset;
      if (data === undefined) delete training.data;
      else training.data = data;
    });
  },
});

/**
 * Weights coming back from training. Not undoable: undo is for the user's edits. The document's
 * `weights` becomes a record with no prototype (see `idRecord`), so a node named `__proto__`
 * is an entry like any other, here and in every patch applied to it later.
 */
export const applyTrainedWeights = define({
  label: 'Trained weights',
  history: 'skip',
  recipe(draft, weights: Record<string, NodeWeights>) {
    const before = draft.weights ? original(draft.weights)! : {};
    draft.weights = idRecord([...Object.entries(before), ...Object.entries(weights)]);
  },
});
