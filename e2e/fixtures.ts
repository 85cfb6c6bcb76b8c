import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, in which an uncaught error in the page fails the test: a screen that
 * looks right while the page throws is not right.
 */
export const test = base.extend<{ failOnPageError: void }>({
  failOnPageError: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
