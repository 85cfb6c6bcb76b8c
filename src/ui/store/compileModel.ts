import { compile, type CompileResult } from '../../compiler/index.ts';
import type { DatasetInfo, NetloomModel } from '../../model/index.ts';
import { useDocumentValue } from './documentStore.ts';
import { datasetInfoFor, useTableShape } from './tableShape.ts';

// Store models are frozen by immer, so a model object always compiles to the same result against the same data.
const results = new WeakMap<NetloomModel, { dataset: DatasetInfo | undefined; result: CompileResult }>();

/**
 * `compile(model)` against the data the model trains on (see `datasetInfoFor`), computed once per
 * model object and data shape (the editor, status line and store share it).
 */
export function compileModel(model: NetloomModel): CompileResult {
  const dataset = datasetInfoFor(model.training);
  const cached = results.get(model);
  if (cached && cached.dataset === dataset) return cached.result;
  const result = compile(model, dataset ? { dataset } : {});
  results.set(model, { dataset, result });
  return result;
}

/** The current model compiled; the component re-renders when the model or the table's shape changes. */
export function useCompileResult(): CompileResult {
  const model = useDocumentValue((state) => state.model);
  useTableShape();
  return compileModel(model);
}
