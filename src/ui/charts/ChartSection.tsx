import { useId, type ReactNode } from 'react';
import { ChartOptions } from './ChartOptions.tsx';
import './charts.css';

interface ChartSectionProps {
  title: string;
  /** Controls (log scale, smoothing), behind an "Options" button so the chart keeps the room. */
  controls?: ReactNode;
  /** What the chart shows, for the Options panel's "About" line. */
  about?: string;
  children: ReactNode;
}

/** A titled card holding one chart; the heading names the region for assistive technology. */
export function ChartSection({ title, controls, about, children }: ChartSectionProps) {
  const headingId = useId();
  return (
    <section className="chart-section" aria-labelledby={headingId}>
      <header className="chart-section__header">
        <h3 id={headingId}>{title}</h3>
        {(controls || about) && (
          <ChartOptions title={title}>
            {controls}
            {about && <p className="chart-options__about">{about}</p>}
          </ChartOptions>
        )}
      </header>
      {children}
    </section>
  );
}
