import { useId, useState } from 'react';
import { describeBounds, type NumberBounds } from '../../../model/index.ts';
import { parseDecimal } from './parseDecimal.ts';
import { parseWholeNumber } from './parseWholeNumber.ts';

interface NodeNumberFieldProps {
  /** With the node id, names the field for assistive tech: "Units" → "Units of dense1". */
  label: string;
  /** Shown after the number: "units", "features", "epsilon". */
  unit: string;
  nodeId: string;
  value: number;
  onCommit: (value: number) => void;
}

/** A whole-number parameter edited on the node; only valid values reach the document. */
export function IntegerField({ min, ...field }: NodeNumberFieldProps & { /** The smallest value the field takes. */ min: number }) {
  return (
    <NodeNumberField
      {...field}
      parse={(text) => parseWholeNumber(text, min)}
      hint={`a whole number, ${min} or more`}
      input={{ type: 'number', min, step: 1 }}
    />
  );
}

/**
 * A decimal parameter (an epsilon, a rate) edited on the node; only values within `bounds`
 * reach the document. A text field with a decimal keypad: spinner arrows stepping by 1 are no
 * use for 0.001, and take room a small node does not have.
 */
export function DecimalField({ bounds, ...field }: NodeNumberFieldProps & { bounds: NumberBounds }) {
  return (
    <NodeNumberField
      {...field}
      parse={(text) => parseDecimal(text, bounds)}
      hint={describeBounds(bounds)}
      input={{ type: 'text', inputMode: 'decimal' }}
    />
  );
}

/**
 * A number input on a node. While the user types, the text may be briefly invalid ("" or
 * "0."); the model never is: only text that `parse` accepts is committed.
 */
function NodeNumberField({
  label,
  unit,
  nodeId,
  value,
  onCommit,
  parse,
  hint,
  input,
}: NodeNumberFieldProps & {
  parse: (text: string) => number | undefined;
  /** What the field expects, shown under it while the text is invalid. */
  hint: string;
  /** How the input element takes the number: with steps (whole numbers) or as decimal text. */
  input: { type: 'number'; min: number; step: number } | { type: 'text'; inputMode: 'decimal' };
}) {
  const [text, setText] = useState<string | null>(null);
  const invalid = text !== null && parse(text) === undefined;
  const hintId = useId();
  return (
    <label className={`param-field param-field--number${input.type === 'text' ? ' param-field--decimal' : ''}`}>
      <input
        className="nodrag nokey nowheel"
        {...input}
        aria-label={`${label} of ${nodeId}`}
        aria-invalid={invalid}
        aria-describedby={invalid ? hintId : undefined}
        value={text ?? String(value)}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parse(event.target.value);
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
          {hint}
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
        title={`${label}: ${options[value]}`}
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
