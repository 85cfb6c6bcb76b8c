import { useId } from 'react';
import { formatValue } from '../charts/numberFormat.ts';
import type { RunRecord } from '../training/runTypes.ts';
import { STATUS_LABELS } from './runStatus.ts';

/** The last finite loss: a diverged run shows where it was before it blew up. */
function latestLossText(run: RunRecord): string {
  const latest = run.loss.findLast((point) => Number.isFinite(point.loss));
  return latest ? `loss ${formatValue(latest.loss)}` : '';
}

interface RunListProps {
  runs: readonly RunRecord[];
  mainRunId: string | undefined;
  overlaid: ReadonlySet<string>;
  onOverlayChange: (runId: string, overlaid: boolean) => void;
  onRemove: (runId: string) => void;
}

/** Every run, finished ones too: each can be ticked into the comparison, or removed. */
export function RunList({ runs, mainRunId, overlaid, onOverlayChange, onRemove }: RunListProps) {
  const headingId = useId();
  if (runs.length === 0) return null;
  return (
    <section className="run-list" aria-labelledby={headingId}>
      <h3 id={headingId}>Runs</h3>
      <ul>
        {runs.map((run) => (
          <li key={run.id} className="run-list__item">
            <label className="run-list__overlay" title={run.name}>
              <input
                type="checkbox"
                checked={overlaid.has(run.id)}
                onChange={(event) => onOverlayChange(run.id, event.target.checked)}
                aria-label={`Compare run ${run.name}`}
              />
              <span className="run-swatch" style={{ background: run.color }} aria-hidden="true" />
              <span className="run-list__name">{run.name}</span>
            </label>
            <span className="run-list__facts">
              {run.id === mainRunId && <span className="run-list__tag">charts</span>}
              <span className={`run-status run-status--${run.status}`} title={run.message}>
                {STATUS_LABELS[run.status]}
              </span>
              <span className="run-list__loss">{latestLossText(run)}</span>
            </span>
            <button type="button" className="run-list__remove" aria-label={`Remove run ${run.name}`} onClick={() => onRemove(run.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
