import { dataReferenceOf, TABLE_DATASETS } from '../../../model/index.ts';
import type { PredictionViews } from '../../training/index.ts';
import { useModelValue } from '../../store/index.ts';
import { useDataValue } from '../dataState.ts';
import { useDataShape } from '../useDataShape.ts';
import { ConfusionMatrixView } from './ConfusionMatrixView.tsx';
import { DigitGrid } from './DigitGrid.tsx';
import './views.css';
import { PredictedVsActual } from './PredictedVsActual.tsx';

/**
 * The views of the test split that fit the data the model trains on: a confusion matrix for a
 * classification (and the digits themselves for image data), predicted against actual values for
 * a regression. `views` are the main run's, computed by the engine in the worker.
 */
export function DataViews({ views }: { views: PredictionViews | undefined }) {
  const shape = useDataShape();
  const training = useModelValue((model) => model.training);
  const target = useDataValue((state) => state.plan?.summary.source.target);
  if (!shape) return null;
  if (shape.task.kind === 'regression') return <PredictedVsActual fit={views?.regression ?? null} target={target ?? 'the target'} />;
  const reference = dataReferenceOf(training);
  const images = reference.kind === 'table' && reference.table.kind === 'builtin' && TABLE_DATASETS[reference.table.name].image !== null;
  return (
    <>
      <ConfusionMatrixView matrix={views?.confusion ?? null} />
      {images && <DigitGrid digits={views?.digits ?? null} />}
    </>
  );
}
