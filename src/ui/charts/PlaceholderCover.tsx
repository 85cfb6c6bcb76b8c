import type { ReactNode } from 'react';

interface PlaceholderCoverProps {
  /** True while the chart has nothing to show: the message covers it. */
  empty: boolean;
  emptyMessage: string;
  /** What the chart shows, for screen readers, once it shows something. */
  label: string;
  children: ReactNode;
}

/**
 * A chart kept mounted and sized under a message while it has nothing to show. Mounting or
 * resizing a recharts chart is a long task, better done with the page than when training starts.
 * Once drawn it is a `figure` named by `label`, not an `img`: an image's content is
 * presentational, and a chart holds a focusable crosshair.
 */
export function PlaceholderCover({ empty, emptyMessage, label, children }: PlaceholderCoverProps) {
  return (
    <div className="placeholder-cover" role={empty ? undefined : 'figure'} aria-label={empty ? undefined : label}>
      {empty && <div className="placeholder-cover__message">{emptyMessage}</div>}
      <div className="placeholder-cover__chart" aria-hidden={empty || undefined} style={empty ? { visibility: 'hidden' } : undefined}>
        {children}
      </div>
    </div>
  );
}
