import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AxisTickLabel } from '../charts/AxisTickLabel.tsx';
import { GIVEN_TICKS, logAxis } from '../charts/axisTicks.ts';
import { formatLogTick, formatPercent, formatValue } from '../charts/numberFormat.ts';
import { GRID_COLOR } from '../charts/palette.ts';
import { SWEEP_ACTIVATIONS, SWEEP_DEPTHS, type SweepLine } from './depthSweep.ts';

/** Okabe–Ito: sigmoid vermillion, tanh blue, ReLU bluish green (as in the comparison). */
export const SWEEP_COLORS = { sigmoid: '#D55E00', tanh: '#0072B2', relu: '#009E73' } as const;
const NAMES = { sigmoid: 'Sigmoid', tanh: 'Tanh', relu: 'ReLU' } as const;
const MARGIN = { top: 6, right: 16, bottom: 4, left: 0 };
const FRACTION_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** Rows of the chart's data, one per depth: each activation's value there (undefined where it has none). */
function rows(lines: readonly SweepLine[], read: (point: SweepLine['points'][number]) => number | null) {
  return SWEEP_DEPTHS.map((depth) => {
    const row: Record<string, number | undefined> = { depth };
    for (const line of lines) {
      const value = line.points.find((point) => point.depth === depth);
      row[line.fn] = value ? (read(value) ?? undefined) : undefined;
    }
    return row;
  });
}

interface SweepChartProps {
  lines: readonly SweepLine[];
  metric: 'gradientRatio' | 'testAccuracy';
  label: string;
}

/**
 * One of the sweep's two figures against depth: the first layer's gradient relative to the
 * last's (log axis), or the final test accuracy. Few points that change once per finished run,
 * so recharts draws the lines and its tooltip gives the hover values. It fills its box.
 */
export function DepthSweepChart({ lines, metric, label }: SweepChartProps) {
  const data = rows(lines, (point) => point[metric]);
  const ratios = data.flatMap((row) => SWEEP_ACTIVATIONS.map((fn) => row[fn]).filter((value): value is number => value !== undefined && value > 0));
  const log = metric === 'gradientRatio';
  const axis = log ? logAxis(Math.min(...ratios, 0.1), Math.max(...ratios, 1), 6) : { ticks: FRACTION_TICKS, domain: [0, 1] as [number, number] };
  const format = log ? formatValue : formatPercent;
  return (
    <div className="chart-plot" role="img" aria-label={`${label} against depth: ${lines.map((line) => `${NAMES[line.fn]} ${line.points.map((p) => `${p.depth}: ${p[metric] === null ? 'none' : format(p[metric]!)}`).join(', ')}`).join('; ')}`}>
      <ResponsiveContainer width="100%" height="100%" minHeight={80}>
        <LineChart data={data} margin={MARGIN}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          <XAxis dataKey="depth" type="number" domain={[0, 20]} ticks={[...SWEEP_DEPTHS]} {...GIVEN_TICKS} tick={AxisTickLabel} stroke={GRID_COLOR} />
          <YAxis
            scale={log ? 'log' : 'linear'}
            domain={axis.domain}
            ticks={axis.ticks}
            {...GIVEN_TICKS}
            tickFormatter={log ? formatLogTick : formatPercent}
            tick={AxisTickLabel}
            width={52}
            stroke={GRID_COLOR}
          />
          <Tooltip formatter={(value) => format(Number(value))} labelFormatter={(depth) => `${depth} hidden layers`} />
          <Legend />
          {SWEEP_ACTIVATIONS.map((fn) => (
            <Line key={fn} dataKey={fn} name={NAMES[fn]} stroke={SWEEP_COLORS[fn]} strokeWidth={2} isAnimationActive={false} connectNulls />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
