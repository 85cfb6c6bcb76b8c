import { memo, useMemo } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { RunRecord } from '../training/runTypes.ts';
import { describeBar, stuckBars, type StuckBar } from './activationHealth.ts';
import { AxisTickLabel } from './AxisTickLabel.tsx';
import { GIVEN_TICKS } from './axisTicks.ts';
import { ChartSection } from './ChartSection.tsx';
import { LayerBars } from './DepthBars.tsx';
import { formatPercent } from './numberFormat.ts';
import { GRID_COLOR } from './palette.ts';
import { PlaceholderCover } from './PlaceholderCover.tsx';

/** Saturated outputs in orange, dead units in purple (apart for colour-blind eyes too). */
export const STUCK_COLORS = { saturated: '#E69F00', dead: '#7c3aed' } as const;
const MARGIN = { top: 4, right: 16, bottom: 0, left: 0 };
const FRACTION_TICKS = [0, 0.5, 1];
const FRACTION_DOMAIN = [0, 1];

const barHeight = (bar: StuckBar) => bar.fraction;
const barColor = (bar: StuckBar) => (bar.kind === null ? null : STUCK_COLORS[bar.kind]);

/**
 * Per activation node, by depth (first on the left): the fraction of its outputs in the flat
 * tails (tanh, sigmoid) or of its units dead for the whole last epoch (ReLUs), from the latest statistics.
 */
export const ActivationBars = memo(function ActivationBars({ run }: { run: RunRecord | undefined }) {
  const latest = run?.probes.at(-1);
  const bars = useMemo(() => stuckBars(run?.activations ?? [], latest?.activationStats ?? []), [run?.activations, latest]);
  // The chart's data is the list of layers alone, the same for a whole run: new data would re-run recharts' whole store.
  const layers = useMemo(() => Array.from({ length: bars.length }, (_, i) => ({ layer: i + 1 })), [bars.length]);
  const empty = !latest || bars.length === 0;
  return (
    <ChartSection
      title="Stuck units"
      about="For each activation node, first layer on the left: the share of its outputs in a flat tail (tanh, sigmoid), or of its units dead for the whole last epoch (ReLU). Stuck units pass back almost no gradient."
    >
      <div className="chart-plot">
        <PlaceholderCover
          empty={empty}
          emptyMessage="How many units of each activation are saturated or dead appears here while training."
          label={`Stuck units of each activation node, first to last: ${bars.map(describeBar).join('; ')}`}
        >
          <ResponsiveContainer width="100%" height="100%" minHeight={60}>
            <BarChart data={layers} margin={MARGIN} accessibilityLayer={false}>
              <CartesianGrid stroke={GRID_COLOR} vertical={false} />
              <XAxis dataKey="layer" tick={AxisTickLabel} stroke={GRID_COLOR} interval={0} />
              <YAxis domain={FRACTION_DOMAIN} ticks={FRACTION_TICKS} {...GIVEN_TICKS} tickFormatter={formatPercent} tick={AxisTickLabel} width={44} stroke={GRID_COLOR} />
              <LayerBars items={bars} value={barHeight} color={barColor} title={describeBar} />
            </BarChart>
          </ResponsiveContainer>
        </PlaceholderCover>
      </div>
      <p className="activation-bars__key">
        By depth, now: <span className="legend-swatch" style={{ background: STUCK_COLORS.saturated }} aria-hidden="true" /> saturated{' '}
        <span className="legend-swatch" style={{ background: STUCK_COLORS.dead }} aria-hidden="true" /> dead
      </p>
    </ChartSection>
  );
});
