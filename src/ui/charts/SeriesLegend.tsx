import { formatPercent, formatValue } from './numberFormat.ts';
import type { PlottedSeries } from './usePlottedSeries.ts';

/** A key to a chart's lines with each one's latest reported value, updated live. */
export function SeriesLegend({ lines }: { lines: readonly PlottedSeries[] }) {
  return (
    <ul className="series-legend">
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
