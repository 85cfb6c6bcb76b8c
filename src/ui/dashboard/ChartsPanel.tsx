import { useRef, type ComponentType, type KeyboardEvent } from 'react';
import { ComparisonPanel } from './ComparisonPanel.tsx';
import { setStatisticsOn, showChartsTab, useChartsTab, useOverlaid, useStatisticsOn, type ChartsTab } from './dashboardStore.ts';
import { LayerStatistics } from './LayerStatistics.tsx';
import { RunCaption } from './RunCaption.tsx';
import { RunCharts } from './RunCharts.tsx';

const TABS: readonly ChartsTab[] = ['run', 'layers', 'comparison'];
const PANELS: Record<ChartsTab, ComponentType> = { run: RunCharts, layers: LayerStatistics, comparison: ComparisonPanel };
const tabId = (tab: ChartsTab) => `charts-tab-${tab}`;
const panelId = (tab: ChartsTab) => `charts-panel-${tab}`;

/**
 * The charts under the canvas, in three tabs (the ARIA tabs pattern: arrow keys move between
 * them): "This run", the main run's charts side by side; "Layer statistics", what the diagnosis
 * reads (update sizes, stuck units, distributions) with the switch that records them; and
 * "Comparison", where overlaid runs, the experiments and the depth sweep go. All stay mounted, so
 * a chart keeps its state and size (the layer statistics are not redrawn while hidden; the others are).
 */
export function ChartsPanel() {
  const tab = useChartsTab();
  const compared = useOverlaid().size;
  const tabsRef = useRef<HTMLDivElement>(null);
  const statistics = useStatisticsOn();
  const labels: Record<ChartsTab, string> = {
    run: 'This run',
    layers: 'Layer statistics',
    comparison: compared > 0 ? `Comparison (${compared})` : 'Comparison',
  };

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
        {tab === 'layers' && (
          <label className="chart-control charts-panel__switch">
            <input type="checkbox" checked={statistics} onChange={(event) => setStatisticsOn(event.target.checked)} />
            Layer statistics
          </label>
        )}
        {tab !== 'comparison' && <RunCaption />}
      </div>
      {TABS.map((name) => {
        const Panel = PANELS[name];
        return (
          <div key={name} id={panelId(name)} role="tabpanel" aria-labelledby={tabId(name)} hidden={tab !== name} className="charts-panel__panel">
            <Panel />
          </div>
        );
      })}
    </section>
  );
}
