import { formatValue } from '../charts/numberFormat.ts';
import type { Histogram } from '../training/index.ts';

const WIDTH = 300;
const HEIGHT = 90;

/** An activation's outputs on its latest sampled batch, as bars of equal width from min to max. */
export function OutputHistogram({ histogram, label }: { histogram: Histogram; label: string }) {
  const { counts, min, max } = histogram;
  if (counts.length === 0) return <p className="inspector__note">No outputs yet: take a step.</p>;
  const tallest = Math.max(...counts, 1);
  const barWidth = WIDTH / counts.length;
  return (
    <figure className="output-histogram">
      <svg width={WIDTH} height={HEIGHT + 16} role="img" aria-label={`${label}: outputs from ${formatValue(min)} to ${formatValue(max)}, counts ${counts.join(', ')}`}>
        {counts.map((count, i) => {
          const height = (count / tallest) * HEIGHT;
          return <rect key={i} x={i * barWidth + 0.5} y={HEIGHT - height} width={barWidth - 1} height={height} fill="#6366f1" />;
        })}
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} stroke="#cbd5e1" />
        <text x={0} y={HEIGHT + 13} fontSize={11} fill="#64748b">
          {formatValue(min)}
        </text>
        <text x={WIDTH} y={HEIGHT + 13} fontSize={11} fill="#64748b" textAnchor="end">
          {formatValue(max)}
        </text>
      </svg>
    </figure>
  );
}
