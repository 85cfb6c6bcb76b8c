import { describe, expect, it } from 'vitest';
import { endLabelRoom } from './endLabelRoom.ts';

describe('endLabelRoom', () => {
  it('is 0 without end labels, and never less than 76 px with them', () => {
    expect(endLabelRoom([{}, { endLabel: undefined }])).toBe(0);
    expect(endLabelRoom([{ endLabel: '#2 ReLU' }])).toBe(76);
  });

  it('grows in 16 px steps to fit the longest label, so "#12 LayerNorm" is not cut off', () => {
    // 8 px gap + 11 characters × 6.5 px = 79.5 px, rounded up to 80.
    expect(endLabelRoom([{ endLabel: 'first layer' }, { endLabel: 'last layer' }])).toBe(80);
    // 8 px gap + 13 characters × 6.5 px = 92.5 px, rounded up to 96.
    expect(endLabelRoom([{ endLabel: '#3 as is' }, { endLabel: '#12 LayerNorm' }])).toBe(96);
  });
});
