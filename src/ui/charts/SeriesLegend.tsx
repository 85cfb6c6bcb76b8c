import { formatPercent, formatValue } from './numberFormat.ts';
import type { PlottedSeries } from './usePlottedSeries.ts';

/**
 * A key to a chart's lines with each one's latest reported value, updated live. With a `label`
 * the key may scroll (the comparison's, when many runs are compared): it then takes focus, so
 * the keyboard scrolls it too.
 */
export function SeriesLegend({ lines, label }: { lines: readonly PlottedSeries[]; label?: string }) {
  return (
    <ul className="series-legend" aria-label={label} tabIndex={label ? 0 : undefined}>
      {lines.map((line) => (
        <li key={line.key}>
          <svg width="18" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="18" y2="4" stroke={line.color} strokeWidth="2.5" strokeDasharray={line.dash} />
          </svg>
          <span className="series-legend__label" title={line.label}>
            {line.label}
          </span>
          {line.latestValue !== undefined && (
            <span className="series-legend__value">
              {line.axis === 'fraction' ? formatPercent(line.latestValue) : formatValue(line.latestValue)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
