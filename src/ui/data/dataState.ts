import type { DataReference, FileDataSource } from '../../model/index.ts';
import type { PlanSummary, TableSummary } from '../../worker/tableProtocol.ts';
import { createExternalStore, useStoreValue } from '../store/externalStore.ts';

/** What the Data panel shows. Changed only by the data controller. */
export interface DataState {
  /** The table the model trains on, as read (null for a generated dataset, or before it is read). */
  table: TableSummary | null;
  /** The model's choice of columns applied to it, and the data reference it was planned for. */
  plan: { reference: DataReference; summary: PlanSummary } | null;
  /** What is under way ("Reading birds.csv…"), or null. */
  busy: string | null;
  /**
   * The last file or choice that was refused, in words that say where (file, line, column). The
   * model and the table shown are as they were before it.
   */
  error: string | null;
  /** The model records a file this browser does not have: the panel asks for it. */
  missingFile: FileDataSource | null;
  /** A problem keeping the file in the browser (it still trains, but will be asked for after a reload). */
  storageProblem: string | null;
}

export const EMPTY_DATA_STATE: DataState = { table: null, plan: null, busy: null, error: null, missingFile: null, storageProblem: null };

export const dataStore = createExternalStore<DataState>(EMPTY_DATA_STATE);

export function updateDataState(changes: Partial<DataState>): void {
  dataStore.set({ ...dataStore.get(), ...changes });
}

/** One part of the data state; the component re-renders when that part changes. */
export function useDataValue<S>(select: (state: DataState) => S): S {
  return useStoreValue(dataStore, select);
}
