import { newRunRecord } from './runRecord.ts';
import { addRun, getRunsState } from './runsStore.ts';

/** Distinct on a white background and for the common colour-vision deficiencies (Okabe–Ito). */
export const RUN_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

let runsCreated = 0;

export interface RunIdentity {
  id: string;
  /** Counts runs from 1 in the order they were started; shown as "#3". */
  number: number;
  color: string;
}

/**
 * A new run's id and number, and a colour no run in `takenColors` has (the runs still listed),
 * so every run on screen has its own; only with more runs than colours does one repeat.
 */
export function nextRunIdentity(takenColors: readonly string[]): RunIdentity {
  runsCreated += 1;
  const free = RUN_COLORS.find((color) => !takenColors.includes(color));
  return { id: `run-${runsCreated}`, number: runsCreated, color: free ?? RUN_COLORS[(runsCreated - 1) % RUN_COLORS.length]! };
}

/**
 * Adds a run to the list, named "#3 " + `description`, and returns its identity. `kind`, e.g.
 * "sigmoid", joins the number in the short label written at the end of its lines ("#3 sigmoid").
 */
export function addNewRun(description: string, kind?: string): RunIdentity {
  const identity = nextRunIdentity(getRunsState().runs.map((run) => run.color));
  const tag = `#${identity.number}`;
  addRun(newRunRecord(identity.id, `${tag} ${description}`, identity.color, kind ? `${tag} ${kind}` : tag));
  return identity;
}
