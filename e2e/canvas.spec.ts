import { expect, test, type Page } from '@playwright/test';
import { openEditor } from './editor-helpers.ts';
import { loadTemplate } from './training-helpers.ts';

/** Issue 12, problems 2 and 8: a canvas a person can read, with problems shown compactly and new nodes where there is room. */

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

/** The zoom in React Flow's viewport transform, once it has stopped changing (a fit animates). */
async function settledZoom(page: Page): Promise<number> {
  const zoom = () =>
    page.locator('.react-flow__viewport').evaluate((viewport) => new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a);
  let last = await zoom();
  await expect
    .poll(async () => {
      const now = await zoom();
      const still = Math.abs(now - last) < 1e-6;
      last = now;
      return still;
    }, { intervals: [300] })
    .toBe(true);
  return last;
}

/**
 * The smallest text on any node as it renders on screen: each element that holds text (its own
 * text, or an input's or select's value) at its computed font size times the canvas zoom.
 */
async function smallestNodeText(page: Page): Promise<{ px: number; text: string }> {
  const zoom = await settledZoom(page);
  const sizes = await page.locator('.react-flow__node').evaluateAll((nodes) =>
    nodes.flatMap((node) =>
      [node, ...node.querySelectorAll('*')].flatMap((element) => {
        const own = [...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '');
        const field = element instanceof HTMLInputElement || element instanceof HTMLSelectElement;
        if (!own && !field) return [];
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden' || element.getClientRects().length === 0) return [];
        const text = field ? (element as HTMLInputElement).value : element.textContent!.trim();
        return [{ size: Number.parseFloat(style.fontSize), text }];
      }),
    ),
  );
  const smallest = sizes.reduce((min, next) => (next.size < min.size ? next : min));
  return { px: Math.round(smallest.size * zoom * 100) / 100, text: smallest.text };
}

const TEMPLATE_LABELS = [
  'XOR network (2-8-1 tanh)',
  'Spiral classifier (softmax)',
  'Penguin species (4-16-3 softmax)',
  'MNIST digits (784-128-64-10 ReLU)',
  'Deep sigmoid (10 × 16 sigmoid)',
  'Deep ReLU (10 × 16 ReLU)',
  'Deep sigmoid + LayerNorm (10 × 16)',
  'Deep sigmoid + BatchNorm (10 × 16)',
  'Residual deep sigmoid (10 × 16, Add skips)',
  'Deep ReLU, random normal init (σ 0.05)',
  'Deep ReLU, He normal init',
  'Wide & deep (Concatenate)',
];

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height}, every template's node text renders at 12 px or more at the default fit`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openEditor(page);
    const menu = page.getByRole('button', { name: 'Templates' });
    await menu.click();
    await expect(page.getByRole('menuitem', { name: /./ })).toHaveText(TEMPLATE_LABELS.map((label) => new RegExp(`^${label.replace(/[()+.×σ&]/g, '\\$&')}`)));
    await page.keyboard.press('Escape');
    const measured: Record<string, { px: number; text: string }> = {};
    for (const label of TEMPLATE_LABELS) {
      await loadTemplate(page, label);
      await expect(page.locator('.react-flow__node').first()).toBeVisible();
      measured[label] = await smallestNodeText(page);
    }
    console.log(JSON.stringify(measured));
    for (const [label, { px, text }] of Object.entries(measured)) expect(px, `${label}: "${text}"`).toBeGreaterThanOrEqual(12);
  });
}
