import type { Patch } from 'immer';

/**
 * How a command enters the undo history:
 * - `record`: one undo step;
 * - `skip`: not undoable (trained weights arriving from the worker);
 * - `{ coalesce: key }`: merged into the previous step when it has the same key and came less
 *   than COALESCE_MS ago, so typing "128" or dragging a slider is one step, not many.
 */
export type HistoryMode = 'record' | 'skip' | { coalesce: string };

/** One undo step: the patches that redo it and the inverse patches that undo it. */
export interface HistoryEntry {
  /** The command's name, e.g. "Add node"; shown as the Undo button's title. */
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  coalesceKey?: string;
  /** When the step was last extended (ms), for coalescing. */
  at: number;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const COALESCE_MS = 1000;
/** Old steps beyond this are forgotten; patches are small, so this is generous. */
export const HISTORY_LIMIT = 500;

export const emptyHistory: History = { past: [], future: [] };

/** Adds a step (or extends the last one when coalescing); a new step always clears the redo stack. */
export function recordStep(history: History, mode: Exclude<HistoryMode, 'skip'>, step: Omit<HistoryEntry, 'coalesceKey'>): History {
  const coalesceKey = typeof mode === 'object' ? mode.coalesce : undefined;
  const last = history.past.at(-1);
  if (coalesceKey !== undefined && last?.coalesceKey === coalesceKey && step.at - last.at < COALESCE_MS) {
    const merged: HistoryEntry = {
      ...last,
      patches: [...last.patches, ...step.patches],
      inversePatches: [...step.inversePatches, ...last.inversePatches],
      at: step.at,
    };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const entry: HistoryEntry = coalesceKey === undefined ? step : { ...step, coalesceKey };
  return { past: [...history.past, entry].slice(-HISTORY_LIMIT), future: [] };
}
