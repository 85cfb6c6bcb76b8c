import { memo } from 'react';
import { rangeAxis } from '../../charts/axisTicks.ts';
import { ChartSection } from '../../charts/ChartSection.tsx';
import { formatValue } from '../../charts/numberFormat.ts';
import type { RegressionFit } from '../../training/index.ts';

const SIZE = 240;
const MARGIN = { left: 48, right: 10, top: 10, bottom: 34 };

/**
 * A regression's test rows, predicted value against actual value in the target's own units: points
 * on the diagonal are exact. RMSE and R² over the whole split, from the engine.
 */
export const PredictedVsActual = memo(function PredictedVsActual({ fit, target }: { fit: RegressionFit | null; target: string }) {
  return (
    <ChartSection title="Predicted vs actual">
      {fit ? (
        <Scatter fit={fit} target={target} />
      ) : (
        <div className="metric-chart--empty">Appears once training starts: each test row’s prediction against its actual value.</div>
      )}
    </ChartSection>
  );
});

function Scatter({ fit, target }: { fit: RegressionFit; target: string }) {
  let low = Infinity;
  let high = -Infinity;
  for (const values of [fit.actual, fit.predicted]) for (const value of values) (low = Math.min(low, value)), (high = Math.max(high, value));
  const { ticks, domain } = rangeAxis(low, high);
  const plot = SIZE - MARGIN.left - MARGIN.right;
  const x = (value: number) => MARGIN.left + ((value - domain[0]) / (domain[1] - domain[0])) * plot;
  const y = (value: number) => MARGIN.top + plot - ((value - domain[0]) / (domain[1] - domain[0])) * plot;
  const summary = `test RMSE ${formatValue(fit.rmse)} (in ${target}'s units), R² ${fit.r2.toFixed(3)}, ${fit.total.toLocaleString('en-US')} rows`;
  return (
    <div className="predicted-vs-actual">
      <svg viewBox={`0 0 ${SIZE} ${SIZE + MARGIN.bottom - MARGIN.right}`} role="img" aria-label={`Predicted against actual ${target} on the test split: ${summary}`}>
        {ticks.map((tick) => (
          <g key={tick} className="predicted-vs-actual__tick">
            <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={MARGIN.top + plot} />
            <line x1={MARGIN.left} x2={MARGIN.left + plot} y1={y(tick)} y2={y(tick)} />
            <text x={x(tick)} y={MARGIN.top + plot + 14} textAnchor="middle">
              {formatValue(tick)}
            </text>
            <text x={MARGIN.left - 5} y={y(tick) + 4} textAnchor="end">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        <line className="predicted-vs-actual__diagonal" x1={x(domain[0])} y1={y(domain[0])} x2={x(domain[1])} y2={y(domain[1])} />
        {Array.from(fit.actual, (actual, i) => (
          <circle key={i} cx={x(actual)} cy={y(fit.predicted[i]!)} r={2.4} />
        ))}
        <text className="predicted-vs-actual__label" x={MARGIN.left + plot / 2} y={MARGIN.top + plot + 30} textAnchor="middle">
          actual {target}
        </text>
        <text className="predicted-vs-actual__label" transform={`translate(10 ${MARGIN.top + plot / 2}) rotate(-90)`} textAnchor="middle">
          predicted
        </text>
      </svg>
      <p className="predicted-vs-actual__summary">
        Predicted (up) against actual (across): {summary}.
      </p>
    </div>
  );
}
