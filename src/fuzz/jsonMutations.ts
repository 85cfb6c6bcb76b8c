import fc from 'fast-check';
import { PROTOTYPE_NAMES } from '../model/prototypeNames.testkit.ts';

/**
 * Mutations of any JSON document, as fast-check arbitraries: a plan of edits applied to a copy,
 * so each failing case shrinks to the fewest, simplest edits. Each edit picks a place in the
 * document by a number (wrapped around the places there are) and does one thing there.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values that have broken loaders before: edges of ranges, wrong types, names of Object.prototype. */
const specialValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(0, -1, 1, 2, 2.5, -0, 3, 64, 65, 4096, 4097, 1e9, 1e39, -1e39, 3.4e38, 1e-45, Number.MAX_SAFE_INTEGER, '', 'in0', 'in1', 'in64', 'x', [], {}, null, true, false),
  fc.constantFrom<Json>(...PROTOTYPE_NAMES),
  fc.constantFrom<Json>('input', 'dense', 'activation', 'add', 'concatenate', 'loss', 'relu', 'softmax', 'sigmoid', 'mse', 'cross_entropy', 'binary_cross_entropy', 'sgd', 'adam', 'xor', 'iris', 'regression', 'spiral3'),
);

const anyValue: fc.Arbitrary<Json> = fc.oneof({ weight: 3, arbitrary: specialValue }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> });

const key: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('id', 'type', 'params', 'units', 'size', 'fn', 'inputs', 'useBias', 'source', 'target', 'targetHandle', 'weights', 'kernel', 'bias', 'training', 'batchSize', 'lr', 'epochs', 'seed', 'dataset', 'position'),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string({ maxLength: 6 }),
);

export type Edit =
  | { op: 'replace'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'insert'; at: number; key: string; value: Json }
  | { op: 'duplicate'; at: number; times: number }
  | { op: 'copyValue'; at: number; from: number };

const at = fc.nat();

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at, value: anyValue }),
  fc.record({ op: fc.constant('delete' as const), at }),
  fc.record({ op: fc.constant('insert' as const), at, key, value: anyValue }),
  fc.record({ op: fc.constant('duplicate' as const), at, times: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(300)) }),
  fc.record({ op: fc.constant('copyValue' as const), at, from: fc.nat() }),
);

/** A document with 1 to `maxEdits` edits applied (the document given is not changed). */
export function mutated<T>(document: T, maxEdits = 4): fc.Arbitrary<{ edits: Edit[]; result: unknown }> {
  return fc.array(edit, { minLength: 1, maxLength: maxEdits }).map((edits) => ({ edits, result: applyEdits(document, edits) }));
}

type Place = { parent: Json[] | { [key: string]: Json }; key: string | number } | { parent: null; key: null };

export function applyEdits<T>(document: T, edits: readonly Edit[]): unknown {
  // A JSON round trip, as a file would arrive: `__proto__` keys become own keys, as JSON.parse makes them.
  let root = JSON.parse(JSON.stringify(document)) as Json;
  for (const change of edits) {
    const places = placesIn(root);
    const place = places[change.at % places.length]!;
    const current = place.parent === null ? root : valueAt(place);
    switch (change.op) {
      case 'replace':
        root = setAt(root, place, structuredClone(change.value));
        break;
      case 'delete':
        if (place.parent === null) break;
        if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 1);
        else delete place.parent[place.key as string];
        break;
      case 'insert':
        if (Array.isArray(current)) current.push(structuredClone(change.value));
        else if (isObject(current)) defineOwn(current, change.key, structuredClone(change.value));
        break;
      case 'duplicate':
        if (place.parent !== null && Array.isArray(place.parent)) {
          for (let i = 0; i < change.times; i++) place.parent.splice(place.key as number, 0, structuredClone(current));
        }
        break;
      case 'copyValue': {
        const source = places[change.from % places.length]!;
        root = setAt(root, place, structuredClone(source.parent === null ? root : valueAt(source)));
        break;
      }
    }
  }
  return root;
}

/** Every place in the document: the root, then every member of every container, depth first. */
function placesIn(root: Json): Place[] {
  const places: Place[] = [{ parent: null, key: null }];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const value = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((child, i) => {
        places.push({ parent: value, key: i });
        stack.push(child);
      });
    } else if (isObject(value)) {
      for (const name of Object.keys(value)) {
        places.push({ parent: value, key: name });
        stack.push(value[name]!);
      }
    }
  }
  return places;
}

function valueAt(place: Place): Json {
  return (place.parent as Record<string | number, Json>)[place.key as string | number]!;
}

function setAt(root: Json, place: Place, value: Json): Json {
  if (place.parent === null) return value;
  if (Array.isArray(place.parent)) place.parent[place.key as number] = value;
  else defineOwn(place.parent, place.key as string, value);
  return root;
}

/** Sets an own key, `__proto__` included, as JSON.parse would have. */
function defineOwn(object: { [key: string]: Json }, name: string, value: Json): void {
  Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
}

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text edits of a serialized document: cut it short, splice text in, or open thousands of brackets. */
export function mutatedText(text: string): fc.Arbitrary<string> {
  const position = fc.nat({ max: text.length });
  return fc.oneof(
    position.map((end) => text.slice(0, end)),
    fc.tuple(position, fc.string({ maxLength: 8 })).map(([i, inserted]) => text.slice(0, i) + inserted + text.slice(i)),
    fc.tuple(position, fc.nat({ max: 40 })).map(([i, length]) => text.slice(0, i) + text.slice(i + length)),
    fc.tuple(position, fc.constantFrom('[', '{"a":', '[['), fc.integer({ min: 90, max: 3000 })).map(([i, opener, n]) => text.slice(0, i) + opener.repeat(n) + text.slice(i)),
  );
}
