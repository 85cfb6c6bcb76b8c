import { memo, useEffect, useRef } from 'react';
import { ChartSection } from '../../charts/ChartSection.tsx';
import type { DigitSamples } from '../../training/index.ts';

/**
 * Test digits with what the network reads in them, the misclassified ones first (in red, with the
 * right answer beside), as the engine picked them.
 */
export const DigitGrid = memo(function DigitGrid({ digits }: { digits: DigitSamples | null }) {
  return (
    <ChartSection title="Test digits">
      {digits ? (
        <>
          <p className="digit-grid__summary">
            {digits.misclassified.toLocaleString('en-US')} of {digits.total.toLocaleString('en-US')} test digits misclassified
            {digits.misclassified > 0 ? ', shown first' : ''}. Under each: the network’s answer; in red, a mistake, with the right digit in brackets.
          </p>
          <ul className="digit-grid">
            {Array.from(digits.actual, (actual, i) => (
              <Digit key={i} digits={digits} index={i} actual={actual} predicted={digits.predicted[i]!} />
            ))}
          </ul>
        </>
      ) : (
        <div className="metric-chart--empty">Appears once training starts: test digits with the network’s answer, mistakes first.</div>
      )}
    </ChartSection>
  );
});

function Digit({ digits, index, actual, predicted }: { digits: DigitSamples; index: number; actual: number; predicted: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const wrong = actual !== predicted;
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (context) context.putImageData(digitImage(digits, index), 0, 0);
  }, [digits, index]);
  return (
    <li className={wrong ? 'digit digit--wrong' : 'digit'} aria-label={wrong ? `read as ${predicted}, actually ${actual}` : `read as ${predicted}, right`}>
      <canvas ref={canvas} width={digits.width} height={digits.height} aria-hidden="true" />
      <span aria-hidden="true">
        {predicted}
        {wrong && <small> ({actual})</small>}
      </span>
    </li>
  );
}

/** One picture, dark ink on white (the data has 255 for ink). */
function digitImage({ width, height, pixels }: DigitSamples, index: number): ImageData {
  const size = width * height;
  const image = new ImageData(width, height);
  for (let p = 0; p < size; p++) {
    const grey = 255 - pixels[index * size + p]!;
    image.data.set([grey, grey, grey, 255], p * 4);
  }
  return image;
}
