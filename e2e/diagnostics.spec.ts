import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { loadTemplate, numberIn, openChartsTab, trainingControls } from './training-helpers.ts';

/** Issue 14: hover values, the node inspector, the depth sweep, the diagnosis and the speed setting. */

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await loadTemplate(page, 'XOR network (2-8-1 tanh)');
});

function button(page: Page, name: string) {
  return trainingControls(page).getByRole('button', { name, exact: true });
}

function stepsTrained(page: Page): Promise<number> {
  return numberIn(trainingControls(page).getByLabel('Step', { exact: true }));
}

test('the loss chart shows each line’s value under the pointer, and under the arrow keys', async ({ page }) => {
  await button(page, 'Step epoch').click();
  await button(page, 'Step epoch').click();
  const lossChart = page.getByRole('region', { name: 'Loss', exact: true });
  const target = lossChart.locator('.chart-crosshair__target');
  const readout = lossChart.locator('.chart-crosshair__readout');
  await expect(readout).toHaveCount(0);
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await expect(readout).toContainText(/^step \d+/);
  await expect(readout).toContainText(/Train loss\s+\d\.\d+/);
  await page.mouse.move(box.x + box.width * 0.5, box.y - 40);
  await expect(readout).toHaveCount(0);

  // Every step is a point this early: End goes to the last, each arrow press one step.
  const last = await stepsTrained(page);
  await target.focus();
  await page.keyboard.press('End');
  await expect(readout).toContainText(`step ${last}`);
  await page.keyboard.press('ArrowLeft');
  await expect(readout).toContainText(`step ${last - 1}`);
});

test('the inspector shows a dense node’s weights and an activation’s outputs, live', async ({ page }) => {
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector).toHaveCount(0);
  await page.getByRole('group', { name: 'Dense dense1', exact: true }).click({ position: { x: 30, y: 8 } });
  // Off screen it is not redrawn: look at it, as a person would.
  await inspector.scrollIntoViewIfNeeded();
  await expect(inspector).toContainText('Press Train or Step to see dense1');
  await button(page, 'Step').click();
  await inspector.scrollIntoViewIfNeeded();
  await expect(inspector.getByRole('img', { name: /^Kernel of dense1: 8 × 2, from / })).toBeVisible();
  await expect(inspector.getByRole('img', { name: /^Bias of dense1: 1 × 8/ })).toBeVisible();
  await expect(inspector).toContainText(/Step\s*1/);
  await button(page, 'Step epoch').click();
  await expect.poll(() => stepsTrained(page)).toBeGreaterThan(1);
  await inspector.scrollIntoViewIfNeeded();
  await expect(inspector).toContainText(new RegExp(`Step\\s*${await stepsTrained(page)}Gradient`));
  await expect(inspector).toContainText(/Gradient norm\s*\d/);

  await inspector.getByLabel('Node').selectOption('act1');
  await expect(inspector.getByRole('img', { name: /^Output histogram of act1: outputs from -?\d/ })).toBeVisible();
  await expect(inspector).toContainText(/Saturated\s*\d+%/);

  await inspector.getByRole('button', { name: 'Close the inspector' }).click();
  await expect(inspector).toHaveCount(0);
});

test('a depth sweep trains sigmoid, tanh and ReLU at 2 to 20 layers, shows its progress, and can be cancelled', async ({ page }) => {
  test.setTimeout(120_000);
  await openChartsTab(page, /^Comparison/);
  const sweep = page.getByRole('region', { name: 'Depth sweep', exact: true });
  await sweep.getByRole('button', { name: 'Run depth sweep' }).click();
  await sweep.getByRole('button', { name: 'Cancel sweep' }).click();
  await expect(sweep).toContainText(/\d+ of 21 runs, cancelled/);
  await expect(sweep.getByRole('button', { name: 'Run depth sweep' })).toBeEnabled();

  await sweep.getByRole('button', { name: 'Run depth sweep' }).click();
  await expect(sweep.getByRole('progressbar')).toBeVisible();
  await expect(sweep).toContainText('21 of 21 runs, done', { timeout: 100_000 });
  const figures = page.getByRole('region', { name: 'Depth sweep results' });
  await expect(figures).toBeInViewport();
  const ratios = figures.getByRole('img', { name: /^First hidden layer's gradient relative to the last hidden layer's against depth/ });
  // One line per activation, a value at each depth from 2 to 20.
  const label = (await ratios.getAttribute('aria-label'))!;
  for (const name of ['Sigmoid', 'Tanh', 'ReLU']) expect(label).toMatch(new RegExp(`${name} 2: [^;]*, 10: [^;]*, 20: `));
  // The figure the sweep is for: at 20 layers the sigmoid's first layer gets far less of the gradient than ReLU's.
  const at20 = (name: string) => Number(new RegExp(`${name} [^;]*20: ([^,;]+)`).exec(label)![1]);
  expect(at20('Sigmoid') * 100).toBeLessThan(at20('ReLU'));
  await expect(figures.getByRole('img', { name: /^Final test accuracy against depth/ })).toBeVisible();
});

test('a spiral that stalls is diagnosed as a network too small, and the fix widens its hidden layer', async ({ page }) => {
  // Two tanh units cannot wrap two spirals: the run stalls near 67 % with healthy gradients.
  await page.getByLabel('Units of dense1').fill('2');
  await page.getByRole('region', { name: 'Data' }).getByLabel('Dataset').selectOption({ label: 'Spiral (2 classes)' });
  await button(page, 'Train').click();
  const diagnosis = page.getByRole('status', { name: 'Diagnosis' });
  await expect(diagnosis).toContainText('The network is too small for this data', { timeout: 30_000 });
  await expect(diagnosis.getByRole('list', { name: 'Evidence' })).toContainText(/train accuracy: \d+ %/);
  await diagnosis.getByRole('button', { name: 'Double the units of the hidden layers' }).click();
  await expect(page.getByLabel('Units of dense1')).toHaveValue('4');
  await expect(page.getByLabel('Units of dense2')).toHaveValue('1');
  await expect(diagnosis).toHaveCount(0);
});

test('a paced run takes no more steps than the chosen speed allows', async ({ page }) => {
  await page.getByLabel('Speed').selectOption({ label: '10 steps/s' });
  const started = Date.now();
  await button(page, 'Train').click();
  const steps = trainingControls(page).getByLabel('Step', { exact: true });
  await expect.poll(() => numberIn(steps)).toBeGreaterThanOrEqual(5);
  await page.waitForTimeout(1000);
  const taken = await numberIn(steps);
  expect(taken).toBeLessThanOrEqual(10 * ((Date.now() - started) / 1000) + 1);
  await page.getByLabel('Speed').selectOption({ label: 'Full speed' });
  await expect.poll(() => numberIn(steps)).toBeGreaterThan(taken + 200);
});
