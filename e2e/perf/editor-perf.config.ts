import baseConfig from '../../playwright.config.ts';
import { defineConfig } from '@playwright/test';

/**
 * The editor's measurements and screenshots: real Chromium like the e2e tests, but not part
 * of `npm test` (they report figures and pictures, they assert nothing about wall-clock time).
 *   npx vite build --outDir /tmp/dist-editor
 *   NETLOOM_DIST=/tmp/dist-editor NETLOOM_E2E_PORT=4174 npx playwright test -c e2e/perf/editor-perf.config.ts
 */
export default defineConfig({
  ...baseConfig,
  testDir: '.',
  testMatch: 'editor-*.perf.ts',
  timeout: 120_000,
});
