import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingTooDeep, parseJson } from './parseJson.ts';

/** `{"a":{"a":…1…}}`, `levels` objects deep. */
const nestedObjects = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const TOO_DEEP = `nested more than ${MAX_NESTING} levels deep; Netloom reads arrays and objects nested up to ${MAX_NESTING} levels`;

describe('parseJson', () => {
  it('reads JSON nested up to the limit', () => {
    expect(parseJson(nestedObjects(MAX_NESTING)).ok).toBe(true);
  });

  it('refuses valid JSON nested past the limit, saying where it starts (cut short)', () => {
    expect(parseJson(nestedObjects(5000))).toEqual({ ok: false, issue: { path: 'a.a.a.a.a.a.a.a…', message: TOO_DEEP } });
    expect(parseJson(`{"nodes":[{"extra":${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}}]}`)).toEqual({
      ok: false,
      issue: { path: 'nodes[0].extra[0][0][0][0][0]…', message: TOO_DEEP },
    });
  });

  it('reports thousands of unclosed brackets as too deep, with line and column, instead of overflowing', () => {
    expect(parseJson(`{\n "nodes": ${'['.repeat(5000)}`)).toEqual({
      ok: false,
      issue: { path: '', message: `not valid JSON, and ${TOO_DEEP}: at line 2, column ${11 + MAX_NESTING - 1}` },
    });
  });

  it('still reports an ordinary syntax error with its line and column, whatever brackets its strings hold', () => {
    expect(parseJson('{\n  "a": [1,, 2]\n}')).toEqual({ ok: false, issue: { path: '', message: 'not valid JSON: value expected at line 2, column 11' } });
    const brackets = JSON.stringify(`\\"${'['.repeat(500)}`);
    expect(parseJson(`[${brackets}, oops]`)).toEqual({
      ok: false,
      issue: { path: '', message: `not valid JSON: invalid symbol at line 1, column ${brackets.length + 4}` },
    });
  });
});

describe('nestingTooDeep', () => {
  it('walks any value without recursion: a million levels', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(nestingTooDeep(deep)?.path).toBe('[0][0][0][0][0][0][0][0]…');
    expect(nestingTooDeep({ weights: { h: { kernel: [[1, 2]] } } })).toBeUndefined();
  });
});
