import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A chart's settings behind a small "options" button (a disclosure), laid over the chart while open.
 * Escape or a click elsewhere closes it.
 */
export function ChartOptions({ title, children }: { title: string; children: ReactNode }) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = detailsRef.current;
    if (!details) return;
    const closeOutside = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, []);
  return (
    <details
      ref={detailsRef}
      className="chart-options"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !detailsRef.current?.open) return;
        detailsRef.current.open = false;
        detailsRef.current.querySelector('summary')?.focus();
      }}
    >
      <summary aria-label={`${title} options`} title="Options">
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path
            fill="currentColor"
            d="M2 4h8.3a2 2 0 0 1 3.4 0H14v1.5h-.3a2 2 0 0 1-3.4 0H2zm0 6.5h.3a2 2 0 0 1 3.4 0H14V12H5.7a2 2 0 0 1-3.4 0H2z"
          />
        </svg>
      </summary>
      <div className="chart-options__panel">{children}</div>
    </details>
  );
}
