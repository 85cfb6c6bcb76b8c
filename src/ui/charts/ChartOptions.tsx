import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A chart's settings behind a small "options" button (the disclosure pattern), laid over the
 * chart while open. Escape or a click elsewhere closes it.
 */
export function ChartOptions({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);
  return (
    <div
      ref={rootRef}
      className="chart-options"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="chart-options__button"
        aria-label={`${title} options`}
        aria-expanded={open}
        aria-controls={panelId}
        title="Options"
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path
            fill="currentColor"
            d="M2 4h8.3a2 2 0 0 1 3.4 0H14v1.5h-.3a2 2 0 0 1-3.4 0H2zm0 6.5h.3a2 2 0 0 1 3.4 0H14V12H5.7a2 2 0 0 1-3.4 0H2z"
          />
        </svg>
      </button>
      <div id={panelId} className="chart-options__panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
