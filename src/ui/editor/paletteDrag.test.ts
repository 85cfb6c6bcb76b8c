import { describe, expect, it } from 'vitest';
import { PALETTE_DRAG_TYPE, paletteTypeOf } from './paletteDrag.ts';

const transfer = (data: Record<string, string>) => ({ getData: (type: string) => data[type] ?? '' });

describe('paletteTypeOf', () => {
  it('reads the node kind a palette item carries', () => {
    expect(paletteTypeOf(transfer({ [PALETTE_DRAG_TYPE]: 'dense' }))).toBe('dense');
  });

  it('ignores other drags and unknown kinds', () => {
    expect(paletteTypeOf(transfer({ 'text/plain': 'dense' }))).toBeNull();
    expect(paletteTypeOf(transfer({ [PALETTE_DRAG_TYPE]: 'conv2d' }))).toBeNull();
  });
});
