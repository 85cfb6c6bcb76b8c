import { describe, expect, it } from 'vitest';
import { describeBar, stuckBars } from './activationHealth.ts';

describe('stuckBars', () => {
  it('shows saturation for tanh and sigmoid, dead units for ReLUs, nothing for the rest', () => {
    const bars = stuckBars(
      [
        { id: 'act1', fn: 'relu' },
        { id: 'act2', fn: 'tanh' },
        { id: 'act3', fn: 'softmax' },
      ],
      [
        { mean: 0.3, std: 0.4, saturated: null, dead: 0.25 },
        { mean: 0, std: 0.9, saturated: 0.6, dead: null },
        { mean: 0.33, std: 0.1, saturated: null, dead: null },
      ],
    );
    expect(bars).toEqual([
      { id: 'act1', fn: 'relu', kind: 'dead', fraction: 0.25 },
      { id: 'act2', fn: 'tanh', kind: 'saturated', fraction: 0.6 },
      { id: 'act3', fn: 'softmax', kind: null, fraction: 0 },
    ]);
    expect(bars.map(describeBar)).toEqual(['act1 relu: 25 % dead', 'act2 tanh: 60 % saturated', 'act3 softmax: cannot saturate or die']);
  });

  it('shows empty bars before there are statistics', () => {
    expect(stuckBars([{ id: 'act1', fn: 'sigmoid' }], [])).toEqual([{ id: 'act1', fn: 'sigmoid', kind: null, fraction: 0 }]);
  });
});
