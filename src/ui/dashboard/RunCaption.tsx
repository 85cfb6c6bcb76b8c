import { useMainRun, useMainRunStale } from '../training/index.ts';
import type { StaleReason } from '../training/runsStore.ts';
import { STATUS_LABELS } from './runStatus.ts';

export const STALE_CAPTIONS: Record<StaleReason, string> = {
  graph: 'stale: the graph changed after this run',
  data: 'stale: the data changed after this run',
};

/** Which run the charts show and how it stands, or that they show no run yet. */
export function RunCaption() {
  const run = useMainRun();
  const stale = useMainRunStale();
  if (!run) return <p className="run-caption">No run yet: press Train.</p>;
  return (
    <p className="run-caption">
      <span className="run-swatch" style={{ background: run.color }} aria-hidden="true" />
      <span className="run-caption__name" title={run.name}>
        {run.name}
      </span>
      {stale ? (
        <span className="run-caption__stale">{STALE_CAPTIONS[stale]}</span>
      ) : (
        <span className="run-caption__status">{STATUS_LABELS[run.status]}</span>
      )}
    </p>
  );
}
