import { useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  /** Called with every acceptable number as it is typed. */
  onCommit(value: number): void;
  /** Null for an acceptable value; otherwise what was expected, shown on the field ("Expected a whole number ≥ 1"). */
  problemWith(value: number): string | null;
  step?: number | 'any';
  min?: number;
  max?: number;
}

/**
 * A labelled number input that commits as soon as what is typed is acceptable, and otherwise
 * keeps the typed text (marked invalid) instead of snapping back mid-edit.
 */
export function NumberField({ label, value, onCommit, problemWith, step = 'any', min, max }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const problem = problemOf(text, problemWith);
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
        aria-invalid={problem !== null}
        title={problem ?? undefined}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (problemOf(next, problemWith) === null) onCommit(Number(next));
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}

function problemOf(text: string, problemWith: (value: number) => string | null): string | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return 'Expected a number';
  return problemWith(value);
}
