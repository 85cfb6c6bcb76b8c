import { RULES, type Finding, type Rule } from './rules.ts';
import type { MetricSeries } from './series.ts';
import { readStall } from './stall.ts';

/** The share of the run's steps whose samples count as "now". */
const RECENT_SHARE = 0.25;

/**
 * Why the run does not learn, if it does not: the first rule (of `rules`, most specific first)
 * that finds a cause in the recorded series; null while the run learns, or has too little
 * history to tell. Pure: the same series gives the same finding.
 */
export function diagnose(series: MetricSeries, rules: readonly Rule[] = RULES): Finding | null {
  const { samples } = series;
  if (samples.length === 0) return null;
  const since = samples.at(-1)!.step * (1 - RECENT_SHARE);
  const recent = samples.filter((sample) => sample.step >= since);
  const input = { series, stall: readStall(series), recent };
  for (const rule of rules) {
    const finding = rule(input);
    if (finding) return finding;
  }
  return null;
}
