import { downsampleRows, MAX_POINTS_PER_SERIES, type Row, type XY } from './downsampling.ts';
import { createEma } from './smoothing.ts';

export interface LineOptions {
  /** EMA weight in [0, 1); 0 draws the raw values. */
  smoothing: number;
  /** Drop values ≤ 0 (a log axis cannot show them) and downsample in log space. */
  logY: boolean;
  maxPoints?: number;
}

/** Reads one line's point from a source item, or null where it has none (a step without a test evaluation). */
export type PointReader<T> = (item: T) => XY | null;

/**
 * Completed chunks of this many rows are reduced once to `CHUNK_SIZE / CHUNK_REDUCTION`
 * rows and never looked at again, so an update costs the new rows plus a final pass
 * over the reduced prefix (≈15k rows for a million-step run) instead of the whole run.
 */
const CHUNK_SIZE = 8192;
const CHUNK_REDUCTION = 64;

/**
 * Lines read from the same items of a run that only ever grows (every layer's gradient norm
 * at each step): reads new items since the last update, drops missing or non-finite values (a
 * diverged run keeps its last good points), smooths each line and downsamples them together,
 * so they keep sharing their x values. If the source shrinks or starts with a different item
 * (a reset run), it starts over.
 */
export class IncrementalLines<T> {
  private smoothers: ((value: number) => number)[] = [];
  private firstItem: T | undefined;
  private consumed = 0;
  private reducedChunks: Row[] = [];
  private openChunk: Row[] = [];
  /** Each line's latest finite value before smoothing, for readouts: the number the engine reported. */
  latestValues: (number | undefined)[] = [];

  constructor(
    private readonly readers: readonly PointReader<T>[],
    readonly options: LineOptions,
  ) {
    this.restart(undefined);
  }

  /** Each line's points to draw, in the readers' order. */
  update(source: readonly T[]): XY[][] {
    if (source.length < this.consumed || source[0] !== this.firstItem) this.restart(source[0]);
    for (; this.consumed < source.length; this.consumed += 1) this.append(source[this.consumed]!);
    const rows = this.reducedChunks.length === 0 ? this.openChunk : [...this.reducedChunks, ...this.openChunk];
    const drawn = downsampleRows(rows, this.options.maxPoints ?? MAX_POINTS_PER_SERIES, { logY: this.options.logY });
    return this.readers.map((_, line) =>
      drawn.flatMap(({ x, values }) => (values[line] == null ? [] : [{ x, y: values[line] }])),
    );
  }

  private restart(firstItem: T | undefined) {
    this.smoothers = this.readers.map(() => createEma(this.options.smoothing));
    this.firstItem = firstItem;
    this.consumed = 0;
    this.reducedChunks = [];
    this.openChunk = [];
    this.latestValues = this.readers.map(() => undefined);
  }

  private append(item: T) {
    let x: number | undefined;
    const values = this.readers.map((read, line) => {
      const raw = read(item);
      if (!raw || !Number.isFinite(raw.y)) return null;
      x = raw.x;
      this.latestValues[line] = raw.y;
      const y = this.smoothers[line]!(raw.y);
      return this.options.logY && !(y > 0) ? null : y;
    });
    if (x === undefined || values.every((value) => value === null)) return;
    this.openChunk.push({ x, values });
    if (this.openChunk.length === CHUNK_SIZE) {
      this.reducedChunks.push(...downsampleRows(this.openChunk, CHUNK_SIZE / CHUNK_REDUCTION, { logY: this.options.logY }));
      this.openChunk = [];
    }
  }
}
