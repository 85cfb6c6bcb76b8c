import { useMemo } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, usePlotArea, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
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
const MARGIN = { top: 4, right: 4, bottom: 0, left: 0 };

/** The gap on each side of a bar, as a fraction of the room each layer has. */
const BAR_GAP = 0.18;
/** A layer whose norm is far below the axis, or zero, still shows as a sliver. */
const MIN_BAR_HEIGHT = 1;

/**
 * A bar in the band from `start` to `end` (pixels), rising from `bottom` to `valueY`, the pixel
 * height of its value (`undefined` or not finite where the log axis cannot place it, e.g. for 0).
 */
export function barRect(start: number, end: number, valueY: number | undefined, bottom: number) {
  const gap = (end - start) * BAR_GAP;
  const top = valueY !== undefined && Number.isFinite(valueY) ? Math.min(valueY, bottom - MIN_BAR_HEIGHT) : bottom - MIN_BAR_HEIGHT;
  return { x: start + gap, y: top, width: end - start - 2 * gap, height: bottom - top };
}

interface LayerBarsProps<T> {
  /** One per layer, first layer first; bar k stands at x = k + 1. */
  items: readonly T[];
  /** The bar's height on the y axis (undefined: a sliver). */
  value(item: T): number | undefined;
  /** The bar's colour; null for a layer without a bar. */
  color(item: T, layer: number): string | null;
  /** What hovering the bar shows (a `<title>`), if anything. */
  title?(item: T, layer: number): string | undefined;
  className?: string;
}

/**
 * One bar per layer, drawn by us on the chart's scales. Recharts' own `<Bar>` takes its values
 * as chart data, and new data re-runs the chart's whole store on every redraw while training;
 * here the chart's data is only the list of layers, which stays the same for a whole run.
 */
export function LayerBars<T>({ items, value, color, title, className }: LayerBarsProps<T>) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plotArea = usePlotArea();
  if (!x || !y || !plotArea) return null;
  return items.map((item, layer) => {
    const start = x(layer + 1, { position: 'start' });
    const end = x(layer + 1, { position: 'end' });
    const fill = color(item, layer);
    if (start === undefined || end === undefined || fill === null) return null;
    const height = value(item);
    const rect = barRect(start, end, height === undefined ? undefined : y(height), plotArea.y + plotArea.height);
    const tooltip = title?.(item, layer);
    return (
      <rect key={layer} className={className} {...rect} fill={fill}>
        {tooltip !== undefined && <title>{tooltip}</title>}
      </rect>
    );
  });
}

/**
 * The latest gradient norm of each dense layer as bars on a log axis, from the layer next to
 * the input (by depth; branches at the same depth side by side) to the output: a vanishing
 * gradient is a staircase down towards the input. The layer ids and values are in the
 * wrapper's label, so recharts' keyboard layer is off.
 */
export function DepthBars({ norms, layerIds }: { norms: readonly number[]; layerIds: readonly string[] }) {
  const empty = !norms.some((norm) => norm > 0);
  const shown = empty ? PLACEHOLDER_NORMS : norms;
  const positive = shown.filter((norm) => norm > 0);
  const largest = Math.max(...positive);
  const { ticks, domain } = useStableAxis(logAxis(Math.min(...positive, largest / MIN_SPAN), largest, 4));
  const layers = useMemo(() => Array.from({ length: shown.length }, (_, layer) => ({ layer: layer + 1 })), [shown.length]);
  return (
    <figure className="depth-bars">
      <figcaption title={`Layer 1 is next to the input, layer ${Math.max(norms.length, 1)} the output`}>Now, by layer</figcaption>
      <PlaceholderCover
        empty={empty}
        emptyMessage="Each layer's latest gradient, by depth"
        label={`Latest gradient norm of each dense layer, first to last: ${norms.map((norm, i) => `${layerIds[i] ?? `layer ${i + 1}`} ${formatValue(norm)}`).join(', ')}`}
      >
        <ResponsiveContainer width="100%" height="100%" minHeight={60}>
          <BarChart data={layers} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID_COLOR} vertical={false} />
            <XAxis dataKey="layer" tick={AxisTickLabel} stroke={GRID_COLOR} interval="preserveStartEnd" />
            <YAxis
              scale="log"
              domain={domain}
              ticks={ticks}
              {...GIVEN_TICKS}
              tickFormatter={formatLogTick}
              tick={AxisTickLabel}
              width={40}
              stroke={GRID_COLOR}
            />
            <LayerBars
              items={shown}
              value={(norm) => (norm > 0 ? norm : undefined)}
              color={(_, layer) => depthColor(layer, shown.length)}
              title={(norm, layer) => (layerIds[layer] === undefined ? undefined : `${layerIds[layer]}: ${formatValue(norm)}`)}
              className="depth-bars__bar"
            />
          </BarChart>
        </ResponsiveContainer>
      </PlaceholderCover>
    </figure>
  );
}
