import { createExternalStore, useStoreValue } from '../store/externalStore.ts';

/** Which view the charts area shows: the main run's charts, or runs overlaid for comparison. */
export type ChartsTab = 'run' | 'comparison';

interface DashboardState {
  tab: ChartsTab;
  /** Runs drawn in the comparison. */
  overlaid: ReadonlySet<string>;
}

const dashboardStore = createExternalStore<DashboardState>({ tab: 'run', overlaid: new Set() });

export function useChartsTab(): ChartsTab {
  return useStoreValue(dashboardStore, (state) => state.tab);
}

export function useOverlaid(): ReadonlySet<string> {
  return useStoreValue(dashboardStore, (state) => state.overlaid);
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
  dashboardStore.set({ overlaid: next, tab: shown ? 'comparison' : tab });
}
