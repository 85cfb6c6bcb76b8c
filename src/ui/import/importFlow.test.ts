import { beforeEach, describe, expect, it } from 'vitest';
import { serializeModel, spiralTemplate, xorTemplate } from '../../model/index.ts';
import { getDocumentState, resetDocument, undoEdit } from '../store/documentStore.ts';
import { getViewState, updateView } from '../store/viewStore.ts';
import { getToasts } from '../toast/toastStore.ts';
import { cancelImport, confirmImport, getPendingImport, importFiles } from './importFlow.ts';

const file = (name: string, content: string) => new File([content], name, { type: 'application/json' });
const model = () => getDocumentState().model;

beforeEach(() => {
  resetDocument(xorTemplate());
  updateView({ notice: null });
});

describe('importing files', () => {
  it('asks before replacing a graph: Cancel keeps it, confirming replaces it as one undoable step', async () => {
    const before = model();
    await importFiles([file('spiral.netloom.json', serializeModel(spiralTemplate()))]);
    expect(getPendingImport()?.source).toBe('spiral.netloom.json (Netloom JSON)');
    expect(model()).toBe(before);
    cancelImport();
    expect(getPendingImport()).toBeNull();
    expect(model()).toBe(before);

    await importFiles([file('spiral.netloom.json', serializeModel(spiralTemplate()))]);
    confirmImport();
    expect(model()).toEqual(spiralTemplate());
    expect(getToasts()[0]).toMatchObject({ message: 'Imported spiral.netloom.json (Netloom JSON): 8 nodes.', action: { label: 'Undo' } });
    undoEdit();
    expect(model()).toEqual(before);
  });

  it('fills an empty canvas without asking', async () => {
    resetDocument({ ...xorTemplate(), nodes: [], edges: [] });
    await importFiles([file('spiral.netloom.json', serializeModel(spiralTemplate()))]);
    expect(getPendingImport()).toBeNull();
    expect(model().name).toBe('spiral');
  });

  it('shows why a file was refused, and changes nothing', async () => {
    const before = model();
    await importFiles([file('bad.json', '{"format":"netloom","version":1,"nodes":[{"id":"a","type":"dense","params":{"units":0}}],"edges":[]}')]);
    expect(model()).toBe(before);
    expect(getViewState().notice?.details).toEqual(['nodes[0].params.units: expected a positive integer (node a)']);
  });

  it('refuses a file nested thousands deep with where, not a stack overflow, and the graph stays', async () => {
    const before = model();
    const text = serializeModel(xorTemplate()).replace('"name"', `"notes": ${'['.repeat(1300)}${']'.repeat(1300)}, "name"`);
    await importFiles([file('deep.json', text)]);
    expect(model()).toBe(before);
    expect(getViewState().notice?.details).toEqual([
      'notes[0][0][0][0][0][0][0]…: nested more than 100 levels deep; Netloom reads arrays and objects nested up to 100 levels',
    ]);
  });
});
