import { describe, expect, it } from 'vitest';
import { pythonFloat, pythonLiteral, pythonTensor } from './pythonLiterals.ts';

describe('Python literals', () => {
  it('writes settings and arguments as Python reads them', () => {
    expect([true, false, 8, 0.1, 'adam'].map(pythonLiteral)).toEqual(['True', 'False', '8', '0.1', '"adam"']);
    expect([0, 1, 0.03, 1e-8].map(pythonFloat)).toEqual(['0.0', '1.0', '0.03', '1e-8']);
  });

  it('writes a matrix one row per line, wrapping long rows within 100 characters', () => {
    const row = Array.from({ length: 12 }, (_, i) => Math.fround(0.123456789 * (i + 1)));
    const text = pythonTensor([row, [1, -2]], 4);
    const lines = text.split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(lines.at(-2)).toBe('        [1, -2],');
    expect(lines.at(-1)).toBe('    ]');
    // Read back as float32, every weight is the one written.
    const read = JSON.parse(text.replace(/,\s*\]/g, ']')) as number[][];
    expect(read.map((values) => values.map(Math.fround))).toEqual([row, [1, -2]]);
  });
});
