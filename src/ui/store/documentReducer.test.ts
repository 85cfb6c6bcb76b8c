import { describe, expect, it } from 'vitest';
import { spiralTemplate, xorTemplate, type DataFields, type DataSource, type DenseWeights, type NetloomModel } from '../../model/index.ts';
import * as commands from './commands.ts';
import { execute, initialDocumentState, redo, undo, type Command, type DocumentState } from './documentReducer.ts';

const layer = (units: number, inputs: number): DenseWeights => ({
  kernel: Array.from({ length: units }, () => Array<number>(inputs).fill(0.1)),
  bias: Array<number>(units).fill(0),
});

let clock = 0;
/** Each call is 10 s after the previous one, so nothing coalesces unless a test says so. */
function run<Args extends unknown[]>(state: DocumentState, command: Command<Args>, ...args: Args): DocumentState {
  clock += 10_000;
  return execute(state, command, args, clock);
}

const start = () => initialDocumentState(xorTemplate());
const node = (model: NetloomModel, id: string) => model.nodes.find((candidate) => candidate.id === id);

/** Runs `edit`, then checks undo restores the original document and redo the edited one. */
function expectUndoable(state: DocumentState, edit: (state: DocumentState) => DocumentState) {
  const edited = edit(state);
  expect(edited.model).not.toEqual(state.model);
  expect(edited.history.past).toHaveLength(state.history.past.length + 1);
  const undone = undo(edited);
  expect(undone.model).toEqual(state.model);
  expect(redo(undone).model).toEqual(edited.model);
  return edited;
}

describe('editor commands', () => {
  it('addNode adds a node with the kind’s default params', () => {
    const edited = expectUndoable(start(), (s) => run(s, commands.addNode, 'dense3', 'dense', { x: 10, y: 20 }));
    expect(node(edited.model, 'dense3')).toEqual({ id: 'dense3', type: 'dense', params: { units: 8, init: 'auto' }, position: { x: 10, y: 20 } });
  });

  it('moveNodes and tidyLayout set positions in one step', () => {
    for (const command of [commands.moveNodes, commands.tidyLayout]) {
      const edited = expectUndoable(start(), (s) => run(s, command, new Map([['input', { x: -5, y: 7 }], ['loss', { x: 1, y: 2 }]])));
      expect(node(edited.model, 'input')!.position).toEqual({ x: -5, y: 7 });
      expect(node(edited.model, 'loss')!.position).toEqual({ x: 1, y: 2 });
    }
  });

  it('connect adds a wire, and ignores an exact duplicate', () => {
    const withFreeNode = run(start(), commands.addNode, 'dense3', 'dense', { x: 0, y: 0 });
    const edited = expectUndoable(withFreeNode, (s) => run(s, commands.connect, { source: 'loss', target: 'dense3' }));
    expect(edited.model.edges.at(-1)).toEqual({ source: 'loss', target: 'dense3' });
    expect(run(edited, commands.connect, { source: 'loss', target: 'dense3' })).toBe(edited);
  });

  it('deleteElements removes nodes with their wires and weights, and wires, in one step', () => {
    const trained = initialDocumentState({ ...xorTemplate(), weights: { dense1: layer(8, 2), dense2: layer(1, 8) } });
    const edited = expectUndoable(trained, (s) => run(s, commands.deleteElements, ['dense2'], [0]));
    expect(node(edited.model, 'dense2')).toBeUndefined();
    expect(edited.model.edges).toEqual([
      { source: 'dense1', target: 'act1' },
      { source: 'act2', target: 'loss' },
    ]);
    expect(Object.keys(edited.model.weights!)).toEqual(['dense1']);
  });

  it('setNodeParams edits params; typing into one field within a second is one step', () => {
    let state = expectUndoable(start(), (s) => run(s, commands.setNodeParams, 'dense1', { units: 1 }));
    state = execute(state, commands.setNodeParams, ['dense1', { units: 12 }], clock + 300);
    state = execute(state, commands.setNodeParams, ['dense1', { units: 128 }], clock + 600);
    expect(node(state.model, 'dense1')!.params).toEqual({ units: 128 });
    expect(state.history.past).toHaveLength(1);
    expect(node(undo(state).model, 'dense1')!.params).toEqual({ units: 8 });
  });

  it('pasteNodes adds copies and their wires', () => {
    const copies = { nodes: [{ id: 'dense3', type: 'dense' as const, params: { units: 4 } }, { id: 'act3', type: 'activation' as const, params: { fn: 'relu' as const } }], edges: [{ source: 'dense3', target: 'act3' }] };
    const edited = expectUndoable(start(), (s) => run(s, commands.pasteNodes, copies));
    expect(edited.model.nodes.slice(-2).map((n) => n.id)).toEqual(['dense3', 'act3']);
    expect(edited.model.edges.at(-1)).toEqual({ source: 'dense3', target: 'act3' });
  });

  it('importModel and loadTemplate replace the whole document, undoably', () => {
    for (const command of [commands.importModel, commands.loadTemplate]) {
      const edited = expectUndoable(start(), (s) => run(s, command, spiralTemplate()));
      expect(edited.model).toEqual(spiralTemplate());
    }
  });

  it('setTrainingSettings merges settings; a slider drag is one step', () => {
    let state = expectUndoable(start(), (s) => run(s, commands.setTrainingSettings, { lr: 0.1 }));
    for (const [i, lr] of [0.2, 0.3, 0.4].entries()) {
      state = execute(state, commands.setTrainingSettings, [{ lr }], clock + 100 * (i + 1));
    }
    expect(state.model.training).toEqual({ ...xorTemplate().training, lr: 0.4 });
    expect(state.history.past).toHaveLength(1);
    expect(run(state, commands.setTrainingSettings, { lr: 0.4, seed: 1 })).toBe(state);
  });

  it('setTrainingSettings drops trained weights when the data changes, in the same undoable step', () => {
    const trained = run(start(), commands.applyTrainedWeights, { dense1: layer(8, 2) });
    expect(run(trained, commands.setTrainingSettings, { lr: 0.5 }).model.weights).toEqual({ dense1: layer(8, 2) });
    for (const change of [{ dataset: 'circle' }, { seed: 2 }, { noise: 0.1 }, { trainFraction: 0.6 }] as const) {
      const moved = run(trained, commands.setTrainingSettings, change);
      expect(moved.model.weights).toBeUndefined();
      expect(undo(moved).model).toEqual(trained.model);
    }
  });

  it('setDataSource drops trained weights too: a new dataset, or other columns of the same table', () => {
    const penguins = run(start(), commands.setDataSource, { dataset: 'penguins' });
    const trained = run(penguins, commands.applyTrainedWeights, { dense1: layer(8, 2) });
    expect(run(trained, commands.setDataSource, { dataset: 'penguins' })).toBe(trained);
    const island: DataSource = { target: 'Island', features: ['Beak Length (mm)'], columns: { Island: 'categorical', 'Beak Length (mm)': 'numeric' } };
    for (const change of [{ dataset: 'circle' }, { dataset: 'penguins', data: island }] satisfies DataFields[]) {
      const moved = run(trained, commands.setDataSource, change);
      expect(moved.model.weights).toBeUndefined();
      expect(undo(moved).model).toEqual(trained.model);
    }
  });

  it('applyTrainedWeights is not undoable and survives undoing an earlier edit', () => {
    const moved = run(start(), commands.moveNodes, new Map([['input', { x: 1, y: 1 }]]));
    const trained = run(moved, commands.applyTrainedWeights, { dense1: layer(8, 2) });
    expect(trained.history).toBe(moved.history);
    const undone = undo(trained);
    expect(node(undone.model, 'input')!.position).toEqual(xorTemplate().nodes[0]!.position);
    expect(undone.model.weights?.dense1).toEqual(layer(8, 2));
  });

  it('a command that changes nothing adds no history step', () => {
    const state = start();
    expect(run(state, commands.setNodeParams, 'nobody', { units: 3 })).toBe(state);
  });
});

describe('weights and structure around edits', () => {
  const trained = () => initialDocumentState({ ...xorTemplate(), weights: { dense1: layer(8, 2), dense2: layer(1, 8) } });

  it('changing units drops the stale weights in the same step, and undo brings them back', () => {
    const state = trained();
    const edited = run(state, commands.setNodeParams, 'dense1', { units: 4 });
    expect(edited.model.weights).toEqual({});
    const undone = undo(edited);
    expect(undone.model).toEqual(state.model);
    expect(redo(undone).model.weights).toEqual({});
  });

  it('undo drops weights trained after the undone edit that no longer fit', () => {
    const edited = run(initialDocumentState(xorTemplate()), commands.setNodeParams, 'dense1', { units: 4 });
    const trainedAfter = run(edited, commands.applyTrainedWeights, { dense1: layer(4, 2) });
    expect(undo(trainedAfter).model.weights).toEqual({});
  });

  it('bumps structureVersion for structural edits, undo and redo, not for moves or weights', () => {
    let state = start();
    state = run(state, commands.moveNodes, new Map([['input', { x: 3, y: 3 }]]));
    state = run(state, commands.applyTrainedWeights, { dense1: layer(8, 2) });
    state = run(state, commands.setTrainingSettings, { lr: 1 });
    expect(state.structureVersion).toBe(0);
    state = run(state, commands.setNodeParams, 'act1', { fn: 'relu' });
    expect(state.structureVersion).toBe(1);
    state = undo(state);
    expect(state.structureVersion).toBe(2);
    state = redo(state);
    expect(state.structureVersion).toBe(3);
  });

  it('undo and redo with empty stacks change nothing', () => {
    const state = start();
    expect(undo(state)).toBe(state);
    expect(redo(state)).toBe(state);
  });
});
