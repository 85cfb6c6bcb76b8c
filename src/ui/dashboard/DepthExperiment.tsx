import { useId, useState } from 'react';
import { getModel } from '../store/index.ts';
import { launchRun } from '../training/index.ts';
import { NumberField } from '../training/NumberField.tsx';
import { setOverlay } from './dashboardStore.ts';
import { comparisonRuns, DEFAULT_SHAPE, SHAPE_LIMITS, type DeepShape } from './depthExperiment.ts';

const SHAPE_FIELDS = [
  { key: 'depth', label: 'Hidden layers' },
  { key: 'width', label: 'Units each' },
] as const satisfies readonly { key: keyof DeepShape; label: string }[];

/** Null for a whole number within the field's limits, otherwise what was expected. */
const wholeNumberWithin =
  ({ min, max }: { min: number; max: number }) =>
  (value: number) =>
    Number.isInteger(value) && value >= min && value <= max ? null : `Expected a whole number from ${min} to ${max}`;

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
        {SHAPE_FIELDS.map(({ key, label }) => (
          <NumberField
            key={key}
            label={label}
            value={shape[key]}
            onCommit={(value) => setShape((current) => ({ ...current, [key]: value }))}
            problemWith={wholeNumberWithin(SHAPE_LIMITS[key])}
            step={1}
            {...SHAPE_LIMITS[key]}
          />
        ))}
        <button type="button" className="depth-experiment__run" onClick={compare}>
          Compare sigmoid vs ReLU
        </button>
      </div>
    </section>
  );
}
