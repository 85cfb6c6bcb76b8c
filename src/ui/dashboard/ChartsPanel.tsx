import { useRef, type KeyboardEvent } from 'react';
import { ComparisonPanel } from './ComparisonPanel.tsx';
import { showChartsTab, useChartsTab, useOverlaid, type ChartsTab } from './dashboardStore.ts';
import { RunCaption } from './RunCaption.tsx';
import { RunCharts } from './RunCharts.tsx';

const TABS: readonly ChartsTab[] = ['run', 'comparison'];
const tabId = (tab: ChartsTab) => `charts-tab-${tab}`;
const panelId = (tab: ChartsTab) => `charts-panel-${tab}`;

/**
 * The charts under the canvas, in two tabs (the ARIA tabs pattern: arrow keys move between
 * them): "This run", the main run's charts side by side, and "Comparison", where overlaid runs
 * and the depth experiment go. Both stay mounted, so a chart keeps its state and size.
 */
export function ChartsPanel() {
  const tab = useChartsTab();
  const compared = useOverlaid().size;
  const tabsRef = useRef<HTMLDivElement>(null);
  const labels: Record<ChartsTab, string> = { run: 'This run', comparison: compared > 0 ? `Comparison (${compared})` : 'Comparison' };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + moves[event.key]! + TABS.length) % TABS.length]!;
    showChartsTab(next);
    tabsRef.current?.querySelector<HTMLButtonElement>(`#${tabId(next)}`)?.focus();
  };

  return (
    <section className="charts-panel" aria-label="Charts">
      <div className="charts-panel__bar">
        <div ref={tabsRef} role="tablist" aria-label="Charts" className="charts-panel__tabs" onKeyDown={onKeyDown}>
          {TABS.map((name) => (
            <button
              key={name}
              id={tabId(name)}
              type="button"
              role="tab"
              aria-selected={tab === name}
              aria-controls={panelId(name)}
              tabIndex={tab === name ? 0 : -1}
              className="charts-panel__tab"
              onClick={() => showChartsTab(name)}
            >
              {labels[name]}
            </button>
          ))}
        </div>
        {tab === 'run' && <RunCaption />}
      </div>
      {TABS.map((name) => (
        <div key={name} id={panelId(name)} role="tabpanel" aria-labelledby={tabId(name)} hidden={tab !== name} className="charts-panel__panel">
          {name === 'run' ? <RunCharts /> : <ComparisonPanel />}
        </div>
      ))}
    </section>
  );
}
