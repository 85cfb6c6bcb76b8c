import { useId, type ReactNode } from 'react';
import './charts.css';

interface ChartSectionProps {
  title: string;
  /** Controls shown beside the heading (log scale, smoothing). */
  controls?: ReactNode;
  children: ReactNode;
}

/** A titled card holding one chart; the heading names the region for assistive technology. */
export function ChartSection({ title, controls, children }: ChartSectionProps) {
  const headingId = useId();
  return (
    <section className="chart-section" aria-labelledby={headingId}>
      <header className="chart-section__header">
        <h3 id={headingId}>{title}</h3>
        {controls && <div className="chart-section__controls">{controls}</div>}
      </header>
      {children}
    </section>
  );
}
