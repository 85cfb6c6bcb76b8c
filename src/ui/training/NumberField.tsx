import { useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  /** Called with every acceptable number as it is typed. */
  onCommit(value: number): void;
  isValid(value: number): boolean;
  /** Shown under an unacceptable entry, e.g. "a whole number ≥ 1". */
  expected: string;
  step?: number | 'any';
  min?: number;
  max?: number;
}

/**
 * A labelled number input that commits as soon as what is typed is acceptable, and otherwise
 * keeps the typed text (marked invalid) instead of snapping back mid-edit.
 */
export function NumberField({ label, value, onCommit, isValid, expected, step = 'any', min, max }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const valid = accepts(text, isValid);
  return (
    <label className="training-field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        value={text}
        step={step}
        min={min}
        max={max}
        aria-invalid={!valid}
        title={valid ? undefined : `Expected ${expected}`}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (accepts(next, isValid)) onCommit(Number(next));
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}

function accepts(text: string, isValid: (value: number) => boolean): boolean {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && isValid(value);
}
