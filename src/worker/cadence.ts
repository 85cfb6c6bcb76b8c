/**
 * When a periodic job is due: never more often than every `minIntervalMs`, and, for a job whose
 * cost grows with the network (the decision-boundary grid), rarely enough that it takes at most
 * `maxShare` of the time, so it cannot starve training. Message rates only: what is measured
 * (evaluation) follows a schedule in steps, `evaluationSchedule.ts`.
 */
export class Cadence {
  private lastEnd = Number.NEGATIVE_INFINITY;
  private lastCost = 0;

  constructor(
    private readonly minIntervalMs: number,
    private readonly maxShare = 1,
  ) {}

  isDue(now: number): boolean {
    return now - this.lastEnd >= Math.max(this.minIntervalMs, this.lastCost / this.maxShare);
  }

  /** Records that the job ran from `start` to `end` (ms). */
  ran(start: number, end: number): void {
    this.lastEnd = end;
    this.lastCost = end - start;
  }
}
