import { describe, expect, it } from 'vitest';
import { Pace } from './pace.ts';

describe('Pace', () => {
  it('is always due at full speed', () => {
    const pace = new Pace();
    for (let i = 0; i < 1000; i++) pace.took();
    expect(pace.isDue(0)).toBe(true);
    expect(pace.wait(0)).toBe(0);
    expect(pace.paced).toBe(false);
  });

  it('lets one step through at once, then one every 1000 / stepsPerSecond ms', () => {
    const pace = new Pace();
    pace.set(4, 1000);
    expect(pace.isDue(1000)).toBe(true);
    pace.took();
    expect(pace.isDue(1000)).toBe(false);
    expect(pace.wait(1000)).toBe(250);
    expect(pace.isDue(1249)).toBe(false);
    expect(pace.isDue(1250)).toBe(true);
    pace.took();
    expect(pace.wait(1300)).toBe(200);
  });

  it('does not make up for a pause once restarted', () => {
    const pace = new Pace();
    pace.set(10, 0);
    pace.took();
    pace.restart(60_000);
    pace.took();
    expect(pace.isDue(60_000)).toBe(false);
    expect(pace.wait(60_000)).toBe(100);
  });

  it('refuses a speed that is not positive', () => {
    expect(() => new Pace().set(0, 0)).toThrow(/must be positive/);
  });
});
