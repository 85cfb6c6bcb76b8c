import { useState } from 'react';
import { mainRun } from './runs.ts';

/** Full speed, or a pace slow enough to watch each step land (TensorFlow Playground's runs are watchable). */
const SPEEDS = [
  { label: 'Full speed', stepsPerSecond: null },
  { label: '100 steps/s', stepsPerSecond: 100 },
  { label: '30 steps/s', stepsPerSecond: 30 },
  { label: '10 steps/s', stepsPerSecond: 10 },
  { label: '3 steps/s', stepsPerSecond: 3 },
  { label: '1 step/s', stepsPerSecond: 1 },
] as const;

/** How fast the main run trains; the choice holds for every run until changed (it is not saved with the graph). */
export function SpeedControl() {
  const [speed, setSpeed] = useState(0);
  return (
    <label className="training-field">
      <span>Speed</span>
      <select
        value={speed}
        onChange={(event) => {
          const index = Number(event.target.value);
          setSpeed(index);
          mainRun().setSpeed(SPEEDS[index]!.stepsPerSecond);
        }}
      >
        {SPEEDS.map((option, i) => (
          <option key={option.label} value={i}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
