/**
 * The engine's diagnosis rules, for the dashboard: it reads runs only through the worker's
 * module, and the rules are pure functions over the metrics the worker reports.
 */
export { diagnose, UPDATE_RATIO_RANGE, UPDATE_RATIO_TARGET } from '../engine/diagnosis/index.ts';
export type { Cause, Finding, Fix, MetricSample, MetricSeries } from '../engine/diagnosis/index.ts';
