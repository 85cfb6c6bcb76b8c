import { memo, useId, useState, type CSSProperties } from 'react';
import { ChartSection } from '../../charts/ChartSection.tsx';
import type { ConfusionMatrix } from '../../training/index.ts';

type Mode = 'counts' | 'shares';

/**
 * The test split's confusion matrix: rows are the actual class, columns the predicted one; counts,
 * or each row's shares (the diagonal is each class's recall). Right answers are shaded blue,
 * mistakes red, by their share of the row. The numbers come from the engine.
 */
export const ConfusionMatrixView = memo(function ConfusionMatrixView({ matrix }: { matrix: ConfusionMatrix | null }) {
  const [mode, setMode] = useState<Mode>('counts');
  const controls = (
    <div className="segmented" role="group" aria-label="Confusion matrix values">
      <button type="button" aria-pressed={mode === 'counts'} onClick={() => setMode('counts')}>
        Counts
      </button>
      <button type="button" aria-pressed={mode === 'shares'} onClick={() => setMode('shares')}>
        Row %
      </button>
    </div>
  );
  return (
    <ChartSection title="Confusion matrix" controls={controls}>
      {matrix ? (
        <MatrixTable matrix={matrix} mode={mode} />
      ) : (
        <div className="metric-chart--empty">Appears once training starts: the test rows by actual and predicted class.</div>
      )}
    </ChartSection>
  );
});

function MatrixTable({ matrix, mode }: { matrix: ConfusionMatrix; mode: Mode }) {
  const { classes, counts, rowShares, total } = matrix;
  const k = classes.length;
  const aboutId = useId();
  return (
    <>
      <p id={aboutId} className="confusion-matrix__about">
        {total.toLocaleString('en-US')} test rows: rows are the actual class, columns the predicted one
        {mode === 'shares' ? '; each row adds up to 100 %' : ''}.
      </p>
      <div className="views-scroll" role="region" aria-label="Confusion matrix table" tabIndex={0}>
        <table className={k > 6 ? 'confusion-matrix confusion-matrix--dense' : 'confusion-matrix'} aria-describedby={aboutId}>
          <thead>
            <tr>
              <th scope="col" className="confusion-matrix__corner">
                actual ↓<br />
                predicted →
              </th>
              {classes.map((name) => (
                <th key={name} scope="col" title={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {classes.map((actual, a) => (
              <tr key={actual}>
                <th scope="row" title={actual}>
                  {actual}
                </th>
                {classes.map((predicted, p) => {
                  const share = rowShares[a * k + p]!;
                  const text = mode === 'counts' ? counts[a * k + p]!.toLocaleString('en-US') : `${Math.round(share * 100)} %`;
                  return (
                    <td key={predicted} style={cellStyle(share, a === p)}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Blue for the right answers, red for mistakes, as strong as the cell's share of its row. */
function cellStyle(share: number, right: boolean): CSSProperties {
  const rgb = right ? '37, 99, 235' : '220, 38, 38';
  return { background: `rgba(${rgb}, ${(0.08 + 0.82 * share).toFixed(3)})`, color: share > 0.55 ? '#fff' : undefined };
}
