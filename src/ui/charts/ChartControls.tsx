import { useId } from 'react';
import type { LossXAxis } from './runSeries.ts';

interface LogScaleToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function LogScaleToggle({ checked, onChange }: LogScaleToggleProps) {
  return (
    <label className="chart-control">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      Log scale
    </label>
  );
}

interface SmoothingSliderProps {
  /** EMA weight in [0, 0.99]. */
  value: number;
  onChange: (value: number) => void;
}

/** TensorBoard's smoothing slider: 0 draws raw values, 0.99 a very smooth trend. */
export function SmoothingSlider({ value, onChange }: SmoothingSliderProps) {
  const id = useId();
  return (
    <span className="chart-control">
      <label htmlFor={id}>Smoothing</label>
      <input
        id={id}
        type="range"
        min={0}
        max={0.99}
        step={0.01}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id}>{value.toFixed(2)}</output>
    </span>
  );
}

/** Smoothing that shows the trend without hiding the noise, TensorBoard's default. */
export const DEFAULT_SMOOTHING = 0.6;

interface XAxisSelectProps {
  value: LossXAxis;
  onChange: (value: LossXAxis) => void;
}

export function XAxisSelect({ value, onChange }: XAxisSelectProps) {
  const id = useId();
  return (
    <span className="chart-control">
      <label htmlFor={id}>X axis</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as LossXAxis)}>
        <option value="step">step</option>
        <option value="epoch">epoch</option>
      </select>
    </span>
  );
}
