import { describe, expect, it } from 'vitest';
import { numberFlag, parseFlags, parseRows, singlePositional } from './args.ts';
import { UsageError } from './command.ts';

describe('command-line arguments', () => {
  it('parses rows of numbers, flattened, with spaces and a trailing ; allowed', () => {
    expect(parseRows(' 2,3.5 ; -1,1e-3;', '--input', 2)).toEqual({ values: [2, 3.5, -1, 0.001], rows: 2 });
  });

  it('refuses an empty cell rather than reading it as 0', () => {
    expect(() => parseRows('1,', '--input', 2)).toThrow(new UsageError('--input: row 1: "" is not a number'));
  });

  it('reads a number flag, or nothing when it is absent', () => {
    expect(numberFlag('0.25', '--lr')).toBe(0.25);
    expect(numberFlag(undefined, '--lr')).toBeUndefined();
    expect(() => numberFlag(' ', '--lr')).toThrow(new UsageError('--lr: expected a number, got " "'));
  });

  it('takes exactly one positional argument', () => {
    expect(singlePositional(['m.json'], 'model file')).toBe('m.json');
    expect(() => singlePositional(['a.json', 'b.json'], 'model file')).toThrow(
      new UsageError('expected one model file, got 2: a.json b.json'),
    );
  });

  it('turns node’s multi-line flag errors into one-line usage errors', () => {
    expect(() => parseFlags(['--lr', '--seed'], { lr: { type: 'string' }, seed: { type: 'string' } })).toThrow(
      /^Option '--lr' argument is ambiguous\. Did you forget [^\n]*'--lr=-XYZ'\.$/,
    );
    expect(() => parseFlags(['--lr', '-x'], { lr: { type: 'string' } })).toThrow(UsageError);
  });

  it('takes a negative number as a flag’s value, wherever the flag is', () => {
    const options = { input: { type: 'string' }, target: { type: 'string' }, seed: { type: 'string' }, lr: { type: 'string' } } as const;
    const argv = ['m.json', '--input', '-1,0.5;-.25,-1e-3', '--target', '-1', '--seed', '-1', '--lr', '-Infinity'];
    expect(parseFlags(argv, options)).toEqual({
      values: { input: '-1,0.5;-.25,-1e-3', target: '-1', seed: '-1', lr: '-Infinity' },
      positionals: ['m.json'],
    });
  });

  it('keeps a negative number after `--` a positional', () => {
    expect(parseFlags(['--', '--seed', '-1'], { seed: { type: 'string' } }).positionals).toEqual(['--seed', '-1']);
  });
});
