import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deepTemplate, xorTemplate, type DenseWeights } from '../../model/index.ts';
import { getDocumentState, resetDocument, undoEdit } from './documentStore.ts';
import {
  applyTrainedWeights,
  getModel,
  getStructureVersion,
  loadTemplate,
  replaceModel,
  setNodeAnnotations,
  setTrainingSettings,
  subscribe,
} from './index.ts';
import { getViewState } from './viewStore.ts';

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

  it('loadTemplate and replaceModel are undoable and bump the structure version', () => {
    const version = getStructureVersion();
    loadTemplate('deep-sigmoid');
    expect(getModel().name).toBe(deepTemplate('sigmoid').name);
    replaceModel(xorTemplate());
    expect(getStructureVersion()).toBe(version + 2);
    undoEdit();
    expect(getModel().name).toBe('deep-sigmoid');
  });

  it('loadTemplate lays the template out left to right', () => {
    loadTemplate('xor');
    const xs = getModel().nodes.map((node) => node.position!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('setNodeAnnotations shows notes without touching the document', () => {
    const model = getModel();
    setNodeAnnotations(new Map([['dense1', { tone: 'warning', message: 'vanishing gradient' }]]));
    expect(getViewState().annotations.get('dense1')?.message).toBe('vanishing gradient');
    expect(getModel()).toBe(model);
  });
});
