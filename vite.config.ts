import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { ensureDatasetAssets } from './scripts/datasetAssets.ts';

/** Builds the built-in datasets' files (generated/datasets/) before dev or build starts. */
function datasetAssets(): Plugin {
  return { name: 'netloom-dataset-assets', buildStart: () => void ensureDatasetAssets() };
}

export default defineConfig({
  plugins: [react(), datasetAssets()],
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    globalSetup: ['scripts/datasetAssetsSetup.ts'],
  },
});
