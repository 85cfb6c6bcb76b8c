import { memo, useEffect, useRef } from 'react';
import type { BoundarySnapshot } from '../training/runTypes.ts';
import { boundaryPixels, labelCss, toCanvas, valueRange } from './boundaryImage.ts';
import { ChartSection } from './ChartSection.tsx';

/** CSS size of the square plot. */
const SIZE = 260;
const POINT_RADIUS = 3;

function drawPoints(
  context: CanvasRenderingContext2D,
  snapshot: BoundarySnapshot,
  points: BoundarySnapshot['train'],
  outline: string,
  range: { min: number; max: number },
) {
  context.lineWidth = 1;
  context.strokeStyle = outline;
  points.labels.forEach((label, i) => {
    const [x, y] = toCanvas(points.xy[2 * i]!, points.xy[2 * i + 1]!, snapshot.extent, SIZE);
    context.beginPath();
    context.arc(x, y, POINT_RADIUS, 0, 2 * Math.PI);
    context.fillStyle = labelCss(label, snapshot.classes, range);
    context.fill();
    context.stroke();
  });
}

function draw(canvas: HTMLCanvasElement, snapshot: BoundarySnapshot) {
  const pixelRatio = window.devicePixelRatio || 1;
  canvas.width = SIZE * pixelRatio;
  canvas.height = SIZE * pixelRatio;
  const context = canvas.getContext('2d');
  if (!context) return;
  const range = valueRange(snapshot);
  // The grid is a few dozen cells wide: paint it 1:1 on a small canvas, then let the browser scale it up smoothly.
  const grid = new OffscreenCanvas(snapshot.resolution, snapshot.resolution);
  grid.getContext('2d')?.putImageData(new ImageData(boundaryPixels(snapshot, range), snapshot.resolution), 0, 0);
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.imageSmoothingEnabled = true;
  context.drawImage(grid, 0, 0, SIZE, SIZE);
  drawPoints(context, snapshot, snapshot.train, '#ffffff', range);
  drawPoints(context, snapshot, snapshot.test, '#111827', range);
}

/**
 * The network's output over the 2-D input plane, with train points (white outline) and test
 * points (dark outline) on top, as TensorFlow Playground draws it.
 */
export const DecisionBoundary = memo(function DecisionBoundary({ snapshot }: { snapshot: BoundarySnapshot | undefined }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvasRef.current && snapshot) draw(canvasRef.current, snapshot);
  }, [snapshot]);
  return (
    <ChartSection title="Decision boundary">
      {snapshot ? (
        <div className="decision-boundary">
          <canvas
            ref={canvasRef}
            style={{ width: SIZE, height: SIZE }}
            role="img"
            aria-label="Decision boundary: the network's output over the input plane, with the training and test points"
          />
          <ul className="decision-boundary__key">
            <li><span className="point-swatch point-swatch--train" aria-hidden="true" /> train</li>
            <li><span className="point-swatch point-swatch--test" aria-hidden="true" /> test</li>
            {snapshot.classNames?.map((name, c) => (
              <li key={name}>
                <span className="class-swatch" style={{ background: labelCss(c, snapshot.classes, valueRange(snapshot)) }} aria-hidden="true" /> {name}
              </li>
            ))}
            <li className="decision-boundary__note">Colour shows what the network predicts at each point of the plane.</li>
          </ul>
        </div>
      ) : (
        <div className="metric-chart metric-chart--empty">Appears for 2-D datasets once training starts.</div>
      )}
    </ChartSection>
  );
});
