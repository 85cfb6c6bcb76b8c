import type { Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { COALESCE_MS, emptyHistory, HISTORY_LIMIT, recordStep } from './history.ts';

const patch = (value: number): Patch => ({ op: 'replace', path: ['n'], value });
const step = (value: number, at: number) => ({ label: 'Edit', patches: [patch(value)], inversePatches: [patch(-value)], at });

describe('recordStep', () => {
  it('adds one entry per recorded step and clears the redo stack', () => {
    const withFuture = { past: [], future: [{ ...step(9, 0) }] };
    const history = recordStep(recordStep(withFuture, 'record', step(1, 0)), 'record', step(2, 10));
    expect(history.past.map((entry) => entry.patches[0]!.value)).toEqual([1, 2]);
    expect(history.future).toEqual([]);
  });

  it('merges steps with the same coalesce key made within the window', () => {
    const mode = { coalesce: 'units' };
    const history = recordStep(recordStep(emptyHistory, mode, step(1, 0)), mode, step(2, COALESCE_MS - 1));
    expect(history.past).toHaveLength(1);
    expect(history.past[0]!.patches.map((p) => p.value)).toEqual([1, 2]);
    // Undo replays the inverses newest first.
    expect(history.past[0]!.inversePatches.map((p) => p.value)).toEqual([-2, -1]);
  });

  it('measures the window from the last merged step, so a steady drag stays one step', () => {
    const mode = { coalesce: 'slider' };
    let history = emptyHistory;
    for (let at = 0; at < 5 * COALESCE_MS; at += COALESCE_MS / 2) history = recordStep(history, mode, step(at, at));
    expect(history.past).toHaveLength(1);
  });

  it('starts a new step after a pause, for another key, or after a plain record', () => {
    const units = { coalesce: 'units' };
    const afterPause = recordStep(recordStep(emptyHistory, units, step(1, 0)), units, step(2, COALESCE_MS));
    const otherKey = recordStep(recordStep(emptyHistory, units, step(1, 0)), { coalesce: 'size' }, step(2, 1));
    const afterRecord = recordStep(recordStep(emptyHistory, 'record', step(1, 0)), units, step(2, 1));
    expect([afterPause, otherKey, afterRecord].map((history) => history.past.length)).toEqual([2, 2, 2]);
  });

  it('forgets the oldest steps beyond the limit', () => {
    let history = emptyHistory;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = recordStep(history, 'record', step(i, i));
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]!.patches[0]!.value).toBe(5);
  });
});
