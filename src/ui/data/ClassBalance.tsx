import { useId } from 'react';
import type { PlanSummary } from '../../worker/tableProtocol.ts';

/** How many kept rows each class has, as bars; for a regression, what it predicts. */
export function ClassBalance({ plan }: { plan: PlanSummary }) {
  const titleId = useId();
  const { description, classCounts } = plan;
  const target = plan.source.target;
  if (description.task === 'regression') {
    return (
      <p className="data-panel__note">
        Predicts <strong>{target}</strong> as a number (regression): standardised for training; errors are reported in its own units.
      </p>
    );
  }
  const total = classCounts.reduce((sum, count) => sum + count, 0);
  const largest = Math.max(...classCounts, 1);
  return (
    <div className="class-balance">
      <h4 id={titleId}>
        Class balance of {target} ({description.classes.length} classes)
      </h4>
      <ul aria-labelledby={titleId}>
        {description.classes.map((name, c) => {
          const count = classCounts[c] ?? 0;
          return (
            <li key={name}>
              <span className="class-balance__name" title={name}>
                {name}
              </span>
              <span className="class-balance__bar" aria-hidden="true">
                <span style={{ width: `${(100 * count) / largest}%` }} />
              </span>
              <span className="class-balance__count">
                {count.toLocaleString('en-US')} ({Math.round((100 * count) / Math.max(total, 1))} %)
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
