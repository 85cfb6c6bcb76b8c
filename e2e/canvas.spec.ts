import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { canvasBox, openEditor, statusLine } from './editor-helpers.ts';
import { loadTemplate } from './training-helpers.ts';

/** Issue 12, problems 2 and 8: a canvas a person can read, with problems shown compactly and new nodes where there is room. */

/** The zoom in React Flow's viewport transform, once the transform (pan and zoom) has stopped changing (a fit or a pan animates). */
async function settledZoom(page: Page): Promise<number> {
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate((viewport) => {
      const { a, e, f } = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
      return [a, e, f];
    });
  let last = await transform();
  await expect
    .poll(async () => {
      const now = await transform();
      const still = now.every((value, i) => Math.abs(value - last[i]!) < 1e-6);
      last = now;
      return still;
    }, { intervals: [300] })
    .toBe(true);
  return last[0]!;
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
    for (const [label, { px, text }] of Object.entries(measured)) expect(px, `${label}: "${text}"`).toBeGreaterThanOrEqual(12);
  });
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxesOf(page: Page, selector: string): Promise<Rect[]> {
  return page.locator(selector).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as Rect));
}

/** Presses Enter on a palette block, as a keyboard user adds a node. */
async function addWithEnter(page: Page, kind: string) {
  await page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: kind, exact: true }).press('Enter');
}

async function newGraph(page: Page) {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a half-built graph shows a problem badge per node, clear of the other nodes, with its messages on focus and on hover', async ({ page }) => {
    await openEditor(page);
    await newGraph(page);
    // Each is a problem of its own: not connected to the loss, not on the path from the input.
    for (const kind of ['Input', 'Dense', 'Loss']) await addWithEnter(page, kind);
    const badges = page.getByRole('button', { name: /^\d+ problems? on \S+$/ });
    await expect(badges).toHaveCount(3);
    // No paragraphs of red text: one line per node.
    for (const badge of await badges.all()) expect((await badge.boundingBox())!.height).toBeLessThanOrEqual(26);

    const nodes = await boxesOf(page, '.react-flow__node');
    const badgeNodes = await badges.evaluateAll((elements) =>
      elements.map((badge) => ({ badge: badge.getBoundingClientRect().toJSON() as Rect, node: badge.closest('.react-flow__node')!.getBoundingClientRect().toJSON() as Rect })),
    );
    for (const { badge, node } of badgeNodes) {
      expect(nodes.filter((other) => other.x !== node.x || other.y !== node.y).filter((other) => overlap(badge, other))).toEqual([]);
    }

    // Keyboard: focus shows the messages, each as the problem list words it; Escape hides them.
    const dense = page.getByRole('button', { name: /problems? on dense1$/ });
    await dense.focus();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    const listed = await statusLine(page).getByRole('listitem').allTextContents();
    const shown = await tooltip.getByRole('listitem').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const message of shown) expect(listed).toContain(message);
    await expect(dense).toHaveAccessibleDescription(shown.join(' '));
    // The open tooltip floats over every node: what is at its middle is the tooltip itself.
    const box = (await tooltip.boundingBox())!;
    expect(await page.evaluate(({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('[role=tooltip]')), { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBe(true);
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();

    // Mouse: hovering another badge shows its messages.
    const loss = page.getByRole('button', { name: /problems? on loss1$/ });
    await loss.hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expect(page.getByRole('tooltip')).toContainText('loss1');
    // A click (a tap, where there is no hover) keeps them open once the pointer leaves; a second closes them.
    await loss.click();
    const canvas = await canvasBox(page);
    await page.mouse.move(canvas.x + canvas.width - 8, canvas.y + 8);
    await expect(page.getByRole('tooltip')).toBeVisible();
    await loss.click();
    await expect(page.getByRole('tooltip')).toBeHidden();
  });

  test('five blocks added with Enter land side by side in view, overlapping neither each other nor the graph', async ({ page }) => {
    await openEditor(page);
    await newGraph(page);
    for (const kind of ['Input', 'Dense', 'Activation', 'Dense', 'Loss']) await addWithEnter(page, kind);
    await expect(page.locator('.react-flow__node')).toHaveCount(5);
    await settledZoom(page);
    const boxes = await boxesOf(page, '.react-flow__node');
    const canvas = await canvasBox(page);
    for (const [i, box] of boxes.entries()) {
      expect(boxes.slice(i + 1).filter((other) => overlap(box, other))).toEqual([]);
      expect(box.x).toBeGreaterThanOrEqual(canvas.x);
      expect(box.y).toBeGreaterThanOrEqual(canvas.y);
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    }
  });

  test('on a full view, a block added with Enter goes beside the graph and the view follows it', async ({ page }) => {
    await openEditor(page);
    await loadTemplate(page, 'Deep sigmoid (10 × 16 sigmoid)');
    await settledZoom(page);
    const before = await boxesOf(page, '.react-flow__node');
    await addWithEnter(page, 'Dropout');
    const added = page.locator('.react-flow__node[data-id^="drop"]');
    await expect(added).toBeInViewport({ ratio: 0.999 });
    await settledZoom(page);
    const box = (await added.boundingBox())!;
    // The graph moved with the view: compare against where its nodes are now.
    const others = await boxesOf(page, '.react-flow__node:not([data-id^="drop"])');
    expect(others).toHaveLength(before.length);
    expect(others.filter((other) => overlap(box, other))).toEqual([]);
  });
});
