import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownValue, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { prototypeNamedChain, prototypeState } from '../../model/prototypeNames.testkit.ts';
import { compile } from '../../compiler/index.ts';
import { createFlowNodeDeriver } from '../editor/flowElements.ts';
import * as commands from './commands.ts';
import { getDocumentState, redoEdit, resetDocument, runCommand, undoEdit } from './documentStore.ts';
import { commitDrag, copySelection, deleteNodesAndEdges, pasteClipboard, showDragPositions } from './editorActions.ts';
import { confirmImport, importFiles } from '../import/importFlow.ts';
import { applyTrainedWeights, setNodeAnnotations } from './index.ts';
import { tidyPositions } from './tidyLayout.ts';
import { getViewState, INITIAL_VIEW_STATE, updateView } from './viewStore.ts';

const model = () => getDocumentState().model;
const weightIds = () => Object.keys(model().weights ?? {});
let prototypeBefore: ReturnType<typeof prototypeState>;

beforeEach(async () => {
  prototypeBefore = prototypeState();
  resetDocument(xorTemplate());
  updateView(INITIAL_VIEW_STATE);
  await importFiles([new File([JSON.stringify(prototypeNamedChain())], 'prototype-names.json')]);
  confirmImport();
});

afterEach(() => expect(prototypeState()).toEqual(prototypeBefore));

describe('the editor on node ids that are names of Object.prototype (issue 15 item 5)', () => {
  it('imports every node with its weights, and shows weights only on the nodes that have them', () => {
    expect(getViewState().notice).toBeNull();
    expect(weightIds()).toEqual(['__proto__', 'constructor']);
    setNodeAnnotations(new Map([['__proto__', { tone: 'warning', message: 'vanishing gradient' }]]));
    const nodes = createFlowNodeDeriver()(model(), compile(model()), getViewState());
    const shown = Object.fromEntries(nodes.map((node) => [node.id, [node.data.hasWeights, node.data.annotation?.message ?? null, node.data.errors.length]]));
    expect(shown).toEqual({
      hasOwnProperty: [false, null, 0],
      ['__proto__']: [true, 'vanishing gradient', 0],
      toString: [false, null, 0],
      constructor: [true, null, 0],
      valueOf: [false, null, 0],
      isPrototypeOf: [false, null, 0],
    });
  });

  it('moves, tidies, deletes, undoes and redoes them', async () => {
    showDragPositions(new Map([['constructor', { x: 7, y: 8 }], ['__proto__', { x: 1, y: 2 }]]));
    commitDrag();
    expect(model().nodes.find((node) => node.id === 'constructor')!.position).toEqual({ x: 7, y: 8 });
    expect(model().nodes.find((node) => node.id === '__proto__')!.position).toEqual({ x: 1, y: 2 });
    const tidy = await tidyPositions(model(), new Map());
    expect([...tidy.keys()]).toEqual(model().nodes.map((node) => node.id));
    runCommand(commands.tidyLayout, tidy);
    expect(model().nodes.every((node) => Number.isFinite(node.position!.x) && Number.isFinite(node.position!.y))).toBe(true);

    const withWeights = ownValue(model().weights, '__proto__');
    deleteNodesAndEdges(['__proto__'], []);
    expect(weightIds()).toEqual(['constructor']);
    expect(model().edges.some((edge) => edge.source === '__proto__' || edge.target === '__proto__')).toBe(false);
    undoEdit();
    expect(ownValue(model().weights, '__proto__')).toEqual(withWeights);
    redoEdit();
    expect(weightIds()).toEqual(['constructor']);
  });

  it('drops the weights an edit leaves behind, and takes trained weights for `__proto__`', () => {
    runCommand(commands.setNodeParams, '__proto__', { units: 3 });
    // `__proto__` now has 3 units; `constructor` reads 3 values instead of 4.
    expect(weightIds()).toEqual([]);
    undoEdit();
    expect(weightIds()).toEqual(['__proto__', 'constructor']);
    const trained = structuredClone(ownValue(model().weights, '__proto__')!);
    (trained.kernel as number[][])[0]![0] = 42;
    applyTrainedWeights(JSON.parse(`{"__proto__": ${JSON.stringify(trained)}}`) as NetloomModel['weights'] & object);
    expect((ownValue(model().weights, '__proto__')!.kernel as number[][])[0]![0]).toBe(42);
    expect(Object.getPrototypeOf(model().weights)).toBeNull();
  });

  it('copies and pastes them as new nodes with fresh ids and no weights', () => {
    updateView({ selectedNodeIds: ['__proto__', 'toString', 'constructor'] });
    expect(copySelection()).toBe(true);
    pasteClipboard();
    const pasted = model().nodes.slice(-3);
    expect(pasted.map((node) => node.id)).toEqual(['dense1', 'act1', 'dense2']);
    expect(model().edges.slice(-2)).toEqual([
      { source: 'dense1', target: 'act1' },
      { source: 'act1', target: 'dense2' },
    ]);
    expect(weightIds()).toEqual(['__proto__', 'constructor']);
  });
});
