import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deepTemplate, TEMPLATES, xorTemplate, type DenseWeights } from '../../model/index.ts';
import { getDocumentState, resetDocument, undoEdit } from './documentStore.ts';
import {
  applyTrainedWeights,
  getGeneration,
  getModel,
  getStructureVersion,
  loadTemplate,
  newGraph,
  replaceModel,
  setAllActivations,
  setNodeAnnotations,
  setTrainingSettings,
  subscribe,
} from './index.ts';
import { DEFAULT_NODE_SIZE } from './tidyLayout.ts';
import { getViewState, updateView } from './viewStore.ts';

const layer = (units: number, inputs: number): DenseWeights => ({
  kernel: Array.from({ length: units }, () => Array<number>(inputs).fill(0.1)),
});

beforeEach(() => resetDocument(xorTemplate()));

describe('the store API the dashboard uses', () => {
  it('subscribe reports document changes until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    setTrainingSettings({ lr: 0.5 });
    unsubscribe();
    setTrainingSettings({ lr: 0.6 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(getModel().training?.lr).toBe(0.6);
  });

  it('applyTrainedWeights stores fitting weights outside the history and ignores stale ones', () => {
    applyTrainedWeights({ dense1: layer(8, 2), dense2: layer(5, 8) });
    expect(getModel().weights).toEqual({ dense1: layer(8, 2) });
    expect(getDocumentState().history.past).toHaveLength(0);
  });

  it('loadTemplate and replaceModel are undoable and bump the structure version', async () => {
    const version = getStructureVersion();
    await loadTemplate('deep-sigmoid');
    expect(getModel().name).toBe(deepTemplate('sigmoid').name);
    replaceModel(xorTemplate());
    expect(getStructureVersion()).toBe(version + 2);
    undoEdit();
    expect(getModel().name).toBe('deep-sigmoid');
  });

  it('loadTemplate lays the template out for the canvas it will show in', async () => {
    updateView({ canvasSize: { width: 2400, height: 500 } });
    await loadTemplate('xor');
    const wide = getModel().nodes.map((node) => node.position!);
    expect(wide.map((position) => position.x)).toEqual(wide.map((position) => position.x).sort((a, b) => a - b));
    expect(new Set(wide.map((position) => position.y)).size).toBe(1);
    updateView({ canvasSize: { width: 400, height: 400 } });
    await loadTemplate('xor');
    expect(new Set(getModel().nodes.map((node) => node.position!.y)).size).toBeGreaterThan(1);
    expect(getGeneration()).toBeGreaterThan(0);
  });

  it('loadTemplate lays a template with branches out for the canvas too, in rows, not as its one long line', async () => {
    const extent = () => {
      const xs = getModel().nodes.map((node) => node.position!.x);
      const ys = getModel().nodes.map((node) => node.position!.y);
      return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    };
    const asMade = TEMPLATES.find((template) => template.id === 'residual-deep-sigmoid')!.create().nodes.map((node) => node.position!.x);
    updateView({ canvasSize: { width: 840, height: 380 } });
    await loadTemplate('residual-deep-sigmoid');
    expect(extent().width).toBeLessThan((Math.max(...asMade) - Math.min(...asMade)) / 2);
    expect(extent().height).toBeGreaterThan(2 * DEFAULT_NODE_SIZE.height);
  });

  it('New empties the canvas under a new name, as one undoable step', () => {
    const before = getModel();
    newGraph('untitled');
    expect(getModel()).toMatchObject({ name: 'untitled', nodes: [], edges: [], training: before.training });
    undoEdit();
    expect(getModel()).toEqual(before);
  });

  it('setAllActivations changes every hidden activation in one step and keeps the head', () => {
    resetDocument(deepTemplate('sigmoid', 3, 4));
    expect(setAllActivations('relu')).toBe(3);
    const fns = getModel().nodes.flatMap((node) => (node.type === 'activation' ? [node.params.fn] : []));
    expect(fns).toEqual(['relu', 'relu', 'relu', 'sigmoid']);
    expect(getDocumentState().history.past).toHaveLength(1);
    expect(setAllActivations('relu')).toBe(0);
  });

  it('setNodeAnnotations shows notes without touching the document', () => {
    const model = getModel();
    setNodeAnnotations(new Map([['dense1', { tone: 'warning', message: 'vanishing gradient' }]]));
    expect(getViewState().annotations.get('dense1')?.message).toBe('vanishing gradient');
    expect(getModel()).toBe(model);
  });
});
