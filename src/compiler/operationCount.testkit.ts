/**
 * For tests: counts the elementary steps a synchronous call takes, so that "linear" is checked
 * without a clock (issue 15 item 8): every step of an iterator over an Array, a Map or a Set
 * (for…of, spread, Array.from, destructuring), and every element an Array method walks.
 * Index loops are not counted; code that only has those is counted through what it calls.
 */

/** Array methods whose work is proportional to the array's length. */
const WALKING_METHODS = [
  'map', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'indexOf', 'lastIndexOf',
  'includes', 'reduce', 'flatMap', 'flat', 'slice', 'splice', 'concat', 'join', 'sort', 'fill', 'unshift', 'shift', 'reverse',
] as const;

type Patchable = Record<string, (...args: unknown[]) => unknown>;

export function countOperations(run: () => void): number {
  let steps = 0;
  const restores: (() => void)[] = [];
  const patch = (target: Patchable, name: string, wrap: (original: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown) => {
    const original = target[name]!;
    target[name] = wrap(original);
    restores.push(() => (target[name] = original));
  };
  const iteratorPrototypes = [[].values(), new Map().values(), new Set().values()].map((iterator) => Object.getPrototypeOf(iterator) as Patchable);
  for (const prototype of iteratorPrototypes) {
    patch(prototype, 'next', (next) =>
      function (this: unknown, ...args: unknown[]) {
        steps += 1;
        return next.apply(this, args);
      },
    );
  }
  for (const name of WALKING_METHODS) {
    patch(Array.prototype as unknown as Patchable, name, (method) =>
      function (this: unknown[], ...args: unknown[]) {
        steps += this.length;
        return method.apply(this, args);
      },
    );
  }
  try {
    run();
  } finally {
    for (const restore of restores.reverse()) restore();
  }
  return steps;
}
