import { useId, useState } from 'react';
import { getModel } from '../store/index.ts';
import { launchRun } from '../training/index.ts';
import { NumberField } from '../training/NumberField.tsx';
import { setOverlay } from './dashboardStore.ts';
import { comparisonRuns, DEFAULT_SHAPE, SHAPE_LIMITS, type DeepShape } from './depthExperiment.ts';

const within = ({ min, max }: { min: number; max: number }) => (value: number) => Number.isInteger(value) && value >= min && value <= max;

/**
 * "Compare sigmoid vs ReLU": trains a deep sigmoid and a deep ReLU network of the shape shown
 * (10 × 16 until changed here) side by side, in two workers, and overlays them below.
 */
export function DepthExperiment() {
  const headingId = useId();
  const [shape, setShape] = useState<DeepShape>(DEFAULT_SHAPE);
  const compare = () => {
    const runs = comparisonRuns(getModel(), shape);
    setOverlay(
      runs.map(({ model, description, kind }) => launchRun(model, { description, kind })),
      true,
    );
  };
  return (
    <section className="depth-experiment" aria-labelledby={headingId}>
      <h3 id={headingId}>The depth experiment</h3>
      <p>Train one deep network twice, with sigmoid and with ReLU, on the current data and seed: whose first layer keeps learning?</p>
      <div className="depth-experiment__row">
        <NumberField
          label="Hidden layers"
          value={shape.depth}
          onCommit={(depth) => setShape((current) => ({ ...current, depth }))}
          isValid={within(SHAPE_LIMITS.depth)}
          expected={`a whole number from ${SHAPE_LIMITS.depth.min} to ${SHAPE_LIMITS.depth.max}`}
          step={1}
          {...SHAPE_LIMITS.depth}
        />
        <NumberField
          label="Units each"
          value={shape.width}
          onCommit={(width) => setShape((current) => ({ ...current, width }))}
          isValid={within(SHAPE_LIMITS.width)}
          expected={`a whole number from ${SHAPE_LIMITS.width.min} to ${SHAPE_LIMITS.width.max}`}
          step={1}
          {...SHAPE_LIMITS.width}
        />
        <button type="button" className="depth-experiment__run" onClick={compare}>
          Compare sigmoid vs ReLU
        </button>
      </div>
    </section>
  );
}
