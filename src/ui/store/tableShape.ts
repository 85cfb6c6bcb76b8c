import { dataReferenceOf, knownDatasetInfo, sameDataReference, type DataReference, type DatasetInfo, type TrainingSettings } from '../../model/index.ts';
import { createExternalStore, useStoreValue } from './externalStore.ts';

/** The shape of a table under a choice of columns, as the table worker planned it. */
export interface TableShape {
  reference: DataReference;
  info: DatasetInfo;
}

/**
 * The shape of the table the model trains on, once the Data panel has read and planned it: the
 * compiler needs it to check the Input node's size and the head against a file's columns.
 */
const shapeStore = createExternalStore<TableShape | null>(null);

export const getTableShape = shapeStore.get;
export const setTableShape = shapeStore.set;

/** `getTableShape()` as a hook. */
export function useTableShape(): TableShape | null {
  return useStoreValue(shapeStore, (shape) => shape);
}

/**
 * What the editor checks a graph against: the dataset the model names when its shape is known
 * without reading a table; a table's planned shape when it is the one the model names; otherwise
 * nothing (a model that names no data, or a table not read yet).
 */
export function datasetInfoFor(training: TrainingSettings | undefined): DatasetInfo | undefined {
  if (training?.data === undefined) return training?.dataset === undefined ? undefined : knownDatasetInfo(training);
  const shape = shapeStore.get();
  return shape && sameDataReference(shape.reference, dataReferenceOf(training)) ? shape.info : undefined;
}
