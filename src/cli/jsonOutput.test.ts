import { describe, expect, it } from 'vitest';
import { nonFiniteNumbers, printJsonResult, toJsonLine } from './jsonOutput.ts';

describe('JSON output', () => {
  it('writes NaN and ±Infinity as visible strings, never as null', () => {
    expect(toJsonLine({ loss: NaN, grads: [Infinity, -Infinity, 1], accuracy: null })).toBe(
      '{"loss":"NaN","grads":["Infinity","-Infinity",1],"accuracy":null}',
    );
  });

  it('finds every non-finite number with its path', () => {
    expect(nonFiniteNumbers({ output: [[1, NaN], [-Infinity, 0]], ok: 2 })).toEqual([
      ['output[0][1]', NaN],
      ['output[1][0]', -Infinity],
    ]);
    expect(nonFiniteNumbers({ output: [1, 2], note: 'Infinity' })).toEqual([]);
  });

  it('exits 0 for a finite result and 1 for one that is not, naming a few of the numbers', () => {
    const lines: string[] = [];
    const io = { stdout: (text: string) => lines.push(text), stderr: (text: string) => lines.push(text) };
    expect(printJsonResult(io, { output: [0.5] }, 'not finite')).toBe(0);
    expect(printJsonResult(io, { output: [NaN, NaN, 1, Infinity, NaN, -Infinity] }, 'not finite')).toBe(1);
    expect(lines).toEqual([
      '{"output":[0.5]}',
      '{"output":["NaN","NaN",1,"Infinity","NaN","-Infinity"]}',
      'error: not finite: output[0] is NaN, output[1] is NaN, output[3] is Infinity, and 2 more',
    ]);
  });
});
