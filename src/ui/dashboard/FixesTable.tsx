import { useId } from 'react';
import { GRADIENT_THRESHOLDS } from '../charts/gradientHealth.ts';
import { formatValue } from '../charts/numberFormat.ts';
import { useRuns } from '../training/index.ts';
import { SOFTENING_FACTOR, gradientRatio, gradientVerdict, verdictLabel, type FixRun, type GradientRatio } from './fixesExperiment.ts';

/** One run the experiment started: its id in the runs store and what it is. */
export interface LaunchedFix {
  id: string;
  run: FixRun;
}

/** The ratio bar's log scale: 10⁻⁸ (empty) to 10¹ (full). */
const BAR_DECADES = { min: -8, max: 1 } as const;

function barFraction(ratio: number): number {
  const decades = Math.log10(ratio);
  return Math.min(1, Math.max(0, (decades - BAR_DECADES.min) / (BAR_DECADES.max - BAR_DECADES.min)));
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/**
 * Per run of "Compare fixes": the first hidden dense layer's gradient norm relative to the last
 * hidden one's, now and at the first step, on a log bar with the vanishing threshold marked, and
 * what the fix did, with why. Runs removed from the run list drop out.
 */
export function FixesTable({ launched }: { launched: readonly LaunchedFix[] }) {
  const noteId = useId();
  const records = useRuns();
  const rows = launched.flatMap(({ id, run }) => {
    const record = records.find((candidate) => candidate.id === id);
    return record ? [{ id, run, ratio: gradientRatio(record, run) }] : [];
  });
  if (rows.length === 0) return null;
  const asIs = rows.find(({ run }) => run.fix === 'as_is')?.ratio.recent ?? null;
  return (
    <>
      <ul className="fixes-table" aria-describedby={noteId}>
        {rows.map(({ id, run, ratio }) => (
          <FixRow key={id} run={run} ratio={ratio} asIs={asIs} />
        ))}
      </ul>
      <p id={noteId} className="fixes-table__note">
        Gradient ratio: the first hidden dense layer’s gradient norm ÷ the last hidden layer’s (median of the latest
        steps). Restores: at least {formatValue(GRADIENT_THRESHOLDS.vanishingRatio)}, the level the gradient chart
        warns at. Only softens: below that, but at least {SOFTENING_FACTOR}× the network as it is.
      </p>
    </>
  );
}

function FixRow({ run, ratio, asIs }: { run: FixRun; ratio: GradientRatio; asIs: number | null }) {
  const verdict = ratio.recent === null ? null : gradientVerdict(ratio.recent, asIs, run.fix);
  return (
    <li className="fixes-table__run">
      <div className="fixes-table__head">
        <span className="run-swatch" style={{ background: run.color }} aria-hidden="true" />
        <span className="fixes-table__name">{run.name}</span>
        {verdict && <span className={`fixes-table__verdict fixes-table__verdict--${verdict}`}>{verdictLabel(verdict, run.fix)}</span>}
      </div>
      {ratio.recent === null ? (
        <p className="fixes-table__ratio">Waiting for the first step…</p>
      ) : (
        <>
          <p className="fixes-table__ratio">
            Gradient ratio <strong>{formatValue(ratio.recent)}</strong>
            {ratio.initial !== null && <span className="fixes-table__initial"> (at step 1: {formatValue(ratio.initial)})</span>}
          </p>
          <div className="fixes-table__bar" aria-hidden="true">
            <span className="fixes-table__fill" style={{ width: percent(barFraction(ratio.recent)), background: run.color }} />
            <span className="fixes-table__threshold" style={{ left: percent(barFraction(GRADIENT_THRESHOLDS.vanishingRatio)) }} />
          </div>
        </>
      )}
      <p className="fixes-table__why">{run.why}</p>
    </li>
  );
}
