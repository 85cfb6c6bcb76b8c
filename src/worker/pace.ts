/**
 * The watchable speed: at most `stepsPerSecond` steps a second (null: as fast as the machine
 * goes), counted from when training (re)started, so a pause is not made up for afterwards.
 */
export class Pace {
  private stepsPerSecond: number | null = null;
  private start = 0;
  private taken = 0;

  get paced(): boolean {
    return this.stepsPerSecond !== null;
  }

  /** A new speed, counted from `now`. */
  set(stepsPerSecond: number | null, now: number): void {
    if (stepsPerSecond !== null && !(stepsPerSecond > 0)) throw new Error(`steps per second must be positive, got ${stepsPerSecond}`);
    this.stepsPerSecond = stepsPerSecond;
    this.restart(now);
  }

  /** Counts from `now` again (training starts after a pause). */
  restart(now: number): void {
    this.start = now;
    this.taken = 0;
  }

  /** Whether another step may be taken at `now`: step n (from 0) of a start is due n / stepsPerSecond seconds in. */
  isDue(now: number): boolean {
    return this.wait(now) === 0;
  }

  took(): void {
    this.taken += 1;
  }

  /** Milliseconds from `now` until the next step is due (0 when it already is). */
  wait(now: number): number {
    if (this.stepsPerSecond === null) return 0;
    return Math.max(0, this.start + (this.taken * 1000) / this.stepsPerSecond - now);
  }
}
