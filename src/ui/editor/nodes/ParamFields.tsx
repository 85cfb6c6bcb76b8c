import { useId, useState } from 'react';
import { parseWholeNumber } from './parseWholeNumber.ts';

/** A whole-number parameter edited on the node; only valid values reach the document. */
export function IntegerField({
  label,
  unit,
  min,
  nodeId,
  value,
  onCommit,
}: {
  /** With the node id, names the field for assistive tech: "Units" → "Units of dense1". */
  label: string;
  /** Shown after the number: "units", "features". */
  unit: string;
  /** The smallest value the field takes. */
  min: number;
  nodeId: string;
  value: number;
  onCommit: (value: number) => void;
}) {
  // While the user types, the text may be briefly invalid ("" or "0"); the model never is.
  const [text, setText] = useState<string | null>(null);
  const invalid = text !== null && parseWholeNumber(text, min) === undefined;
  const hintId = useId();
  return (
    <label className="param-field param-field--number">
      <input
        className="nodrag nokey nowheel"
        type="number"
        min={min}
        step={1}
        aria-label={`${label} of ${nodeId}`}
        aria-invalid={invalid}
        aria-describedby={invalid ? hintId : undefined}
        value={text ?? String(value)}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseWholeNumber(event.target.value, min);
          if (parsed !== undefined && parsed !== value) onCommit(parsed);
        }}
        onBlur={() => setText(null)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
      />
      <span aria-hidden="true">{unit}</span>
      {invalid && (
        <span id={hintId} className="param-hint">
          a whole number, {min} or more
        </span>
      )}
    </label>
  );
}

/** A choice among named options, e.g. the activation function. */
export function ChoiceField<T extends string>({
  label,
  nodeId,
  value,
  options,
  onChange,
}: {
  /** With the node id, names the field for assistive tech: "Function" → "Function of act1". */
  label: string;
  nodeId: string;
  value: T;
  options: Record<T, string>;
  onChange: (value: T) => void;
}) {
  return (
    <label className="param-field">
      <select
        className="nodrag nokey"
        aria-label={`${label} of ${nodeId}`}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {(Object.entries(options) as [T, string][]).map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
