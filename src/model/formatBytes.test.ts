import { describe, expect, it } from 'vitest';
import { formatBytes, formatSizeAndLimit } from './formatBytes.ts';

describe('formatBytes', () => {
  it('says bytes below a KiB and binary units with one decimal above', () => {
    expect([0, 1, 812, 1024, 1536, 300 * 1024 ** 2, 1.5 * 1024 ** 3, 2 * 1024 ** 5].map(formatBytes)).toEqual([
      '0 bytes', '1 byte', '812 bytes', '1 KiB', '1.5 KiB', '300 MiB', '1.5 GiB', '2048 TiB',
    ]);
  });

  it('never shows a size over a limit as equal to it', () => {
    expect(formatSizeAndLimit(1.5 * 1024 ** 3, 256 * 1024 ** 2)).toEqual(['1.5 GiB', '256 MiB']);
    expect(formatSizeAndLimit(256 * 1024 ** 2 + 1, 256 * 1024 ** 2)).toEqual(['268,435,457 bytes', '268,435,456 bytes']);
  });
});
