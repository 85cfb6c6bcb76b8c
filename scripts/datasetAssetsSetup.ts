import { ensureDatasetAssets } from './datasetAssets.ts';

/** Vitest global setup: the built-in datasets' files exist before any test reads them. */
export default function setup(): void {
  ensureDatasetAssets();
}
