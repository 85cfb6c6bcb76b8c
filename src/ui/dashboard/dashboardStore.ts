import { createExternalStore, useStoreValue } from '../store/externalStore.ts';
import { mainRun } from '../training/index.ts';

/** Which view the charts area shows: the main run's charts, its layer statistics, or runs overlaid for comparison. */
export type ChartsTab = 'run' | 'layers' | 'comparison';

interface DashboardState {
  tab: ChartsTab;
  /** Runs drawn in the comparison. */
  overlaid: ReadonlySet<string>;
  /** Whether the main run records layer statistics (on until switched off, for the last few per cent of speed). */
  statistics: boolean;
}

const dashboardStore = createExternalStore<DashboardState>({ tab: 'run', overlaid: new Set(), statistics: true });

export function useChartsTab(): ChartsTab {
  return useStoreValue(dashboardStore, (state) => state.tab);
}

export function useOverlaid(): ReadonlySet<string> {
  return useStoreValue(dashboardStore, (state) => state.overlaid);
}

export function useStatisticsOn(): boolean {
  return useStoreValue(dashboardStore, (state) => state.statistics);
}

/** Records the layer statistics or not, in this run and the next ones. */
export function setStatisticsOn(on: boolean): void {
  dashboardStore.set({ ...dashboardStore.get(), statistics: on });
  mainRun().setStatistics(on);
}

export function showChartsTab(tab: ChartsTab): void {
  dashboardStore.set({ ...dashboardStore.get(), tab });
}

/** Adds runs to the comparison (and shows it, so what was asked for is in view) or takes them out. */
export function setOverlay(runIds: readonly string[], shown: boolean): void {
  const { overlaid, tab } = dashboardStore.get();
  const next = new Set(overlaid);
  for (const id of runIds) {
    if (shown) next.add(id);
    else next.delete(id);
  }
  dashboardStore.set({ ...dashboardStore.get(), overlaid: next, tab: shown ? 'comparison' : tab });
}
