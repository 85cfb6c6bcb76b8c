import { useEffect, useRef } from 'react';
import { formatValue } from '../charts/numberFormat.ts';
import { divergingPixels, largestMagnitude } from './heatmapColors.ts';

/** The heatmap's on-screen width; each cell is at least a pixel, and square where there is room. */
const MAX_WIDTH = 300;
const MAX_CELL = 24;

interface WeightHeatmapProps {
  /** Row-major `[rows][columns]`. */
  values: Float32Array;
  rows: number;
  columns: number;
  /** What the matrix is, for screen readers ("kernel of dense1"). */
  label: string;
}

/**
 * A matrix as coloured cells (blue negative, red positive, on a scale set by its largest
 * magnitude), drawn as one image on a canvas however many cells it has.
 */
export function WeightHeatmap({ values, rows, columns, label }: WeightHeatmapProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const limit = largestMagnitude(values);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.putImageData(new ImageData(divergingPixels(values, limit), columns, rows), 0, 0);
  }, [values, rows, columns, limit]);
  const cell = Math.max(1, Math.min(MAX_CELL, Math.floor(MAX_WIDTH / columns)));
  return (
    <figure className="weight-heatmap">
      <canvas
        ref={canvas}
        width={columns}
        height={rows}
        style={{ width: columns * cell, height: rows * cell }}
        role="img"
        aria-label={`${label}: ${rows} × ${columns}, from ${formatValue(-limit)} (blue) to ${formatValue(limit)} (red)`}
      />
      <figcaption>
        <span className="weight-heatmap__scale" aria-hidden="true" />
        <span>
          −{formatValue(limit)} … 0 … {formatValue(limit)}
        </span>
      </figcaption>
    </figure>
  );
}
