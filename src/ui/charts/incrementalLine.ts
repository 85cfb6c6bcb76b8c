import { downsampleSeries, MAX_POINTS_PER_SERIES, type XY } from './downsampling.ts';
import { createEma } from './smoothing.ts';

export interface LineOptions {
  /** EMA weight in [0, 1); 0 draws the raw values. */
  smoothing: number;
  /** Drop values ≤ 0 (a log axis cannot show them) and downsample in log space. */
  logY: boolean;
  maxPoints?: number;
}

/**
 * Completed chunks of this many points are reduced once to `CHUNK_SIZE / CHUNK_REDUCTION`
 * points and never looked at again, so an update costs the new points plus a final pass
 * over the reduced prefix (≈15k points for a million-step run) instead of the whole run.
 */
const CHUNK_SIZE = 8192;
const CHUNK_REDUCTION = 64;

/**
 * One plotted line of a run that only ever grows: reads new source items since the last
 * update, drops missing or non-finite values (a diverged run keeps its last good points),
 * smooths them and downsamples for drawing. If the source shrinks, starts with a different item
 * (a reset run) or its last item read was replaced (sent again with an evaluation), it starts over.
 */
export class IncrementalLine<T> {
  private smooth: (value: number) => number;
  private firstItem: T | undefined;
  private lastItem: T | undefined;
  private consumed = 0;
  private reducedChunks: XY[] = [];
  private openChunk: XY[] = [];
  /** The latest finite value before smoothing, for readouts: the number the engine reported. */
  latestValue: number | undefined;

  constructor(
    private readonly readPoint: (item: T) => XY | null,
    readonly options: LineOptions,
  ) {
    this.smooth = createEma(options.smoothing);
  }

  update(source: readonly T[]): XY[] {
    const replaced = this.consumed > 0 && source[this.consumed - 1] !== this.lastItem;
    if (source.length < this.consumed || source[0] !== this.firstItem || replaced) this.restart(source[0]);
    for (; this.consumed < source.length; this.consumed += 1) this.append(source[this.consumed]!);
    this.lastItem = source.at(-1);
    const points = this.reducedChunks.length === 0 ? this.openChunk : [...this.reducedChunks, ...this.openChunk];
    return downsampleSeries(points, this.options.maxPoints ?? MAX_POINTS_PER_SERIES, { logY: this.options.logY });
  }

  private restart(firstItem: T | undefined) {
    this.smooth = createEma(this.options.smoothing);
    this.firstItem = firstItem;
    this.consumed = 0;
    this.reducedChunks = [];
    this.openChunk = [];
    this.latestValue = undefined;
  }

  private append(item: T) {
    const raw = this.readPoint(item);
    if (!raw || !Number.isFinite(raw.y)) return;
    this.latestValue = raw.y;
    const y = this.smooth(raw.y);
    if (this.options.logY && !(y > 0)) return;
    this.openChunk.push({ x: raw.x, y });
    if (this.openChunk.length === CHUNK_SIZE) {
      this.reducedChunks.push(...downsampleSeries(this.openChunk, CHUNK_SIZE / CHUNK_REDUCTION, { logY: this.options.logY }));
      this.openChunk = [];
    }
  }
}
