import { parse as parseJsonWithErrors, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ModelIssue } from './document.ts';
import { formatPath } from './formatPath.ts';

/**
 * How deep arrays and objects may nest in a document Netloom reads. A netloom model needs 5
 * levels (`weights.h.kernel[0][0]`), a Keras 3 model.json about 12. Much deeper nesting only
 * comes from a broken or hostile file, and the recursive code every document meets
 * (JSON.stringify, immer, jsonc-parser) overflows the stack from about 1,300 levels on.
 */
export const MAX_NESTING = 100;

/** Path segments shown before a too-deep path is cut short with `…`. */
const SHOWN_SEGMENTS = 8;

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; issue: ModelIssue };

/**
 * JSON.parse that says where a syntax error is (line and column), and refuses nesting deeper
 * than `MAX_NESTING`, saying where it starts.
 */
export function parseJson(text: string): JsonParseResult {
  const parsed = parseJsonSyntax(text);
  const tooDeep = parsed.ok ? nestingTooDeep(parsed.value) : undefined;
  return tooDeep ? { ok: false, issue: tooDeep } : parsed;
}

/** `parseJson` without the nesting check, for `parseModelJson`, whose `loadModel` makes it. */
export function parseJsonSyntax(text: string): JsonParseResult {
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    // V8's JSON.parse does not recurse, so deep input cannot overflow here.
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false, issue: locateSyntaxError(json) };
  }
}

/**
 * Where a parsed value nests arrays and objects deeper than `MAX_NESTING`: the path (cut
 * short) of the first container past the limit, or undefined when it nests no deeper. Walks
 * with its own stack, so it cannot overflow on what it is there to catch.
 */
export function nestingTooDeep(value: unknown): ModelIssue | undefined {
  interface Frame {
    value: object;
    depth: number;
    key: PropertyKey;
    parent: Frame | undefined;
  }
  if (!isContainer(value)) return undefined;
  const stack: Frame[] = [{ value, depth: 1, key: '', parent: undefined }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (frame.depth > MAX_NESTING) return { path: pathTo(frame), message: tooDeepMessage() };
    // Index loops, not entries(): a trained network's weights are millions of numbers.
    const container = frame.value as Record<string, unknown>;
    const keys: readonly PropertyKey[] = Array.isArray(container) ? [] : Object.keys(container);
    const length = Array.isArray(container) ? container.length : keys.length;
    for (let i = 0; i < length; i++) {
      const key = Array.isArray(container) ? i : keys[i]!;
      const child = container[key as string];
      if (isContainer(child)) stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
    }
  }
  return undefined;

  function pathTo(frame: Frame): string {
    const keys: PropertyKey[] = [];
    for (let at: Frame | undefined = frame; at?.parent; at = at.parent) keys.push(at.key);
    keys.reverse();
    return `${formatPath(keys.slice(0, SHOWN_SEGMENTS))}…`;
  }
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function tooDeepMessage(): string {
  return `nested more than ${MAX_NESTING} levels deep; Netloom reads arrays and objects nested up to ${MAX_NESTING} levels`;
}

function locateSyntaxError(text: string): ModelIssue {
  // jsonc-parser recurses once per level: past the limit, report the nesting instead of asking it.
  const deepAt = offsetNestedTooDeep(text);
  if (deepAt !== undefined) return { path: '', message: `not valid JSON, and ${tooDeepMessage()}: at ${lineAndColumn(text, deepAt)}` };
  const errors: ParseError[] = [];
  parseJsonWithErrors(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return { path: '', message: 'not valid JSON' };
  return { path: '', message: `not valid JSON: ${describeParseError(first)} at ${lineAndColumn(text, first.offset)}` };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

/** The offset of the first `[` or `{` that opens level MAX_NESTING + 1, skipping strings; undefined if none. */
function offsetNestedTooDeep(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      for (i += 1; i < text.length && text.charCodeAt(i) !== QUOTE; i++) if (text.charCodeAt(i) === BACKSLASH) i += 1;
    } else if (OPENERS.has(code)) {
      depth += 1;
      if (depth > MAX_NESTING) return i;
    } else if (CLOSERS.has(code)) {
      depth -= 1;
    }
  }
  return undefined;
}

/** `line 3, column 13` (both from 1) of an offset into `text`. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

function describeParseError(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  // InvalidSymbol → "invalid symbol"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
