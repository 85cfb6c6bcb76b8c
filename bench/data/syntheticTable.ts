import { createRng, type Rng } from '../../src/engine/rng.ts';

/**
 * A CSV like the ones people bring, for `bench:data`: an id column, 14 numeric columns written as
 * integers, decimals and exponents with about 1 % missing cells (empty, NA, ?), 4 categorical ones
 * (one of them quoted text holding commas) and a 3-class target: 20 columns in all.
 */
export function syntheticCsv(rows: number, seed = 1): string {
  const rng = createRng(seed, 'data');
  const lines = [HEADER.join(',')];
  for (let row = 0; row < rows; row++) lines.push(syntheticRow(rng, row).join(','));
  return `${lines.join('\n')}\n`;
}

const NUMERIC = 14;
const HEADER = ['id', ...Array.from({ length: NUMERIC }, (_, i) => `x${i + 1}`), 'colour', 'region', 'grade', 'comment', 'label'];
const COLOURS = ['red', 'green', 'blue', 'amber', 'violet'];
const REGIONS = ['north', 'south', 'east', 'west', 'centre', 'islands', 'abroad', 'unknown'];
const COMMENTS = ['"good, but slow"', '"fast, cheap"', 'fine', '"said ""ok"""', 'none'];
const MISSING = ['', 'NA', '?'];

function syntheticRow(rng: Rng, row: number): string[] {
  const label = rng.int(3);
  const cells = [`r${String(row).padStart(6, '0')}`];
  for (let i = 0; i < NUMERIC; i++) cells.push(rng.uniform() < 0.01 ? pick(rng, MISSING) : numberCell(rng, i, label));
  cells.push(pick(rng, COLOURS), pick(rng, REGIONS), String.fromCharCode(65 + rng.int(6)), pick(rng, COMMENTS), `class${label}`);
  return cells;
}

/** Column i's value, shifted by the label so the table has something to learn. */
function numberCell(rng: Rng, i: number, label: number): string {
  const value = rng.normal() * (1 + i) + label * 0.5;
  switch (i % 4) {
    case 0:
      return String(Math.round(value * 100));
    case 1:
      return value.toFixed(2);
    case 2:
      return value.toFixed(5);
    default:
      return (value * 1000).toExponential(3);
  }
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)]!;
}
