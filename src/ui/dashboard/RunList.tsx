import { useId } from 'react';
import { formatValue } from '../charts/numberFormat.ts';
import type { RunRecord, RunStatus } from '../training/runTypes.ts';

const STATUS_LABELS: Record<RunStatus, string> = {
  idle: 'ready',
  running: 'training',
  paused: 'paused',
  done: 'finished',
  diverged: 'diverged',
  crashed: 'crashed',
};

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

/** Every run, finished ones too: each can be overlaid in the comparison or removed. */
export function RunList({ runs, mainRunId, overlaid, onOverlayChange, onRemove }: RunListProps) {
  const headingId = useId();
  if (runs.length === 0) return null;
  return (
    <section className="run-list" aria-labelledby={headingId}>
      <h3 id={headingId}>Runs</h3>
      <ul>
        {runs.map((run) => (
          <li key={run.id} className="run-list__item">
            <label className="run-list__overlay">
              <input
                type="checkbox"
                checked={overlaid.has(run.id)}
                onChange={(event) => onOverlayChange(run.id, event.target.checked)}
                aria-label={`Overlay run ${run.name}`}
              />
              <span className="run-swatch" style={{ background: run.color }} aria-hidden="true" />
              <span className="run-list__name">{run.name}</span>
            </label>
            {run.id === mainRunId && <span className="run-list__tag">editor</span>}
            <span className={`run-status run-status--${run.status}`} title={run.message}>
              {STATUS_LABELS[run.status]}
            </span>
            <span className="run-list__loss">{latestLossText(run)}</span>
            <button type="button" className="run-list__remove" aria-label={`Remove run ${run.name}`} onClick={() => onRemove(run.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
