import { describe, expect, it } from 'vitest';
import { plainWeightFileName } from './weightFileName.ts';

describe('plainWeightFileName', () => {
  it('accepts a plain file name, with or without "./"', () => {
    expect(plainWeightFileName('group1-shard1of1.bin')).toBe('group1-shard1of1.bin');
    expect(plainWeightFileName('./group1-shard1of1.bin')).toBe('group1-shard1of1.bin');
  });

  it('refuses folders, going up, absolute paths and empty names', () => {
    for (const path of ['weights/a.bin', '../a.bin', '/etc/a.bin', 'C:\\a.bin', '..', '.', '', './']) {
      expect(plainWeightFileName(path)).toBeNull();
    }
  });
});
