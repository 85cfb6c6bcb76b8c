import { describe, expect, it } from 'vitest';
import { stepScale } from './StepAxis.tsx';

describe('stepScale', () => {
  const plotArea = { x: 52, width: 300 };

  it('puts step 0 at the left edge and the last step at the right edge', () => {
    const x = stepScale(1_300, plotArea);
    expect(x(0)).toBe(52);
    expect(x(1_300)).toBe(352);
    expect(x(650)).toBe(202);
  });

  it('puts everything at the left edge before the first step, instead of dividing by zero', () => {
    expect(stepScale(0, plotArea)(0)).toBe(52);
  });
});
