/** One plotted point: x is the training step (or epoch), y the value. */
export interface XY {
  x: number;
  y: number;
}

/**
 * Several lines sampled at the same x (e.g. every layer's gradient norm at one step): each
 * line's value there, or null where that line has none.
 */
export interface Row {
  x: number;
  values: readonly (number | null)[];
}

/** A few hundred points per line is more than a 400-px-wide chart can show. */
export const MAX_POINTS_PER_SERIES = 200;

/**
 * Reduces rows to at most `maxPoints` with Largest-Triangle-Three-Buckets, which keeps the
 * first and last rows and the visible peaks, so a million-step run draws as fast as a short
 * one. With several lines a bucket keeps the row whose triangles are largest summed over the
 * lines, so the lines keep sharing their x values: a chart of them has one row per x, not one
 * per line and x. With `logY` (values must then be positive) triangles are measured in log
 * space, or tiny values would lose their shape.
 */
export function downsampleRows<R extends Row>(rows: readonly R[], maxPoints = MAX_POINTS_PER_SERIES, { logY = false } = {}): R[] {
  if (rows.length <= maxPoints || maxPoints < 3) return rows.slice();
  const scale = logY ? Math.log10 : (value: number) => value;
  const bucketSize = (rows.length - 2) / (maxPoints - 2);
  const bucketStart = (bucket: number) => Math.min(Math.floor(bucket * bucketSize) + 1, rows.length - 1);
  const kept: R[] = [rows[0]!];
  for (let bucket = 0; bucket < maxPoints - 2; bucket++) {
    const a = scaled(kept.at(-1)!, scale);
    const c = averageOf(rows, bucketStart(bucket + 1), Math.max(bucketStart(bucket + 2), bucketStart(bucket + 1) + 1), scale);
    let best = rows[bucketStart(bucket)]!;
    let bestArea = -1;
    for (let i = bucketStart(bucket); i < bucketStart(bucket + 1); i++) {
      const b = rows[i]!;
      let area = 0;
      for (let line = 0; line < b.values.length; line++) {
        const ay = a.values[line];
        const value = b.values[line];
        const cy = c.values[line];
        if (ay == null || value == null || cy == null) continue;
        area += Math.abs((a.x - c.x) * (scale(value) - ay) - (a.x - b.x) * (cy - ay));
      }
      if (area > bestArea) {
        bestArea = area;
        best = rows[i]!;
      }
    }
    kept.push(best);
  }
  kept.push(rows.at(-1)!);
  return kept;
}

function scaled(row: Row, scale: (value: number) => number): Row {
  return { x: row.x, values: row.values.map((value) => (value == null ? null : scale(value))) };
}

/** The mean x and, per line, the mean scaled value of rows[start, end) (null for a line with none there). */
function averageOf(rows: readonly Row[], start: number, end: number, scale: (value: number) => number): Row {
  const lineCount = rows[start]!.values.length;
  const totals = new Float64Array(lineCount);
  const counts = new Uint32Array(lineCount);
  let x = 0;
  for (let i = start; i < end; i++) {
    const { values } = rows[i]!;
    x += rows[i]!.x;
    for (let line = 0; line < lineCount; line++) {
      const value = values[line];
      if (value == null) continue;
      totals[line] += scale(value);
      counts[line] += 1;
    }
  }
  return { x: x / (end - start), values: Array.from(totals, (total, line) => (counts[line]! > 0 ? total / counts[line]! : null)) };
}
