import { expect } from '@playwright/test';
import { test } from './fixtures.ts';
import { exportJson, node, statusLine } from './editor-helpers.ts';
import { loadTemplate, trainingControls } from './training-helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a BatchNorm network: its decimal fields take what the schema takes, a batch of 1 is refused on the node, and it trains', async ({ page }) => {
  await loadTemplate(page, 'Deep sigmoid + BatchNorm (10 × 16)');
  const epsilon = page.getByLabel('Epsilon of bn1', { exact: true });
  await epsilon.click();
  await epsilon.press('Control+a');
  await epsilon.pressSequentially('0');
  await expect(epsilon).toHaveAttribute('aria-invalid', 'true');
  await expect(node(page, 'BatchNorm', 'bn1')).toContainText('a number from 0 to 1, 0 excluded');
  await epsilon.pressSequentially('.0001');
  await expect(epsilon).toHaveAttribute('aria-invalid', 'false');
  await epsilon.press('Enter');
  await page.getByLabel('Initializer of dense1', { exact: true }).selectOption({ label: 'He normal' });

  const controls = trainingControls(page);
  await controls.getByLabel('Batch size').fill('1');
  // On the node, a badge; its words when it has focus.
  await node(page, 'BatchNorm', 'bn1').getByRole('button', { name: '1 problem on bn1' }).focus();
  await expect(page.getByRole('tooltip')).toContainText('needs a batch size of at least 2; the batch size is 1');
  await expect(controls.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await controls.getByLabel('Batch size').fill('16');
  await expect(statusLine(page)).toContainText('Ready');

  // Many epochs, so the run is still going when Pause is pressed.
  await controls.getByLabel('Epochs').fill('100000');
  await controls.getByRole('button', { name: 'Train', exact: true }).click();
  // Where the plain deep sigmoid stays at 50 %, BatchNorm lets the circle be learnt.
  const accuracy = controls.getByLabel('Test accuracy');
  await expect.poll(async () => Number.parseFloat((await accuracy.textContent()) ?? 'NaN'), { timeout: 30_000 }).toBeGreaterThanOrEqual(90);
  await controls.getByRole('button', { name: 'Pause' }).click();
  await expect(controls.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  const { text } = await exportJson(page);
  const saved = JSON.parse(text);
  expect(saved.nodes.find((n: { id: string }) => n.id === 'bn1').params).toEqual({ momentum: 0.99, epsilon: 0.0001 });
  expect(saved.nodes.find((n: { id: string }) => n.id === 'dense1').params).toEqual({ units: 16, init: 'he_normal' });
  // The moving statistics travel with the trained weights, away from their starting 0 and 1.
  expect(saved.weights.bn1.movingMean).not.toEqual(Array(16).fill(0));
  expect(Object.keys(saved.weights.bn1)).toEqual(['gamma', 'beta', 'movingMean', 'movingVariance']);
});
