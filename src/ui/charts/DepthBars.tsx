import { Bar, BarChart, CartesianGrid, Rectangle, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { AxisTickLabel } from './AxisTickLabel.tsx';
import { GIVEN_TICKS, logAxis } from './axisTicks.ts';
import { formatLogTick, formatValue } from './numberFormat.ts';
import { depthColor, GRID_COLOR } from './palette.ts';
import { PlaceholderCover } from './PlaceholderCover.tsx';
import { useStableAxis } from './useStableAxis.ts';

/**
 * The axis always spans at least a million-fold, so healthy layers within a few times of each
 * other stand level instead of being stretched into a misleading staircase.
 */
const MIN_SPAN = 1e6;

/** Drawn, hidden, before there are norms, so the bars' code has run once before training starts. */
const PLACEHOLDER_NORMS: readonly number[] = [1e-4, 1e-3, 1e-2, 1e-1];

function DepthColoredBar(props: BarShapeProps) {
  return <Rectangle {...props} fill={props.payload.color} />;
}

/**
 * The latest gradient norm of each dense layer as bars on a log axis, first layer on the
 * left: a vanishing gradient is a staircase down towards the input. The values are in the
 * wrapper's label, so recharts' keyboard layer is off.
 */
export function DepthBars({ norms }: { norms: readonly number[] }) {
  const empty = !norms.some((norm) => norm > 0);
  const shown = empty ? PLACEHOLDER_NORMS : norms;
  const positive = shown.filter((norm) => norm > 0);
  const largest = Math.max(...positive);
  const { ticks, domain } = useStableAxis(logAxis(Math.min(...positive, largest / MIN_SPAN), largest, 4));
  const bars = shown.map((norm, layer) => ({ layer: layer + 1, norm, color: depthColor(layer, shown.length) }));
  return (
    <figure className="depth-bars">
      {!empty && <figcaption>By depth, now: layer 1 is next to the input, layer {norms.length} the output</figcaption>}
      <PlaceholderCover
        empty={empty}
        emptyMessage="The latest gradient of each layer, by depth, appears here while training."
        label={`Latest gradient norm of each dense layer, first to last: ${norms.map(formatValue).join(', ')}`}
      >
        <ResponsiveContainer width="100%" height={120}>
          <BarChart
            data={bars}
            margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
            barCategoryGap="18%"
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={GRID_COLOR} vertical={false} />
            <XAxis dataKey="layer" tick={AxisTickLabel} stroke={GRID_COLOR} interval={0} />
            <YAxis
              scale="log"
              domain={domain}
              ticks={ticks}
              {...GIVEN_TICKS}
              tickFormatter={formatLogTick}
              tick={AxisTickLabel}
              width={52}
              stroke={GRID_COLOR}
            />
            <Bar dataKey="norm" isAnimationActive={false} minPointSize={1} shape={DepthColoredBar} />
          </BarChart>
        </ResponsiveContainer>
      </PlaceholderCover>
    </figure>
  );
}
