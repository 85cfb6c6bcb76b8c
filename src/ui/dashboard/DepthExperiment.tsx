import { useId, useState } from 'react';
import { getModel, useModel } from '../store/index.ts';
import { launchRun } from '../training/index.ts';
import { NumberField } from '../training/NumberField.tsx';
import { comparisonRuns, suggestedShape } from './depthExperiment.ts';

const DEPTH_LIMITS = { min: 2, max: 30 } as const;

/**
 * "Compare sigmoid vs ReLU": trains a deep sigmoid and a deep ReLU network side by side (two
 * workers) and hands their run ids to the panel, which overlays them.
 */
export function DepthExperiment({ onLaunched }: { onLaunched: (runIds: string[]) => void }) {
  const headingId = useId();
  const suggested = suggestedShape(useModel());
  // Follows the graph until the user picks a depth.
  const [chosenDepth, setChosenDepth] = useState<number | null>(null);
  const depth = chosenDepth ?? suggested.depth;
  const compare = () => {
    const runs = comparisonRuns(getModel(), { depth, width: suggested.width });
    onLaunched(runs.map((run) => launchRun(run.model, { name: run.name, color: run.color })));
  };
  return (
    <section className="depth-experiment" aria-labelledby={headingId}>
      <h3 id={headingId}>The depth experiment</h3>
      <p>
        Train the same deep network twice, once with sigmoid and once with ReLU, and watch whose first layer keeps
        learning.
      </p>
      <div className="depth-experiment__row">
        <NumberField
          label="Hidden layers"
          value={depth}
          onCommit={setChosenDepth}
          problemWith={(value) =>
            Number.isInteger(value) && value >= DEPTH_LIMITS.min && value <= DEPTH_LIMITS.max
              ? null
              : `Expected a whole number from ${DEPTH_LIMITS.min} to ${DEPTH_LIMITS.max}`
          }
          step={1}
          min={DEPTH_LIMITS.min}
          max={DEPTH_LIMITS.max}
        />
        <span className="depth-experiment__width">of {suggested.width} units</span>
        <button type="button" className="depth-experiment__run" onClick={compare}>
          Compare sigmoid vs ReLU
        </button>
      </div>
    </section>
  );
}
