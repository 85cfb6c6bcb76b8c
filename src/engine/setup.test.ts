import { describe, expect, it } from 'vitest';
import { CompileFailedError } from '../compiler/index.ts';
import { layerStack, penguinsTemplate, type NetloomModel } from '../model/index.ts';
import { builtinTable } from './datasets/builtin/builtinTables.testkit.ts';
import { fixedProvider } from './datasets/provider.ts';
import { csv, PENGUIN_LINES } from './datasets/tabular/testTables.ts';
import { planTraining, sameData, setUpTraining } from './setup.ts';

const HASH = 'a'.repeat(64);
const birdsData = { file: 'birds.csv', sha256: HASH, target: 'species', features: ['bill', 'island'], columns: { species: 'categorical', bill: 'numeric', island: 'categorical' } } as const;
const birdsModel = (inputs: number): NetloomModel =>
  layerStack(inputs, [{ units: 3, fn: 'softmax' }], 'cross_entropy', { training: { data: { ...birdsData, features: [...birdsData.features] }, epochs: 3 } });
const birds = csv(...PENGUIN_LINES);

describe('planTraining', () => {
  it('reads the data reference from the training block', () => {
    expect(planTraining({ dataset: 'moons', seed: 4 }).data).toEqual({ source: { kind: 'generated', name: 'moons' }, seed: 4, noise: 0, trainFraction: 0.5 });
    expect(planTraining(birdsModel(4).training).data.source).toEqual({
      kind: 'table',
      table: { kind: 'file', file: 'birds.csv', sha256: HASH },
      choice: { target: 'species', features: ['bill', 'island'], columns: birdsData.columns },
    });
  });

  it('tells data settings apart by source, seed, noise and split', () => {
    const base = planTraining({ dataset: 'penguins' }).data;
    expect(sameData(base, planTraining({ dataset: 'penguins' }).data)).toBe(true);
    expect(sameData(base, planTraining(penguinsTemplate().training).data)).toBe(false);
    expect(sameData(base, planTraining({ dataset: 'penguins', seed: 2 }).data)).toBe(false);
  });
});

describe('setUpTraining on a table', () => {
  it('compiles against the table’s shape and trains on its rows', () => {
    const model = birdsModel(4);
    const { dataset, trainer, compiled } = setUpTraining(model, planTraining(model.training), { tables: () => birds });
    expect(compiled.inputSize).toBe(4);
    expect(dataset.info.name).toBe('data.csv');
    expect(trainer.step().loss).toBeGreaterThan(0);
  });

  it('refuses a graph that does not fit the table, naming the node and the file', () => {
    const model = birdsModel(2);
    let error: unknown;
    try {
      setUpTraining(model, planTraining(model.training), { tables: () => birds });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CompileFailedError);
    expect((error as CompileFailedError).errors[0]).toMatchObject({ code: 'dataset_input', nodeIds: ['input'] });
    expect((error as Error).message).toContain('the data.csv dataset has 4 numbers per sample');
  });

  it('reuses rows already made (a reset keeps its data)', () => {
    const model = penguinsTemplate();
    const plan = planTraining(model.training);
    const first = setUpTraining(model, plan, { tables: () => builtinTable('penguins') });
    const again = setUpTraining(model, plan, { provider: fixedProvider(first.dataset) });
    expect(again.dataset).toBe(first.dataset);
    expect(again.network.weights()).toEqual(first.network.weights());
  });
});
