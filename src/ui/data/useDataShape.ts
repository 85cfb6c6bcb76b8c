import { dataReferenceOf, knownDatasetInfo, sameDataReference, type DatasetInfo } from '../../model/index.ts';
import { useModelValue } from '../store/index.ts';
import { useDataValue } from './dataState.ts';

/**
 * The shape and task of the data the model trains on: known from its name for a generated set or a
 * built-in table's preset columns, else from the table worker's plan; undefined until it is read.
 */
export function useDataShape(): DatasetInfo | undefined {
  const training = useModelValue((model) => model.training);
  const plan = useDataValue((state) => state.plan);
  const known = knownDatasetInfo(training);
  if (known) return known;
  return plan && sameDataReference(plan.reference, dataReferenceOf(training)) ? plan.summary.info : undefined;
}
