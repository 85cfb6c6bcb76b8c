import { describe, expect, it } from 'vitest';
import type { GradientPoint } from '../training/runTypes.ts';
import { describeGradientHealth, diagnoseGradients, GRADIENT_THRESHOLDS } from './gradientHealth.ts';

const { window } = GRADIENT_THRESHOLDS;

/** `count` points with the same norms, first layer to last. */
const steady = (count: number, norms: number[], firstStep = 0): GradientPoint[] =>
  Array.from({ length: count }, (_, i) => ({ step: firstStep + i, norms }));

describe('diagnoseGradients', () => {
  it('calls a deep sigmoid profile vanishing once it is sustained', () => {
    expect(diagnoseGradients(steady(window, [2e-6, 1e-4, 0.01, 0.2]))).toEqual({ kind: 'vanishing', ratio: expect.closeTo(1e-5, 10) });
  });

  it('does not warn before the window is full', () => {
    expect(diagnoseGradients(steady(window - 1, [1e-6, 1]))).toEqual({ kind: 'healthy' });
  });

  it('calls ReLU-like norms within a few times of each other healthy', () => {
    expect(diagnoseGradients(steady(100, [0.3, 0.5, 0.8, 0.4]))).toEqual({ kind: 'healthy' });
  });

  it('needs the ratio under 1e-3, not at it', () => {
    expect(diagnoseGradients(steady(window, [1e-3, 1])).kind).toBe('healthy');
    expect(diagnoseGradients(steady(window, [0.9e-3, 1])).kind).toBe('vanishing');
  });

  it('ignores a brief dip: every point of the window must qualify', () => {
    const points = [...steady(window - 1, [1e-6, 1]), ...steady(1, [0.5, 1], window)];
    expect(diagnoseGradients(points).kind).toBe('healthy');
  });

  it('recovers once the recent window is healthy again', () => {
    const points = [...steady(200, [1e-6, 1]), ...steady(window, [0.5, 1], 200)];
    expect(diagnoseGradients(points).kind).toBe('healthy');
  });

  it('calls a first layer 1000× larger than the last exploding', () => {
    expect(diagnoseGradients(steady(window, [50, 1, 0.02]))).toEqual({ kind: 'exploding', ratio: 2500, largestNorm: 50 });
  });

  it('calls norms past the absolute limit exploding even when balanced', () => {
    expect(diagnoseGradients(steady(window, [2e3, 3e3]))).toMatchObject({ kind: 'exploding', largestNorm: 3e3 });
  });

  it('calls non-finite norms exploding', () => {
    expect(diagnoseGradients(steady(window, [Infinity, 1])).kind).toBe('exploding');
  });

  it('judges a single dense layer by its absolute norm only', () => {
    expect(diagnoseGradients(steady(window, [1e-9])).kind).toBe('healthy');
    expect(diagnoseGradients(steady(window, [1e4]))).toMatchObject({ kind: 'exploding', largestNorm: 1e4 });
  });

  it('has nothing to say about a network without dense layers', () => {
    expect(diagnoseGradients(steady(window, [])).kind).toBe('healthy');
  });
});

describe('describeGradientHealth', () => {
  it('explains a vanishing gradient with the factor in words', () => {
    expect(describeGradientHealth({ kind: 'vanishing', ratio: 1e-4 })).toMatchObject({
      title: 'Vanishing gradient',
      explanation: "The first layer's gradient is 10,000× smaller than the last's: early layers have stopped learning.",
    });
  });

  it('explains an exploding gradient by ratio or by size', () => {
    expect(describeGradientHealth({ kind: 'exploding', ratio: 3e6, largestNorm: 10 })?.explanation).toContain('3 × 10⁶× larger');
    expect(describeGradientHealth({ kind: 'exploding', ratio: 1, largestNorm: 5e4 })?.explanation).toContain('grown to 50,000');
  });

  it('says nothing when healthy', () => {
    expect(describeGradientHealth({ kind: 'healthy' })).toBeNull();
  });
});
