import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TABLE_DATASET_FILES } from '../src/engine/datasets/builtin/index.ts';
import { TABLE_DATASET_NAMES } from '../src/model/index.ts';
import { ensureDatasetAssets } from './datasetAssets.ts';

describe('ensureDatasetAssets', () => {
  it('has built every dataset file (Vitest’s global setup ran it) and rebuilds none that is up to date', () => {
    for (const name of TABLE_DATASET_NAMES) expect(statSync(fileURLToPath(TABLE_DATASET_FILES[name])).size).toBeGreaterThan(10_000);
    expect(ensureDatasetAssets()).toEqual([]);
  });
});
