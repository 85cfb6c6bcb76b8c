import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataReferenceOf, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { resetDocument, undoEdit } from '../store/documentStore.ts';
import * as editor from '../store/index.ts';
import { compileModel } from '../store/compileModel.ts';
import { getTableShape } from '../store/tableShape.ts';
import { DataController } from './dataController.ts';
import { dataStore, EMPTY_DATA_STATE } from './dataState.ts';
import { TableClient } from './tableClient.ts';
import { memoryTableFiles, type TableFileStore } from './tableFiles.ts';
import { InProcessTableWorker } from './tableWorker.testkit.ts';

/** Two clusters on a plane: x and y tell the kind; an id column. */
const QUADRANTS = ['x,y,kind,id', ...Array.from({ length: 24 }, (_, i) => `${i % 2 ? 0.8 : -0.8},${(i % 5) / 10},${i % 2 ? 'east' : 'west'},q${i}`)].join('\n');
const bytes = (text: string) => new TextEncoder().encode(text).buffer;

let files: TableFileStore;
let controllers: DataController[] = [];
const state = () => dataStore.get();

function startController(store = files): DataController {
  const controller = new DataController(editor, new TableClient(() => new InProcessTableWorker()), store);
  controllers.push(controller);
  void controller.start();
  return controller;
}

beforeEach(() => {
  resetDocument(xorTemplate());
  dataStore.set(EMPTY_DATA_STATE);
  files = memoryTableFiles();
});

afterEach(() => {
  for (const controller of controllers) controller.dispose();
  controllers = [];
});

describe('the data controller', () => {
  it('reads a file, records it as the model’s data with a suggested target, and shows its table', async () => {
    const controller = startController();
    await controller.openFile('quadrants.csv', bytes(QUADRANTS));
    const training = editor.getModel().training!;
    expect(training).not.toHaveProperty('dataset');
    expect(training.data).toMatchObject({ file: 'quadrants.csv', target: 'kind', features: ['x', 'y'] });
    await vi.waitFor(() => expect(state().plan?.summary.description).toMatchObject({ inputSize: 2, classes: ['east', 'west'] }));
    expect(state().table).toMatchObject({ rowCount: 24, delimiter: ',' });
    // the editor compiles against the file's shape: the XOR network fits it
    expect(getTableShape()?.info.name).toBe('quadrants.csv');
    expect(compileModel(editor.getModel()).ok).toBe(true);
  });

  it('is undone in one step, and the panel follows the model back', async () => {
    const controller = startController();
    await controller.openFile('quadrants.csv', bytes(QUADRANTS));
    undoEdit();
    expect(editor.getModel().training).toEqual(xorTemplate().training);
    await vi.waitFor(() => expect(state().table).toBeNull());
    expect(getTableShape()).toBeNull();
  });

  it('leaves the model and the table shown as they were when a file is refused, and says why once', async () => {
    const controller = startController();
    await controller.openFile('quadrants.csv', bytes(QUADRANTS));
    await vi.waitFor(() => expect(state().plan).not.toBeNull());
    const model: NetloomModel = editor.getModel();
    const shown = state().table;
    await controller.openFile('numbers.csv', bytes('1,2,3\n4,5,6\n'));
    expect(editor.getModel()).toBe(model);
    expect(state()).toMatchObject({ table: shown, busy: null });
    expect(state().error).toBe('numbers.csv line 1: the first line holds numbers (1, 2, 3), not column names: add a header line naming each column');
  });

  it('refuses a 50 MB file in one message, naming the limit', async () => {
    const controller = startController();
    await controller.openFile('huge.csv', new ArrayBuffer(50 * 1024 * 1024));
    expect(state().error).toBe('huge.csv: the file is 50.0 MB; Netloom reads tables of up to 32.0 MB (about 150,000 rows of 20 numbers): keep fewer rows or columns');
    expect(editor.getModel().training).toEqual(xorTemplate().training);
  });

  it('records a choice of columns only when the worker has planned it', async () => {
    const controller = startController();
    await controller.openFile('quadrants.csv', bytes(QUADRANTS));
    await controller.choose({ target: 'kind', features: ['x'] });
    expect(editor.getModel().training!.data!.features).toEqual(['x']);
    const model = editor.getModel();
    await controller.choose({ target: 'id' });
    expect(editor.getModel()).toBe(model);
    expect(state().error).toMatch(/^quadrants\.csv, column "id": every row has a different value/);
  });

  it('chooses a built-in table, fetched by the worker, and sets the Input node to its width in one click', async () => {
    const controller = startController();
    controller.chooseDataset('penguins');
    expect(editor.getModel().training).toMatchObject({ dataset: 'penguins' });
    await vi.waitFor(() => expect(state().plan?.summary.description.inputSize).toBe(10));
    controller.fitInputNode();
    expect(editor.getModel().nodes[0]!.params).toEqual({ size: 10 });
  });

  it('finds the file again after a reload, in the browser’s storage', async () => {
    await startController().openFile('quadrants.csv', bytes(QUADRANTS));
    await vi.waitFor(() => expect(state().plan).not.toBeNull());
    const model = editor.getModel();
    // a new page: the autosave brings the model back, the panel starts empty
    resetDocument(model);
    dataStore.set(EMPTY_DATA_STATE);
    const reloaded = startController();
    await vi.waitFor(() => expect(state().plan?.summary.source).toEqual(model.training!.data));
    expect(state().missingFile).toBeNull();
    const table = reloaded.tableFileFor(dataReferenceOf(model.training))!;
    expect(new TextDecoder().decode(table.bytes)).toBe(QUADRANTS);
  });

  it('asks for a file the browser does not have, and refuses another one, saying what differs', async () => {
    await startController().openFile('quadrants.csv', bytes(QUADRANTS));
    const model = editor.getModel();
    resetDocument(model);
    dataStore.set(EMPTY_DATA_STATE);
    const elsewhere = startController(memoryTableFiles());
    await vi.waitFor(() => expect(state().missingFile).toEqual(model.training!.data));

    await elsewhere.locateFile('quadrants.csv', bytes(QUADRANTS.replace('x,y', 'x,z')));
    expect(state().error).toBe(
      'quadrants.csv: this model needs its own quadrants.csv: quadrants.csv is not the quadrants.csv the model was trained on: the contents differ; ' +
        'quadrants.csv has no column "y", which the model reads',
    );
    expect(state().missingFile).not.toBeNull();

    await elsewhere.locateFile('copy of quadrants.csv', bytes(QUADRANTS));
    expect(state()).toMatchObject({ missingFile: null, error: null });
    expect(state().plan?.summary.description.inputSize).toBe(2);
    expect(editor.getModel()).toBe(model);
  });

  it('says when the browser refuses to keep the file, and trains on it all the same', async () => {
    const full: TableFileStore = { read: async () => undefined, write: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
    const controller = startController(full);
    await controller.openFile('quadrants.csv', bytes(QUADRANTS));
    await vi.waitFor(() => expect(state().storageProblem).toBe('quadrants.csv could not be kept in this browser (The quota has been exceeded.): after a reload it will be asked for again.'));
    expect(editor.getModel().training!.data).toBeDefined();
  });
});
