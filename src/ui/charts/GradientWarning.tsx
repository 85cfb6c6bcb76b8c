import type { GradientWarningText } from './gradientHealth.ts';

/**
 * The vanishing / exploding gradient banner over the gradient chart: what to try first, then
 * why, clamped to three lines (the whole text on hover and for screen readers).
 */
export function GradientWarning({ warning }: { warning: GradientWarningText }) {
  return (
    <div role="alert" className="gradient-warning" title={`${warning.hint} ${warning.explanation}`}>
      <svg className="gradient-warning__icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M10 2 L19 18 H1 Z" fill="currentColor" />
        <rect x="9" y="7" width="2" height="6" fill="#fff" />
        <rect x="9" y="14.5" width="2" height="2" fill="#fff" />
      </svg>
      <div>
        <strong className="gradient-warning__title">{warning.title}</strong>
        <p className="gradient-warning__hint">{warning.hint}</p>
        <p className="gradient-warning__explanation">{warning.explanation}</p>
      </div>
    </div>
  );
}
