import { beforeEach, describe, expect, it } from 'vitest';
import { addNewRun, nextRunIdentity, RUN_COLORS } from './runIdentity.ts';
import { getRunsState, resetRunsState } from './runsStore.ts';

describe('run identities', () => {
  beforeEach(resetRunsState);

  it('number runs in order and name them with the number', () => {
    const first = addNewRun('xor · XOR');
    const second = addNewRun('Deep sigmoid 10 × 16 · Circle', 'sigmoid');
    expect(second.number).toBe(first.number + 1);
    expect(getRunsState().runs.map((run) => [run.name, run.label])).toEqual([
      [`#${first.number} xor · XOR`, `#${first.number}`],
      [`#${second.number} Deep sigmoid 10 × 16 · Circle`, `#${second.number} sigmoid`],
    ]);
  });

  it('give each run a colour no listed run has, and reuse a colour once its run is gone', () => {
    const colours = RUN_COLORS.map(() => addNewRun('run').color);
    expect(new Set(colours).size).toBe(RUN_COLORS.length);
    expect(nextRunIdentity(colours.filter((colour) => colour !== RUN_COLORS[2])).color).toBe(RUN_COLORS[2]);
  });
});
