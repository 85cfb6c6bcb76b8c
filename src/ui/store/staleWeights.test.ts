import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { xorTemplate, type DenseWeights, type NetloomModel } from '../../model/index.ts';
import { staleWeightIds, weightsFit } from './staleWeights.ts';

const fits = (model: NetloomModel, id: string, weights: DenseWeights) => weightsFit(model)(id, weights);

const layer = (units: number, inputs: number): DenseWeights => ({
  kernel: Array.from({ length: units }, () => Array<number>(inputs).fill(0.5)),
  bias: Array<number>(units).fill(0),
});

/** XOR (2 → dense1 8 → dense2 1) with weights that fit. */
const trained = (): NetloomModel => ({ ...xorTemplate(), weights: { dense1: layer(8, 2), dense2: layer(1, 8) } });

describe('fits', () => {
  it('checks rows against units, columns against the input width and the bias length', () => {
    const model = xorTemplate();
    expect(fits(model, 'dense1', layer(8, 2))).toBe(true);
    expect(fits(model, 'dense1', layer(4, 2))).toBe(false);
    expect(fits(model, 'dense1', layer(8, 3))).toBe(false);
    expect(fits(model, 'dense1', { kernel: layer(8, 2).kernel, bias: [0] })).toBe(false);
  });

  it('refuses weights for a node that is not there, and does not guess when the input width is unknown', () => {
    expect(fits(xorTemplate(), 'gone', layer(8, 2))).toBe(false);
    const unwired = { ...xorTemplate(), edges: [] };
    expect(fits(unwired, 'dense1', layer(8, 5))).toBe(true);
  });
});

describe('staleWeightIds', () => {
  it('drops a layer whose units changed and the next dense layer, whose input width changed', () => {
    const previous = trained();
    const next = produce(previous, (draft) => {
      draft.nodes.find((node) => node.id === 'dense1')!.params = { units: 4 };
    });
    expect(staleWeightIds(previous, next)).toEqual(['dense1', 'dense2']);
  });

  it('when the input size changes, drops only the first dense layer (the second still reads 8 values)', () => {
    const previous = trained();
    const next = produce(previous, (draft) => {
      draft.nodes.find((node) => node.id === 'input')!.params = { size: 3 };
    });
    expect(staleWeightIds(previous, next)).toEqual(['dense1']);
  });

  it('keeps weights when only positions or unrelated params change', () => {
    const previous = trained();
    const next = produce(previous, (draft) => {
      draft.nodes[0]!.position = { x: 99, y: 99 };
      draft.nodes.find((node) => node.id === 'act1')!.params = { fn: 'relu' };
    });
    expect(staleWeightIds(previous, next)).toEqual([]);
  });

  it('keeps weights the edit itself brought in, even if they do not fit (the compiler reports them)', () => {
    const previous = trained();
    const next = produce(previous, (draft) => {
      draft.weights!.dense1 = layer(3, 3);
    });
    expect(staleWeightIds(previous, next)).toEqual([]);
  });
});
