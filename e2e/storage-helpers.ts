import type { Page } from '@playwright/test';

/** Reads one key of the autosave's IndexedDB store, as the page sees it. */
export function readSaved(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (wanted) =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('netloom');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const request = opening.result.transaction('autosave').objectStore('autosave').get(wanted);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}
