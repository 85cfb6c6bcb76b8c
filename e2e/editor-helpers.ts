import { expect, type Locator, type Page } from '@playwright/test';

/** Helpers for the editor's e2e tests: they act like a person, with the mouse and the keyboard. */

/** A node on the canvas, by its accessible name, e.g. node(page, 'Dense', 'dense1'). */
export function node(page: Page, kind: string, id: string): Locator {
  return page.getByRole('group', { name: `${kind} ${id}`, exact: true });
}

export function statusLine(page: Page): Locator {
  return page.getByRole('main', { name: 'Graph editor' }).locator('footer');
}

export async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  await expect(statusLine(page)).toContainText('Ready');
}

export async function canvasBox(page: Page) {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('the canvas is not visible');
  return box;
}

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses the mouse on `from`, moves in small steps to `to` and (unless `release` is false) lets go. */
export async function mouseDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, release = true) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 4, from.y + (to.y - from.y) / 4, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  if (release) await page.mouse.up();
}

/** Drags a palette item (real HTML drag and drop) and drops it at a point on the page. */
export async function dropFromPalette(page: Page, kind: string, at: { x: number; y: number }) {
  const item = page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: kind, exact: true });
  await mouseDrag(page, await centreOf(item), at);
}

/** Drags a wire from one node's output handle to another's input handle (on a merge node, the port named `port`). */
export async function wire(page: Page, fromId: string, toId: string, { release = true, port }: { release?: boolean; port?: string } = {}) {
  const from = await centreOf(page.getByLabel(`Output of ${fromId}`, { exact: true }));
  const to = await centreOf(page.getByLabel(port ? `Input ${port} of ${toId}` : `Input of ${toId}`, { exact: true }));
  await mouseDrag(page, from, to, release);
}

/** Clicks an empty spot of the canvas so keyboard shortcuts go to the editor. */
export async function focusCanvas(page: Page) {
  const box = await canvasBox(page);
  await page.mouse.click(box.x + 24, box.y + 24);
}

/** Exports Netloom JSON through the Export menu and returns the file's name and text. */
export async function exportJson(page: Page): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Netloom JSON' }).click();
  const download = await downloading;
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Imports a file through the Import JSON button's file picker. */
export async function importFile(page: Page, name: string, text: string) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import JSON' }).click();
  const chooser = await choosing;
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/**
 * Drops a file on an element. Playwright cannot drag a file from the desktop, so this
 * dispatches the same dragover and drop events the browser would, with the file attached.
 */
export async function dropFileOn(target: Locator, name: string, text: string, type = 'application/json') {
  const dataTransfer = await target.page().evaluateHandle(
    ([fileName, content, mime]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content!], fileName!, { type: mime! }));
      return transfer;
    },
    [name, text, type],
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** Drops a file on the canvas (see `dropFileOn`). */
export async function dropFileOnCanvas(page: Page, name: string, text: string) {
  await dropFileOn(page.getByRole('main', { name: 'Graph editor' }).locator('.canvas'), name, text);
}
