import { describe, expect, it } from 'vitest';
import { compileOrThrow } from '../../compiler/index.ts';
import { deepTemplate, layerStack, type NetloomModel } from '../../model/index.ts';
import { createNetwork } from '../network.ts';
import { setUpTraining, planTraining } from '../setup.ts';
import { NetworkProbe, updateRatio } from './networkProbe.ts';

/**
 * 1 → dense1 (3) → relu → dense2 (2) → tanh → dense3 (1) → mse, with weights chosen so every
 * statistic can be worked out by hand on the batch x = 1, −1, 2:
 * dense1 = (x, −x, −1) → relu (x⁺, (−x)⁺, 0): rows (1,0,0), (0,1,0), (2,0,0): unit 3 is dead;
 * dense2 = (3·h1, 0.5·h2) → tanh: rows (tanh 3, 0), (0, tanh 0.5), (tanh 6, 0).
 */
function handModel(): NetloomModel {
  return layerStack(1, [{ units: 3, fn: 'relu' }, { units: 2, fn: 'tanh' }, { units: 1 }], 'mse', {
    weights: {
      dense1: { kernel: [[1], [-1], [0]], bias: [0, 0, -1] },
      dense2: { kernel: [[3, 0, 0], [0, 0.5, 0]], bias: [0, 0] },
      dense3: { kernel: [[1, 1]], bias: [0] },
    },
  });
}

function handProbe(every = 1) {
  const compiled = compileOrThrow(handModel());
  const network = createNetwork(compiled, { seed: 1, dtype: 'float64' });
  return { network, probe: new NetworkProbe(network, compiled, { every }) };
}

const X = [1, -1, 2];
const Y = [0, 0, 0];

describe('NetworkProbe on a hand-computed batch', () => {
  it('orders kernels and activations by depth', () => {
    const { probe } = handProbe();
    expect(probe.kernelIds).toEqual(['dense1', 'dense2', 'dense3']);
    expect(probe.activationIds).toEqual(['act1', 'act2']);
  });

  it('reports mean, std, saturation and dead units of each activation', () => {
    const { network, probe } = handProbe();
    network.computeGradients(X, Y, 3);
    probe.afterBackward(1);
    probe.afterUpdate();
    const [relu, tanh] = probe.report().activationStats;
    // relu outputs 1,0,0, 0,1,0, 2,0,0: sum 4, sum of squares 6 over 9 values
    expect(relu!.mean).toBeCloseTo(4 / 9, 12);
    expect(relu!.std).toBeCloseTo(Math.sqrt(6 / 9 - (4 / 9) ** 2), 12);
    expect(relu!.saturated).toBeNull();
    expect(relu!.dead).toBeCloseTo(1 / 3, 12);
    // tanh outputs tanh 3 (0.995), 0, 0, tanh 0.5 (0.462), tanh 6 (≈1), 0: two of six saturated
    const values = [Math.tanh(3), 0, 0, Math.tanh(0.5), Math.tanh(6), 0];
    const mean = values.reduce((a, b) => a + b) / 6;
    expect(tanh!.mean).toBeCloseTo(mean, 12);
    expect(tanh!.std).toBeCloseTo(Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / 6), 12);
    expect(tanh!.saturated).toBeCloseTo(2 / 6, 12);
    expect(tanh!.dead).toBeNull();
  });

  it('reports ‖Δkernel‖ / ‖kernel‖ of the update', () => {
    const { network, probe } = handProbe();
    network.computeGradients(X, Y, 3);
    probe.afterBackward(1);
    // the test plays the optimizer: dense1's kernel (1, −1, 0) becomes (1.3, −1, 0.4)
    network.nodeTensors('dense1')[0]!.value.set([1.3, -1, 0.4]);
    probe.afterUpdate();
    const { updateRatios, sampledSteps } = probe.report();
    expect(sampledSteps).toBe(1);
    expect(updateRatios[0]).toBeCloseTo(Math.hypot(0.3, 0.4) / Math.sqrt(2), 6);
    expect(updateRatios[1]).toBe(0); // not moved
  });

  it('reports the quantiles of weights, gradients and activations', () => {
    const { network, probe } = handProbe();
    network.computeGradients(X, Y, 3);
    probe.afterBackward(1);
    probe.afterUpdate();
    const { weights, gradients, activations } = probe.report().quantiles;
    // dense1's kernel is 1, −1, 0: min −1, median 0, max 1
    expect([weights[0]![0], weights[0]![4], weights[0]![8]]).toEqual([-1, 0, 1]);
    // relu outputs: six zeros, 1, 1, 2
    expect([activations[0]![0], activations[0]![4], activations[0]![8]]).toEqual([0, 0, 2]);
    const grad = network.lossAndGradients(X, Y, 3).grads.dense3!.kernel as number[][];
    expect(gradients[2]![0]).toBeCloseTo(Math.min(...grad[0]!), 6) // samples are kept in float32;
    expect(gradients[2]![8]).toBeCloseTo(Math.max(...grad[0]!), 6);
  });

  it('hands out a copy of the latest sampled outputs of an activation', () => {
    const { network, probe } = handProbe();
    expect(probe.activationSample('act1')).toHaveLength(0);
    network.computeGradients(X, Y, 3);
    probe.afterBackward(1);
    expect(Array.from(probe.activationSample('act1'))).toEqual([1, 0, 0, 0, 1, 0, 2, 0, 0]);
    expect(() => probe.activationSample('dense1')).toThrow(/not an activation node/);
  });

  it('keeps the dead fraction of the last complete epoch', () => {
    const { network, probe } = handProbe();
    network.computeGradients(X, Y, 3);
    probe.afterBackward(1);
    probe.afterUpdate();
    probe.epochEnded();
    // the next epoch sees unit 3 alive (bias raised), but the report is still the completed epoch's
    network.nodeTensors('dense1')[1]!.value.set([0, 0, 5]);
    network.computeGradients(X, Y, 3);
    probe.afterBackward(2);
    probe.afterUpdate();
    expect(probe.report().activationStats[0]!.dead).toBeCloseTo(1 / 3, 12);
    probe.epochEnded();
    expect(probe.report().activationStats[0]!.dead).toBe(0);
  });

  it('takes statistics on every `every`-th step and starts the means again after each report', () => {
    const { network, probe } = handProbe(2);
    for (let step = 1; step <= 5; step++) {
      network.computeGradients(X, Y, 3);
      probe.afterBackward(step);
      probe.afterUpdate();
    }
    expect(probe.report().sampledSteps).toBe(3); // steps 1, 3, 5
    const empty = probe.report();
    expect(empty.sampledSteps).toBe(0);
    expect(empty.updateRatios.every(Number.isNaN)).toBe(true);
    probe.sampleEvery(3);
    for (let step = 6; step <= 12; step++) {
      network.computeGradients(X, Y, 3);
      probe.afterBackward(step);
      probe.afterUpdate();
    }
    expect(probe.report().sampledSteps).toBe(2); // steps 7 and 10
    expect(() => probe.sampleEvery(1.5)).toThrow(/every must be a whole number/);
  });

  it('refuses a sampling interval that is not a whole number ≥ 1', () => {
    const compiled = compileOrThrow(handModel());
    const network = createNetwork(compiled, { seed: 1 });
    expect(() => new NetworkProbe(network, compiled, { every: 0 })).toThrow(/every must be a whole number/);
  });
});

describe('NetworkProbe attached to a trainer', () => {
  const model = deepTemplate('sigmoid', 3, 8);
  const plan = planTraining({ ...model.training, optimizer: 'sgd', lr: 0.5, batchSize: 16 });

  it('measures lr · ‖g‖ / ‖W‖ for plain SGD, the gradient norm the trainer reports', () => {
    const { compiled, network, trainer } = setUpTraining(model, plan);
    const probe = new NetworkProbe(network, compiled, { every: 1 });
    trainer.observe(probe);
    const before = network.nodeTensors('dense1')[0]!.value.slice();
    const { gradNorms } = trainer.step();
    const expected = (0.5 * gradNorms[0]!) / Math.hypot(...before);
    expect(probe.report().updateRatios[0]).toBeCloseTo(expected, 5);
    expect(updateRatio(before, network.nodeTensors('dense1')[0]!.value)).toBeCloseTo(expected, 5);
  });

  it('leaves training exactly as it is without a probe', () => {
    const plain = setUpTraining(model, plan);
    const probed = setUpTraining(model, plan);
    probed.trainer.observe(new NetworkProbe(probed.network, probed.compiled, { every: 3 }));
    for (let i = 0; i < 40; i++) {
      plain.trainer.step();
      probed.trainer.step();
    }
    expect(probed.network.weights()).toEqual(plain.network.weights());
  });
});
