import { dataReferenceOf, sameDataReference } from '../../model/index.ts';
import { useModelValue } from '../store/index.ts';
import { useDataValue } from './dataState.ts';

/**
 * Why Train must wait for the data, or undefined when it need not: a table still being read, a
 * file this browser does not have, or a choice of columns that does not fit the table.
 */
export function useDataBlocker(): string | undefined {
  const training = useModelValue((model) => model.training);
  const state = useDataValue((data) => data);
  const reference = dataReferenceOf(training);
  if (reference.kind === 'generated') return undefined;
  if (state.plan && sameDataReference(state.plan.reference, reference)) return undefined;
  if (state.missingFile) return `load ${state.missingFile.file} in the Data panel: this model trains on it`;
  return state.error ?? 'reading the data…';
}
